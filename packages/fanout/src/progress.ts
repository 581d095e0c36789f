import type { AnyReceiverOutcome } from "./outcomes.js";

/** Where a run stands; passed to `onProgress` after each call and each batch of skipped receivers. */
export interface FanoutProgress {
  sent: number;
  failed: number;
  notAttempted: number;
  /** `sent + failed + notAttempted`: receivers with an outcome. */
  done: number;
  /** Only when the total is known (array input or `total` given). */
  remaining?: number;
  /** Calls started over the last minute (or since the start, if sooner), per minute. */
  callsPerMinute: number;
  /** Calls in flight, waits for the rate limit included. */
  inFlight: number;
}

/** The totals of a finished run. */
export interface FanoutSummary {
  sent: number;
  failed: number;
  notAttempted: number;
  /** Calls made (each may take several HTTP attempts); 416 re-sends count again. */
  calls: number;
  /** `code` 416 answers seen. */
  rateLimited: number;
  durationMs: number;
  /** The run stopped early: its signal aborted, the loop was left, or the API kept answering 416. */
  aborted: boolean;
}

/** Counts outcomes as they are reported. */
export class Tally {
  sent = 0;
  failed = 0;
  notAttempted = 0;

  constructor(private readonly total: number | undefined) {}

  add(outcomes: readonly AnyReceiverOutcome[]): void {
    for (const outcome of outcomes) {
      if (outcome.status === "sent") this.sent++;
      else if (outcome.status === "failed") this.failed++;
      else this.notAttempted++;
    }
  }

  progress(callsPerMinute: number, inFlight: number): FanoutProgress {
    const done = this.sent + this.failed + this.notAttempted;
    const progress: FanoutProgress = {
      sent: this.sent,
      failed: this.failed,
      notAttempted: this.notAttempted,
      done,
      callsPerMinute,
      inFlight,
    };
    if (this.total !== undefined) progress.remaining = Math.max(0, this.total - done);
    return progress;
  }
}

import { RATE_WINDOW_MS } from "./rate-limiter.js";

const MIN_SPAN_MS = 1000;

/** Measures the calls started per minute over the last minute (or since the start, if sooner). */
export class RateMeter {
  private readonly starts: number[] = [];
  private head = 0;

  constructor(private readonly startedAt: number) {}

  record(now: number): void {
    this.starts.push(now);
    this.forget(now);
  }

  callsPerMinute(now: number): number {
    this.forget(now);
    const count = this.starts.length - this.head;
    const span = Math.max(MIN_SPAN_MS, Math.min(RATE_WINDOW_MS, now - this.startedAt));
    return (count / span) * RATE_WINDOW_MS;
  }

  /** Drops starts older than a minute, so memory follows the rate, not the length of the run. */
  private forget(now: number): void {
    const since = now - RATE_WINDOW_MS;
    while (this.head < this.starts.length && (this.starts[this.head] as number) <= since) {
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.starts.length) {
      this.starts.splice(0, this.head);
      this.head = 0;
    }
  }
}

import type { AttemptListener } from "./attempt-observer.js";

/** The window the API counts calls in: its limits are calls per minute. */
export const CALL_WINDOW_MS = 60_000;

/**
 * Counts the HTTP requests sent over the last 60 seconds, the way the API counts them against
 * the plan's limit: a count in a window, not a rate extrapolated from a few seconds (three calls
 * in the first second are 3, not "180 a minute"). While the pacing holds, it never exceeds the
 * plan's limit.
 */
export class CallWindow implements AttemptListener {
  private readonly starts: number[] = [];
  private head = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  onStart(): void {
    this.starts.push(this.now());
  }

  /** Requests sent in the last 60 seconds. */
  count(): number {
    const since = this.now() - CALL_WINDOW_MS;
    while (this.head < this.starts.length && (this.starts[this.head] as number) <= since) {
      this.head++;
    }
    // Memory follows the rate, not the length of the run.
    if (this.head > 1024 && this.head * 2 > this.starts.length) {
      this.starts.splice(0, this.head);
      this.head = 0;
    }
    return this.starts.length - this.head;
  }
}

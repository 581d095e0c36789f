import type { Clock } from "./clock.js";

/** The window the API counts calls in. */
export const RATE_WINDOW_MS = 60_000;

/**
 * The share of the rate the limiter leaves unused. Half of it is slack for the time between a call
 * starting here and the server counting it (network jitter), half lets a late timer catch up.
 */
export const RATE_SAFETY_MARGIN = 0.01;

const EPSILON = 1e-9;

/**
 * Decides when the next call may start, one start at a time in the order asked.
 *
 * Pacing: a token bucket refilled at `callsPerMinute` per 60.6 s (the window plus the safety
 * margin) that holds at most `burst` tokens. Any 60-second window then holds at most
 * `floor(burst + callsPerMinute / 1.01)` starts, which the choice of `burst` keeps at or below
 * `callsPerMinute`, and `callsPerMinute + 1` starts always span at least 60 s plus half the margin.
 * Starts are spread evenly rather than sent in a burst at the top of each minute, which also
 * suits a server that smooths its limit over shorter periods.
 *
 * Blocking: after a 416 the API refuses every call for about a minute; `block(ms)` holds all
 * starts until then.
 */
export class RateLimiter {
  /** Tokens gained per millisecond; `undefined` when calls are not paced. */
  private readonly perMs: number | undefined;
  readonly burst: number;
  private tokens: number;
  private refilledAt: number;
  private blockedUntil = Number.NEGATIVE_INFINITY;
  private turn: Promise<void> = Promise.resolve();

  constructor(
    callsPerMinute: number | undefined,
    private readonly clock: Clock,
  ) {
    if (callsPerMinute === undefined) {
      this.perMs = undefined;
      this.burst = Number.POSITIVE_INFINITY;
    } else {
      this.perMs = callsPerMinute / (RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN));
      const spare = (callsPerMinute * RATE_SAFETY_MARGIN) / (2 * (1 + RATE_SAFETY_MARGIN));
      this.burst = 1 + Math.floor(spare);
    }
    this.tokens = this.burst;
    this.refilledAt = clock.now();
  }

  /** Holds every start for `ms` from now (extends a block already running, never shortens it). */
  block(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  /** Resolves when one call may start (and counts it); rejects with the reason once `signal` aborts. */
  acquire(signal: AbortSignal): Promise<void> {
    const granted = this.turn.then(() => this.waitForStart(signal));
    this.turn = granted.catch(() => {});
    return granted;
  }

  private async waitForStart(signal: AbortSignal): Promise<void> {
    for (;;) {
      signal.throwIfAborted();
      const now = this.clock.now();
      if (now < this.blockedUntil) {
        await this.clock.sleep(this.blockedUntil - now, signal);
        continue;
      }
      if (this.perMs === undefined) return;
      this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.perMs);
      this.refilledAt = now;
      if (this.tokens >= 1 - EPSILON) {
        this.tokens = Math.max(0, this.tokens - 1);
        return;
      }
      await this.clock.sleep((1 - this.tokens) / this.perMs, signal);
    }
  }
}

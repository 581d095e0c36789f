import type { Clock } from "./clock.js";

/** The window the API counts calls in. */
export const RATE_WINDOW_MS = 60_000;

/**
 * The share of the rate the limiter leaves unused: slack for clocks and for a late timer to
 * catch up, at about 1 % of the throughput.
 */
export const RATE_SAFETY_MARGIN = 0.01;

/** The most calls a minute a custom rate may ask for (the highest plan allows 10 000). */
export const MAX_CALLS_PER_MINUTE = 100_000;

const EPSILON = 1e-9;

/**
 * Decides when the next call may start, one start at a time in the order asked. Each start gets
 * a number, which the caller passes to `settle` once the call's answer arrived (or it failed).
 *
 * The server counts a call when it arrives, which is some unknown time after it started here.
 * Two rules keep every 60-second window at the server at or below `callsPerMinute` (R):
 *
 * - Call n starts only a minute (plus the margin) after the answers to calls 0…n−R all arrived.
 *   An answer comes after its request arrived, so any R + 1 calls arrive at least a minute
 *   apart, however long each took to get there (a slow first connection, a retry, jitter).
 * - A token bucket refilled at R per 60.6 s, holding at most `burst` tokens, spreads the starts
 *   evenly instead of sending a minute's calls at once (which also suits a server that smooths
 *   its limit over shorter periods). It alone keeps any 60-second window of starts at
 *   `floor(burst + R / 1.01)` ≤ R.
 *
 * Blocking: after a 416 the API refuses every call for about a minute; `block(ms)` holds all
 * starts until then.
 */
export class RateLimiter {
  /** Tokens gained per millisecond; `undefined` when calls are not paced. */
  private readonly perMs: number | undefined;
  private readonly limit: number;
  readonly burst: number;
  private tokens: number;
  private refilledAt: number;
  private blockedUntil = Number.NEGATIVE_INFINITY;
  private turn: Promise<void> = Promise.resolve();
  /** The number the next start gets. */
  private started = 0;
  /** Every start up to this number has settled. */
  private settledUpTo = -1;
  /** Settled starts above `settledUpTo` (an older one is still in flight) and when they settled. */
  private readonly settledEarly = new Map<number, number>();
  /** For start k (at k mod R): the latest settle time of starts 0…k. */
  private readonly latestSettle: Float64Array;
  private latestSoFar = Number.NEGATIVE_INFINITY;
  private onSettle: (() => void) | undefined;

  constructor(
    callsPerMinute: number | undefined,
    private readonly clock: Clock,
  ) {
    if (callsPerMinute === undefined) {
      this.perMs = undefined;
      this.limit = 0;
      this.burst = Number.POSITIVE_INFINITY;
    } else {
      this.perMs = callsPerMinute / (RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN));
      this.limit = Math.floor(callsPerMinute);
      // The most tokens that keep floor(burst + R / 1.01) ≤ R: a late timer can catch up.
      const spare = (callsPerMinute * RATE_SAFETY_MARGIN) / (1 + RATE_SAFETY_MARGIN);
      this.burst = Math.ceil(1 + spare) - 1;
    }
    this.latestSettle = new Float64Array(this.limit);
    this.tokens = this.burst;
    this.refilledAt = clock.now();
  }

  /** Holds every start for `ms` from now (extends a block already running, never shortens it). */
  block(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  /**
   * Resolves with the start's number when one call may start; rejects with the reason once
   * `signal` aborts. The call must be made at once, and `settle`d when it is over.
   */
  acquire(signal: AbortSignal): Promise<number> {
    const granted = this.turn.then(() => this.waitForStart(signal));
    this.turn = granted.then(
      () => {},
      () => {},
    );
    return granted;
  }

  /** The call with this start number got its answer, or failed for good. */
  settle(start: number): void {
    if (this.perMs === undefined) return;
    this.settledEarly.set(start, this.clock.now());
    for (;;) {
      const at = this.settledEarly.get(this.settledUpTo + 1);
      if (at === undefined) break;
      this.settledEarly.delete(this.settledUpTo + 1);
      this.settledUpTo++;
      this.latestSoFar = Math.max(this.latestSoFar, at);
      this.latestSettle[this.settledUpTo % this.limit] = this.latestSoFar;
    }
    const wake = this.onSettle;
    this.onSettle = undefined;
    wake?.();
  }

  private async waitForStart(signal: AbortSignal): Promise<number> {
    for (;;) {
      signal.throwIfAborted();
      const now = this.clock.now();
      if (now < this.blockedUntil) {
        await this.clock.sleep(this.blockedUntil - now, signal);
        continue;
      }
      if (this.perMs === undefined) return this.started++;
      const previous = this.started - this.limit;
      if (previous >= 0) {
        if (this.settledUpTo < previous) {
          await this.nextSettle(signal);
          continue;
        }
        const earliest =
          (this.latestSettle[previous % this.limit] as number) +
          RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN);
        if (now < earliest) {
          await this.clock.sleep(earliest - now, signal);
          continue;
        }
      }
      this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.perMs);
      this.refilledAt = now;
      if (this.tokens >= 1 - EPSILON) {
        this.tokens = Math.max(0, this.tokens - 1);
        return this.started++;
      }
      await this.clock.sleep((1 - this.tokens) / this.perMs, signal);
    }
  }

  private nextSettle(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      this.onSettle = () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      };
    });
  }
}

import { callsPerMinuteOf, RATE_SAFETY_MARGIN, RATE_WINDOW_MS } from "@yunxin-im/fanout";
import type { ReclaimedClaim } from "./limiter-heartbeat.js";

/** A plan's default rate, or a custom one (the same presets as the fan-out). */
export type SharedRateLimit =
  | "standard"
  | "advanced"
  | "flagship"
  | "dedicated"
  | { callsPerMinute: number };

export interface SharedRateLimiterOptions {
  /** The app's key: every limiter with the same key and category (in any process) shares one limit. */
  appKey: string;
  /**
   * The spec's `x-rate-limit-category` the limit is for (default `"batch-send"`, the category of
   * both batch operations): the operations of one category share the app's one limit.
   */
  rateLimitCategory?: string;
  rateLimit?: SharedRateLimit;
  /**
   * The window the limit counts calls in. Default 60 000 (the API's minute). Only tests and
   * benchmarks change it: a limit of `callsPerMinute` per `windowMs` is a scaled-down minute.
   */
  windowMs?: number;
  /** The longest a call may count as in flight if its worker dies before it settles. */
  leaseMs: number;
  prefix: string;
  /**
   * How often this limiter's heartbeat tells the others it is alive (default 1000 ms). After three
   * beats missed, a live limiter gives it up for dead: frees its reservations and first-lane
   * places, and hands its unstarted claims to `onReclaim`.
   */
  heartbeatMs?: number;
  /** Claims (`claim`) of a limiter given up for dead whose call never started: put them back in the queue. */
  onReclaim?: (claims: ReclaimedClaim[]) => Promise<void>;
  /** Errors of the heartbeat, which goes on by itself. */
  onError?: (error: Error) => void;
}

/** The rate category of both batch operations (batch P2P send, batch custom notification). */
export const DEFAULT_RATE_LIMIT_CATEGORY = "batch-send";

/** The pace a limiter keeps, from its checked options. */
export interface LimiterPace {
  rateLimitCategory: string;
  callsPerMinute: number;
  windowMs: number;
  /** The spacing between starts: a window / the limit, plus the fan-out's safety margin. */
  intervalMs: number;
}

/** Checks the options a limiter is made with (a TypeError naming the option) and reads its pace. */
export function limiterPaceOf(options: SharedRateLimiterOptions): LimiterPace {
  if (typeof options.appKey !== "string" || options.appKey.length === 0) {
    throw new TypeError("appKey must be the app's AppKey (a non-empty string)");
  }
  const callsPerMinute = callsPerMinuteOf(options.rateLimit ?? "standard");
  if (callsPerMinute === undefined) {
    throw new TypeError(
      "rateLimit must be a plan name or { callsPerMinute }: a shared queue is always paced",
    );
  }
  const windowMs = options.windowMs ?? RATE_WINDOW_MS;
  if (!Number.isInteger(windowMs) || windowMs < 100) {
    throw new TypeError(
      `windowMs must be a whole number of milliseconds from 100, got ${windowMs}`,
    );
  }
  const category = options.rateLimitCategory ?? DEFAULT_RATE_LIMIT_CATEGORY;
  if (typeof category !== "string" || !/^[a-z0-9-]{1,32}$/.test(category)) {
    throw new TypeError(
      `rateLimitCategory must be the spec's x-rate-limit-category (a-z 0-9 -), got ${JSON.stringify(category)}`,
    );
  }
  return {
    rateLimitCategory: category,
    callsPerMinute,
    windowMs,
    intervalMs: (windowMs * (1 + RATE_SAFETY_MARGIN)) / callsPerMinute,
  };
}

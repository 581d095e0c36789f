import { MAX_CALLS_PER_MINUTE } from "./rate-limiter.js";

/** The Yunxin plans, which set how many batch-send calls an app may make per minute. */
export type RatePlan = "standard" | "advanced" | "flagship" | "dedicated";

/** A plan's default rate limit for the batch-send category, and the most it can be raised to. */
export interface RatePlanLimits {
  readonly callsPerMinute: number;
  readonly maxCallsPerMinute: number;
}

/** The reference's rate-limit table for the batch-send category (calls per minute, per app). */
export const RATE_PLANS: Readonly<Record<RatePlan, RatePlanLimits>> = Object.freeze({
  standard: Object.freeze({ callsPerMinute: 120, maxCallsPerMinute: 120 }),
  advanced: Object.freeze({ callsPerMinute: 120, maxCallsPerMinute: 2000 }),
  flagship: Object.freeze({ callsPerMinute: 200, maxCallsPerMinute: 5000 }),
  dedicated: Object.freeze({ callsPerMinute: 2000, maxCallsPerMinute: 10_000 }),
});

/** How the sender paces its calls: a plan's default, a custom rate, or `false` for no pacing. */
export type RateLimitOption = RatePlan | { callsPerMinute: number } | false;

/** The calls per minute an option stands for; `undefined` means unpaced. */
export function callsPerMinuteOf(rateLimit: RateLimitOption | undefined): number | undefined {
  if (rateLimit === undefined) return RATE_PLANS.standard.callsPerMinute;
  if (rateLimit === false) return undefined;
  if (typeof rateLimit === "string") {
    if (!Object.hasOwn(RATE_PLANS, rateLimit)) {
      throw new TypeError(
        `rateLimit must be one of ${Object.keys(RATE_PLANS).join(", ")}, { callsPerMinute } or false, got ${JSON.stringify(rateLimit)}`,
      );
    }
    return RATE_PLANS[rateLimit].callsPerMinute;
  }
  if (typeof rateLimit !== "object" || rateLimit === null) {
    throw new TypeError(
      `rateLimit must be a plan name, { callsPerMinute } or false, got ${String(rateLimit)}`,
    );
  }
  const { callsPerMinute } = rateLimit;
  if (
    typeof callsPerMinute !== "number" ||
    !Number.isInteger(callsPerMinute) ||
    callsPerMinute < 1 ||
    callsPerMinute > MAX_CALLS_PER_MINUTE
  ) {
    throw new TypeError(
      `rateLimit.callsPerMinute must be a whole number from 1 to ${MAX_CALLS_PER_MINUTE}, got ${String(callsPerMinute)}`,
    );
  }
  return callsPerMinute;
}

import { RATE_PLANS, type RatePlan } from "@yunxin-im/fanout";
import { optionalCount } from "./flag-values.js";
import { UsageError } from "./usage-error.js";

/** The pace a command was asked to keep. */
export interface FlagRate {
  plan: RatePlan;
  /** The plan's default, or `--calls-per-minute`. */
  callsPerMinute: number;
}

/** `--rate-plan` and `--calls-per-minute`, refused above the plan's maximum. */
export function parseRateFlags(
  ratePlan: string | undefined,
  callsPerMinute: string | undefined,
): FlagRate {
  const plan = parseRatePlan(ratePlan);
  const { maxCallsPerMinute } = RATE_PLANS[plan];
  const rate =
    optionalCount("--calls-per-minute", callsPerMinute) ?? RATE_PLANS[plan].callsPerMinute;
  if (rate > maxCallsPerMinute) {
    throw new UsageError(
      `--calls-per-minute ${rate} is above the ${plan} plan's maximum of ${maxCallsPerMinute} (pick the plan with --rate-plan)`,
    );
  }
  return { plan, callsPerMinute: rate };
}

function parseRatePlan(value: string | undefined): RatePlan {
  if (value === undefined) return "standard";
  const plan = value.trim().toLowerCase();
  if (Object.hasOwn(RATE_PLANS, plan)) return plan as RatePlan;
  throw new UsageError(
    `--rate-plan must be one of ${Object.keys(RATE_PLANS).join(", ")}, got ${JSON.stringify(value)}`,
  );
}

import { RATE_PLANS, type RatePlan } from "@yunxin-im/fanout";

/**
 * The plans and their default batch-send rates for a flag's help, from fanout's one table:
 * "standard (default, 120 calls/min), advanced (120), flagship (200) or\ndedicated (2000)".
 */
export function ratePlanChoices(): string {
  const plans = (Object.keys(RATE_PLANS) as RatePlan[]).map((plan, i) => {
    const rate = RATE_PLANS[plan].callsPerMinute;
    return i === 0 ? `${plan} (default, ${rate} calls/min)` : `${plan} (${rate})`;
  });
  const last = plans.pop();
  return `${plans.join(", ")} or\n${last}`;
}

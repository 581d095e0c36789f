export type { Clock } from "./clock.js";
export type { FanoutOptions } from "./options.js";
export type {
  FailedOutcome,
  NotAttemptedOutcome,
  ReceiverOutcome,
  SentOutcome,
} from "./outcomes.js";
export type { FanoutProgress, FanoutSummary } from "./progress.js";
export {
  RATE_PLANS,
  type RateLimitOption,
  type RatePlan,
  type RatePlanLimits,
} from "./rate-plans.js";
export { type FanoutRun, sendToMany } from "./send-to-many.js";

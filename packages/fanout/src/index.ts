export {
  assertValidBatchMessage,
  BATCH_OPERATIONS,
  type BatchMessage,
  type BatchOperation,
  type BatchOperationId,
  batchBody,
  batchOperationOf,
  DEFAULT_BATCH_OPERATION,
} from "./batch-operations.js";
export type { Clock } from "./clock.js";
export type { FanoutOptions } from "./options.js";
// The building blocks of a run, for senders built on the fan-out (such as @yunxin-im/queue) that
// must chunk, validate, pace and report exactly as `sendToMany` does.
export { MAX_BATCH_SIZE } from "./options.js";
export type {
  AnyReceiverOutcome,
  FailedOutcome,
  NotAttemptedOutcome,
  NotificationOutcome,
  NotifiedOutcome,
  ReceiverOutcome,
  SentOutcome,
} from "./outcomes.js";
export {
  NOT_ATTEMPTED,
  outcomesOfError,
  outcomesOfIdList,
  outcomesOfResult,
  UNREPORTED_MESSAGE,
} from "./outcomes.js";
export type { FanoutProgress, FanoutSummary } from "./progress.js";
export { RATE_SAFETY_MARGIN, RATE_WINDOW_MS } from "./rate-limiter.js";
export {
  callsPerMinuteOf,
  RATE_PLANS,
  type RateLimitOption,
  type RatePlan,
  type RatePlanLimits,
} from "./rate-plans.js";
export { type DuplicatePolicy, ReceiverChunks, type SkippedReceivers } from "./receiver-chunks.js";
export { type FanoutRun, type OutcomeOf, sendToMany } from "./send-to-many.js";

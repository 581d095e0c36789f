export type {
  AnyReceiverOutcome,
  BatchMessage,
  BatchOperationId,
  FailedOutcome,
  NotAttemptedOutcome,
  NotificationOutcome,
  NotifiedOutcome,
  OutcomeOf,
  ReceiverOutcome,
  SentOutcome,
} from "@yunxin-im/fanout";
export { checkBroadcastId, createBroadcastId } from "./broadcast-id.js";
export {
  type BroadcastQueue,
  type BroadcastQueueOptions,
  CANCELLED_REASON,
  createBroadcastQueue,
  type EnqueueOptions,
  type EnqueueResult,
  type OutcomesOptions,
  type WatchOptions,
} from "./broadcast-queue.js";
export {
  type BroadcastWorker,
  type BroadcastWorkerOptions,
  startBroadcastWorker,
} from "./broadcast-worker.js";
export type { RedisClusterConnection, RedisConnection } from "./connection.js";
export { BroadcastNotFoundError } from "./errors.js";
export { DEFAULT_PREFIX, DEFAULT_QUEUE_NAME } from "./keys.js";
export { DEFAULT_RETENTION_MS, type QueueLocation } from "./options.js";
export {
  type AcquireOptions,
  type Claim,
  ClaimLostError,
  DEFAULT_RATE_LIMIT_CATEGORY,
  FIRST_LANE_GRACE_MS,
  type RateSlot,
  type ReclaimedClaim,
  type SharedRateLimit,
  SharedRateLimiter,
  type SharedRateLimiterOptions,
} from "./shared-rate-limiter.js";
export type { BroadcastSpec, BroadcastState, BroadcastStatus } from "./status.js";
export { chunkTraceId } from "./trace-id.js";

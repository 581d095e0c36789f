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
export { CANCELLED_REASON } from "./cancelled-chunks.js";
export type { RedisClusterConnection, RedisConnection } from "./connection.js";
export { BroadcastNotFoundError } from "./errors.js";
export { DEFAULT_PREFIX, DEFAULT_QUEUE_NAME } from "./keys.js";
export { type Claim, ClaimLostError, type ReclaimedClaim } from "./limiter-heartbeat.js";
export { DEFAULT_RETENTION_MS, type QueueLocation } from "./options.js";
export {
  type AcquireOptions,
  FIRST_LANE_GRACE_MS,
  type RateSlot,
  SharedRateLimiter,
} from "./shared-rate-limiter.js";
export {
  DEFAULT_RATE_LIMIT_CATEGORY,
  type SharedRateLimit,
  type SharedRateLimiterOptions,
} from "./shared-rate-limiter-options.js";
export type { BroadcastSpec, BroadcastState, BroadcastStatus } from "./status.js";
export { chunkTraceId } from "./trace-id.js";

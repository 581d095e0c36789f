import { SPEC_SHA256, SPEC_VERSION } from "@yunxin-im/core";
import {
  assertValidBatchMessage,
  type BatchOperationId,
  batchOperationOf,
  type OutcomeOf,
} from "@yunxin-im/fanout";
import { Queue } from "bullmq";
import { checkBroadcastId, createBroadcastId } from "./broadcast-id.js";
import { cancelChunkRange } from "./cancelled-chunks.js";
import type { ChunkJobData } from "./chunk-job.js";
import { ChunkJobs } from "./chunk-jobs.js";
import { connect, type RedisConnection } from "./connection.js";
import { checkEnqueueOptions, type EnqueueOptions } from "./enqueue-options.js";
import { BroadcastNotFoundError } from "./errors.js";
import { type BroadcastKeys, broadcastKeys } from "./keys.js";
import {
  DEFAULT_RETENTION_MS,
  positiveWhole,
  type QueueLocation,
  readLocation,
} from "./options.js";
import { type OutcomesOptions, readOutcomes } from "./read-outcomes.js";
import { withScripts } from "./scripts.js";
import { CHUNKS_PER_SCRIPT, type StagedReceivers, stageReceivers } from "./stage-receivers.js";
import { type BroadcastStatus, statusOf } from "./status.js";
import { type WatchOptions, watchStatus } from "./watch-status.js";

export type { EnqueueOptions, OutcomesOptions, WatchOptions };

export interface BroadcastQueueOptions extends QueueLocation {
  /** Redis: a `redis://` URL, ioredis options, or `{ cluster: [nodes], clusterOptions? }` for Redis Cluster. */
  connection: RedisConnection;
  /** How long a broadcast's record stays in Redis after its last change. Default 7 days. */
  retentionMs?: number;
  /** Errors the connections recover from by themselves (Redis restarting…), for logging. */
  onError?: (error: Error) => void;
}

export interface EnqueueResult {
  broadcastId: string;
  /** false when a broadcast with this id existed: nothing was added. */
  created: boolean;
  status: BroadcastStatus;
}

/** The producer side of a queue: enqueue broadcasts, follow them, read their outcomes, cancel them. */
export interface BroadcastQueue {
  /**
   * Checks the message and every receiver against the spec, writes the receivers to Redis in
   * chunks of at most the operation's `maxItems` (100 for batch send, 500 for batch custom
   * notification) and queues one job per chunk. The record keeps the operation and the spec's
   * version and digest: a worker built from another spec checks the broadcast again before
   * sending. Bad input throws the client's `YunxinValidationError` and leaves nothing queued. An
   * id that exists adds nothing (its receivers are not read); if its enqueue was interrupted after
   * the chunks were written, the missing jobs of chunks without outcomes are added again.
   */
  enqueue<Id extends BatchOperationId = "sendBatchMessages">(
    options: EnqueueOptions<Id>,
  ): Promise<EnqueueResult>;
  /** Where the broadcast stands; `BroadcastNotFoundError` when Redis holds nothing for it. */
  status(broadcastId: string): Promise<BroadcastStatus>;
  /** The status now, then after each change, until it is finished or the signal aborts. */
  watch(broadcastId: string, options?: WatchOptions): AsyncIterable<BroadcastStatus>;
  /**
   * The outcomes known so far, one per receiver, in input order of the chunks, duplicates last.
   * Name the operation of a custom notification broadcast: `{ operation: status.operation }`.
   */
  outcomes<Id extends BatchOperationId = "sendBatchMessages">(
    broadcastId: string,
    options?: OutcomesOptions<Id>,
  ): AsyncIterable<OutcomeOf<Id>>;
  /** Receivers not yet sent become `not_attempted` (reason `"cancelled"`); calls in flight finish. */
  cancel(broadcastId: string): Promise<BroadcastStatus>;
  /** Closes the Redis connections. */
  close(): Promise<void>;
}

export function createBroadcastQueue(options: BroadcastQueueOptions): BroadcastQueue {
  const { queueName, prefix } = readLocation(options);
  const retentionMs = positiveWhole(
    options.retentionMs ?? DEFAULT_RETENTION_MS,
    "retentionMs",
    1000,
  );
  const onError = options.onError ?? (() => {});
  const redis = withScripts(connect(options.connection));
  redis.on("error", onError);
  const queue = new Queue<ChunkJobData>(queueName, { connection: redis, prefix });
  queue.on("error", onError);
  const jobs = new ChunkJobs(queue, retentionMs);
  const keysOf = (id: string) => broadcastKeys(prefix, checkBroadcastId(id));

  async function status(broadcastId: string): Promise<BroadcastStatus> {
    const meta = await redis.hgetall(keysOf(broadcastId).meta);
    if (meta.state === undefined) throw new BroadcastNotFoundError(broadcastId);
    return statusOf(broadcastId, meta);
  }

  async function cancelChunks(keys: BroadcastKeys, chunks: number): Promise<void> {
    for (let from = 0; from < chunks; from += CHUNKS_PER_SCRIPT) {
      await cancelChunkRange(
        redis,
        keys,
        from,
        Math.min(chunks, from + CHUNKS_PER_SCRIPT),
        retentionMs,
      );
    }
  }

  return {
    async enqueue(enqueueOptions) {
      const { message, receivers } = checkEnqueueOptions(enqueueOptions);
      const operation = batchOperationOf(enqueueOptions.operation);
      // Everything but the receivers, each of which is checked as it is read.
      assertValidBatchMessage(operation, message);
      const broadcastId =
        enqueueOptions.broadcastId === undefined
          ? createBroadcastId()
          : checkBroadcastId(enqueueOptions.broadcastId);
      const keys = broadcastKeys(prefix, broadcastId);
      const claimed = await redis.hsetnx(keys.meta, "state", "enqueueing");
      if (claimed === 0) {
        const existing = await status(broadcastId);
        if ((existing.state === "queued" || existing.state === "running") && existing.chunks) {
          await jobs.requeueUnfinished(redis, keys, broadcastId, existing.chunks);
        }
        return { broadcastId, created: false, status: existing };
      }
      let staged: StagedReceivers;
      try {
        await redis
          .multi()
          .hset(keys.meta, {
            message: JSON.stringify(message),
            operation: operation.operationId,
            specVersion: SPEC_VERSION,
            specSha256: SPEC_SHA256,
            createdAt: Date.now(),
            queue: queueName,
            retentionMs,
          })
          .pexpire(keys.meta, retentionMs)
          .exec();
        staged = await stageReceivers(redis, keys, {
          receivers,
          maxReceivers: operation.maxReceivers,
          duplicates: enqueueOptions.duplicates ?? "skip",
          retentionMs,
        });
      } catch (error) {
        await redis.del(keys.meta, keys.chunks, keys.outcomes, keys.calls);
        throw error;
      }
      const state = await redis.yqCommit(
        keys.meta,
        keys.outcomes,
        keys.chunks,
        keys.calls,
        staged.chunks,
        staged.read,
        staged.duplicates,
        staged.skippedGroups,
        retentionMs,
      );
      if (state === "cancelled") {
        await cancelChunks(keys, staged.chunks);
      } else {
        await jobs.addAll(broadcastId, staged.chunks);
      }
      return { broadcastId, created: true, status: await status(broadcastId) };
    },

    status,

    watch(broadcastId, watchOptions = {}) {
      return watchStatus(
        redis,
        keysOf(broadcastId),
        () => status(broadcastId),
        watchOptions,
        onError,
      );
    },

    outcomes(broadcastId, outcomesOptions) {
      return readOutcomes(redis, keysOf(broadcastId), () => status(broadcastId), outcomesOptions);
    },

    async cancel(broadcastId) {
      const keys = keysOf(broadcastId);
      const before = await redis.yqMarkCancelled(keys.meta);
      if (before === null) throw new BroadcastNotFoundError(broadcastId);
      const current = await status(broadcastId);
      if (current.state === "cancelled" && current.chunks !== undefined) {
        await cancelChunks(keys, current.chunks);
      }
      return status(broadcastId);
    },

    async close() {
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

import { SPEC_SHA256, SPEC_VERSION, YunxinValidationError } from "@yunxin-im/core";
import {
  type AnyReceiverOutcome,
  assertValidBatchMessage,
  type BatchOperationId,
  batchOperationOf,
  type OutcomeOf,
  ReceiverChunks,
} from "@yunxin-im/fanout";
import { Queue } from "bullmq";
import { checkBroadcastId, createBroadcastId } from "./broadcast-id.js";
import { CHUNK_JOB_NAME, type ChunkJobData, chunkJobOptions } from "./chunk-job.js";
import { connect, type RedisConnection } from "./connection.js";
import { checkEnqueueOptions, type EnqueueOptions } from "./enqueue-options.js";
import { BroadcastNotFoundError } from "./errors.js";
import { type BroadcastKeys, broadcastKeys, cancelKeys } from "./keys.js";
import {
  DEFAULT_RETENTION_MS,
  positiveWhole,
  type QueueLocation,
  readLocation,
} from "./options.js";
import { type OutcomesOptions, readOutcomes } from "./read-outcomes.js";
import { withScripts } from "./scripts.js";
import { type BroadcastStatus, statusOf } from "./status.js";
import { encodeOutcomes } from "./stored-outcomes.js";
import { type WatchOptions, watchStatus } from "./watch-status.js";

export type { EnqueueOptions, OutcomesOptions, WatchOptions };

/** The reason of a receiver whose chunk was not sent because its broadcast was cancelled. */
export const CANCELLED_REASON = "cancelled";

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

/** How many chunks one staging or cancelling script handles. */
const CHUNKS_PER_SCRIPT = 200;
/** How many jobs one `addBulk` adds. */
const JOBS_PER_BATCH = 1000;

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
  const keysOf = (id: string) => broadcastKeys(prefix, checkBroadcastId(id));

  async function status(broadcastId: string): Promise<BroadcastStatus> {
    const meta = await redis.hgetall(keysOf(broadcastId).meta);
    if (meta.state === undefined) throw new BroadcastNotFoundError(broadcastId);
    return statusOf(broadcastId, meta);
  }

  async function cancelChunks(keys: BroadcastKeys, chunks: number): Promise<void> {
    for (let from = 0; from < chunks; from += CHUNKS_PER_SCRIPT) {
      await redis.yqCancelRange(
        ...cancelKeys(keys),
        from,
        Math.min(chunks, from + CHUNKS_PER_SCRIPT),
        retentionMs,
        CANCELLED_REASON,
      );
    }
  }

  async function addChunkJobs(broadcastId: string, indexes: number[]): Promise<void> {
    await queue.addBulk(
      indexes.map((index) => ({
        name: CHUNK_JOB_NAME,
        data: { b: broadcastId, i: index },
        opts: chunkJobOptions(broadcastId, index, retentionMs),
      })),
    );
  }

  /**
   * Adds again the job of every chunk still without outcomes: after an enqueue that stopped
   * between writing the chunks and adding all their jobs, the same call completes it. A job that
   * still exists is not added twice (deterministic ids), and a chunk that has its outcomes is
   * left alone, so this never adds a call.
   */
  async function requeueUnfinished(keys: BroadcastKeys, broadcastId: string, chunks: number) {
    for (let from = 0; from < chunks; from += JOBS_PER_BATCH) {
      const indexes = range(from, Math.min(chunks, from + JOBS_PER_BATCH));
      const known = await redis.hmget(keys.outcomes, ...indexes.map(String));
      await addChunkJobs(
        broadcastId,
        indexes.filter((_, position) => known[position] === null),
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
          await requeueUnfinished(keys, broadcastId, existing.chunks);
        }
        return { broadcastId, created: false, status: existing };
      }
      let chunks = 0;
      let read = 0;
      let duplicates = 0;
      let skippedGroups = 0;
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
        const reader = new ReceiverChunks(
          receivers,
          operation.maxReceivers,
          enqueueOptions.duplicates ?? "skip",
        );
        const skipped = async (outcomes: AnyReceiverOutcome[]) => {
          const invalid = outcomes.find((outcome) => outcome.status === "failed");
          if (invalid?.status === "failed") throw invalid.error ?? new YunxinValidationError([]);
          duplicates += outcomes.length;
          await redis.hset(keys.outcomes, `skipped:${skippedGroups++}`, encodeOutcomes(outcomes));
        };
        let staged: string[] = [];
        const flush = async () => {
          if (staged.length === 0) return;
          await redis.yqStage(keys.chunks, retentionMs, chunks - staged.length, ...staged);
          staged = [];
        };
        try {
          for (;;) {
            const chunk = await reader.next(skipped);
            if (!chunk) break;
            staged.push(JSON.stringify(chunk));
            chunks++;
            if (staged.length >= CHUNKS_PER_SCRIPT) await flush();
          }
          await flush();
          read = reader.read;
        } finally {
          await reader.close();
        }
      } catch (error) {
        await redis.del(keys.meta, keys.chunks, keys.outcomes, keys.calls);
        throw error;
      }
      const state = await redis.yqCommit(
        keys.meta,
        keys.outcomes,
        keys.chunks,
        keys.calls,
        chunks,
        read,
        duplicates,
        skippedGroups,
        retentionMs,
      );
      if (state === "cancelled") {
        await cancelChunks(keys, chunks);
      } else {
        for (let from = 0; from < chunks; from += JOBS_PER_BATCH) {
          await addChunkJobs(broadcastId, range(from, Math.min(chunks, from + JOBS_PER_BATCH)));
        }
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

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}

import { type TelemetryOptions, type YunxinClient, YunxinError } from "@yunxin-im/core";
import { outcomesOfError } from "@yunxin-im/fanout";
import { Job, Queue, Worker } from "bullmq";
import { CategoryLimiters } from "./category-limiters.js";
import type { ChunkJobData } from "./chunk-job.js";
import { recordChunk } from "./chunk-record.js";
import { chunkProcessor } from "./chunk-run.js";
import { connect, type RedisConnection } from "./connection.js";
import { broadcastKeys } from "./keys.js";
import type { ReclaimedClaim } from "./limiter-heartbeat.js";
import { positiveWhole, type QueueLocation, readLocation } from "./options.js";
import { QueuedBroadcastCache } from "./queued-broadcast-cache.js";
import { withScripts } from "./scripts.js";
import {
  DEFAULT_RATE_LIMIT_CATEGORY,
  type SharedRateLimit,
} from "./shared-rate-limiter-options.js";
import { workerTelemetry } from "./worker-telemetry.js";

/**
 * `tracerProvider` / `meterProvider` (default: the global ones) and `telemetry: false` apply to
 * the worker's chunk spans and queue metrics; the calls follow the client's options.
 */
export interface BroadcastWorkerOptions extends QueueLocation, TelemetryOptions {
  /** Redis: a `redis://` URL, ioredis options, or `{ cluster: [nodes], clusterOptions? }` for Redis Cluster. */
  connection: RedisConnection;
  /**
   * The client that sends, signing middleware `use`d, with credentials from this process's own
   * environment or provider: nothing secret is ever read from or written to Redis.
   */
  client: YunxinClient;
  /**
   * The AppKey the client signs with: every worker of the app, anywhere and in any queue, shares
   * its limit per rate category, so broadcasts of batch send and of batch custom notification
   * (both batch-send) together stay within it.
   */
  appKey: string;
  /** The app's plan, or `{ callsPerMinute }` (default `"standard"`, 120), for the batch-send category. Give every worker of an app the same. */
  rateLimit?: SharedRateLimit;
  /** The window of the limit, in ms. Default 60 000; tests scale the minute down with it. */
  windowMs?: number;
  /** Chunks this process works on at once (waits for the rate limit included). Default 8. */
  concurrency?: number;
  /** The longest one chunk's call (the client's retries included) may take; then it is aborted. Default 120 000. */
  callTimeoutMs?: number;
  /**
   * How long a worker's hold on a chunk lasts without renewal (renewed every half of it): a chunk
   * whose call was in flight when its worker died runs again this much later, at most a
   * `stalledIntervalMs` more. Default 15 000: a lock is lost to a live worker only if its event
   * loop stalls 7.5 s. Chunks the dead worker held but had not called go back within three
   * heartbeats (3 s), whatever this is.
   */
  lockDurationMs?: number;
  /** How often to look for chunks whose lock expired. Default 5000. */
  stalledIntervalMs?: number;
  /** Errors the worker recovers from by itself (a dropped Redis connection…), for logging. */
  onError?: (error: Error) => void;
}

export interface BroadcastWorker {
  /** Resolves once the worker is connected to Redis. */
  ready(): Promise<void>;
  /** Whether the worker's Redis answers a PING within `timeoutMs` (default 1000): for health checks. */
  redisReachable(timeoutMs?: number): Promise<boolean>;
  /**
   * Stops taking chunks, puts back the chunks still waiting for the rate limit, lets the calls
   * in flight finish and record their outcomes, then closes the connections.
   */
  close(): Promise<void>;
}

/**
 * Runs chunks of the queue's broadcasts: takes a chunk, waits for the app's shared rate limit,
 * sends it under the trace id derived from the broadcast id and chunk index, and records one
 * outcome per receiver. A 416 holds every worker of the app for the block (the shared limiter's
 * block); the worker keeps the refused chunk and sends it again before any other call once the
 * block ends.
 */
export function startBroadcastWorker(options: BroadcastWorkerOptions): BroadcastWorker {
  const { queueName, prefix } = readLocation(options);
  const { client } = options;
  if (typeof client !== "object" || client === null || typeof client.sendBatch !== "function") {
    throw new TypeError("client must be a YunxinClient from createYunxinClient()");
  }
  const concurrency = positiveWhole(options.concurrency ?? 8, "concurrency");
  const callTimeoutMs = positiveWhole(options.callTimeoutMs ?? 120_000, "callTimeoutMs", 100);
  const lockDuration = positiveWhole(options.lockDurationMs ?? 15_000, "lockDurationMs", 100);
  const stalledInterval = positiveWhole(
    options.stalledIntervalMs ?? 5000,
    "stalledIntervalMs",
    100,
  );
  const onError = options.onError ?? (() => {});
  const redis = withScripts(connect(options.connection));
  redis.on("error", onError);
  const limiters = new CategoryLimiters(redis, {
    appKey: options.appKey,
    rateLimit: options.rateLimit,
    windowMs: options.windowMs,
    // A call is aborted at callTimeoutMs; its slot outlives it by a margin for clock drift.
    leaseMs: callTimeoutMs + 5000,
    prefix,
    onReclaim: (claims) => putBack(claims),
    onError,
  });
  // Checked now (a bad appKey or rate is a TypeError at start), and the category of both operations.
  limiters.of(DEFAULT_RATE_LIMIT_CATEGORY);
  const queue = new Queue<ChunkJobData>(queueName, { connection: redis, prefix });
  queue.on("error", onError);

  /**
   * Chunks a dead worker had taken but not called: back to the front of the queue now, under the
   * dead worker's lock token (BullMQ checks it, so a chunk whose lock already expired and moved on
   * is left alone), instead of when its lock expires.
   */
  async function putBack(claims: ReclaimedClaim[]): Promise<void> {
    for (const { key, token } of claims) {
      const job = await Job.fromId<ChunkJobData>(queue, key);
      await job?.moveToWait(token).catch(() => {});
    }
  }
  const stopping = new AbortController();
  const telemetry = workerTelemetry(options, queueName, () =>
    queue.getJobCounts("waiting", "delayed", "prioritized", "active"),
  );
  const broadcasts = new QueuedBroadcastCache(redis);
  const processChunk = chunkProcessor({
    redis,
    client,
    prefix,
    callTimeoutMs,
    stopping: stopping.signal,
    telemetry,
    broadcasts,
    limiters,
  });

  const worker = new Worker<ChunkJobData>(queueName, processChunk, {
    connection: redis,
    prefix,
    concurrency,
    lockDuration,
    stalledInterval,
    maxStalledCount: 10,
  });
  worker.on("error", onError);
  worker.on("failed", (job, error) => {
    if (!job) return;
    void giveUp(job, error).catch(onError);
  });

  /** A chunk BullMQ gave up on (Redis trouble, over and over): its receivers still get outcomes. */
  async function giveUp(job: Job<ChunkJobData>, error: Error): Promise<void> {
    if (!(await job.isFailed())) return;
    const { b: broadcastId, i: index } = job.data;
    const keys = broadcastKeys(prefix, broadcastId);
    const [state, receivers, inDoubt = 0] = await redis.yqBegin(
      keys.meta,
      keys.outcomes,
      keys.chunks,
      keys.calls,
      index,
    );
    if (state === "done" || state === "missing" || receivers === undefined) return;
    const { retentionMs } = await broadcasts.get(keys, broadcastId);
    const failure = new YunxinError(
      `The queue gave up on this chunk after ${job.attemptsMade} runs: ${error.message}`,
    );
    await recordChunk(
      redis,
      keys,
      index,
      outcomesOfError(JSON.parse(receivers) as string[], failure, inDoubt, inDoubt > 0),
      retentionMs,
    );
  }

  let closing: Promise<void> | undefined;
  return {
    ready: async () => {
      await worker.waitUntilReady();
    },
    async redisReachable(timeoutMs = 1000) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([redis.ping().then((answer) => answer === "PONG"), timedOut]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    close() {
      closing ??= (async () => {
        stopping.abort(new Error("The worker is closing"));
        telemetry.close();
        await worker.close();
        await limiters.close();
        await queue.close();
        await redis.quit().catch(() => redis.disconnect());
      })();
      return closing;
    },
  };
}

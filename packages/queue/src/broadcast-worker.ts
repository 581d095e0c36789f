import {
  type TelemetryOptions,
  type YunxinClient,
  YunxinError,
  YunxinRateLimitError,
} from "@yunxin-im/core";
import { type AnyReceiverOutcome, outcomesOfError } from "@yunxin-im/fanout";
import { DelayedError, Job, Queue, Worker } from "bullmq";
import { CANCELLED_REASON } from "./broadcast-queue.js";
import { callChunk } from "./chunk-call.js";
import type { ChunkJobData } from "./chunk-job.js";
import { connect, type RedisConnection } from "./connection.js";
import { type BroadcastKeys, broadcastKeys, cancelKeys } from "./keys.js";
import { positiveWhole, type QueueLocation, readLocation } from "./options.js";
import {
  QUEUED_BROADCAST_FIELDS,
  type QueuedBroadcast,
  readQueuedBroadcast,
  refusedChunk,
} from "./queued-broadcast.js";
import { withScripts } from "./scripts.js";
import {
  type Claim,
  ClaimLostError,
  DEFAULT_RATE_LIMIT_CATEGORY,
  type ReclaimedClaim,
  type SharedRateLimit,
  SharedRateLimiter,
} from "./shared-rate-limiter.js";
import { countOutcomes, encodeOutcomes } from "./stored-outcomes.js";
import { chunkTraceId } from "./trace-id.js";
import { type ChunkRecorder, workerTelemetry } from "./worker-telemetry.js";

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

/** Broadcasts whose message a worker keeps in memory. */
const MESSAGE_CACHE_SIZE = 256;

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
  const limiters = new Map<string, SharedRateLimiter>();
  /** The app's limiter for one rate category, shared by every operation of the category. */
  const limiterOf = (category: string): SharedRateLimiter => {
    let limiter = limiters.get(category);
    if (!limiter) {
      limiter = new SharedRateLimiter(redis, {
        appKey: options.appKey,
        rateLimitCategory: category,
        rateLimit: options.rateLimit,
        windowMs: options.windowMs,
        // A call is aborted at callTimeoutMs; its slot outlives it by a margin for clock drift.
        leaseMs: callTimeoutMs + 5000,
        prefix,
        onReclaim: (claims) => putBack(claims),
        onError,
      });
      limiters.set(category, limiter);
    }
    return limiter;
  };
  // Checked now (a bad appKey or rate is a TypeError at start), and the category of both operations.
  limiterOf(DEFAULT_RATE_LIMIT_CATEGORY);
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
  const messages = new Map<string, QueuedBroadcast>();

  async function broadcastOf(keys: BroadcastKeys, id: string): Promise<QueuedBroadcast> {
    const cached = messages.get(id);
    if (cached) return cached;
    const entry = readQueuedBroadcast(await redis.hmget(keys.meta, ...QUEUED_BROADCAST_FIELDS));
    if (messages.size >= MESSAGE_CACHE_SIZE)
      messages.delete(messages.keys().next().value as string);
    messages.set(id, entry);
    return entry;
  }

  async function record(
    keys: BroadcastKeys,
    index: number,
    outcomes: AnyReceiverOutcome[],
    retentionMs: number,
  ) {
    const { sent, failed, notAttempted } = countOutcomes(outcomes);
    await redis.yqRecord(
      ...cancelKeys(keys),
      index,
      encodeOutcomes(outcomes),
      sent,
      failed,
      notAttempted,
      retentionMs,
    );
  }

  /** A chunk of a cancelled broadcast: not sent, unless a call that may have delivered was made. */
  async function settleCancelled(
    keys: BroadcastKeys,
    index: number,
    chunk: string[],
    inDoubt: number,
    retentionMs: number,
  ) {
    if (inDoubt === 0) {
      await redis.yqCancelRange(
        ...cancelKeys(keys),
        index,
        index + 1,
        retentionMs,
        CANCELLED_REASON,
      );
      return;
    }
    const error = new YunxinError(
      "The broadcast was cancelled after a call for this chunk started in a worker that stopped: it may have delivered",
    );
    await record(keys, index, outcomesOfError(chunk, error, 1, true), retentionMs);
  }

  /** A chunk's run, inside its span: the parent of its call's span. */
  async function processChunk(job: Job<ChunkJobData>, token?: string): Promise<void> {
    const recorder = await telemetry.chunk({ broadcastId: job.data.b, index: job.data.i });
    const broadcast = await broadcastOf(broadcastKeys(prefix, job.data.b), job.data.b);
    const limiter = limiterOf(
      broadcast.operation?.rateLimitCategory ?? DEFAULT_RATE_LIMIT_CATEGORY,
    );
    const claim = await limiter.claim(job.id as string, token ?? "");
    try {
      await recorder.within(() => runChunk(job, token, recorder, { broadcast, limiter, claim }));
      recorder.end();
    } catch (error) {
      let thrown = error;
      if (error instanceof ClaimLostError) {
        // Given up for dead in a long pause: a live worker may have put the chunk back already.
        await job.moveToWait(token).catch(() => {});
        thrown = new DelayedError();
      }
      const requeued = thrown instanceof DelayedError;
      recorder.end(requeued ? { requeued: true } : { error: thrown });
      throw thrown;
    } finally {
      await limiter.unclaim(claim);
    }
  }

  async function runChunk(
    job: Job<ChunkJobData>,
    token: string | undefined,
    recorder: ChunkRecorder,
    {
      broadcast,
      limiter,
      claim,
    }: { broadcast: QueuedBroadcast; limiter: SharedRateLimiter; claim: Claim },
  ): Promise<void> {
    const { b: broadcastId, i: index } = job.data;
    const keys = broadcastKeys(prefix, broadcastId);
    // Set once the chunk's call was refused with 416: its ticket sends it again first.
    let refusedTicket: string | undefined;
    for (;;) {
      const [state, receivers, inDoubt = 0, generation = 0] = await redis.yqBegin(
        keys.meta,
        keys.outcomes,
        keys.chunks,
        keys.calls,
        index,
      );
      if (state === "done" || state === "missing" || receivers === undefined) {
        if (refusedTicket) await limiter.leaveLane(refusedTicket);
        return;
      }
      const chunk = JSON.parse(receivers) as string[];
      const { message, retentionMs, operation } = broadcast;
      if (state === "cancelled") {
        if (refusedTicket) await limiter.leaveLane(refusedTicket);
        return settleCancelled(keys, index, chunk, inDoubt, retentionMs);
      }
      const refused = refusedChunk(broadcast, chunk);
      if (refused || !operation) {
        // Checked against another spec, and this worker's refuses it: nothing is sent.
        if (refusedTicket) await limiter.leaveLane(refusedTicket);
        recorder.outcomes(refused ?? []);
        return record(keys, index, refused ?? [], retentionMs);
      }

      let slot: Awaited<ReturnType<SharedRateLimiter["acquire"]>>;
      try {
        slot = await limiter.acquire(stopping.signal, { first: refusedTicket, claim });
      } catch (error) {
        if (!stopping.signal.aborted || error instanceof ClaimLostError) throw error;
        // Shutting down before the call: hand the chunk back at once rather than wait for a slot.
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      if ((await redis.yqNoteCall(keys.meta, keys.calls, index)) === 0) {
        await limiter.release(slot);
        return settleCancelled(keys, index, chunk, 0, retentionMs);
      }
      let outcomes: AnyReceiverOutcome[];
      try {
        outcomes = await callChunk(client, operation, message, chunk, {
          traceId: chunkTraceId(broadcastId, index, generation),
          signal: AbortSignal.timeout(callTimeoutMs),
        });
      } catch (error) {
        if (error instanceof YunxinRateLimitError) {
          // Every start of the app waits for the block; this chunk, kept by this worker, goes
          // first when it ends. Only a first attempt refused, with no earlier call in doubt,
          // proves nothing was delivered.
          refusedTicket = await limiter.refuse(slot, error.blockMs);
          const proven = error.attempts === 1 && inDoubt === 0;
          await redis.yqRefused(keys.meta, keys.calls, index, proven ? 1 : 0);
          continue;
        }
        await limiter.settle(slot);
        const attempts = error instanceof YunxinError ? error.attempts : 1;
        outcomes = outcomesOfError(chunk, error, attempts, inDoubt > 0);
        recorder.outcomes(outcomes);
        await record(keys, index, outcomes, retentionMs);
        return;
      }
      await limiter.settle(slot);
      recorder.outcomes(outcomes);
      await record(keys, index, outcomes, retentionMs);
      return;
    }
  }

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
    const { retentionMs } = await broadcastOf(keys, broadcastId);
    const failure = new YunxinError(
      `The queue gave up on this chunk after ${job.attemptsMade} runs: ${error.message}`,
    );
    await record(
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
        for (const limiter of limiters.values()) await limiter.close();
        await queue.close();
        await redis.quit().catch(() => redis.disconnect());
      })();
      return closing;
    },
  };
}

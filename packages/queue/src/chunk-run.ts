import { type YunxinClient, YunxinError, YunxinRateLimitError } from "@yunxin-im/core";
import { type AnyReceiverOutcome, outcomesOfError } from "@yunxin-im/fanout";
import { DelayedError, type Job } from "bullmq";
import type { CategoryLimiters } from "./category-limiters.js";
import { callChunk } from "./chunk-call.js";
import type { ChunkJobData } from "./chunk-job.js";
import { recordChunk, settleCancelledChunk } from "./chunk-record.js";
import type { RedisClient } from "./connection.js";
import { broadcastKeys } from "./keys.js";
import { type Claim, ClaimLostError } from "./limiter-heartbeat.js";
import { type QueuedBroadcast, refusedChunk } from "./queued-broadcast.js";
import type { QueuedBroadcastCache } from "./queued-broadcast-cache.js";
import type { Scripts } from "./scripts.js";
import type { SharedRateLimiter } from "./shared-rate-limiter.js";
import { DEFAULT_RATE_LIMIT_CATEGORY } from "./shared-rate-limiter-options.js";
import { chunkTraceId } from "./trace-id.js";
import type { ChunkRecorder, WorkerTelemetry } from "./worker-telemetry.js";

/** What a worker's chunk runs share. */
export interface ChunkRunContext {
  redis: RedisClient & Scripts;
  client: YunxinClient;
  prefix: string;
  callTimeoutMs: number;
  /** Aborted when the worker closes. */
  stopping: AbortSignal;
  telemetry: WorkerTelemetry;
  broadcasts: QueuedBroadcastCache;
  limiters: CategoryLimiters;
}

/** What one chunk's run holds: its broadcast, the limiter of its operation, its claim. */
interface ChunkHold {
  broadcast: QueuedBroadcast;
  limiter: SharedRateLimiter;
  claim: Claim;
}

/** The BullMQ processor of chunk jobs: a chunk's run, inside its span (the parent of its call's span). */
export function chunkProcessor(
  context: ChunkRunContext,
): (job: Job<ChunkJobData>, token?: string) => Promise<void> {
  const { telemetry, broadcasts, limiters, prefix } = context;
  return async (job, token) => {
    const recorder = await telemetry.chunk({ broadcastId: job.data.b, index: job.data.i });
    const broadcast = await broadcasts.get(broadcastKeys(prefix, job.data.b), job.data.b);
    const limiter = limiters.of(
      broadcast.operation?.rateLimitCategory ?? DEFAULT_RATE_LIMIT_CATEGORY,
    );
    const claim = await limiter.claim(job.id as string, token ?? "");
    try {
      await recorder.within(() =>
        runChunk(context, job, token, recorder, { broadcast, limiter, claim }),
      );
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
  };
}

async function runChunk(
  { redis, client, prefix, callTimeoutMs, stopping }: ChunkRunContext,
  job: Job<ChunkJobData>,
  token: string | undefined,
  recorder: ChunkRecorder,
  { broadcast, limiter, claim }: ChunkHold,
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
      return settleCancelledChunk(redis, keys, index, chunk, inDoubt, retentionMs);
    }
    const refused = refusedChunk(broadcast, chunk);
    if (refused || !operation) {
      // Checked against another spec, and this worker's refuses it: nothing is sent.
      if (refusedTicket) await limiter.leaveLane(refusedTicket);
      recorder.outcomes(refused ?? []);
      return recordChunk(redis, keys, index, refused ?? [], retentionMs);
    }

    let slot: Awaited<ReturnType<SharedRateLimiter["acquire"]>>;
    try {
      slot = await limiter.acquire(stopping, { first: refusedTicket, claim });
    } catch (error) {
      if (!stopping.aborted || error instanceof ClaimLostError) throw error;
      // Shutting down before the call: hand the chunk back at once rather than wait for a slot.
      await job.moveToDelayed(Date.now(), token);
      throw new DelayedError();
    }
    if ((await redis.yqNoteCall(keys.meta, keys.calls, index)) === 0) {
      await limiter.release(slot);
      return settleCancelledChunk(redis, keys, index, chunk, 0, retentionMs);
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
      await recordChunk(redis, keys, index, outcomes, retentionMs);
      return;
    }
    await limiter.settle(slot);
    recorder.outcomes(outcomes);
    await recordChunk(redis, keys, index, outcomes, retentionMs);
    return;
  }
}

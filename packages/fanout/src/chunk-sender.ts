import {
  type CallOptions,
  type SendBatchRequest,
  YunxinError,
  YunxinRateLimitError,
} from "@yunxin-im/core";
import { batchBody } from "./batch-operations.js";
import type { FanoutTelemetry } from "./fanout-telemetry.js";
import type { Settings } from "./options.js";
import {
  type AnyReceiverOutcome,
  NOT_ATTEMPTED,
  outcomesOfError,
  outcomesOfIdList,
  outcomesOfResult,
} from "./outcomes.js";
import type { RateLimiter } from "./rate-limiter.js";

/**
 * 416 answers one chunk may get in a row (each after the block) before the run gives up: the API
 * is then not taking calls at all, and going on would only repeat the wait chunk after chunk.
 */
export const MAX_RATE_LIMITED_ANSWERS = 5;

/** Why a run stopped before every receiver was sent. */
export type StopReason = (typeof NOT_ATTEMPTED)[keyof typeof NOT_ATTEMPTED];

/** What sending one chunk needs of the run it belongs to. */
export interface ChunkRun {
  readonly settings: Settings;
  readonly limiter: RateLimiter;
  /** Aborted when the run stops: a call waiting for its turn gives up. */
  readonly stopSignal: AbortSignal;
  readonly telemetry: FanoutTelemetry | undefined;
  readonly stopReason: StopReason | undefined;
  /** A call took its turn and is about to be sent. */
  callStarted(): void;
  /** A call was refused with a 416. */
  rateLimited(): void;
  /** No new call starts; calls in flight finish. */
  halt(reason: StopReason): void;
}

/**
 * Sends one chunk and turns the answer into its outcomes; every failure becomes outcomes too. A
 * 416 blocks every call of the run and the chunk is re-sent after the block. The re-send keeps
 * the trace id when an earlier attempt may have reached the server (so the server's
 * de-duplication keeps it from being delivered twice), and takes a fresh one otherwise (nothing
 * with the old id was delivered).
 */
export async function sendChunk(run: ChunkRun, chunk: string[]): Promise<AnyReceiverOutcome[]> {
  const { message, clock, operation } = run.settings;
  const { limiter, telemetry } = run;
  const body = batchBody(operation, message, chunk);
  let attempts = 0;
  let maybeDelivered = false;
  let refusal: YunxinRateLimitError | undefined;
  let refusals = 0;
  let refusedAt: number | undefined;
  for (;;) {
    let start: number;
    const asked = clock.now();
    try {
      start = await limiter.acquire(run.stopSignal);
      telemetry?.waited(clock.now() - asked);
      if (refusedAt !== undefined) telemetry?.blocked(clock.now() - refusedAt);
      refusedAt = undefined;
    } catch {
      if (refusal && maybeDelivered) return outcomesOfError(chunk, refusal, attempts, true);
      return notAttempted(chunk, run.stopReason ?? NOT_ATTEMPTED.stopped);
    }
    run.callStarted();
    // The message was checked once and each receiver as it was read; chunks are at most the
    // spec's maxItems: the body is valid, so the client need not check it again per call.
    const options: CallOptions<SendBatchRequest> = { retryRateLimited: false, validate: false };
    if (maybeDelivered && refusal?.traceId) options.traceId = refusal.traceId;
    let outcomes: AnyReceiverOutcome[];
    try {
      outcomes = await call(run.settings, chunk, body, options, attempts);
    } catch (error) {
      limiter.settle(start);
      attempts += error instanceof YunxinError ? error.attempts : 1;
      if (!(error instanceof YunxinRateLimitError)) {
        return outcomesOfError(chunk, error, attempts, maybeDelivered);
      }
      run.rateLimited();
      limiter.block(error.blockMs);
      telemetry?.paused(error.blockMs);
      refusedAt = clock.now();
      maybeDelivered ||= error.attempts > 1;
      refusal = error;
      if (++refusals >= MAX_RATE_LIMITED_ANSWERS) {
        run.halt(NOT_ATTEMPTED.rateLimited);
        return outcomesOfError(chunk, error, attempts, maybeDelivered);
      }
      continue;
    }
    limiter.settle(start);
    return outcomes;
  }
}

/** One call of the run's operation, its answer turned into the chunk's outcomes. */
async function call(
  settings: Settings,
  chunk: string[],
  body: object,
  options: CallOptions<SendBatchRequest>,
  attemptsBefore: number,
): Promise<AnyReceiverOutcome[]> {
  const { client, operation } = settings;
  if (operation.successList === "items") {
    const result = await client.sendBatch(body as SendBatchRequest, options);
    return outcomesOfResult(chunk, result, attemptsBefore + result.attempts);
  }
  // `call` resolves with `data` only: the trace id is chosen here so the outcomes can carry it.
  const traceId = options.traceId ?? crypto.randomUUID();
  const data = await client.call(
    operation.operationId,
    { body } as never,
    { ...options, traceId } as CallOptions,
  );
  return outcomesOfIdList(chunk, data as never, traceId, attemptsBefore + 1);
}

/** The outcomes of receivers the run did not send. */
export function notAttempted(chunk: readonly string[], reason: string): AnyReceiverOutcome[] {
  return chunk.map((receiverId) => ({ status: "not_attempted", receiverId, reason }));
}

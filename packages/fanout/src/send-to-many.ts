import {
  type CallOptions,
  type SendBatchRequest,
  YunxinError,
  YunxinRateLimitError,
} from "@yunxin-im/core";
import { assertValidBatchMessage, type BatchOperationId, batchBody } from "./batch-operations.js";
import { type FanoutTelemetry, startFanoutTelemetry } from "./fanout-telemetry.js";
import { type FanoutOptions, readOptions, type Settings } from "./options.js";
import { OutcomeQueue } from "./outcome-queue.js";
import {
  type AnyReceiverOutcome,
  NOT_ATTEMPTED,
  type NotificationOutcome,
  outcomesOfError,
  outcomesOfIdList,
  outcomesOfResult,
  type ReceiverOutcome,
} from "./outcomes.js";
import { type FanoutSummary, Tally } from "./progress.js";
import type { RateLimiter } from "./rate-limiter.js";
import { RateMeter } from "./rate-meter.js";
import { ReceiverChunks } from "./receiver-chunks.js";
import { type SharedLimiter, shareLimiter } from "./shared-limiters.js";

/**
 * 416 answers one chunk may get in a row (each after the block) before the run gives up: the API
 * is then not taking calls at all, and going on would only repeat the wait chunk after chunk.
 */
export const MAX_RATE_LIMITED_ANSWERS = 5;

/**
 * The outcomes of a run, one per input receiver, in the order they are known. Iterate it once;
 * a loop left early (break, return, an exception) stops the run, and a second loop takes the
 * outcomes that came after (those of the calls then in flight, and of the receivers not sent).
 */
export interface FanoutRun<Outcome = ReceiverOutcome> extends AsyncIterable<Outcome> {
  /** Resolves after the iteration finished (or drains the run itself if nobody iterates). */
  summary(): Promise<FanoutSummary>;
}

/** The outcome type of a run of `operation`. */
export type OutcomeOf<Id extends BatchOperationId> = Id extends "sendBatchCustomNotification"
  ? NotificationOutcome
  : ReceiverOutcome;

/**
 * Sends one message (or, with `operation: "sendBatchCustomNotification"`, one custom
 * notification) to every receiver: cuts them into calls of at most `batchSize`, paces the
 * calls to the rate limit with at most `concurrency` in flight, pauses every call for the block
 * when a 416 arrives and re-sends the refused call, and streams one outcome per input receiver.
 * Iterating drives the sending: outcomes nobody has taken yet hold back new calls, so memory
 * stays bounded however many receivers the input yields.
 *
 * The message is checked against the spec before anything is read or sent: a
 * `YunxinValidationError` comes from the first `next()` / `summary()`. Bad options throw a
 * `TypeError` at once.
 */
export function sendToMany<Id extends BatchOperationId = "sendBatchMessages">(
  options: FanoutOptions<Id>,
): FanoutRun<OutcomeOf<Id>> {
  const run = new Fanout(readOptions(options as FanoutOptions<BatchOperationId>));
  return {
    [Symbol.asyncIterator]: () => run.iterate() as AsyncIterator<OutcomeOf<Id>, undefined>,
    summary: () => run.summary(),
  };
}

type StopReason = (typeof NOT_ATTEMPTED)[keyof typeof NOT_ATTEMPTED];

class Fanout {
  private readonly queue: OutcomeQueue<AnyReceiverOutcome>;
  private readonly tally: Tally;
  private shared: SharedLimiter | undefined;
  private readonly stopController = new AbortController();
  private stopReason: StopReason | undefined;
  private failure: { error: unknown } | undefined;
  private consumer: "iterator" | "summary" | undefined;
  /** A loop is taking outcomes. */
  private iterating = false;
  /** The last loop was left before the outcomes ended: another loop may take the rest. */
  private leftEarly = false;
  private finished: Promise<FanoutSummary> | undefined;
  private meter: RateMeter | undefined;
  private startedAt = 0;
  private inFlight = 0;
  private calls = 0;
  private rateLimited = 0;
  private wake: () => void = () => {};
  private telemetry: FanoutTelemetry | undefined;

  constructor(private readonly settings: Settings) {
    const { batchSize, concurrency, total } = settings;
    this.queue = new OutcomeQueue(batchSize * concurrency);
    this.tally = new Tally(total);
  }

  /** The limiter of the run's app and rate category, taken when the run starts. */
  private get limiter(): RateLimiter {
    if (!this.shared) throw new Error("The run's limiter is taken when the run starts");
    return this.shared.limiter;
  }

  /**
   * A run is iterated once; a loop left early (break, return, an exception) may be followed by
   * another loop, which takes the outcomes the first one did not.
   */
  iterate(): AsyncIterator<AnyReceiverOutcome, undefined> {
    if (this.consumer === "summary") {
      throw new TypeError("This run is already drained by summary(): iterate it before that");
    }
    if (this.consumer === "iterator" && (this.iterating || !this.leftEarly)) {
      throw new TypeError(
        this.iterating
          ? "A sendToMany run can be iterated by one loop at a time"
          : "A sendToMany run can be iterated only once",
      );
    }
    this.consumer = "iterator";
    this.iterating = true;
    this.leftEarly = false;
    const finished = this.start();
    let active = true;
    return {
      next: async () => {
        const ended = () => {
          active = false;
          this.iterating = false;
        };
        try {
          const step = await this.queue.take();
          if (step.done) ended();
          return step;
        } catch (error) {
          ended();
          throw error;
        }
      },
      return: async () => {
        if (active) {
          active = false;
          this.iterating = false;
          this.leftEarly = true;
          // No new call starts; the calls in flight finish, and their outcomes and those of the
          // receivers not sent are kept for another loop.
          this.halt(NOT_ATTEMPTED.stopped);
          this.queue.keepAll();
        }
        await finished.catch(() => {});
        return { value: undefined, done: true };
      },
    };
  }

  summary(): Promise<FanoutSummary> {
    if (this.consumer === undefined) {
      this.consumer = "summary";
      this.queue.discard();
    }
    return this.start();
  }

  private start(): Promise<FanoutSummary> {
    if (!this.finished) {
      this.finished = this.run();
      // Whoever asks for the summary sees a failure; nobody asking is not an unhandled rejection.
      this.finished.catch(() => {});
    }
    return this.finished;
  }

  private async run(): Promise<FanoutSummary> {
    const { signal, clock, telemetry: telemetryOptions } = this.settings;
    const telemetry = await startFanoutTelemetry(telemetryOptions, this.settings);
    this.telemetry = telemetry;
    this.startedAt = clock.now();
    this.meter = new RateMeter(this.startedAt);
    const onAbort = () => this.halt(NOT_ATTEMPTED.aborted);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const { limitOwner, operation, callsPerMinute } = this.settings;
      this.shared = shareLimiter(limitOwner, operation.rateLimitCategory, callsPerMinute, clock);
      await telemetry.within(() => this.produce());
      if (!this.failure) this.report([]);
    } catch (error) {
      this.fail(error);
    } finally {
      this.shared?.release();
      signal?.removeEventListener("abort", onAbort);
    }
    this.queue.close(this.failure);
    if (this.failure) {
      telemetry.end({ error: this.failure.error });
      throw this.failure.error;
    }
    const summary: FanoutSummary = {
      sent: this.tally.sent,
      failed: this.tally.failed,
      notAttempted: this.tally.notAttempted,
      calls: this.calls,
      rateLimited: this.rateLimited,
      durationMs: clock.now() - this.startedAt,
      aborted: this.stopReason !== undefined,
    };
    telemetry.end({ summary });
    return summary;
  }

  /** Reads chunks and starts their calls while there is room; returns once every call settled. */
  private async produce(): Promise<void> {
    const { receivers, batchSize, duplicates, message, operation } = this.settings;
    const chunks = new ReceiverChunks(receivers, batchSize, duplicates);
    const calls = new Set<Promise<void>>();
    try {
      // Everything but the receivers, each of which is checked as it is read.
      assertValidBatchMessage(operation, message);
      const skipped = (outcomes: AnyReceiverOutcome[]) => {
        this.report(outcomes);
        return this.queue.waitForRoom();
      };
      let unsentChunk: string[] | undefined;
      while (await this.roomForCall()) {
        const chunk = await chunks.next(skipped);
        if (!chunk) break;
        if (this.stopReason) {
          unsentChunk = chunk;
          break;
        }
        const call = this.launch(chunk).finally(() => {
          calls.delete(call);
          this.wake();
        });
        calls.add(call);
      }
      // The outcomes of the calls in flight come before those of the receivers not sent.
      while (calls.size > 0) await Promise.all(calls);
      if (this.stopReason) {
        if (unsentChunk) this.report(notAttempted(unsentChunk, this.stopReason));
        for (const rest of chunks.unsent()) {
          await this.queue.waitForRoom();
          this.report(notAttempted(rest, this.stopReason));
        }
      }
    } catch (error) {
      this.fail(error);
    } finally {
      await chunks.close().catch((error: unknown) => this.fail(error));
      while (calls.size > 0) await Promise.all(calls);
    }
  }

  /** Waits until another call may be prepared; false once the run is stopping. */
  private async roomForCall(): Promise<boolean> {
    for (;;) {
      if (this.stopReason) return false;
      if (this.inFlight < this.settings.concurrency) {
        await this.queue.waitForRoom();
        if (this.stopReason) return false;
        if (this.inFlight < this.settings.concurrency) return true;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private async launch(chunk: string[]): Promise<void> {
    this.inFlight++;
    let outcomes: AnyReceiverOutcome[];
    try {
      outcomes = await this.sendChunk(chunk);
    } catch (error) {
      // Not expected (sendChunk turns every failure into outcomes), but no receiver goes missing.
      outcomes = outcomesOfError(chunk, error, 0, true);
    } finally {
      this.inFlight--;
    }
    try {
      this.report(outcomes);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Sends one chunk and turns the answer into its outcomes. A 416 blocks every call of the run
   * and the chunk is re-sent after the block. The re-send keeps the trace id when an earlier
   * attempt may have reached the server (so the server's de-duplication keeps it from being
   * delivered twice), and takes a fresh one otherwise (nothing with the old id was delivered).
   */
  private async sendChunk(chunk: string[]): Promise<AnyReceiverOutcome[]> {
    const { message, clock, operation } = this.settings;
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
        start = await this.limiter.acquire(this.stopController.signal);
        this.telemetry?.waited(clock.now() - asked);
        if (refusedAt !== undefined) this.telemetry?.blocked(clock.now() - refusedAt);
        refusedAt = undefined;
      } catch {
        if (refusal && maybeDelivered) return outcomesOfError(chunk, refusal, attempts, true);
        return notAttempted(chunk, this.stopReason ?? NOT_ATTEMPTED.stopped);
      }
      this.calls++;
      this.meter?.record(clock.now());
      // The message was checked once and each receiver as it was read; chunks are at most the
      // spec's maxItems: the body is valid, so the client need not check it again per call.
      const sendOptions: CallOptions<SendBatchRequest> = {
        retryRateLimited: false,
        validate: false,
      };
      if (maybeDelivered && refusal?.traceId) sendOptions.traceId = refusal.traceId;
      let outcomes: AnyReceiverOutcome[];
      try {
        outcomes = await this.call(chunk, body, sendOptions, attempts);
      } catch (error) {
        this.limiter.settle(start);
        attempts += error instanceof YunxinError ? error.attempts : 1;
        if (!(error instanceof YunxinRateLimitError)) {
          return outcomesOfError(chunk, error, attempts, maybeDelivered);
        }
        this.rateLimited++;
        this.limiter.block(error.blockMs);
        this.telemetry?.paused(error.blockMs);
        refusedAt = clock.now();
        maybeDelivered ||= error.attempts > 1;
        refusal = error;
        if (++refusals >= MAX_RATE_LIMITED_ANSWERS) {
          this.halt(NOT_ATTEMPTED.rateLimited);
          return outcomesOfError(chunk, error, attempts, maybeDelivered);
        }
        continue;
      }
      this.limiter.settle(start);
      return outcomes;
    }
  }

  /** One call of the run's operation, its answer turned into the chunk's outcomes. */
  private async call(
    chunk: string[],
    body: object,
    options: CallOptions<SendBatchRequest>,
    attemptsBefore: number,
  ): Promise<AnyReceiverOutcome[]> {
    const { client, operation } = this.settings;
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

  private report(outcomes: readonly AnyReceiverOutcome[]): void {
    this.tally.add(outcomes);
    this.telemetry?.receivers(outcomes);
    this.queue.push(outcomes);
    const { onProgress, clock } = this.settings;
    if (onProgress) {
      const callsPerMinute = this.meter?.callsPerMinute(clock.now()) ?? 0;
      onProgress(this.tally.progress(callsPerMinute, this.inFlight));
    }
  }

  /** No new call starts; calls in flight finish. */
  private halt(reason: StopReason): void {
    if (this.stopReason) return;
    this.stopReason = reason;
    this.stopController.abort(new Error(`The run stopped: ${reason}`));
    this.wake();
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    this.halt(NOT_ATTEMPTED.stopped);
  }
}

function notAttempted(chunk: readonly string[], reason: string): AnyReceiverOutcome[] {
  return chunk.map((receiverId) => ({ status: "not_attempted", receiverId, reason }));
}

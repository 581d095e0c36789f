import { assertValidBatchMessage, type BatchOperationId } from "./batch-operations.js";
import { type ChunkRun, notAttempted, type StopReason, sendChunk } from "./chunk-sender.js";
import type { FanoutRun, OutcomeOf } from "./fanout-run.js";
import { type FanoutTelemetry, startFanoutTelemetry } from "./fanout-telemetry.js";
import { type FanoutOptions, readOptions, type Settings } from "./options.js";
import { OutcomeQueue } from "./outcome-queue.js";
import { type AnyReceiverOutcome, NOT_ATTEMPTED, outcomesOfError } from "./outcomes.js";
import { type FanoutSummary, Tally } from "./progress.js";
import type { RateLimiter } from "./rate-limiter.js";
import { RateMeter } from "./rate-meter.js";
import { ReceiverChunks } from "./receiver-chunks.js";
import { RunConsumers } from "./run-consumers.js";
import { type SharedLimiter, shareLimiter } from "./shared-limiters.js";

export { MAX_RATE_LIMITED_ANSWERS } from "./chunk-sender.js";
export type { FanoutRun, OutcomeOf } from "./fanout-run.js";

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
    [Symbol.asyncIterator]: () =>
      run.consumers.iterate() as AsyncIterator<OutcomeOf<Id>, undefined>,
    summary: () => run.summary(),
  };
}

class Fanout implements ChunkRun {
  private readonly queue: OutcomeQueue<AnyReceiverOutcome>;
  private readonly tally: Tally;
  readonly consumers: RunConsumers<AnyReceiverOutcome>;
  private shared: SharedLimiter | undefined;
  private readonly stopController = new AbortController();
  readonly stopSignal = this.stopController.signal;
  stopReason: StopReason | undefined;
  private failure: { error: unknown } | undefined;
  private finished: Promise<FanoutSummary> | undefined;
  private meter: RateMeter | undefined;
  private startedAt = 0;
  private inFlight = 0;
  private calls = 0;
  private rateLimitedCalls = 0;
  private wake: () => void = () => {};
  telemetry: FanoutTelemetry | undefined;

  constructor(readonly settings: Settings) {
    const { batchSize, concurrency, total } = settings;
    this.queue = new OutcomeQueue(batchSize * concurrency);
    this.tally = new Tally(total);
    this.consumers = new RunConsumers(
      this.queue,
      () => this.start(),
      () => this.halt(NOT_ATTEMPTED.stopped),
    );
  }

  /** The limiter of the run's app and rate category, taken when the run starts. */
  get limiter(): RateLimiter {
    if (!this.shared) throw new Error("The run's limiter is taken when the run starts");
    return this.shared.limiter;
  }

  summary(): Promise<FanoutSummary> {
    this.consumers.summarising();
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
      rateLimited: this.rateLimitedCalls,
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
      outcomes = await sendChunk(this, chunk);
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

  callStarted(): void {
    this.calls++;
    this.meter?.record(this.settings.clock.now());
  }

  rateLimited(): void {
    this.rateLimitedCalls++;
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
  halt(reason: StopReason): void {
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

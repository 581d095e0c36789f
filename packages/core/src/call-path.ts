import { attempt, type PreparedRequest, type SendAttempt } from "./attempt.js";
import type { BackoffOptions, Sleep } from "./backoff.js";
import type { CallOptions } from "./call-options.js";
import type { BatchCounts, CallRecorder, CallTelemetry } from "./call-recorder.js";
import type { CallContext, Envelope } from "./envelope.js";
import { YunxinAbortError, YunxinError, YunxinRateLimitError } from "./errors.js";
import { withExtraFields } from "./extra-fields.js";
import type { HostHealth } from "./host-health.js";
import type { OperationFacts } from "./operation-facts.js";
import { recordHealth, retryDelay } from "./retry-policy.js";
import { checkedTraceId } from "./trace-id.js";
import { assertValidInput, type CallInput } from "./validate-input.js";

export interface CallPathSettings {
  /** How each attempt is sent, asked per attempt (the middleware installed decides it). */
  sender: () => SendAttempt;
  health: HostHealth;
  timeoutMs: number;
  maxAttempts: number;
  retryRateLimited: boolean;
  rateLimitBlockMs: number;
  validate: boolean;
  createTraceId: () => string;
  random: () => number;
  wait: Sleep;
  backoff: BackoffOptions;
  telemetry: CallTelemetry;
}

/** What a successful envelope becomes; throws the typed error of any other (416 is retried). */
export type Interpret<T> = (envelope: Envelope, context: CallContext) => T;

/** A batch send's receivers, for its span and the receivers counter. */
export interface BatchTelemetry<T> {
  receivers: number;
  counts(result: T): BatchCounts;
}

const answerKeySets = new WeakMap<OperationFacts, PreparedRequest["answerKeys"]>();

/**
 * The one path every operation's call takes: validation → trace id → attempts (middleware, the
 * signer included, or the signer alone as plain headers → transport → deadline → envelope →
 * lossless int64 → typed error) → retries under the same trace id → host health and failover.
 */
export function createCallPath(settings: CallPathSettings) {
  const { health } = settings;

  return async function run<T>(
    operationId: string,
    facts: OperationFacts,
    input: CallInput | undefined,
    options: CallOptions<unknown>,
    interpret: Interpret<T>,
    batch?: BatchTelemetry<T>,
  ): Promise<T> {
    const starting = settings.telemetry.startCall(operationId, facts);
    const recorder = starting instanceof Promise ? await starting : starting;
    if (batch) recorder.receivers(batch.receivers);
    try {
      const result = await call(recorder, operationId, facts, input, options, interpret);
      recorder.succeeded(batch?.counts(result));
      return result;
    } catch (error) {
      recorder.failed(error);
      throw error;
    }
  };

  async function call<T>(
    recorder: CallRecorder,
    operationId: string,
    facts: OperationFacts,
    input: CallInput | undefined,
    options: CallOptions<unknown>,
    interpret: Interpret<T>,
  ): Promise<T> {
    if ((options.validate ?? settings.validate) !== false) {
      assertValidInput(operationId, facts, input ?? {});
    }
    const body =
      input?.body === undefined
        ? undefined
        : withExtraFields(input.body, options.extraFields, facts.body?.schema, operationId);
    const traceId =
      options.traceId !== undefined
        ? checkedTraceId(options.traceId, "traceId", operationId)
        : settings.createTraceId === randomTraceId
          ? randomTraceId() // a UUID: visible ASCII by construction
          : checkedTraceId(settings.createTraceId(), "createTraceId()", operationId);
    recorder.traceId(traceId);
    const attemptTimeoutMs = positive(options.timeoutMs ?? settings.timeoutMs, "timeoutMs");
    const retryRateLimited = options.retryRateLimited ?? settings.retryRateLimited;
    let answerKeys = answerKeySets.get(facts);
    if (!answerKeys) {
      answerKeys = {
        scalars: new Set(facts.int64.answer),
        lists: new Set(facts.int64.answerLists),
      };
      answerKeySets.set(facts, answerKeys);
    }
    const request: PreparedRequest = {
      facts,
      path: input?.params?.path,
      query: input?.params?.query ?? {},
      body,
      answerKeys,
    };
    const { signal } = options;
    for (let attempts = 1; ; attempts++) {
      if (signal?.aborted) {
        throw new YunxinAbortError({
          operationId,
          traceId,
          attempts: attempts - 1,
          cause: signal.reason,
        });
      }
      const baseUrl = health.pick();
      const context: CallContext = {
        operationId,
        traceId,
        attempts,
        baseUrl,
        rateLimitBlockMs: settings.rateLimitBlockMs,
      };
      try {
        const envelope = await attempt(
          settings.sender(),
          request,
          context,
          signal,
          attemptTimeoutMs,
          recorder.attempt(attempts, baseUrl),
        );
        health.answered(baseUrl);
        return interpret(envelope, context);
      } catch (error) {
        if (!(error instanceof YunxinError)) throw error;
        recordHealth(health, baseUrl, error);
        const delay =
          attempts < settings.maxAttempts
            ? retryDelay(error, {
                attempt: attempts,
                idempotent: facts.idempotent,
                retryRateLimited,
                backoff: settings.backoff,
                random: settings.random,
              })
            : undefined;
        if (delay === undefined) throw error;
        recorder.retrying(error);
        const waitStarted = performance.now();
        try {
          await settings.wait(delay, signal);
        } catch (reason) {
          throw new YunxinAbortError({ operationId, traceId, attempts, cause: reason });
        } finally {
          if (error instanceof YunxinRateLimitError) {
            recorder.blocked(performance.now() - waitStarted);
          }
        }
      }
    }
  }
}

/** The trace ids of a client given no `createTraceId`. */
export const randomTraceId = (): string => crypto.randomUUID();

export function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number, got ${value}`);
  }
  return value;
}

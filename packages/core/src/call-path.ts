import type { Client } from "openapi-fetch";
import { attempt, type PreparedRequest } from "./attempt.js";
import type { BackoffOptions, Sleep } from "./backoff.js";
import type { CallOptions } from "./call-options.js";
import type { CallContext, Envelope } from "./envelope.js";
import { YunxinAbortError, YunxinError } from "./errors.js";
import { withExtraFields } from "./extra-fields.js";
import type { paths } from "./generated/schema.js";
import type { HostHealth } from "./host-health.js";
import type { OperationFacts } from "./operation-facts.js";
import { recordHealth, retryDelay } from "./retry-policy.js";
import { checkedTraceId } from "./trace-id.js";
import type { Transport } from "./transport.js";
import { assertValidInput, type CallInput } from "./validate-input.js";

export interface CallPathSettings {
  api: Client<paths>;
  /** The transport `api` was created with, given each attempt's deadline. */
  transport: Transport;
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
}

/** What a successful envelope becomes; throws the typed error of any other (416 is retried). */
export type Interpret<T> = (envelope: Envelope, context: CallContext) => T;

const answerKeySets = new WeakMap<OperationFacts, PreparedRequest["answerKeys"]>();

/**
 * The one path every operation's call takes: validation → trace id → attempts (middleware, the
 * signer included → transport → deadline → envelope → lossless int64 → typed error) → retries
 * under the same trace id → host health and failover.
 */
export function createCallPath(settings: CallPathSettings) {
  const { health } = settings;

  return async function run<T>(
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
      options.traceId === undefined
        ? checkedTraceId(settings.createTraceId(), "createTraceId()", operationId)
        : checkedTraceId(options.traceId, "traceId", operationId);
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
          settings.api,
          settings.transport,
          request,
          context,
          signal,
          attemptTimeoutMs,
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
        try {
          await settings.wait(delay, signal);
        } catch (reason) {
          throw new YunxinAbortError({ operationId, traceId, attempts, cause: reason });
        }
      }
    }
  };
}

export function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number, got ${value}`);
  }
  return value;
}

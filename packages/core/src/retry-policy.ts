import { type BackoffOptions, backoffDelay } from "./backoff.js";
import {
  YunxinAbortError,
  YunxinConnectionError,
  YunxinError,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinTimeoutError,
} from "./errors.js";
import type { HostHealth } from "./host-health.js";

const RETRYABLE_HTTP = new Set([502, 503, 504]);

export interface RetryDecision {
  attempt: number;
  /** The operation's `x-idempotent`: whether a failure that may have been applied is retried. */
  idempotent: boolean;
  retryRateLimited: boolean;
  backoff: BackoffOptions;
  random: () => number;
}

/**
 * How long to wait before retrying after `error`, or undefined to give up. Every retry keeps the
 * call's trace id. A failure that may have been applied (timeout, broken connection, HTTP 5xx, an
 * unreadable 200) is retried only for an idempotent operation: there the server's de-duplication
 * by trace id answers the retry without applying it again.
 */
export function retryDelay(error: unknown, decision: RetryDecision): number | undefined {
  if (!(error instanceof YunxinError)) return undefined;
  if (error instanceof YunxinRateLimitError) {
    return decision.retryRateLimited ? error.blockMs : undefined;
  }
  const transient =
    error instanceof YunxinConnectionError ||
    error instanceof YunxinTimeoutError ||
    (error instanceof YunxinHttpError && RETRYABLE_HTTP.has(error.status)) ||
    error instanceof YunxinInvalidResponseError;
  if (!transient || (error.maybeApplied && !decision.idempotent)) return undefined;
  return backoffDelay(decision.attempt, decision.backoff, decision.random);
}

/** What an attempt's error says about the host it went to. */
export function recordHealth(health: HostHealth, baseUrl: string, error: YunxinError): void {
  if (error instanceof YunxinAbortError) return; // says nothing about the host
  if (error instanceof YunxinConnectionError || error instanceof YunxinTimeoutError) {
    health.unreachable(baseUrl);
  } else if (
    (error instanceof YunxinHttpError && error.status >= 500) ||
    error instanceof YunxinInvalidResponseError
  ) {
    health.answeredBadly(baseUrl);
  } else {
    health.answered(baseUrl);
  }
}

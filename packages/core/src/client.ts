import createClient, { type Client, type Middleware } from "openapi-fetch";
import { type BackoffOptions, backoffDelay, sleep as defaultSleep, type Sleep } from "./backoff.js";
import { DeferredRequest } from "./deferred-request.js";
import {
  YunxinAbortError,
  YunxinConnectionError,
  YunxinError,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinTimeoutError,
} from "./errors.js";
import { type ExtraRequestFields, withExtraFields } from "./extra-fields.js";
import { SEND_BATCH_PATH } from "./generated/contract.js";
import type { paths } from "./generated/schema.js";
import { HostHealth } from "./host-health.js";
import { type CallContext, parseEnvelope, type SendBatchResult, toResult } from "./outcome.js";
import { isRedirect, noRedirectMode } from "./redirects.js";
import { resolveBaseUrls } from "./regions.js";
import { checkedTraceId } from "./trace-id.js";
import type { Region, SendBatchRequest } from "./types.js";
import { assertValidSendBatchRequest } from "./validate.js";

export type FetchLike = (input: Request) => Promise<Response>;

export interface RetryOptions extends BackoffOptions {
  /** Attempts per call, the first included. Default 3; 1 disables retries. */
  maxAttempts?: number;
  /** Retry a `code` 416 answer once the block period has passed. Default true. */
  retryRateLimited?: boolean;
}

export interface YunxinClientOptions {
  /** `cn` (mainland, default) or `sg` (overseas): the primary host, then its backup. */
  region?: Region;
  /**
   * Explicit base URL, or several to fail over between (the first is preferred while it works;
   * each attempt goes to the healthiest host). Overrides `region`.
   */
  baseUrl?: string | readonly string[];
  /** The `fetch` to use, given a native `Request`; defaults to the global one. */
  fetch?: FetchLike;
  /** Per-attempt timeout in milliseconds. Default 10 000 (batch calls can be slow). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** How long a 416 blocks calls. Default 60 000 ms (the documented block is about a minute). */
  rateLimitBlockMs?: number;
  /** Check the body against the spec before sending. Default true. */
  validate?: boolean;
  /** Trace ids for new calls, checked like `SendOptions.traceId`. Default `crypto.randomUUID()`. */
  createTraceId?: () => string;
  /** Randomness for backoff jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** How the client waits between attempts. Injectable for tests. */
  sleep?: Sleep;
}

export interface SendOptions {
  /** Aborts the call, including waits between attempts. */
  signal?: AbortSignal;
  /**
   * The call's `X-custom-traceid`, kept across its retries: visible ASCII without spaces (the
   * spec's header schema), else a `YunxinValidationError` and nothing is sent. Default: a
   * fresh one from the client's `createTraceId`.
   */
  traceId?: string;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /**
   * Overrides the client's `retry.retryRateLimited` for this call. A caller that paces many calls
   * (the fan-out sender) sets `false`: it sees the 416 at once and pauses all of its calls itself.
   */
  retryRateLimited?: boolean;
  /**
   * Overrides the client's `validate` for this call. A caller that has already checked the body
   * against the spec (the fan-out sender checks the message once and each receiver as it is read)
   * sets `false` so the check is not repeated on every call.
   */
  validate?: boolean;
  /**
   * Top-level fields the spec does not know yet, sent as they are next to the body's: the escape
   * hatch for a field the server added before this package knows it. The body is still checked
   * field by field (a typo in it is still refused); a known field here is refused.
   */
  extraFields?: ExtraRequestFields;
}

export interface YunxinClient {
  /**
   * Sends one message to up to 100 receivers. Resolves with every receiver's outcome when the
   * API answers `code` 200 (also on partial success); throws a typed {@link YunxinError} otherwise.
   */
  sendBatch(body: SendBatchRequest, options?: SendOptions): Promise<SendBatchResult>;
  /** Adds openapi-fetch middleware, e.g. the signer from `@yunxin-im/signing`. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  /** The underlying openapi-fetch client, typed by the spec's `paths`. */
  readonly api: Client<paths>;
  /** The hosts, primary first; each attempt goes to the healthiest of them (see the README). */
  readonly baseUrls: readonly string[];
}

const RETRYABLE_HTTP = new Set([502, 503, 504]);
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** Marks a failure of the network itself, as opposed to one thrown by middleware. */
class TransportFailure extends Error {}

export function createYunxinClient(options: YunxinClientOptions = {}): YunxinClient {
  const baseUrls = resolveBaseUrls(options);
  const fetchImpl: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const timeoutMs = positive(options.timeoutMs ?? 10_000, "timeoutMs");
  const maxAttempts = positive(options.retry?.maxAttempts ?? 3, "retry.maxAttempts");
  const retryRateLimited = options.retry?.retryRateLimited ?? true;
  const rateLimitBlockMs = options.rateLimitBlockMs ?? 60_000;
  const createTraceId = options.createTraceId ?? (() => crypto.randomUUID());
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? defaultSleep;
  const health = new HostHealth(baseUrls);

  // openapi-fetch builds a DeferredRequest (or a middleware returned a native one). The runtime's
  // fetch gets plain arguments, so it builds its Request once; a caller's fetch gets a native one.
  const send = (request: Request): Promise<Response> => {
    if (!DeferredRequest.isDeferred(request)) return fetchImpl(request);
    const plain = options.fetch ? undefined : request.fetchArguments();
    return plain ? globalThis.fetch(...plain) : fetchImpl(request.toNative());
  };

  // A 200 answer's body is read by `attempt`, where a connection that breaks mid-body is a
  // transport failure (retryable with the same trace id). Other answers are read here, for the
  // same reason, before openapi-fetch reads them.
  const transport = async (request: Request): Promise<Response> => {
    try {
      const response = await send(request);
      if (response.status === 200) return response;
      if (isRedirect(response)) throw new TypeError(`unexpected redirect (${response.status})`);
      const body = NULL_BODY_STATUS.has(response.status) ? null : await response.text();
      return new Response(body, { status: response.status, headers: response.headers });
    } catch (error) {
      throw new TransportFailure("transport failed", { cause: error });
    }
  };

  const api = createClient<paths>({
    baseUrl: baseUrls[0],
    fetch: transport,
    Request: DeferredRequest,
    // A signed POST is never re-sent to another address: a redirect fails the attempt as a
    // transport failure, whichever way the runtime reports it.
    redirect: noRedirectMode(),
    headers: { "Content-Type": "application/json;charset=UTF-8" },
  });

  async function attempt(
    body: SendBatchRequest,
    context: CallContext,
    signal: AbortSignal | undefined,
    attemptTimeoutMs: number,
  ) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), attemptTimeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    try {
      const { data, error, response } = await api.POST(SEND_BATCH_PATH, {
        baseUrl: context.baseUrl,
        body,
        params: { header: { "X-custom-traceid": context.traceId } },
        parseAs: "stream",
        signal: combined,
      });
      if (response.status !== 200) {
        const text = typeof error === "string" ? error : JSON.stringify(error ?? "");
        throw new YunxinHttpError(response.status, text, context);
      }
      let text: string;
      try {
        text = data ? await response.text() : "";
      } catch (cause) {
        throw new TransportFailure("the answer broke off", { cause });
      }
      return parseEnvelope(text, context);
    } catch (error) {
      if (!(error instanceof TransportFailure)) throw error;
      if (signal?.aborted) throw new YunxinAbortError({ ...context, cause: signal.reason });
      if (timeout.signal.aborted) throw new YunxinTimeoutError(attemptTimeoutMs, context);
      throw new YunxinConnectionError({ ...context, cause: error.cause });
    } finally {
      clearTimeout(timer);
    }
  }

  function retryDelay(
    error: unknown,
    attemptNumber: number,
    retryRateLimitedForCall: boolean,
  ): number | undefined {
    if (error instanceof YunxinRateLimitError) {
      return retryRateLimitedForCall ? error.blockMs : undefined;
    }
    if (error instanceof YunxinConnectionError || error instanceof YunxinTimeoutError) {
      return backoffDelay(attemptNumber, options.retry ?? {}, random);
    }
    if (error instanceof YunxinHttpError && RETRYABLE_HTTP.has(error.status)) {
      return backoffDelay(attemptNumber, options.retry ?? {}, random);
    }
    // A 200 whose body is not the envelope: the server may have delivered, but the retry keeps
    // the trace id, so the server's de-duplication answers it without delivering again.
    if (error instanceof YunxinInvalidResponseError) {
      return backoffDelay(attemptNumber, options.retry ?? {}, random);
    }
    return undefined;
  }

  /** What an attempt's error says about the host it went to. */
  function recordHealth(baseUrl: string, error: YunxinError): void {
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

  async function sendBatch(body: SendBatchRequest, sendOptions: SendOptions = {}) {
    if ((sendOptions.validate ?? options.validate) !== false) assertValidSendBatchRequest(body);
    const sent = withExtraFields(body, sendOptions.extraFields);
    const { signal } = sendOptions;
    const traceId =
      sendOptions.traceId === undefined
        ? checkedTraceId(createTraceId(), "createTraceId()")
        : checkedTraceId(sendOptions.traceId, "traceId");
    const attemptTimeoutMs = positive(sendOptions.timeoutMs ?? timeoutMs, "timeoutMs");
    const retryRateLimitedForCall = sendOptions.retryRateLimited ?? retryRateLimited;
    for (let attempts = 1; ; attempts++) {
      if (signal?.aborted) {
        throw new YunxinAbortError({ traceId, attempts: attempts - 1, cause: signal.reason });
      }
      const baseUrl = health.pick();
      const context: CallContext = { traceId, attempts, baseUrl, rateLimitBlockMs };
      try {
        const envelope = await attempt(sent, context, signal, attemptTimeoutMs);
        health.answered(baseUrl);
        return toResult(envelope, body.receiver_ids, context);
      } catch (error) {
        if (!(error instanceof YunxinError)) throw error;
        recordHealth(baseUrl, error);
        const delay =
          attempts < maxAttempts ? retryDelay(error, attempts, retryRateLimitedForCall) : undefined;
        if (delay === undefined) throw error;
        try {
          await wait(delay, signal);
        } catch (reason) {
          throw new YunxinAbortError({ traceId, attempts, cause: reason });
        }
      }
    }
  }

  return {
    sendBatch,
    use: (...middleware) => api.use(...middleware),
    eject: (...middleware) => api.eject(...middleware),
    api,
    baseUrls,
  };
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number, got ${value}`);
  }
  return value;
}

/**
 * What every error of this client carries: the operation, the call's trace id, how many attempts
 * were made, and whether the call may have taken effect.
 */
export interface YunxinErrorContext {
  /** The spec's operationId of the call, e.g. `sendMessage`. */
  operationId?: string | undefined;
  traceId?: string | undefined;
  attempts?: number;
  /** Overrides the error class's own answer to "may the server have applied the call?". */
  maybeApplied?: boolean;
  cause?: unknown;
}

/** Base class of every error this client throws. */
export class YunxinError extends Error {
  override name = "YunxinError";
  /** The `X-custom-traceid` of the call (kept across its retries), if a request was prepared. */
  readonly traceId: string | undefined;
  /** Attempts made before giving up; 0 when nothing was sent. */
  readonly attempts: number;
  /** The spec's operationId of the call (`sendBatchMessages` for `sendBatch`), when one was made. */
  readonly operationId: string | undefined;
  /**
   * Whether the server may have applied the call: `true` after a timeout, a connection that broke
   * once the request could have reached the server, an HTTP 5xx or an unreadable answer (unknown:
   * check before repeating an operation that is not idempotent); `false` when it was refused
   * (`code` ≠ 200, bad input) or never reached the server (connection refused, DNS).
   */
  readonly maybeApplied: boolean;

  constructor(message: string, context: YunxinErrorContext = {}, maybeApplied = false) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.traceId = context.traceId;
    this.attempts = context.attempts ?? 0;
    this.operationId = context.operationId;
    this.maybeApplied = context.maybeApplied ?? maybeApplied;
  }
}

/** One violated rule of the spec, found before anything was sent. */
export interface ValidationIssue {
  /**
   * Dotted path of the field inside its `location`, e.g. `message.text` or `receiver_ids[3]` in
   * the body, `conversation_id` among the path parameters.
   */
  path: string;
  /** Where the field is: the request `body` (also when absent), a `path` or `query` parameter. */
  location?: "body" | "path" | "query";
  /** The JSON Schema keyword that failed, e.g. `maxLength`, `required`, `minItems`. */
  keyword: string;
  /** The limit from the spec, when the keyword has one (e.g. 5000 for `maxLength`). */
  limit?: unknown;
  message: string;
}

/** The request breaks the spec; nothing was sent. */
export class YunxinValidationError extends YunxinError {
  override name = "YunxinValidationError";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context: YunxinErrorContext = {}) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    const request = context.operationId ? `${context.operationId} request` : "request";
    super(
      `Invalid ${request}, nothing was sent: ${first?.message ?? "unknown problem"}${more}`,
      context,
    );
    this.issues = issues;
  }
}

/** The API answered with a `code` other than 200 in its envelope: the server refused the call. */
export class YunxinApiError extends YunxinError {
  override name = "YunxinApiError";
  readonly code: number;
  readonly msg: string;

  constructor(code: number, msg: string, context: YunxinErrorContext = {}) {
    super(`Yunxin API error ${code}: ${msg}${suffix(context)}`, context);
    this.code = code;
    this.msg = msg;
  }
}

/** `code` 416: the app's rate limit for this API category is exceeded and calls are blocked. */
export class YunxinRateLimitError extends YunxinApiError {
  override name = "YunxinRateLimitError";
  /** How long calls are expected to stay blocked, in milliseconds. */
  readonly blockMs: number;

  constructor(msg: string, blockMs: number, context: YunxinErrorContext = {}) {
    super(416, msg, context);
    this.blockMs = blockMs;
  }
}

/** The server answered with an HTTP status other than 200 (the API itself always answers 200). */
export class YunxinHttpError extends YunxinError {
  override name = "YunxinHttpError";
  readonly status: number;
  /** The start of the body, for diagnosis (a 502 page from a proxy, say). */
  readonly bodySnippet: string;

  constructor(status: number, body: string, context: YunxinErrorContext = {}) {
    const bodySnippet = body.slice(0, 200);
    super(`HTTP ${status} from the server${suffix(context)}`, context, true);
    this.status = status;
    this.bodySnippet = bodySnippet;
  }
}

/**
 * The answer could not be read as the API's envelope (invalid or truncated JSON, wrong shape).
 * The request did reach the server, so it may have been delivered.
 */
export class YunxinInvalidResponseError extends YunxinError {
  override name = "YunxinInvalidResponseError";
  readonly bodySnippet: string;

  constructor(reason: string, body: string, context: YunxinErrorContext = {}) {
    super(`Unreadable answer from the server: ${reason}${suffix(context)}`, context, true);
    this.bodySnippet = body.slice(0, 200);
  }
}

/**
 * The connection failed (refused, reset, DNS, TLS) before a complete answer arrived. `maybeApplied`
 * is false only when the request provably never reached the server (refused, DNS).
 */
export class YunxinConnectionError extends YunxinError {
  override name = "YunxinConnectionError";

  constructor(context: YunxinErrorContext = {}) {
    const reason = context.cause instanceof Error ? `: ${context.cause.message}` : "";
    super(`Connection to the Yunxin API failed${reason}${suffix(context)}`, context, true);
  }
}

/** An attempt took longer than the per-request timeout. */
export class YunxinTimeoutError extends YunxinError {
  override name = "YunxinTimeoutError";
  readonly timeoutMs: number;

  constructor(timeoutMs: number, context: YunxinErrorContext = {}) {
    super(`No answer within ${timeoutMs} ms${suffix(context)}`, context, true);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` aborted the call (`maybeApplied` once an attempt had started). */
export class YunxinAbortError extends YunxinError {
  override name = "YunxinAbortError";

  constructor(context: YunxinErrorContext = {}) {
    super(`The call was aborted${suffix(context)}`, context, (context.attempts ?? 0) > 0);
  }
}

/** ` (sendMessage, trace id …)`: which call of which operation. */
function suffix({ operationId, traceId }: YunxinErrorContext): string {
  const parts = [operationId, traceId && `trace id ${traceId}`].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

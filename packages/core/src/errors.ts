/** What every error of this client carries: the call's trace id and how many attempts were made. */
export interface YunxinErrorContext {
  traceId?: string | undefined;
  attempts?: number;
  cause?: unknown;
}

/** Base class of every error this client throws. */
export class YunxinError extends Error {
  override name = "YunxinError";
  /** The `X-custom-traceid` of the call (kept across its retries), if a request was prepared. */
  readonly traceId: string | undefined;
  /** Attempts made before giving up; 0 when nothing was sent. */
  readonly attempts: number;

  constructor(message: string, context: YunxinErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.traceId = context.traceId;
    this.attempts = context.attempts ?? 0;
  }
}

/** One violated rule of the spec, found before anything was sent. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `message.text` or `receiver_ids[3]`. */
  path: string;
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

  constructor(issues: readonly ValidationIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid request, nothing was sent: ${first?.message ?? "unknown problem"}${more}`);
    this.issues = issues;
  }
}

/** The API answered with a `code` other than 200 in its envelope: nothing was sent. */
export class YunxinApiError extends YunxinError {
  override name = "YunxinApiError";
  readonly code: number;
  readonly msg: string;

  constructor(code: number, msg: string, context: YunxinErrorContext = {}) {
    super(`Yunxin API error ${code}: ${msg}${traceSuffix(context.traceId)}`, context);
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
    super(`HTTP ${status} from the server${traceSuffix(context.traceId)}`, context);
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
    super(`Unreadable answer from the server: ${reason}${traceSuffix(context.traceId)}`, context);
    this.bodySnippet = body.slice(0, 200);
  }
}

/** The connection failed (refused, reset, DNS, TLS) before a complete answer arrived. */
export class YunxinConnectionError extends YunxinError {
  override name = "YunxinConnectionError";

  constructor(context: YunxinErrorContext = {}) {
    const reason = context.cause instanceof Error ? `: ${context.cause.message}` : "";
    super(`Connection to the Yunxin API failed${reason}${traceSuffix(context.traceId)}`, context);
  }
}

/** An attempt took longer than the per-request timeout. */
export class YunxinTimeoutError extends YunxinError {
  override name = "YunxinTimeoutError";
  readonly timeoutMs: number;

  constructor(timeoutMs: number, context: YunxinErrorContext = {}) {
    super(`No answer within ${timeoutMs} ms${traceSuffix(context.traceId)}`, context);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` aborted the call. */
export class YunxinAbortError extends YunxinError {
  override name = "YunxinAbortError";

  constructor(context: YunxinErrorContext = {}) {
    super(`The call was aborted${traceSuffix(context.traceId)}`, context);
  }
}

function traceSuffix(traceId: string | undefined): string {
  return traceId ? ` (trace id ${traceId})` : "";
}

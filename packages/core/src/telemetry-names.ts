import {
  YunxinAbortError,
  YunxinApiError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "./errors.js";

/** The instrumentation scope of the client's spans and metrics. */
export const INSTRUMENTATION_SCOPE = "@yunxin-im/core";

/**
 * The buckets the HTTP semantic conventions give `http.client.request.duration`, in seconds;
 * the call and block durations use them too, so one dashboard reads all of them alike.
 */
export const DURATION_BUCKETS_S: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];

/** How a call (or one attempt of it) ended: the `yunxin.outcome` and `yunxin.retry.cause` values. */
export type CallOutcome =
  | "success"
  | "aborted"
  | "invalid_input"
  | "rate_limited"
  | "api_error"
  | "http_error"
  | "timeout"
  | "connection_error"
  | "invalid_response"
  | "error";

export function outcomeOf(error: unknown): CallOutcome {
  if (error === undefined) return "success";
  if (error instanceof YunxinAbortError) return "aborted";
  if (error instanceof YunxinValidationError) return "invalid_input";
  if (error instanceof YunxinRateLimitError) return "rate_limited";
  if (error instanceof YunxinApiError) return "api_error";
  if (error instanceof YunxinHttpError) return "http_error";
  if (error instanceof YunxinTimeoutError) return "timeout";
  if (error instanceof YunxinConnectionError) return "connection_error";
  if (error instanceof YunxinInvalidResponseError) return "invalid_response";
  return "error";
}

/**
 * The semantic conventions' `error.type`: the HTTP status of an HTTP error, `timeout` for a
 * timeout (the conventions' own example), else the error's class. Never its message: messages
 * may quote the input (a refused field's value) or the server's text.
 */
export function errorTypeOf(error: unknown): string {
  if (error instanceof YunxinHttpError) return String(error.status);
  if (error instanceof YunxinTimeoutError) return "timeout";
  if (error instanceof Error && /^[A-Za-z_$][\w$]*$/.test(error.name)) return error.name;
  return "_OTHER";
}

export interface ServerAttributes {
  "server.address": string;
  "server.port": number;
  "url.scheme": string;
}

const servers = new Map<string, ServerAttributes>();

/** `server.address`, `server.port` (the default one of the scheme when not given) and `url.scheme` of a base URL. */
export function serverOf(baseUrl: string): ServerAttributes {
  let server = servers.get(baseUrl);
  if (!server) {
    const url = new URL(baseUrl);
    const scheme = url.protocol.replace(/:$/, "");
    const port = url.port ? Number(url.port) : scheme === "http" ? 80 : 443;
    server = { "server.address": url.hostname, "server.port": port, "url.scheme": scheme };
    servers.set(baseUrl, server);
  }
  return server;
}

/** `url.full` as the conventions want it: credentials in the URL replaced by `REDACTED`. */
export function fullUrl(url: string): string {
  if (!url.includes("@")) return url;
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return url;
  parsed.username = parsed.username && "REDACTED";
  parsed.password = parsed.password && "REDACTED";
  return parsed.href;
}

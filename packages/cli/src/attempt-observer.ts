import { TRACE_ID_HEADER, type YunxinClient } from "@yunxin-im/core";
import type { DeliveryEvidence } from "./call-failure.js";
import { errorCode } from "./system-error-code.js";

type Middleware = Parameters<YunxinClient["use"]>[0];

/** One HTTP attempt, as the observer saw it leave. */
export interface AttemptStart {
  method: string;
  host: string;
  traceId: string;
  /** 1 for the first request with this trace id, 2 for its first retry… */
  attempt: number;
  /** The `AppKey` header: which app signed (not a secret). */
  appKey: string | undefined;
  /** The `CurTime` header (Unix seconds): the clock the signature was made with. */
  curTime: string | undefined;
}

/** How an attempt ended: an HTTP answer, or an error before one. */
export interface AttemptEnd extends AttemptStart {
  durationMs: number;
  status?: number;
  /** The envelope's `code`, read from a 200 answer when the observer was asked to. */
  code?: number;
  /** Why no answer came: the error's code or message (`ECONNREFUSED`, `aborted`…). */
  error?: string;
  /** false only when the request provably never reached a server (refused, DNS, no route). */
  reachedServer: boolean;
}

export interface AttemptListener {
  onStart?(attempt: AttemptStart): void;
  onEnd?(attempt: AttemptEnd): void;
}

export interface AttemptObserverOptions {
  /** Read each 200 answer's `code` (from a copy of the body) before reporting its end. */
  readCode?: boolean;
  now?: () => number;
}

/**
 * Errors that happen before a single byte of the request could reach an HTTP server: the name
 * did not resolve, nothing listens, there is no route, or the TLS handshake (which comes before
 * the request) failed. A call that only ever failed this way was certainly not delivered.
 */
const NEVER_REACHED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** What every call's attempts amounted to, by trace id. */
export interface CallAttempts {
  count: number;
  /** true once any attempt with this trace id may have reached a server. */
  mayHaveReachedServer: boolean;
  /** The hosts its attempts went to, in order, each once. */
  hosts: string[];
}

/**
 * openapi-fetch middleware that watches every HTTP attempt of the client (added after the
 * signer, so it sees the signed request) and tells `listener` when each starts and ends. It
 * never changes a request or an answer, and never reads a header value that could leak the
 * secret: it takes the method, host, trace id, attempt number, `AppKey` and `CurTime` only.
 */
export class AttemptObserver implements DeliveryEvidence {
  private readonly calls = new Map<string, CallAttempts>();
  private readonly started = new Map<string, { attempt: AttemptStart; at: number }>();
  private readonly now: () => number;

  constructor(
    private readonly listeners: readonly AttemptListener[],
    private readonly options: AttemptObserverOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The attempts made so far with `traceId`, or undefined when none was seen. */
  callAttempts(traceId: string): CallAttempts | undefined {
    return this.calls.get(traceId);
  }

  neverReachedServer(traceId: string): boolean {
    const call = this.calls.get(traceId);
    return call !== undefined && call.count > 0 && !call.mayHaveReachedServer;
  }

  hostsOf(traceId: string): readonly string[] {
    return this.calls.get(traceId)?.hosts ?? [];
  }

  middleware(): Middleware {
    return {
      onRequest: ({ request, id }) => {
        const traceId = request.headers.get(TRACE_ID_HEADER) ?? "";
        const call = this.calls.get(traceId) ?? {
          count: 0,
          mayHaveReachedServer: false,
          hosts: [],
        };
        call.count++;
        this.calls.set(traceId, call);
        const host = new URL(request.url).host;
        if (!call.hosts.includes(host)) call.hosts.push(host);
        const attempt: AttemptStart = {
          method: request.method,
          host,
          traceId,
          attempt: call.count,
          appKey: request.headers.get("AppKey") ?? undefined,
          curTime: request.headers.get("CurTime") ?? undefined,
        };
        this.started.set(id, { attempt, at: this.now() });
        for (const listener of this.listeners) listener.onStart?.(attempt);
        return undefined;
      },
      onResponse: async ({ response, id }) => {
        const start = this.take(id);
        if (!start) return undefined;
        this.markReached(start.attempt.traceId);
        const end: AttemptEnd = {
          ...start.attempt,
          durationMs: 0,
          status: response.status,
          reachedServer: true,
        };
        // Read from a copy, before the client reads the answer, so the line comes before the
        // outcome it explains. Only in debug mode: the body is then held twice.
        if (this.options.readCode && response.status === 200 && response.body) {
          try {
            const code = envelopeCode(await response.clone().text());
            if (code !== undefined) end.code = code;
          } catch (error) {
            end.error = `the answer broke off: ${errorCode(error) ?? describeError(error)}`;
          }
        }
        end.durationMs = this.now() - start.at;
        this.end(end);
        return undefined;
      },
      onError: ({ error, id }) => {
        const start = this.take(id);
        if (!start) return undefined;
        const code = errorCode(error);
        const reachedServer = !(code !== undefined && NEVER_REACHED.has(code));
        if (reachedServer) this.markReached(start.attempt.traceId);
        this.end({
          ...start.attempt,
          durationMs: this.now() - start.at,
          error: code ?? describeError(error),
          reachedServer,
        });
        return undefined;
      },
    };
  }

  private take(id: string) {
    const start = this.started.get(id);
    this.started.delete(id);
    return start;
  }

  private markReached(traceId: string): void {
    const call = this.calls.get(traceId);
    if (call) call.mayHaveReachedServer = true;
  }

  private end(attempt: AttemptEnd): void {
    for (const listener of this.listeners) listener.onEnd?.(attempt);
  }
}

/** The first `code` of a JSON envelope, without parsing the (possibly huge) rest. */
function envelopeCode(text: string): number | undefined {
  const match = /"code"\s*:\s*(-?\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function describeError(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if ((current as { name?: unknown }).name === "AbortError")
      return "aborted (timeout or interrupt)";
    current = (current as { cause?: unknown }).cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "error";
}

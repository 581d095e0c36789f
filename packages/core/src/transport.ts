import { type AttemptDeadline, readText } from "./attempt-deadline.js";
import { DeferredRequest } from "./deferred-request.js";
import { isRedirect, noRedirectMode } from "./redirects.js";

export type FetchLike = (input: Request) => Promise<Response>;

/** Marks a failure of the network itself, as opposed to one thrown by middleware. */
export class TransportFailure extends Error {}

/** Statuses whose answer has no body (a `Response` refuses one). */
export const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * The `fetch` openapi-fetch is given. It builds a DeferredRequest (or a middleware returned a
 * native one): the runtime's fetch gets plain arguments, so it builds its Request once; a caller's
 * fetch gets a native one. A 200 answer's body is read by the attempt, where a connection that
 * breaks mid-body is a transport failure (retryable under the same trace id); other answers are
 * read here, for the same reason, before openapi-fetch reads them.
 */
export type Transport = ((request: Request, deadline?: AttemptDeadline) => Promise<Response>) & {
  /** Its answers' bodies are read whole, within the deadline, before it resolves. */
  readonly buffered?: boolean;
  /** Sends plain values, no `Request` made; absent when a caller's `fetch` must get a Request. */
  readonly direct?: DirectTransport;
};

/** One attempt as plain values: what the direct path sends. */
export interface PlainRequest {
  /** Normalised already, as a `Request`'s `url` is. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** An answer's status and its whole body. */
export interface PlainAnswer {
  status: number;
  text: string;
}

/**
 * Sends `request` within `deadline`; resolves with the status and the whole body, read within it.
 * Redirects are not followed (one is a failure); every failure is a {@link TransportFailure}.
 */
export type DirectTransport = (
  request: PlainRequest,
  deadline: AttemptDeadline,
) => Promise<PlainAnswer>;

export function createTransport(fetch: FetchLike | undefined): Transport {
  // The deadline's own signal goes straight to the runtime's fetch, never through a Request.
  const send = (request: Request, signal: AbortSignal | undefined): Promise<Response> => {
    if (!DeferredRequest.isDeferred(request)) return (fetch ?? globalThis.fetch)(request);
    const plain = fetch ? undefined : request.fetchArguments();
    if (!plain) return (fetch ?? globalThis.fetch)(request.toNative());
    const [url, init] = plain;
    return globalThis.fetch(url, signal ? { ...init, signal } : init);
  };
  const transport: Transport = async (request, deadline) => {
    try {
      const sending = send(request, deadline?.signal);
      const response = deadline ? await answerWithin(sending, deadline) : await sending;
      if (response.status === 200) return response;
      if (isRedirect(response)) throw new TypeError(`unexpected redirect (${response.status})`);
      if (NULL_BODY_STATUS.has(response.status)) {
        return new Response(null, { status: response.status, headers: response.headers });
      }
      const body = deadline ? await readText(response, deadline) : await response.text();
      return new Response(body, { status: response.status, headers: response.headers });
    } catch (error) {
      throw new TransportFailure("transport failed", { cause: error });
    }
  };
  return fetch ? transport : Object.assign(transport, { direct: fetchDirect });
}

let redirectMode: RequestRedirect | undefined;

/** The runtime's fetch given a URL and a plain init: it builds the only Request of the attempt. */
const fetchDirect: DirectTransport = async (request, deadline) => {
  try {
    redirectMode ??= noRedirectMode();
    const sending = globalThis.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: redirectMode,
      signal: deadline.signal,
    });
    const response = await answerWithin(sending, deadline);
    const { status } = response;
    if (isRedirect(response)) throw new TypeError(`unexpected redirect (${status})`);
    if (NULL_BODY_STATUS.has(status)) return { status, text: "" };
    return { status, text: await readText(response, deadline) };
  } catch (error) {
    throw new TransportFailure("transport failed", { cause: error });
  }
};

/**
 * The answer `sending` brings, or the deadline's rejection. An answer that arrives after the
 * deadline, because the runtime lost the abort, is cancelled as it arrives: its connection is
 * released, not left to the server.
 */
function answerWithin(sending: Promise<Response>, deadline: AttemptDeadline): Promise<Response> {
  sending.then((late) => deadline.onExpire(() => late.body?.cancel()), noop);
  return deadline.race(sending);
}

function noop(): void {}

/** Error codes that prove the request never reached the server: it cannot have been applied. */
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
]);

/** Whether a transport failure's cause chain shows the request never left (refused, DNS). */
export function neverSent(cause: unknown): boolean {
  for (let error = cause, depth = 0; error && depth < 5; depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && NEVER_SENT.has(code)) return true;
    // Several addresses tried (IPv4 and IPv6): all of them refused.
    const errors = (error as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0 && errors.every((each) => neverSent(each))) {
      return true;
    }
    error = (error as { cause?: unknown }).cause;
  }
  return false;
}

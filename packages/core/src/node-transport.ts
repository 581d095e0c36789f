import type { EventEmitter } from "node:events";
import { Agent, type Dispatcher } from "undici";
import { type AttemptDeadline, DeadlineExpired } from "./attempt-deadline.js";
import { BufferedResponse } from "./buffered-response.js";
import { DeadlineEmitter } from "./deadline-emitter.js";
import { DeferredRequest } from "./deferred-request.js";
import { isRedirectStatus } from "./redirects.js";
import {
  type DirectTransport,
  NULL_BODY_STATUS,
  type PlainRequest,
  type Transport,
  TransportFailure,
} from "./transport.js";

/**
 * The transport on Node: undici's dispatcher API over keep-alive connections, one pool per host
 * (the primary and the backup each get their own from the {@link Agent}), instead of `fetch`,
 * whose WHATWG machinery (Request, Response, body streams) cost about six times the CPU per call.
 *
 * It keeps every guarantee of the fetch transport: the attempt's deadline signal goes to the
 * dispatcher, which aborts the request when it fires, and the body is destroyed then too, so a
 * stalled server releases its connection and every wait ends; a redirect is never followed (the dispatcher does
 * not follow them and one fails the attempt); a body that breaks off is a transport failure. The
 * answer is read whole within the deadline and handed on as a {@link BufferedResponse}, a
 * `Response` to openapi-fetch and middleware, whose text the attempt takes without a stream.
 */
export function createNodeTransport(
  dispatcher: Dispatcher = new Agent({
    // The attempt's deadline bounds the headers and the body; undici's own timeouts would cut a
    // call with a longer `timeoutMs` short.
    headersTimeout: 0,
    bodyTimeout: 0,
  }),
): Transport {
  const transport: Transport = async (request, deadline) => {
    try {
      const answer = await exchange(dispatch(dispatcher, request, deadline), deadline);
      const { status, text } = answer;
      const headers = responseHeaders(answer.headers);
      if (text === undefined) return new Response(null, { status, headers });
      return new BufferedResponse(text, { status, headers });
    } catch (error) {
      throw new TransportFailure("transport failed", { cause: error });
    }
  };
  // The direct path: plain headers in, status and text out; no Request, Headers or Response.
  const direct: DirectTransport = async (request, deadline) => {
    try {
      const answer = await exchange(dispatchPlain(dispatcher, request, deadline), deadline);
      return { status: answer.status, text: answer.text ?? "" };
    } catch (error) {
      throw new TransportFailure("transport failed", { cause: error });
    }
  };
  return Object.assign(transport, { buffered: true, direct });
}

/**
 * The answer to `sending`, its body read whole (`undefined` for a status without one). Nothing is
 * raced against the deadline here: the dispatcher holds the deadline's signal strongly (no weak
 * reference for the collector to break, unlike fetch's `Request`), so when it fires the request
 * is aborted before its headers and its body destroyed after them, and each await below rejects.
 */
async function exchange(
  sending: Promise<Dispatcher.ResponseData>,
  deadline: AttemptDeadline | undefined,
): Promise<{ status: number; headers: Dispatcher.ResponseData["headers"]; text?: string }> {
  const answer = await sending;
  const { statusCode: status, headers, body } = answer;
  if (NULL_BODY_STATUS.has(status) || isRedirectStatus(status)) {
    discard(body);
    if (NULL_BODY_STATUS.has(status)) return { status, headers };
    throw new TypeError(`unexpected redirect (${status})`);
  }
  if (!deadline) return { status, headers, text: await body.text() };
  // At once if the deadline fired while the answer was on its way to this continuation.
  deadline.onExpire(() => discard(body));
  const text = await body.text();
  if (deadline.reason) throw new DeadlineExpired(deadline.reason);
  return { status, headers, text };
}

function dispatchPlain(
  dispatcher: Dispatcher,
  request: PlainRequest,
  deadline: AttemptDeadline,
): Promise<Dispatcher.ResponseData> {
  const signal = new DeadlineEmitter(deadline) as unknown as EventEmitter;
  return requestTo(dispatcher, request.url, request.method, request.headers, request.body, signal);
}

async function dispatch(
  dispatcher: Dispatcher,
  request: Request,
  deadline: AttemptDeadline | undefined,
): Promise<Dispatcher.ResponseData> {
  const plain = DeferredRequest.isDeferred(request) ? request.fetchArguments() : undefined;
  // A native Request (a middleware built one, or read the body stream): its body is read once.
  const body = plain
    ? (plain[1].body as string | undefined)
    : request.body
      ? await (deadline ? deadline.race(request.text()) : request.text())
      : undefined;
  const headers = request.headers as unknown as Iterable<[string, string]>;
  return requestTo(dispatcher, request.url, request.method, headers, body, deadline?.signal);
}

/** The dispatcher's request for a normalised URL (an href), split where its path starts. */
function requestTo(
  dispatcher: Dispatcher,
  url: string,
  method: string,
  headers: Dispatcher.RequestOptions["headers"],
  body: string | undefined,
  signal: Dispatcher.RequestOptions["signal"],
): Promise<Dispatcher.ResponseData> {
  const pathStart = pathStartOf(url);
  return dispatcher.request({
    origin: url.slice(0, pathStart),
    path: url.slice(pathStart) || "/",
    method: method as Dispatcher.HttpMethod,
    headers,
    body,
    signal,
  });
}

/** undici's header record as `[name, value]` pairs (a repeated header, Set-Cookie say, kept apart). */
function responseHeaders(raw: Dispatcher.ResponseData["headers"]): [string, string][] {
  const headers: [string, string][] = [];
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const each of value) headers.push([name, each]);
    else headers.push([name, value]);
  }
  return headers;
}

/** Ends a body nobody reads, and its connection; the destroyed stream's error is expected. */
function discard(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", noop).destroy();
}

function noop(): void {}

/** Where the path of a normalised URL (an href) begins: split there, not parsed again. */
function pathStartOf(url: string): number {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start === -1 ? url.length : start;
}

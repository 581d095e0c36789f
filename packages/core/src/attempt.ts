import type { Client } from "openapi-fetch";
import { AttemptDeadline, DeadlineExpired, readText } from "./attempt-deadline.js";
import type { AttemptRecorder } from "./call-recorder.js";
import { type CallContext, type Envelope, parseEnvelope } from "./envelope.js";
import {
  YunxinAbortError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinTimeoutError,
} from "./errors.js";
import { TRACE_ID_HEADER } from "./generated/contract.js";
import type { paths } from "./generated/schema.js";
import type { OperationFacts } from "./operation-facts.js";
import { queryString, stringifyBody } from "./request-encoding.js";
import { neverSent, type Transport, TransportFailure } from "./transport.js";

/** One call's request, encoded once and sent by every attempt. */
export interface PreparedRequest {
  facts: OperationFacts;
  path: Record<string, unknown> | undefined;
  query: Record<string, unknown>;
  body: unknown;
  /** The answer's int64 keys (and those holding arrays of int64), parsed into exact decimal strings. */
  answerKeys: { scalars: ReadonlySet<string>; lists: ReadonlySet<string> };
}

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * One attempt of a call: through openapi-fetch (so every middleware, the signer included, sees
 * it), to `context.baseUrl`, within `timeoutMs` for the answer and its whole body, whatever the
 * runtime, the garbage collector or a middleware does with the signal (see {@link AttemptDeadline}).
 * Resolves with the envelope of an HTTP 200 answer; throws a typed error otherwise.
 */
export async function attempt(
  api: Client<paths>,
  transport: Transport,
  request: PreparedRequest,
  context: CallContext,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  recorder: AttemptRecorder,
): Promise<Envelope> {
  try {
    const envelope = await attemptOnce(
      api,
      transport,
      request,
      context,
      signal,
      timeoutMs,
      recorder,
    );
    recorder.end({ code: envelope.code });
    return envelope;
  } catch (error) {
    recorder.end({ error });
    throw error;
  }
}

async function attemptOnce(
  api: Client<paths>,
  transport: Transport,
  request: PreparedRequest,
  context: CallContext,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  recorder: AttemptRecorder,
): Promise<Envelope> {
  const deadline = new AttemptDeadline(timeoutMs, signal);
  const { facts } = request;
  const hasBody = request.body !== undefined;
  try {
    const sending = (api.request as unknown as LooseRequest)(facts.method, facts.path, {
      baseUrl: context.baseUrl,
      params: {
        path: request.path,
        query: request.query,
        header: { [TRACE_ID_HEADER]: context.traceId },
      },
      // A request without a body carries no Content-Type.
      ...(hasBody
        ? {
            body: request.body,
            bodySerializer: (body: unknown) => stringifyBody(body, facts.int64.body),
          }
        : { headers: { "Content-Type": null } }),
      querySerializer: (query: Record<string, unknown>) => queryString(facts, query),
      // A buffered answer is text already; any other body is read below, under the deadline.
      parseAs: transport.buffered ? "text" : "stream",
      signal: deadline.signal,
      fetch: (sent: Request) => recorder.send(sent, () => transport(sent, deadline)),
    });
    const { data, error, response } = await deadline.race(sending);
    recorder.answered(response.status);
    if (response.status !== 200) {
      const text = typeof error === "string" ? error : JSON.stringify(error ?? "");
      throw new YunxinHttpError(response.status, text, context);
    }
    let text: string;
    try {
      text = typeof data === "string" ? data : data ? await readText(response, deadline) : "";
    } catch (cause) {
      throw new TransportFailure("the answer broke off", { cause });
    }
    return parseEnvelope(text, context, request.answerKeys.scalars, request.answerKeys.lists);
  } catch (error) {
    if (!(error instanceof TransportFailure || error instanceof DeadlineExpired)) throw error;
    if (deadline.reason === "abort") {
      throw new YunxinAbortError({ ...context, cause: signal?.reason });
    }
    if (deadline.reason === "timeout") throw new YunxinTimeoutError(timeoutMs, context);
    throw new YunxinConnectionError({
      ...context,
      cause: error.cause,
      maybeApplied: !neverSent(error.cause),
    });
  } finally {
    deadline.release();
  }
}

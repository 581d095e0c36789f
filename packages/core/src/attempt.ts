import { AttemptDeadline, DeadlineExpired } from "./attempt-deadline.js";
import type { AttemptRecorder } from "./call-recorder.js";
import { type CallContext, type Envelope, parseEnvelope } from "./envelope.js";
import {
  YunxinAbortError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinTimeoutError,
} from "./errors.js";
import type { OperationFacts } from "./operation-facts.js";
import { neverSent, type PlainAnswer, TransportFailure } from "./transport.js";

/** One call's request, encoded once and sent by every attempt. */
export interface PreparedRequest {
  facts: OperationFacts;
  path: Record<string, unknown> | undefined;
  query: Record<string, unknown>;
  body: unknown;
  /** The answer's int64 keys (and those holding arrays of int64), parsed into exact decimal strings. */
  answerKeys: { scalars: ReadonlySet<string>; lists: ReadonlySet<string> };
  /** The path and query after the base URL, and the body's JSON text, once a direct attempt made them. */
  encoded?: { pathAndQuery: string; body: string | undefined };
}

/**
 * How one attempt goes out and what comes back: the status and the whole body as text, read
 * within the deadline (a body that breaks off is a {@link TransportFailure}). It records the
 * request with `recorder.send` and the status with `recorder.answered`. Through openapi-fetch and
 * every middleware (`openapi-send.ts`), or, when the signer is the only middleware, as plain
 * values straight to the transport (`direct-send.ts`).
 */
export type SendAttempt = (
  request: PreparedRequest,
  context: CallContext,
  deadline: AttemptDeadline,
  recorder: AttemptRecorder,
) => Promise<PlainAnswer>;

/**
 * One attempt of a call, to `context.baseUrl`, within `timeoutMs` for the answer and its whole
 * body, whatever the runtime, the garbage collector or a middleware does with the signal (see
 * {@link AttemptDeadline}). Resolves with the envelope of an HTTP 200 answer; throws a typed
 * error otherwise.
 */
export async function attempt(
  send: SendAttempt,
  request: PreparedRequest,
  context: CallContext,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  recorder: AttemptRecorder,
): Promise<Envelope> {
  const deadline = new AttemptDeadline(timeoutMs, signal);
  try {
    const { status, text } = await send(request, context, deadline, recorder);
    if (status !== 200) throw new YunxinHttpError(status, text, context);
    const envelope: Envelope = parseEnvelope(
      text,
      context,
      request.answerKeys.scalars,
      request.answerKeys.lists,
    );
    recorder.end({ code: envelope.code });
    return envelope;
  } catch (caught) {
    const error = typedError(caught, deadline, context, signal, timeoutMs);
    recorder.end({ error });
    throw error;
  } finally {
    deadline.release();
  }
}

/** What a failed attempt throws: transport failures and the deadline become typed errors. */
function typedError(
  error: unknown,
  deadline: AttemptDeadline,
  context: CallContext,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): unknown {
  if (!(error instanceof TransportFailure || error instanceof DeadlineExpired)) return error;
  if (deadline.reason === "abort")
    return new YunxinAbortError({ ...context, cause: signal?.reason });
  if (deadline.reason === "timeout") return new YunxinTimeoutError(timeoutMs, context);
  return new YunxinConnectionError({
    ...context,
    cause: error.cause,
    maybeApplied: !neverSent(error.cause),
  });
}

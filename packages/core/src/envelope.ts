import {
  YunxinApiError,
  type YunxinErrorContext,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
} from "./errors.js";
import { parseJsonLossless } from "./lossless-json.js";

/** The envelope of every answer: `{ code, msg, data }`, extra fields kept. */
export interface Envelope {
  code: number;
  msg?: string;
  data?: unknown;
  [field: string]: unknown;
}

/** Which call an answer belongs to: what errors and results report. */
export interface CallContext extends YunxinErrorContext {
  operationId: string;
  traceId: string;
  attempts: number;
  /** The base URL the attempt went to. */
  baseUrl: string;
  rateLimitBlockMs: number;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Parses the raw body of an HTTP 200 answer, the int64 values under `int64Keys` (and the arrays of
 * them under `int64ListKeys`) as exact decimal strings. Throws a {@link YunxinInvalidResponseError} when it is not the envelope.
 */
export function parseEnvelope<T = Envelope>(
  text: string,
  context: YunxinErrorContext,
  int64Keys: ReadonlySet<string> = EMPTY,
  int64ListKeys: ReadonlySet<string> = int64Keys,
): T {
  let parsed: unknown;
  try {
    parsed = parseJsonLossless(text, int64Keys, int64ListKeys);
  } catch (error) {
    throw new YunxinInvalidResponseError((error as Error).message, text, {
      ...context,
      cause: error,
    });
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    typeof (parsed as { code?: unknown }).code !== "number"
  ) {
    throw new YunxinInvalidResponseError("no numeric `code` in the answer", text, context);
  }
  return parsed as T;
}

/** Throws the typed error a `code` other than 200 means: 416 rate limited, else refused. */
export function assertSuccess(envelope: Envelope, context: CallContext): void {
  if (envelope.code === 200) return;
  const msg = typeof envelope.msg === "string" ? envelope.msg : "";
  if (envelope.code === 416) throw new YunxinRateLimitError(msg, context.rateLimitBlockMs, context);
  throw new YunxinApiError(envelope.code, msg, context);
}

/**
 * What a successful call resolves with: the envelope's `data`. An operation whose spec declares
 * `data` and whose `code` 200 answer lacks it got an answer it cannot read.
 */
export function dataOf(envelope: Envelope, hasData: boolean, context: CallContext): unknown {
  assertSuccess(envelope, context);
  if (!hasData) return undefined;
  if (envelope.data === undefined || envelope.data === null) {
    throw new YunxinInvalidResponseError(
      "`code` 200 without `data`",
      JSON.stringify(envelope),
      context,
    );
  }
  return envelope.data;
}

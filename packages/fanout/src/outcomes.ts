import {
  type FailedReceiver,
  type SendBatchResult,
  type SentReceiver,
  YunxinApiError,
  YunxinError,
  YunxinHttpError,
  YunxinValidationError,
} from "@yunxin-im/core";

/** The server delivered the message to this receiver. */
export interface SentOutcome {
  status: "sent";
  receiverId: string;
  /** The server's message id, exact, as a decimal string (it can exceed 2^53). */
  messageServerId: string;
  traceId: string;
  /** HTTP attempts the receiver's call took, 416 re-sends included. */
  attempts: number;
}

/** The message was not delivered to this receiver, or it is unknown whether it was. */
export interface FailedOutcome {
  status: "failed";
  receiverId: string;
  /** The `error_code` from `failed_list`, or the envelope `code` of an API error. */
  errorCode?: number;
  errorMsg: string;
  traceId?: string;
  attempts: number;
  /** The error of the whole call, when the call failed rather than this receiver. */
  error?: YunxinError;
  /** true when the request may have reached the server (timeout, broken connection, unreadable answer): resend only after checking */
  maybeDelivered: boolean;
}

/** No call for this receiver was made: nothing was sent to it. */
export interface NotAttemptedOutcome {
  status: "not_attempted";
  receiverId: string;
  /** `"duplicate"`, `"aborted"`, `"stopped"` (the loop was left, or the run failed) or `"rate limited"`. */
  reason: string;
}

/** What happened to one input receiver. */
export type ReceiverOutcome = SentOutcome | FailedOutcome | NotAttemptedOutcome;

/** Reasons a receiver is `not_attempted`. */
export const NOT_ATTEMPTED = {
  duplicate: "duplicate",
  aborted: "aborted",
  stopped: "stopped",
  rateLimited: "rate limited",
} as const;

export const UNREPORTED_MESSAGE =
  "unreported: the answer listed this receiver in neither success_list nor failed_list, so it may have been delivered";

/**
 * One outcome per receiver of the call's chunk, from a `code` 200 answer. A receiver in
 * `success_list` is sent, one in `failed_list` failed (not delivered), any other is failed with
 * `maybeDelivered` (the API documents no such case). Names in the lists that were not requested
 * are ignored, so each requested receiver gets exactly one outcome.
 */
export function outcomesOfResult(
  chunk: readonly string[],
  result: SendBatchResult,
  attempts: number,
): ReceiverOutcome[] {
  const sent = new Map<string, SentReceiver>();
  for (const item of result.sent) sent.set(item.receiverId, item);
  const failed = new Map<string, FailedReceiver>();
  for (const item of result.failed) failed.set(item.receiverId, item);
  const { traceId } = result;
  return chunk.map((receiverId): ReceiverOutcome => {
    const delivered = sent.get(receiverId);
    if (delivered) {
      return {
        status: "sent",
        receiverId,
        messageServerId: delivered.messageServerId,
        traceId,
        attempts,
      };
    }
    const refused = failed.get(receiverId);
    if (refused) {
      return {
        status: "failed",
        receiverId,
        errorCode: refused.errorCode,
        errorMsg: refused.errorMsg,
        traceId,
        attempts,
        maybeDelivered: false,
      };
    }
    return {
      status: "failed",
      receiverId,
      errorMsg: UNREPORTED_MESSAGE,
      traceId,
      attempts,
      maybeDelivered: true,
    };
  });
}

/**
 * One failed outcome per receiver of a call that ended in an error. `earlierMaybeDelivered` says
 * whether an earlier send of the same chunk (refused with 416 after a retry) may have delivered.
 */
export function outcomesOfError(
  chunk: readonly string[],
  caught: unknown,
  attempts: number,
  earlierMaybeDelivered: boolean,
): ReceiverOutcome[] {
  const error =
    caught instanceof YunxinError
      ? caught
      : new YunxinError(`Unexpected error while sending: ${describe(caught)}`, { cause: caught });
  const maybeDelivered = earlierMaybeDelivered || mayHaveDelivered(error);
  const errorCode = error instanceof YunxinApiError ? error.code : undefined;
  const errorMsg = error instanceof YunxinApiError ? error.msg || error.message : error.message;
  return chunk.map((receiverId) => ({
    status: "failed",
    receiverId,
    ...(errorCode === undefined ? {} : { errorCode }),
    errorMsg,
    ...(error.traceId === undefined ? {} : { traceId: error.traceId }),
    attempts,
    error,
    maybeDelivered,
  }));
}

/** Code 431, "duplicate HTTP request": the server saw this trace id before, so it may have delivered. */
const DUPLICATE_REQUEST_CODE = 431;

/**
 * Whether a call that ended in `error` may have delivered. Only an answer that proves the call was
 * refused, on its first attempt, rules it out: an earlier attempt (a timeout, a broken connection,
 * a 5xx) may have reached the server before the retry was refused.
 */
export function mayHaveDelivered(error: YunxinError): boolean {
  if (error instanceof YunxinValidationError) return false;
  if (error.attempts > 1) return true;
  if (error instanceof YunxinApiError) return error.code === DUPLICATE_REQUEST_CODE;
  if (error instanceof YunxinHttpError) return error.status >= 500;
  return true;
}

function describe(value: unknown): string {
  return value instanceof Error ? value.message : String(value);
}

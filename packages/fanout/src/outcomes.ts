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

/** The server served the custom notification to this receiver (its answer has no message id). */
export interface NotifiedOutcome {
  status: "sent";
  receiverId: string;
  traceId: string;
  /**
   * The calls the fan-out made for this receiver, 416 re-sends included. The answer of a custom
   * notification does not say how many HTTP attempts the client's own retries took.
   */
  attempts: number;
}

/** What happened to one input receiver of a custom notification run. */
export type NotificationOutcome = NotifiedOutcome | FailedOutcome | NotAttemptedOutcome;

/** The outcomes of a run of either operation. */
export type AnyReceiverOutcome = ReceiverOutcome | NotifiedOutcome;

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

/** An entry of `failed_list` (the spec's `AccountFailure`). */
interface AccountFailure {
  account_id?: string;
  receiver_id?: string;
  error_code?: number;
  error_msg?: string;
}

/**
 * One outcome per receiver of the call's chunk, from a `code` 200 answer whose `success_list` is
 * a list of account ids. The same rules as {@link outcomesOfResult}: listed as served is sent,
 * listed as failed is failed, listed in neither is failed with `maybeDelivered`. An entry names
 * the requested receiver it equals, else the one equal to it ignoring case (the server lower-cases
 * account ids); entries naming nobody requested are ignored.
 */
export function outcomesOfIdList(
  chunk: readonly string[],
  data: { success_list?: readonly unknown[]; failed_list?: readonly unknown[] } | undefined,
  traceId: string,
  attempts: number,
): AnyReceiverOutcome[] {
  const unnamed = new Set(chunk);
  const folded = new Map<string, string | null>();
  for (const id of chunk) {
    const key = id.toLowerCase();
    folded.set(key, folded.has(key) ? null : id);
  }
  const claim = (answered: unknown): string | undefined => {
    if (typeof answered !== "string") return undefined;
    if (unnamed.delete(answered)) return answered;
    const id = folded.get(answered.toLowerCase());
    return id && unnamed.delete(id) ? id : undefined;
  };
  const sent = new Set<string>();
  for (const entry of data?.success_list ?? []) {
    const id = claim(entry);
    if (id !== undefined) sent.add(id);
  }
  const failed = new Map<string, AccountFailure>();
  for (const entry of data?.failed_list ?? []) {
    if (typeof entry !== "object" || entry === null) continue;
    const item = entry as AccountFailure;
    const id = claim(item.account_id ?? item.receiver_id);
    if (id !== undefined) failed.set(id, item);
  }
  return chunk.map((receiverId): AnyReceiverOutcome => {
    if (sent.has(receiverId)) return { status: "sent", receiverId, traceId, attempts };
    const refused = failed.get(receiverId);
    if (refused) {
      return {
        status: "failed",
        receiverId,
        ...(typeof refused.error_code === "number" ? { errorCode: refused.error_code } : {}),
        errorMsg: refused.error_msg ?? "",
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

import { YunxinApiError, YunxinInvalidResponseError, YunxinRateLimitError } from "./errors.js";
import { LOSSLESS_INTEGER_KEYS } from "./generated/contract.js";
import { parseJsonLossless } from "./lossless-json.js";
import type { FailedItem, SendBatchResponse, SuccessItem } from "./types.js";

const LOSSLESS_KEYS = new Set(LOSSLESS_INTEGER_KEYS);

/** A receiver the server delivered to. */
export interface SentReceiver {
  receiverId: string;
  /** The server message id, exact, as a decimal string (it can exceed 2^53). */
  messageServerId: string;
  item: SuccessItem;
}

/** A receiver the server refused, from `failed_list`. */
export interface FailedReceiver {
  receiverId: string;
  errorCode: number;
  errorMsg: string;
  item: FailedItem;
}

/** The outcome of one successful call (`code` 200), receiver by receiver. */
export interface SendBatchResult {
  traceId: string;
  attempts: number;
  /** The base URL that answered (after failover it is the backup host). */
  baseUrl: string;
  sent: SentReceiver[];
  failed: FailedReceiver[];
  /**
   * Requested receivers that appear in neither list. The API documents no such case, so they are
   * surfaced rather than assumed sent: treat them as unknown.
   */
  unreported: string[];
  response: SendBatchResponse;
}

export interface CallContext {
  traceId: string;
  attempts: number;
  baseUrl: string;
  rateLimitBlockMs: number;
}

/** Parses the raw body of an HTTP 200 answer, losslessly for int64 ids. */
export function parseEnvelope(text: string, context: CallContext): SendBatchResponse {
  let parsed: unknown;
  try {
    parsed = parseJsonLossless(text, LOSSLESS_KEYS);
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
  return parsed as SendBatchResponse;
}

/** Turns an envelope into per-receiver outcomes, or throws the typed error its `code` means. */
export function toResult(
  response: SendBatchResponse,
  receiverIds: readonly string[],
  context: CallContext,
): SendBatchResult {
  const msg = typeof response.msg === "string" ? response.msg : "";
  if (response.code === 416) throw new YunxinRateLimitError(msg, context.rateLimitBlockMs, context);
  if (response.code !== 200) throw new YunxinApiError(response.code, msg, context);

  const sent: SentReceiver[] = (response.data?.success_list ?? []).map((item) => ({
    receiverId: item.receiver_id,
    messageServerId: String(item.message_server_id),
    item,
  }));
  const failed: FailedReceiver[] = (response.data?.failed_list ?? []).map((item) => ({
    receiverId: item.account_id ?? item.receiver_id ?? "",
    errorCode: item.error_code,
    errorMsg: item.error_msg ?? "",
    item,
  }));
  const reported = new Set<string>();
  for (const outcome of sent) reported.add(outcome.receiverId);
  for (const outcome of failed) reported.add(outcome.receiverId);
  const unreported: string[] = [];
  for (const id of receiverIds) {
    if (reported.has(id)) continue;
    reported.add(id); // each unreported id once, however often it was requested
    unreported.push(id);
  }
  return {
    traceId: context.traceId,
    attempts: context.attempts,
    baseUrl: context.baseUrl,
    sent,
    failed,
    unreported,
    response,
  };
}

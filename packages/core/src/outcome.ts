import { assertSuccess, type CallContext, type Envelope } from "./envelope.js";
import { RequestedReceivers } from "./receiver-matching.js";
import type { FailedItem, SendBatchResponse, SuccessItem } from "./types.js";

/** A requested receiver the server delivered to. */
export interface SentReceiver {
  /** The receiver as requested (the answer's spelling is in `item.receiver_id`). */
  receiverId: string;
  /** The server message id, exact, as a decimal string (it can exceed 2^53). */
  messageServerId: string;
  item: SuccessItem;
}

/** A requested receiver the server refused, from `failed_list`. */
export interface FailedReceiver {
  /** The receiver as requested (the answer's spelling is in `item.account_id` or `item.receiver_id`). */
  receiverId: string;
  errorCode: number;
  errorMsg: string;
  item: FailedItem;
}

/** An entry of the answer that is no requested receiver's outcome. */
export type UnmatchedEntry =
  | { list: "success_list"; item: SuccessItem }
  | { list: "failed_list"; item: FailedItem };

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
  /**
   * Entries of the answer that name no requested receiver (not even ignoring case), or one that
   * an earlier entry already accounts for. Never counted as anyone's outcome; kept for diagnosis.
   */
  unmatched: UnmatchedEntry[];
  response: SendBatchResponse;
}

/** Turns an envelope into per-receiver outcomes, or throws the typed error its `code` means. */
export function toResult(
  envelope: SendBatchResponse | Envelope,
  receiverIds: readonly string[],
  context: CallContext,
): SendBatchResult {
  assertSuccess(envelope as Envelope, context);
  const response = envelope as SendBatchResponse;

  const successList = response.data?.success_list ?? [];
  const failedList = response.data?.failed_list ?? [];
  const requested = new RequestedReceivers(receiverIds);
  // Exact spellings first, over both lists, so a case-folded entry never takes a receiver that
  // another entry names exactly.
  const sentTo = successList.map((item) => requested.claimExact(item.receiver_id));
  const failedFor = failedList.map((item) => requested.claimExact(failedReceiverOf(item)));
  if (sentTo.includes(undefined) || failedFor.includes(undefined)) {
    for (let index = 0; index < successList.length; index++) {
      sentTo[index] ??= requested.claimIgnoringCase(successList[index]?.receiver_id);
    }
    for (let index = 0; index < failedList.length; index++) {
      failedFor[index] ??= requested.claimIgnoringCase(
        failedReceiverOf(failedList[index] as FailedItem),
      );
    }
  }

  const sent: SentReceiver[] = [];
  const failed: FailedReceiver[] = [];
  const unmatched: UnmatchedEntry[] = [];
  for (let index = 0; index < successList.length; index++) {
    const item = successList[index] as SuccessItem;
    const receiverId = sentTo[index];
    if (receiverId === undefined) unmatched.push({ list: "success_list", item });
    else sent.push({ receiverId, messageServerId: String(item.message_server_id), item });
  }
  for (let index = 0; index < failedList.length; index++) {
    const item = failedList[index] as FailedItem;
    const receiverId = failedFor[index];
    if (receiverId === undefined) unmatched.push({ list: "failed_list", item });
    else {
      failed.push({ receiverId, errorCode: item.error_code, errorMsg: item.error_msg ?? "", item });
    }
  }
  return {
    traceId: context.traceId,
    attempts: context.attempts,
    baseUrl: context.baseUrl,
    sent,
    failed,
    unreported: requested.unnamed(),
    unmatched,
    response,
  };
}

/** The receiver a `failed_list` entry names: under `account_id` (Java SDK) or `receiver_id` (Go SDK). */
function failedReceiverOf(item: FailedItem): string | undefined {
  return item.account_id ?? item.receiver_id;
}

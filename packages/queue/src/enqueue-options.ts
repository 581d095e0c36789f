import type { BatchMessage, BatchOperationId } from "@yunxin-im/fanout";

export interface EnqueueOptions<Id extends BatchOperationId = "sendBatchMessages"> {
  /**
   * The operation the broadcast's calls make: `"sendBatchMessages"` (batch P2P send, the default,
   * at most 100 receivers a call) or `"sendBatchCustomNotification"` (batch custom notification,
   * at most 500). Both are in the batch-send rate category: their calls share the app's limit.
   */
  operation?: Id;
  /** The operation's request body without `receiver_ids`: `sender_id`, `message` or `content`, configs… */
  message: BatchMessage<Id>;
  receivers: Iterable<string> | AsyncIterable<string>;
  /** The broadcast's id (1–100 of A-Z a-z 0-9 _ -). Default: a random UUID. */
  broadcastId?: string;
  /** `"skip"` (default): a repeated receiver is `not_attempted` with reason `"duplicate"`. `"send"`: sent again. */
  duplicates?: "skip" | "send";
}

/** The options as given, or a TypeError naming what is wrong with them (before Redis is touched). */
export function checkEnqueueOptions<Id extends BatchOperationId>(
  options: EnqueueOptions<Id>,
): EnqueueOptions<Id> {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("enqueue needs an options object ({ message, receivers })");
  }
  const { message, receivers } = options;
  if (typeof message !== "object" || message === null || Array.isArray(message)) {
    throw new TypeError(
      "message must be the request body without receiver_ids ({ sender_id, message, … })",
    );
  }
  const iterable =
    typeof receivers === "object" &&
    receivers !== null &&
    (typeof (receivers as Iterable<string>)[Symbol.iterator] === "function" ||
      typeof (receivers as AsyncIterable<string>)[Symbol.asyncIterator] === "function");
  if (!iterable) {
    throw new TypeError("receivers must be an array, iterable or async iterable of receiver ids");
  }
  if (
    options.duplicates !== undefined &&
    options.duplicates !== "skip" &&
    options.duplicates !== "send"
  ) {
    throw new TypeError(`duplicates must be "skip" or "send", got ${String(options.duplicates)}`);
  }
  return options;
}

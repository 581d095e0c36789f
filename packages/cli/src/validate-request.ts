import {
  assertValidSendBatchRequest,
  type Message,
  type ValidationIssue,
  YunxinValidationError,
} from "@yunxin-im/core";
import { UsageError } from "./usage-error.js";

const MAX_RECEIVERS_PER_CALL = 100;

/** The flag a user changes to fix a field, appended to the spec's message. */
const FLAG_OF_FIELD: [prefix: string, flag: string][] = [
  ["sender_id", "--from"],
  ["receiver_ids", "--to / --to-file"],
  ["message.message_type", "--type"],
  ["message.sub_type", "--sub-type"],
  ["message.text", "--text"],
  ["message.attachment", "--attachment"],
];

/**
 * Checks every request the send will make against the spec before anything is sent: the body
 * of each 100-receiver call, so a bad receiver id deep in a file is caught too.
 */
export function validateRequests(
  senderId: string | undefined,
  message: Message,
  receivers: string[],
) {
  if (receivers.length === 0) {
    throw new UsageError("no receivers: pass --to <id>, --to-file <path>, or pipe ids on stdin");
  }
  try {
    for (let start = 0; start < receivers.length; start += MAX_RECEIVERS_PER_CALL) {
      assertValidSendBatchRequest({
        sender_id: senderId,
        receiver_ids: receivers.slice(start, start + MAX_RECEIVERS_PER_CALL),
        message,
      });
    }
  } catch (error) {
    if (error instanceof YunxinValidationError) throw new UsageError(describeIssues(error.issues));
    throw error;
  }
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const [first] = issues;
  if (!first) return "invalid request, nothing was sent";
  const flag = FLAG_OF_FIELD.find(([prefix]) => first.path.startsWith(prefix))?.[1];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.message}${flag ? ` (${flag})` : ""}${more}; nothing was sent`;
}

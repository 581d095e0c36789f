import {
  assertValidSendBatchMessage,
  assertValidSendBatchRequest,
  type SendBatchRequest,
  type ValidationIssue,
  YunxinValidationError,
} from "@yunxin-im/core";
import { MAX_RECEIVERS_PER_CALL } from "./call-plan.js";
import { UsageError } from "./usage-error.js";

/** The flag that gives a field when neither a flag nor --body did (a missing field). */
const FLAG_OF_FIELD: [prefix: string, flag: string][] = [
  ["sender_id", "--from"],
  ["receiver_ids", "--to / --to-file"],
  ["message.message_type", "--type"],
  ["message.sub_type", "--sub-type"],
  ["message.text", "--text"],
  ["message.attachment", "--attachment"],
];

/** Where the fields of the body came from, so an error names what to change. */
export interface FieldSources {
  /** The flag of each field a flag set, by path (`message.text` → `--text`). */
  flagOf?: ReadonlyMap<string, string>;
  /** `--body <file>`, when the other fields came from a file. */
  bodySource?: string | undefined;
}

type BodyWithoutReceivers = Omit<SendBatchRequest, "receiver_ids">;

/**
 * Checks every request the send will make against the spec before anything is sent: the body
 * of each 100-receiver call, so a bad receiver id deep in a file is caught too.
 */
export function validateRequests(
  body: BodyWithoutReceivers,
  receivers: readonly string[],
  sources: FieldSources = {},
): void {
  if (receivers.length === 0) {
    throw new UsageError("no receivers: pass --to <id>, --to-file <path>, or pipe ids on stdin");
  }
  try {
    for (let start = 0; start < receivers.length; start += MAX_RECEIVERS_PER_CALL) {
      assertValidSendBatchRequest({
        ...body,
        receiver_ids: receivers.slice(start, start + MAX_RECEIVERS_PER_CALL),
      });
    }
  } catch (error) {
    if (error instanceof YunxinValidationError) {
      throw new UsageError(describeIssues(error.issues, body, sources));
    }
    throw error;
  }
}

/** Checks the body without its receivers (when every receiver was already sent). */
export function validateBody(body: BodyWithoutReceivers, sources: FieldSources = {}): void {
  try {
    assertValidSendBatchMessage(body);
  } catch (error) {
    if (error instanceof YunxinValidationError) {
      throw new UsageError(describeIssues(error.issues, body, sources));
    }
    throw error;
  }
}

function describeIssues(
  issues: readonly ValidationIssue[],
  body: BodyWithoutReceivers,
  sources: FieldSources,
): string {
  const [first] = issues;
  if (!first) return "invalid request, nothing was sent";
  const where = sourceOf(first.path, body, sources);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.message}${where ? ` (${where})` : ""}${more}; nothing was sent`;
}

/**
 * What to change to fix the field at `path`: the flag that set it; else `--body <file>` when
 * the file holds it; else (a missing field) the flag that gives it.
 */
function sourceOf(
  path: string,
  body: BodyWithoutReceivers,
  { flagOf, bodySource }: FieldSources,
): string | undefined {
  const within = (prefix: string) =>
    path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  for (const [field, flag] of flagOf ?? []) if (within(field)) return flag;
  const flag = FLAG_OF_FIELD.find(([prefix]) => within(prefix))?.[1];
  if (bodySource && !within("receiver_ids") && holds(body, path)) return bodySource;
  return flag ?? bodySource;
}

/** Whether `value` has something at the dotted `path` (`message.attachment.w`, `a[2].b`). */
function holds(value: unknown, path: string): boolean {
  let current = value;
  for (const key of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) {
      return false;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

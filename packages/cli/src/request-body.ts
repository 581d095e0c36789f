import { readFile } from "node:fs/promises";
import type { SendBatchRequest } from "@yunxin-im/core";
import { describeFileError, readAttachment } from "./message.js";
import { UsageError } from "./usage-error.js";

/** The flags that set fields of the request body; each overrides the same field of `--body`. */
export interface BodyFlags {
  /** `--body <file.json>`: the request body for everything the flags do not cover. */
  bodyFile?: string | undefined;
  from?: string | undefined;
  messageType?: number | undefined;
  text?: string | undefined;
  attachmentFile?: string | undefined;
  subType?: number | undefined;
}

/** The request body without `receiver_ids`, and which flag set each field (for error messages). */
export interface RequestBody {
  body: Omit<SendBatchRequest, "receiver_ids">;
  /** The flag of each field a flag set, by path (`message.text` → `--text`). */
  flagOf: ReadonlyMap<string, string>;
  /** `--body <file>`, naming the file, when one was given. */
  bodySource: string | undefined;
}

/**
 * Builds the body every call sends (receivers apart): `--body`'s object, with the fields the
 * flags give put over it (`--from` → `sender_id`, `--type`/`--text`/`--attachment`/`--sub-type`
 * → the same fields of `message`). It is not checked here: the whole request is validated
 * against the spec before sending, naming the field, its limit and where it came from.
 */
export async function buildRequestBody(flags: BodyFlags): Promise<RequestBody> {
  const fromFile = flags.bodyFile === undefined ? {} : await readBodyFile(flags.bodyFile);
  const flagOf = new Map<string, string>();
  const body: Record<string, unknown> = { ...fromFile };
  if (flags.from !== undefined) {
    body.sender_id = flags.from;
    flagOf.set("sender_id", "--from");
  }
  const fileMessage = fromFile.message;
  const messageFlags = [flags.messageType, flags.subType, flags.text, flags.attachmentFile];
  if (
    fileMessage !== undefined &&
    !isObject(fileMessage) &&
    messageFlags.every((v) => v === undefined)
  ) {
    // Not an object: left as it is for the spec to name what is wrong with it.
    body.message = fileMessage;
  } else {
    const message: Record<string, unknown> = isObject(fileMessage) ? { ...fileMessage } : {};
    const set = (field: string, flag: string, value: unknown) => {
      message[field] = value;
      flagOf.set(`message.${field}`, flag);
    };
    if (flags.messageType !== undefined) set("message_type", "--type", flags.messageType);
    if (flags.subType !== undefined) set("sub_type", "--sub-type", flags.subType);
    if (flags.text !== undefined) set("text", "--text", flags.text);
    if (flags.attachmentFile !== undefined) {
      set("attachment", "--attachment", await readAttachment(flags.attachmentFile));
    }
    // Neither a flag nor the file chose a type: a text message (--type's default).
    if (!Object.hasOwn(message, "message_type")) message.message_type = 0;
    body.message = message;
  }
  return {
    body: body as RequestBody["body"],
    flagOf,
    bodySource: flags.bodyFile === undefined ? undefined : `--body ${flags.bodyFile}`,
  };
}

async function readBodyFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --body ${path}: ${describeFileError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new UsageError(`--body ${path} is not valid JSON: ${reason}`);
  }
  if (!isObject(value)) {
    throw new UsageError(
      `--body ${path} must hold a JSON object (the request body), got ${kind(value)}`,
    );
  }
  if (Object.hasOwn(value, "receiver_ids")) {
    throw new UsageError(
      `--body ${path} has receiver_ids: receivers come from --to, --to-file or stdin (remove receiver_ids from the file)`,
    );
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

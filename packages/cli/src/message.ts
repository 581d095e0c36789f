import { readFile } from "node:fs/promises";
import type { Message } from "@yunxin-im/core";
import { UsageError } from "./usage-error.js";

export interface MessageInput {
  /** `message_type`; text (0) when not given. */
  type?: number | undefined;
  text?: string | undefined;
  /** Path of a JSON file holding the attachment object. */
  attachmentFile?: string | undefined;
  subType?: number | undefined;
}

/**
 * Builds the `message` object from the flags. It is not checked here: the whole request is
 * validated against the spec before sending, which names the field and its limit.
 */
export async function buildMessage(input: MessageInput): Promise<Message> {
  const message: Record<string, unknown> = { message_type: input.type ?? 0 };
  if (input.subType !== undefined) message.sub_type = input.subType;
  if (input.text !== undefined) message.text = input.text;
  if (input.attachmentFile !== undefined) {
    message.attachment = await readAttachment(input.attachmentFile);
  }
  return message as Message;
}

async function readAttachment(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --attachment ${path}: ${describeFileError(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new UsageError(`--attachment ${path} is not valid JSON: ${reason}`);
  }
}

/** A short reason for a failed file read, without the stack or the syscall noise. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return (error as Error).message.split("\n")[0] ?? String(error);
  }
}

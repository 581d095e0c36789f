import type { MessageType } from "@yunxin-im/core";
import { UsageError } from "./usage-error.js";

/** `--type` names and the API's `message_type` numbers. */
export const MESSAGE_TYPES = {
  text: 0,
  image: 1,
  audio: 2,
  video: 3,
  location: 4,
  file: 6,
  tip: 10,
  custom: 100,
} as const satisfies Record<string, MessageType>;

export type MessageTypeName = keyof typeof MESSAGE_TYPES;

/** Reads `--type`: a name (`image`) or the number itself (`1`); the spec checks the number. */
export function parseMessageType(value: string | undefined): number {
  if (value === undefined) return MESSAGE_TYPES.text;
  const name = value.trim().toLowerCase();
  if (Object.hasOwn(MESSAGE_TYPES, name)) return MESSAGE_TYPES[name as MessageTypeName];
  if (/^\d+$/.test(name)) return Number(name);
  throw new UsageError(
    `--type must be one of ${Object.keys(MESSAGE_TYPES).join(", ")} (or its number), got ${JSON.stringify(value)}`,
  );
}

/** The name of a `message_type` number, for messages such as "sending an image message". */
export function messageTypeName(type: number): string {
  const entry = Object.entries(MESSAGE_TYPES).find(([, number]) => number === type);
  return entry ? entry[0] : `type ${type}`;
}

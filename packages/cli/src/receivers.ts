import { readFile } from "node:fs/promises";
import { describeFileError } from "./message.js";
import { UsageError } from "./usage-error.js";

export interface ReceiverSources {
  /** `--to` values: each may hold several ids separated by commas. */
  to?: readonly string[] | undefined;
  /** `--to-file` paths, one id per line; `-` reads stdin. */
  toFiles?: readonly string[] | undefined;
  /** Read ids from stdin when no other source is given and stdin is not a terminal. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface Receivers {
  /** Every receiver once, in the order first given. */
  ids: string[];
  /** How many repeated ids were dropped (a receiver gets the message once). */
  duplicates: number;
}

/** Collects the receivers from `--to`, `--to-file` and stdin. */
export async function collectReceivers(sources: ReceiverSources): Promise<Receivers> {
  const ids: string[] = [];
  for (const value of sources.to ?? []) ids.push(...splitList(value));
  for (const path of sources.toFiles ?? []) {
    ids.push(...parseReceiverLines(path === "-" ? await readAll(sources.stdin) : await read(path)));
  }
  const noFlags = (sources.to ?? []).length === 0 && (sources.toFiles ?? []).length === 0;
  if (noFlags && !sources.stdin.isTTY) {
    ids.push(...parseReceiverLines(await readAll(sources.stdin)));
  }
  const unique = [...new Set(ids)];
  return { ids: unique, duplicates: ids.length - unique.length };
}

/** One id per line; surrounding spaces, blank lines and `#` comment lines are ignored. */
export function parseReceiverLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
}

async function read(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --to-file ${path}: ${describeFileError(error)}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}

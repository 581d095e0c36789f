import { readFile } from "node:fs/promises";
import type { InputStream } from "./io.js";
import { describeFileError } from "./message.js";
import { UsageError } from "./usage-error.js";

export interface ReceiverSources {
  /** `--to` values: each may hold several ids separated by commas. */
  to?: readonly string[] | undefined;
  /** `--to-file` paths, one id per line; `-` reads stdin. */
  toFiles?: readonly string[] | undefined;
  /** Read ids from stdin when no other source is given and stdin is not a terminal. */
  stdin: InputStream;
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

/**
 * The ids of one `--to` value. An empty id is refused, alone (`--to ""`) or among others
 * (`--to bob --to ""`, `--to bob,,carol`): it is a mistake in what was typed (an unset shell
 * variable, say), and dropping it silently would hide that.
 */
function splitList(value: string): string[] {
  if (value.trim() === "") {
    throw new UsageError(`--to needs a receiver id, got ${JSON.stringify(value)}`);
  }
  const ids = value.split(",").map((id) => id.trim());
  if (ids.includes("")) {
    throw new UsageError(
      `--to ${JSON.stringify(value)} has an empty receiver id (ids are separated by single commas)`,
    );
  }
  return ids;
}

async function read(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --to-file ${path}: ${describeFileError(error)}`);
  }
}

async function readAll(stream: InputStream): Promise<string> {
  let text = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}

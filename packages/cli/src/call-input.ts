import { readFile } from "node:fs/promises";
import {
  type CallInput,
  OPERATIONS,
  type OperationFacts,
  type ParameterFacts,
  parameterFromText,
  parseJsonLossless,
} from "@yunxin-im/core";
import type { InputStream } from "./io.js";
import { UsageError } from "./usage-error.js";

/** The spec's operation named `operationId`, or a usage error naming the closest ones. */
export function operationNamed(operationId: string): OperationFacts {
  const facts = Object.hasOwn(OPERATIONS, operationId)
    ? (OPERATIONS as Record<string, OperationFacts>)[operationId]
    : undefined;
  if (facts) return facts;
  const close = closestNames(operationId, Object.keys(OPERATIONS));
  throw new UsageError(
    `unknown operation ${JSON.stringify(operationId)}${close.length > 0 ? ` (did you mean ${close.join(", ")}?)` : ""}; yunxin-im operations lists them all`,
  );
}

/** `--path k=v` / `--query k=v` pairs, typed from the operation's parameter schemas. */
export function parametersFromFlags(
  operationId: string,
  flag: "--path" | "--query",
  pairs: readonly string[],
  parameters: readonly ParameterFacts[],
): Record<string, unknown> | undefined {
  if (pairs.length === 0) return undefined;
  const values: Record<string, unknown> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    if (equals <= 0) throw new UsageError(`${flag} needs name=value, got ${JSON.stringify(pair)}`);
    const name = pair.slice(0, equals);
    const parameter = parameters.find((candidate) => candidate.name === name);
    if (!parameter) {
      const known = parameters.map((candidate) => candidate.name).join(", ") || "none";
      throw new UsageError(
        `${operationId} has no ${flag.slice(2)} parameter ${JSON.stringify(name)} (its ${flag.slice(2)} parameters: ${known})`,
      );
    }
    if (Object.hasOwn(values, name))
      throw new UsageError(`${flag} ${name} is given more than once`);
    values[name] = parameterFromText(parameter, pair.slice(equals + 1));
  }
  return values;
}

/**
 * `--body <file.json>` or `--body -` (stdin), parsed so that the body's int64 fields keep every
 * digit (as decimal strings, what the client takes and sends as JSON numbers).
 */
export async function bodyFromFlag(
  facts: OperationFacts,
  source: string | undefined,
  stdin: InputStream,
): Promise<unknown> {
  if (source === undefined) return undefined;
  if (!facts.body) throw new UsageError("--body: this operation takes no request body");
  const text = source === "-" ? await readAll(stdin) : await readFileText(source);
  try {
    return parseJsonLossless(text, new Set(facts.int64.body));
  } catch (error) {
    throw new UsageError(
      `--body ${source === "-" ? "(stdin)" : source} is not JSON: ${(error as Error).message}`,
    );
  }
}

/** The call's input in openapi-fetch's shape, from the command line. */
export async function callInputFromFlags(
  operationId: string,
  facts: OperationFacts,
  flags: { path: readonly string[]; query: readonly string[]; body: string | undefined },
  stdin: InputStream,
): Promise<CallInput> {
  const path = parametersFromFlags(operationId, "--path", flags.path, facts.pathParameters);
  const query = parametersFromFlags(operationId, "--query", flags.query, facts.queryParameters);
  const body = await bodyFromFlag(facts, flags.body, stdin);
  return {
    ...(path || query
      ? { params: { ...(path ? { path } : {}), ...(query ? { query } : {}) } }
      : {}),
    ...(body === undefined ? {} : { body }),
  } as CallInput;
}

async function readFileText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`--body ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

async function readAll(stdin: InputStream): Promise<string> {
  let text = "";
  const decoder = new TextDecoder();
  for await (const chunk of stdin) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** Up to three names within a small edit distance of `name`, or sharing it as a part. */
function closestNames(name: string, names: readonly string[]): string[] {
  const lower = name.toLowerCase();
  return names
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, distance }) =>
        distance <= Math.max(2, Math.floor(name.length / 4)) ||
        candidate.toLowerCase().includes(lower),
    )
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

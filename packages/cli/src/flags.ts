import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.js";

/** One flag of a command: how it is parsed, and how its help line reads. */
export interface FlagSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in the help, e.g. `<ids>` (string flags). */
  value?: string;
  /** The help section the flag is listed under. */
  group?: string;
  /** The help text; continuation lines start with a newline. Undocumented flags have none. */
  description?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export type FlagValues<Specs extends FlagSpecs> = {
  [Name in keyof Specs]?: Specs[Name]["type"] extends "boolean"
    ? boolean
    : Specs[Name]["multiple"] extends true
      ? string[]
      : string;
};

/**
 * Flags that must never exist: a secret typed on the command line lands in shell history and in
 * the process list. Naming them gets a pointer to the environment variable instead.
 */
const ENVIRONMENT_ONLY = new Map([
  ["app-secret", "YUNXIN_APP_SECRET"],
  ["appsecret", "YUNXIN_APP_SECRET"],
  ["secret", "YUNXIN_APP_SECRET"],
  ["app-key", "YUNXIN_APP_KEY"],
  ["appkey", "YUNXIN_APP_KEY"],
]);

/** Flags people expect from other CLIs that mean something else (or nothing) here. */
const FAMILIAR_FLAGS = new Map([
  [
    "v",
    "-v is not a flag of yunxin-im: --version prints the version, --debug shows each HTTP attempt",
  ],
]);

/**
 * Parses `argv` against `specs` with node:util's parser, then checks every token itself so each
 * mistake gets one line that names the flag: unknown flags, missing values, values given to
 * switches, repeated single-value flags and stray arguments.
 */
export function parseFlags<Specs extends FlagSpecs>(
  argv: readonly string[],
  specs: Specs,
  helpCommand: string,
): FlagValues<Specs> {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.multiple ? { multiple: true } : {}),
        ...(spec.short ? { short: spec.short } : {}),
      },
    ]),
  );
  const { values, tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      throw new UsageError(`unexpected "--" (see ${helpCommand} --help)`);
    }
    if (token.kind === "positional") {
      throw new UsageError(
        `unexpected argument ${JSON.stringify(token.value)} (see ${helpCommand} --help)`,
      );
    }
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) {
      const variable = ENVIRONMENT_ONLY.get(token.name.toLowerCase());
      if (variable) {
        throw new UsageError(
          `${token.rawName} is not a flag: credentials never go on the command line (shell history); set ${variable} in the environment`,
        );
      }
      const familiar = FAMILIAR_FLAGS.get(token.name);
      if (familiar) throw new UsageError(`${familiar} (see ${helpCommand} --help)`);
      throw new UsageError(`unknown flag ${token.rawName} (see ${helpCommand} --help)`);
    }
    const flag = `--${token.name}`;
    if (spec.type === "boolean" && token.value !== undefined) {
      throw new UsageError(`${flag} takes no value`);
    }
    if (spec.type === "string") {
      if (token.value === undefined) throw new UsageError(`${flag} needs a value`);
      // The parser takes the next argument as the value even when it looks like a flag
      // (`--text --json`): almost always a forgotten value, as node's strict mode also decides.
      if (!token.inlineValue && token.value.length > 1 && token.value.startsWith("-")) {
        throw new UsageError(
          `${flag} needs a value (got ${JSON.stringify(token.value)}; write ${flag}=<value> for a value that starts with "-")`,
        );
      }
    }
    if (!spec.multiple && seen.has(token.name)) {
      throw new UsageError(`${flag} is given more than once`);
    }
    seen.add(token.name);
  }
  return values as FlagValues<Specs>;
}

const FLAG_COLUMN = 26;

/**
 * The help lines of every documented flag in `group`, in table order:
 * `  --to <ids>              A receiver id, …` with continuation lines aligned.
 */
export function flagHelpLines(specs: FlagSpecs, group: string): string[] {
  const lines: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.group !== group || spec.description === undefined) continue;
    const short = spec.short ? `-${spec.short}, ` : "";
    const value = spec.type === "string" ? ` ${spec.value ?? "<value>"}` : "";
    const label = `  ${short}--${name}${value}`;
    const [first = "", ...rest] = spec.description.split("\n");
    if (label.length < FLAG_COLUMN) lines.push(`${label.padEnd(FLAG_COLUMN)}${first}`);
    else lines.push(label, `${" ".repeat(FLAG_COLUMN)}${first}`);
    for (const line of rest) lines.push(`${" ".repeat(FLAG_COLUMN)}${line}`);
  }
  return lines;
}

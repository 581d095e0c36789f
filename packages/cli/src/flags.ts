import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.js";

export interface FlagSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

type FlagValues<Specs extends FlagSpecs> = {
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
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: specs,
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

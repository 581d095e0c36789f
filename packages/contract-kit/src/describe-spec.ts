import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { type ContractSpec, shippedSpec } from "./contract-spec.js";

/**
 * One line on what the suite runs against: the spec, its `info.version`, where it came from, and
 * how it relates to the spec shipped with the installed `@yunxin-im/core` (the client under test).
 */
export function describeSpec(spec: ContractSpec, cwd: string = process.cwd()): string {
  const version = infoVersion(readFileSync(spec.path, "utf8"));
  const from = spec.source === "argument" ? "--spec" : spec.source;
  const line = `${spec.path} (info.version ${version}, from ${from})`;
  let shipped: string;
  try {
    shipped = shippedSpec(cwd);
  } catch {
    return line;
  }
  const core = `@yunxin-im/core ${coreVersion(shipped)}`;
  if (path.resolve(shipped) === path.resolve(spec.path)) return `${line}: the spec of ${core}`;
  const ours = parse(readFileSync(shipped, "utf8"));
  const same = isDeepStrictEqual(parse(readFileSync(spec.path, "utf8")), ours);
  return same
    ? `${line}: the same content as the spec of ${core}`
    : `${line}: differs from the spec of ${core} (info.version ${ours?.info?.version})`;
}

function infoVersion(text: string): string {
  const version = (parse(text) as { info?: { version?: unknown } } | null)?.info?.version;
  return typeof version === "string" ? version : "missing";
}

/** The version of the core package that ships `specFile` (its package.json is two levels up). */
function coreVersion(specFile: string): string {
  try {
    const manifest = createRequire(specFile)("../package.json") as { version?: string };
    return manifest.version ?? "?";
  } catch {
    return "?";
  }
}

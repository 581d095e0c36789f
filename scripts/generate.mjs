#!/usr/bin/env node
// Generates everything the core package derives from spec/openapi.yaml:
//   packages/core/src/generated/schema.d.ts  openapi-typescript's types (int64 → string)
//   packages/core/src/generated/contract.ts  version, servers, the trace-id header, the shared schemas
//   packages/core/src/generated/operations.ts       per-operation runtime facts (OPERATIONS)
//   packages/core/src/generated/operation-types.ts  operationId → input/output types, method declarations
// `--check` fails instead of writing when the committed output is stale; `pnpm test` and
// `pnpm start` run it before anything regenerates. The core package's staleness test uses
// `render()` too, so "committed == fresh" is checked with exactly the code that writes it.
//
// The output records the spec's `info.version` with a SHA-256 of its content. Both commands refuse
// a spec whose content changed while `info.version` stayed what the committed output records, so
// `SPEC_VERSION` (and the spec shipped as `@yunxin-im/core/openapi.yaml`) always names one content.
//
//   node scripts/generate.mjs [--check] [--spec <file>]   (default spec: spec/openapi.yaml)
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { collectOperations } from "./generator/operations.mjs";
import {
  HEADER,
  renderContract,
  renderOperations,
  renderOperationTypes,
} from "./generator/render.mjs";
import { assertComponentSchemas } from "./generator/schemas.mjs";
import { renderTypes } from "./generator/types.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const specPath = join(root, "spec", "openapi.yaml");
export const outDir = join(root, "packages", "core", "src", "generated");

/**
 * Every generated file, by name, rendered from the spec's text (default: spec/openapi.yaml).
 * Throws, naming the operation or schema, on what the client could not honour.
 * @param {string} [specText]
 */
export async function render(specText) {
  const spec = parse(specText ?? (await readFile(specPath, "utf8")));
  assertComponentSchemas(spec);
  const operations = collectOperations(spec);
  return {
    "schema.d.ts": `${HEADER}\n${await renderTypes(spec)}`,
    "contract.ts": renderContract(spec, operations, specDigest(spec)),
    "operations.ts": renderOperations(operations),
    "operation-types.ts": renderOperationTypes(operations),
  };
}

/** SHA-256 (hex) of an OpenAPI document's content: its JSON with object keys sorted. */
export function specDigest(spec) {
  return createHash("sha256").update(canonicalJson(spec)).digest("hex");
}

function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
}

/** The `SPEC_VERSION` and `SPEC_SHA256` a generated contract.ts records (undefined if absent). */
export function recordedSpec(contractSource) {
  const read = (name) =>
    new RegExp(`export const ${name} = ("[^"]*")`).exec(contractSource ?? "")?.[1] ?? undefined;
  const version = read("SPEC_VERSION");
  const sha256 = read("SPEC_SHA256");
  return {
    version: version && JSON.parse(version),
    sha256: sha256 && JSON.parse(sha256),
  };
}

/**
 * Why the spec behind `freshContract` may not replace the one behind `committedContract`: its
 * content changed but its `info.version` did not. Undefined when the version moved, the content is
 * the same, or nothing was recorded yet.
 */
export function unversionedChange(committedContract, freshContract) {
  const before = recordedSpec(committedContract);
  const after = recordedSpec(freshContract);
  if (!before.sha256 || before.version !== after.version || before.sha256 === after.sha256) {
    return undefined;
  }
  return (
    `The spec's content changed but its info.version is still ${after.version}: ` +
    "bump info.version, then run `pnpm generate`."
  );
}

/**
 * Compares the committed generated files with what `specFile` makes now: the names of the stale
 * files, and the unversioned-change problem if any.
 */
export async function compareWithCommitted(specFile = specPath) {
  const files = await render(await readFile(specFile, "utf8"));
  const stale = [];
  let committedContract;
  for (const [name, content] of Object.entries(files)) {
    const committed = await readFile(join(outDir, name), "utf8").catch(() => undefined);
    if (name === "contract.ts") committedContract = committed;
    if (committed !== content) stale.push(`packages/core/src/generated/${name}`);
  }
  return {
    files,
    stale,
    unversioned: unversionedChange(committedContract, files["contract.ts"]),
  };
}

/** A path as messages show it: relative inside the repository, absolute outside. */
function shown(file) {
  const inside = relative(root, file);
  return inside.startsWith("..") ? file : inside;
}

/** Exits non-zero when the committed generated files differ from what the spec makes now. */
async function check(specFile) {
  const { stale, unversioned } = await compareWithCommitted(specFile);
  if (unversioned) {
    console.error(`${shown(specFile)}: ${unversioned}`);
    process.exit(1);
  }
  if (stale.length > 0) {
    console.error(`Generated code is stale relative to ${shown(specFile)}: ${stale.join(", ")}`);
    console.error("Run `pnpm generate` and commit the result.");
    process.exit(1);
  }
  console.log(`generated code is up to date with ${shown(specFile)}`);
}

async function generate(specFile) {
  const { files, unversioned } = await compareWithCommitted(specFile);
  if (unversioned) {
    console.error(`${shown(specFile)}: ${unversioned}`);
    process.exit(1);
  }
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(outDir, name), content);
  }
  console.log(`generated ${Object.keys(files).join(", ")} from ${shown(specFile)}`);
}

async function main() {
  const args = process.argv.slice(2);
  const specIndex = args.indexOf("--spec");
  const specFile = specIndex >= 0 ? resolve(args[specIndex + 1] ?? "") : specPath;
  if (args.includes("--check")) return check(specFile);
  return generate(specFile);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}

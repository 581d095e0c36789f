#!/usr/bin/env node
// Generates everything the core package derives from spec/openapi.yaml:
//   packages/core/src/generated/schema.d.ts  openapi-typescript's types (int64 → string)
//   packages/core/src/generated/contract.ts  runtime facts: request schema, servers, lossless keys
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
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const specPath = join(root, "spec", "openapi.yaml");
export const outDir = join(root, "packages", "core", "src", "generated");

const HEADER = `/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run \`pnpm generate\`.
 */
`;

const OPERATION_PATH = "/im/v2/conversations/messages";
const TRACE_ID_HEADER = "X-custom-traceid";

/**
 * Every generated file, by name, rendered from the spec's text (default: spec/openapi.yaml).
 * @param {string} [specText]
 */
export async function render(specText) {
  const spec = parse(specText ?? (await readFile(specPath, "utf8")));
  return {
    "schema.d.ts": await renderTypes(withLimitsInDescriptions(spec)),
    "contract.ts": renderContract(spec),
  };
}

async function renderTypes(spec) {
  const ast = await openapiTS(spec, {
    // A default is what the server assumes when the field is absent: it stays optional.
    defaultNonNullable: false,
    // int64 values can exceed 2^53; the client parses them losslessly into decimal strings.
    transform(schema) {
      if (schema.format === "int64") {
        return ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
      }
      return undefined;
    },
  });
  return `${HEADER}\n${astToString(ast)}`;
}

const LIMIT_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
];

// TypeScript cannot express length limits, so they go into the JSDoc that editors show on hover
// (and a changed limit changes the generated types).
function withLimitsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withLimitsInDescriptions);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = withLimitsInDescriptions(value);
  const limits = LIMIT_KEYWORDS.filter((keyword) => keyword in node).map(
    (keyword) => `${keyword} ${JSON.stringify(node[keyword])}`,
  );
  if (limits.length > 0 && !("$ref" in node)) {
    const description = node.description ? `${node.description.trimEnd()}\n\n` : "";
    out.description = `${description}Limits: ${limits.join(", ")}.`;
  }
  return out;
}

function renderContract(spec) {
  const operation = spec.paths[OPERATION_PATH].post;
  const requestRef = operation.requestBody.content["application/json"].schema;
  const requestSchema = deref(spec, requestRef);
  const servers = {};
  for (const server of spec.servers) {
    const region = server["x-region"];
    const role = server["x-role"];
    if (!region || !role) throw new Error(`server ${server.url} lacks x-region / x-role`);
    servers[region] ??= {};
    servers[region][role] = server.url;
  }
  const traceIdHeader = deref(spec, operation.parameters).find(
    (parameter) => parameter.in === "header" && parameter.name === TRACE_ID_HEADER,
  );
  if (!traceIdHeader?.schema) throw new Error(`the operation has no ${TRACE_ID_HEADER} header`);
  const losslessKeys = [...new Set(collectInt64Keys(spec.components.schemas))].sort();
  const json = (value) => JSON.stringify(value, null, 2);
  return `${HEADER}
/** The path of the batch-send operation. */
export const SEND_BATCH_PATH = ${json(OPERATION_PATH)} as const;

/** The API version of the spec this package was generated from: its \`info.version\`. */
export const SPEC_VERSION = ${json(spec.info.version)} as const;

/**
 * SHA-256 of that spec's content (the parsed document with sorted keys, so YAML layout and comments
 * do not count). \`pnpm generate\` refuses a spec whose content changed while \`info.version\` did not.
 */
export const SPEC_SHA256 = ${json(specDigest(spec))} as const;

/** Hosts per region, from the spec's \`servers\` (x-region / x-role). */
export const SERVERS = ${json(servers)} as const;

/** Object keys whose integer values are int64 and are delivered as decimal strings. */
export const LOSSLESS_INTEGER_KEYS: readonly string[] = ${json(losslessKeys)};

/** The request body's JSON Schema with every $ref resolved, used for validation before sending. */
export const SEND_BATCH_REQUEST_SCHEMA = ${json(requestSchema)} as const;

/** The schema of the \`${TRACE_ID_HEADER}\` header, checked before sending a call's trace id. */
export const TRACE_ID_HEADER_SCHEMA = ${json(traceIdHeader.schema)} as const;
`;
}

function deref(spec, node) {
  if (Array.isArray(node)) return node.map((item) => deref(spec, item));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") {
    const target = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((at, key) => at?.[key], spec);
    if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
    const name = node.$ref.split("/").at(-1);
    const resolved = deref(spec, target);
    return { title: name, ...resolved };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "x-enum-varnames") continue;
    out[key] = deref(spec, value);
  }
  return out;
}

function* collectInt64Keys(node) {
  if (Array.isArray(node)) {
    for (const item of node) yield* collectInt64Keys(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (value?.format === "int64") yield key;
  }
  for (const value of Object.values(node)) yield* collectInt64Keys(value);
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

// The TypeScript text of the generated runtime facts (contract.ts, operations.ts) and of the
// per-operation types and method declarations (operation-types.ts).
import { reachableSchemas, runtimeSchema } from "./schemas.mjs";

export const HEADER = `/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run \`pnpm generate\`.
 */
`;

const TRACE_ID_PARAMETER = "TraceIdHeader";
const json = (value) => JSON.stringify(value, null, 2);

/** Version, digest, hosts, regions, the trace-id header and every schema the operations use. */
export function renderContract(spec, operations, digest) {
  const servers = {};
  for (const server of spec.servers ?? []) {
    const region = server["x-region"];
    const role = server["x-role"];
    if (!region || !["primary", "backup"].includes(role)) {
      throw new Error(`server ${server.url} needs x-region and x-role (primary or backup)`);
    }
    servers[region] ??= {};
    servers[region][role] = server.url;
  }
  for (const [region, hosts] of Object.entries(servers)) {
    if (!hosts.primary || !hosts.backup)
      throw new Error(`region ${region} needs a primary and a backup server`);
  }
  const traceId = spec.components?.parameters?.[TRACE_ID_PARAMETER];
  if (traceId?.in !== "header" || !traceId.schema) {
    throw new Error(
      `components.parameters.${TRACE_ID_PARAMETER} must be a header parameter with a schema`,
    );
  }
  const roots = operations.flatMap((operation) => [
    ...operation.pathParameters.map((parameter) => parameter.schema),
    ...operation.queryParameters.map((parameter) => parameter.schema),
    ...(operation.body ? [operation.body.schema] : []),
  ]);
  const schemas = Object.fromEntries(
    reachableSchemas(spec, roots).map((name) => [
      name,
      runtimeSchema(spec.components.schemas[name]),
    ]),
  );
  const regions = Object.keys(servers).map((region) => JSON.stringify(region));
  return `${HEADER}
/** The API version of the spec this package was generated from: its \`info.version\`. */
export const SPEC_VERSION = ${json(spec.info.version)} as const;

/**
 * SHA-256 of that spec's content (the parsed document with sorted keys, so YAML layout and comments
 * do not count). \`pnpm generate\` refuses a spec whose content changed while \`info.version\` did not.
 */
export const SPEC_SHA256 = ${json(digest)} as const;

/** Hosts per region, from the spec's \`servers\` (x-region / x-role). */
export const SERVERS = ${json(servers)} as const;

/** A region of the spec's \`servers\`, each with a primary and a backup host. */
export type Region = ${regions.join(" | ")};

/** The header that carries a call's trace id, kept across its retries (the server de-duplicates by it). */
export const TRACE_ID_HEADER = ${json(traceId.name)} as const;

/** The schema of the \`${traceId.name}\` header, checked before sending a call's trace id. */
export const TRACE_ID_HEADER_SCHEMA = ${json(runtimeSchema(traceId.schema))} as const;

/**
 * Every component schema an operation's request uses, once, by name, as the validator reads it
 * (\`$ref\`s point into this table; descriptions and examples are left in the spec).
 */
export const SCHEMAS = ${json(schemas)} as const;
`;
}

/** An operation's entry of `OPERATIONS` (core's `OperationFacts`). */
export function runtimeFacts(operation) {
  return {
    method: operation.method.toUpperCase(),
    path: operation.path,
    summary: operation.summary,
    tags: operation.tags,
    rateLimitCategory: operation.rateLimitCategory,
    idempotent: operation.idempotent,
    pathParameters: operation.pathParameters,
    queryParameters: operation.queryParameters,
    ...(operation.body && {
      body: { schema: runtimeSchema(operation.body.schema), required: operation.body.required },
    }),
    hasData: operation.hasData,
    ...(operation.batch && { batch: operation.batch }),
    int64: operation.int64,
  };
}

/** One entry per operation: what the call path needs to validate, encode, send and decode it. */
export function renderOperations(operations) {
  const entries = operations.map(
    (operation) =>
      `  ${operation.operationId}: ${json(runtimeFacts(operation)).replace(/\n/g, "\n  ")},`,
  );
  return `${HEADER}
import type { OperationFacts } from "../operation-facts.js";
import type { OperationId } from "./operation-types.js";

/** Every operation of the spec, by operationId, in the spec's order. */
export const OPERATIONS: { readonly [Id in OperationId]: OperationFacts } = {
${entries.join("\n")}
};
`;
}

/** The operationId → input/output map and the client's generated method declarations. */
export function renderOperationTypes(operations) {
  const types = operations.map((operation) => {
    const op = `operations[${JSON.stringify(operation.operationId)}]`;
    const params = [];
    if (operation.pathParameters.length > 0) params.push(`path: ${op}["parameters"]["path"]`);
    const queryRequired = operation.queryParameters.some((parameter) => parameter.required);
    if (operation.queryParameters.length > 0) {
      params.push(`query${queryRequired ? "" : "?"}: ${op}["parameters"]["query"]`);
    }
    const paramsRequired = operation.pathParameters.length > 0 || queryRequired;
    const input = [];
    if (params.length > 0)
      input.push(`params${paramsRequired ? "" : "?"}: { ${params.join("; ")} }`);
    if (operation.body) {
      const body = `NonNullable<${op}["requestBody"]>["content"]["application/json"]`;
      input.push(`body${operation.body.required ? "" : "?"}: ${body}`);
    }
    const output = operation.hasData
      ? `NonNullable<${op}["responses"][200]["content"]["application/json"]["data"]>`
      : "undefined";
    return `  ${operation.operationId}: {
    input: { ${input.join("; ")} };
    output: ${output};
  };`;
  });
  const methods = operations.map((operation) => {
    const id = operation.operationId;
    const optional = !(
      operation.pathParameters.length > 0 ||
      operation.queryParameters.some((parameter) => parameter.required) ||
      operation.body?.required
    );
    return `${jsDoc(operation)}
  ${id}(input${optional ? "?" : ""}: OperationInput<${JSON.stringify(id)}>, options?: CallOptions): Promise<OperationOutput<${JSON.stringify(id)}>>;`;
  });
  return `${HEADER}
import type { CallOptions } from "../call-options.js";
import type { operations } from "./schema.js";

/** Per operationId: the \`call\` input (openapi-fetch's shape) and what it resolves with (the envelope's \`data\`). */
export interface OperationTypes {
${types.join("\n")}
}

/** The operationId of an operation of the spec. */
export type OperationId = keyof OperationTypes;
/** What \`call(operationId, input)\` takes: \`{ params: { path, query }, body }\` as the spec declares them. */
export type OperationInput<Id extends OperationId> = OperationTypes[Id]["input"];
/** What \`call(operationId, input)\` resolves with: the envelope's \`data\` (int64 as decimal strings). */
export type OperationOutput<Id extends OperationId> = OperationTypes[Id]["output"];

/** A method per operation of the spec, named by its operationId. */
export interface OperationMethods {
${methods.join("\n\n")}
}
`;
}

function jsDoc(operation) {
  const lines = [
    operation.summary,
    "",
    ...operation.description.trimEnd().split("\n"),
    "",
    `\`${operation.method.toUpperCase()} ${operation.path}\` · rate-limit category \`${operation.rateLimitCategory}\` · ` +
      (operation.idempotent
        ? "idempotent under the trace id: ambiguous failures are retried"
        : "not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)"),
  ];
  const body = lines.map((line) => `   * ${line.replaceAll("*/", "*\\/")}`.trimEnd()).join("\n");
  return `  /**\n${body}\n   */`;
}

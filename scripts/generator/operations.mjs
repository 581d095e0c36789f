// Every `paths × methods` operation of the spec as the facts the client's one call path needs,
// checked against the spec conventions of BRIEF.md; each refusal names the operation.
import { batchFacts } from "./batch-facts.mjs";
import {
  assertSupportedSchema,
  isInt64,
  keyKinds,
  resolveRef,
  runtimeSchema,
  SCHEMA_PREFIX,
} from "./schemas.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
export const RATE_LIMIT_CATEGORIES = ["single-call", "batch-send", "broadcast"];
/** Members of the client an operation's generated method must not shadow. */
const RESERVED_NAMES = new Set([
  "call",
  "sendBatch",
  "use",
  "eject",
  "api",
  "baseUrls",
  "operations",
]);
const TRACE_ID_PARAMETER = "#/components/parameters/TraceIdHeader";

/**
 * The operations of `spec`, in the spec's order.
 * @returns {Array<ReturnType<typeof operationFacts>>}
 */
export function collectOperations(spec) {
  const operations = [];
  const byId = new Map();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (typeof id !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(id)) {
        throw new Error(
          `${where}: every operation needs a camelCase operationId (it names the client's method), got ${JSON.stringify(id)}`,
        );
      }
      if (byId.has(id)) throw new Error(`${where}: operationId ${id} is also ${byId.get(id)}'s`);
      if (RESERVED_NAMES.has(id)) {
        throw new Error(`${where}: operationId ${id} would shadow the client's own ${id}`);
      }
      byId.set(id, where);
      operations.push(operationFacts(spec, path, method, operation, item, `${where} (${id})`));
    }
  }
  if (operations.length === 0) throw new Error("the spec has no operations");
  return operations;
}

function operationFacts(spec, path, method, operation, item, where) {
  const rateLimitCategory = operation["x-rate-limit-category"];
  if (!RATE_LIMIT_CATEGORIES.includes(rateLimitCategory)) {
    throw new Error(
      `${where}: x-rate-limit-category must be one of ${RATE_LIMIT_CATEGORIES.join(", ")}, got ${JSON.stringify(rateLimitCategory)}`,
    );
  }
  const idempotent = operation["x-idempotent"];
  if (typeof idempotent !== "boolean") {
    throw new Error(
      `${where}: x-idempotent must be true or false, got ${JSON.stringify(idempotent)}`,
    );
  }
  const refs = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
  if (!refs.some((parameter) => parameter?.$ref === TRACE_ID_PARAMETER)) {
    throw new Error(`${where}: parameters must include $ref ${TRACE_ID_PARAMETER}`);
  }
  const parameters = refs.map((parameter) => resolveParameter(spec, parameter, where));
  const pathParameters = parameters.filter((parameter) => parameter.in === "path");
  const queryParameters = parameters.filter((parameter) => parameter.in === "query");
  assertPathTemplate(path, pathParameters, where);
  const body = requestBodySchema(operation, where);
  const answer = answerSchema(spec, operation, where);
  const summary = operation.summary;
  if (typeof summary !== "string" || summary.length === 0) throw new Error(`${where}: no summary`);
  const batch = batchFacts(spec, rateLimitCategory, body, answer.schema, where);
  return {
    operationId: operation.operationId,
    method,
    path,
    summary,
    description: operation.description ?? "",
    tags: operation.tags ?? [],
    rateLimitCategory,
    idempotent,
    pathParameters: pathParameters.map((parameter) => runtimeParameter(spec, parameter, where)),
    queryParameters: queryParameters.map((parameter) => runtimeParameter(spec, parameter, where)),
    body,
    hasData: answer.hasData,
    ...(batch && { batch }),
    int64: {
      path: pathParameters.filter((p) => isInt64Parameter(spec, p)).map((p) => p.name),
      query: queryParameters.filter((p) => isInt64Parameter(spec, p)).map((p) => p.name),
      body: body ? int64Keys(spec, body.schema, `${where} request body`, ["string", "any"]) : [],
      answer: int64Keys(spec, answer.schema, `${where} answer`, ["integer", "number", "any"]),
      answerLists: int64Keys(spec, answer.schema, `${where} answer`, [], "int64-list"),
    },
  };
}

function resolveParameter(spec, parameter, where) {
  let resolved = parameter;
  if (typeof parameter?.$ref === "string") {
    const name = parameter.$ref.replace(/^#\/components\/parameters\//, "");
    resolved = spec.components?.parameters?.[name];
    if (!resolved) throw new Error(`${where}: unresolved parameter $ref ${parameter.$ref}`);
  }
  const label = `${where}: ${resolved.in} parameter ${resolved.name}`;
  if (!["path", "query", "header"].includes(resolved.in)) {
    throw new Error(`${label}: only path, query and header parameters are supported`);
  }
  if (!resolved.schema) throw new Error(`${label}: needs a schema`);
  assertSupportedSchema(resolved.schema, label);
  if (resolved.in === "path" && resolved.required !== true) {
    throw new Error(`${label}: a path parameter must be required: true`);
  }
  return resolved;
}

function runtimeParameter(spec, parameter, where) {
  const label = `${where}: ${parameter.in} parameter ${parameter.name}`;
  const style = parameter.style ?? (parameter.in === "path" ? "simple" : "form");
  const explode = parameter.explode ?? style === "form";
  if (parameter.in === "path" && style !== "simple") {
    throw new Error(`${label}: only style simple is supported for path parameters`);
  }
  if (parameter.in === "query" && style !== "form") {
    throw new Error(`${label}: only style form is supported for query parameters`);
  }
  const schema = parameter.schema.$ref
    ? resolveRef(spec, parameter.schema.$ref, label)
    : parameter.schema;
  const type = schema.type;
  if (type === "object" || (Array.isArray(type) && type.includes("object"))) {
    throw new Error(`${label}: object parameters are not supported; use an array or a scalar`);
  }
  const facts = {
    name: parameter.name,
    required: parameter.required === true,
    schema: runtimeSchema(parameter.schema),
  };
  if (
    parameter.in === "query" &&
    (type === "array" || (Array.isArray(type) && type.includes("array")))
  ) {
    return { ...facts, explode };
  }
  return facts;
}

function isInt64Parameter(spec, parameter) {
  let schema = parameter.schema;
  if (schema.$ref) schema = resolveRef(spec, schema.$ref, parameter.name);
  if (schema.items) {
    schema = schema.items.$ref ? resolveRef(spec, schema.items.$ref, parameter.name) : schema.items;
  }
  return isInt64(schema);
}

function assertPathTemplate(path, pathParameters, where) {
  const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const declared = pathParameters.map((parameter) => parameter.name);
  for (const name of placeholders) {
    if (!declared.includes(name)) throw new Error(`${where}: {${name}} has no path parameter`);
  }
  for (const name of declared) {
    if (!placeholders.includes(name))
      throw new Error(`${where}: path parameter ${name} is not in the path`);
  }
}

function requestBodySchema(operation, where) {
  const requestBody = operation.requestBody;
  if (requestBody === undefined) return undefined;
  const schema = requestBody.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${where}: the request body needs an application/json schema`);
  assertSupportedSchema(schema, `${where} request body`);
  return { schema, required: requestBody.required === true };
}

function answerSchema(spec, operation, where) {
  const statuses = Object.keys(operation.responses ?? {});
  const schema = operation.responses?.["200"]?.content?.["application/json"]?.schema;
  if (!schema || statuses.length !== 1) {
    throw new Error(`${where}: needs exactly one answer, "200" with an application/json schema`);
  }
  assertSupportedSchema(schema, `${where} answer`);
  const envelope = schema.$ref ? resolveRef(spec, schema.$ref, where) : schema;
  if (!envelope.properties?.code || !envelope.required?.includes("code")) {
    throw new Error(`${where}: the answer must be the envelope, with a required code`);
  }
  return { schema, hasData: envelope.properties.data !== undefined };
}

/**
 * The keys holding int64 values in `schema`. A key that is int64 in one place and, elsewhere in
 * the same request or answer, a kind the lossless codec would corrupt (`conflicting`) is refused.
 */
function int64Keys(spec, schema, where, conflicting, only) {
  const keys = [];
  for (const [key, kinds] of keyKinds(spec, schema)) {
    if (only ? !kinds.has(only) : !kinds.has("int64") && !kinds.has("int64-list")) continue;
    const other = conflicting.filter((kind) => kinds.has(kind));
    if (other.length > 0) {
      throw new Error(
        `${where}: "${key}" is int64 in one place and ${other.join("/")} in another; the client ` +
          "encodes int64 by key, so one key must mean int64 everywhere in it",
      );
    }
    keys.push(key);
  }
  return keys.sort();
}

/** The name of a `#/components/schemas/…` reference. */
export function schemaName(ref) {
  return ref.slice(SCHEMA_PREFIX.length);
}

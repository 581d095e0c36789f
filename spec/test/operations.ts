import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { resolveRef, type Spec } from "./load-spec.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** One operation of the spec, with what the spec tests read of it. */
export interface SpecOperation {
  /** `operationId`, or `METHOD path` when it has none, so a failure still names it. */
  name: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: an operation object of the parsed YAML document
  operation: any;
}

/** Every operation of `spec.paths`, in document order. */
export function operationsOf(spec: Spec): SpecOperation[] {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as Spec)?.[method]).map((method) => {
      const operation = (item as Spec)[method];
      return {
        name: operation.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        operation,
      };
    }),
  );
}

/** `id: METHOD path and METHOD path` for each operationId that more than one operation has. */
export function duplicateOperationIds(operations: SpecOperation[]): string[] {
  const seen = new Map<string, string[]>();
  for (const { name, method, path } of operations) {
    seen.set(name, [...(seen.get(name) ?? []), `${method.toUpperCase()} ${path}`]);
  }
  return [...seen]
    .filter(([, where]) => where.length > 1)
    .map(([name, where]) => `${name}: ${where.join(" and ")}`);
}

/**
 * Where `value` (parsed with integers as `bigint`) holds an integer beyond ±(2^53 − 1): Prism
 * cannot serve it (its answer check says "must be <= 9007199254740991") nor read it in a request.
 */
export function unsafeIntegers(value: unknown, path = ""): string[] {
  if (typeof value === "bigint") {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    return value > safe || value < -safe ? [`${path || "the value"} is ${value}`] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => unsafeIntegers(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      unsafeIntegers(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** A named example of a media type or parameter, resolved, with the schema it must satisfy. */
export interface SpecExample {
  operation: string;
  /** `request`, `answer` or `path parameter room_id`, ... */
  kind: string;
  name: string;
  schema: Spec;
  value: unknown;
}

/** Follows `$ref`s (of examples, parameters, media types) to the object they name. */
export function deref(spec: Spec, node: Spec): Spec {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${node.$ref}`);
    const target = resolveRef(spec, current.$ref);
    if (target === undefined) throw new Error(`unresolved $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

function mediaExamples(spec: Spec, operation: string, kind: string, media: Spec): SpecExample[] {
  if (!media) return [];
  const named = Object.entries(media.examples ?? {}).map(([name, example]) => ({
    operation,
    kind,
    name,
    schema: media.schema,
    value: deref(spec, example).value,
  }));
  const single =
    media.example === undefined
      ? []
      : [{ operation, kind, name: "example", schema: media.schema, value: media.example }];
  return [...named, ...single];
}

/** Every example an operation carries: request bodies, answers and parameters. */
export function examplesOf(spec: Spec, { name, operation }: SpecOperation): SpecExample[] {
  const request = deref(spec, operation.requestBody ?? {})?.content?.["application/json"];
  const answers = Object.entries(operation.responses ?? {}).flatMap(([status, response]) =>
    mediaExamples(
      spec,
      name,
      `answer ${status}`,
      deref(spec, response)?.content?.["application/json"],
    ),
  );
  const parameters = (operation.parameters ?? []).flatMap((ref: Spec) => {
    const parameter = deref(spec, ref);
    const kind = `${parameter.in} parameter ${parameter.name}`;
    const named = Object.entries(parameter.examples ?? {}).map(([example, value]) => ({
      operation: name,
      kind,
      name: example,
      schema: parameter.schema,
      value: deref(spec, value).value,
    }));
    const single =
      parameter.example === undefined
        ? []
        : [
            {
              operation: name,
              kind,
              name: "example",
              schema: parameter.schema,
              value: parameter.example,
            },
          ];
    return [...named, ...single];
  });
  return [...mediaExamples(spec, name, "request", request), ...answers, ...parameters];
}

/** An Ajv (JSON Schema 2020-12, as OpenAPI 3.1) that resolves the spec's component refs. */
export function schemaCompiler(spec: Spec): (schema: Spec) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { int64: true } });
  ajv.addSchema({ $id: "openapi.json", components: spec.components });
  const rebase = (schema: Spec): Spec =>
    JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', '"$ref":"openapi.json#/'));
  const cache = new Map<string, ValidateFunction>();
  return (schema) => {
    const key = JSON.stringify(schema ?? {});
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(rebase(schema));
      cache.set(key, validate);
    }
    return validate;
  };
}

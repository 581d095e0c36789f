// The spec's JSON Schemas as the client's runtime validator sees them: only the keywords it
// implements (anything else fails generation, naming where), no `$ref` cycles, and stripped of
// what only people read, so the bundle carries each schema once and small.

/** The keywords `packages/core/src/validate.ts` implements. */
export const VALIDATED_KEYWORDS = new Set([
  "type",
  "const",
  "enum",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
  "oneOf",
  "$ref",
]);

/** Annotations: allowed, and not a rule. `format` stays in the output (int64 is read at run time). */
const ANNOTATIONS = new Set([
  "description",
  "title",
  "default",
  "format",
  "examples",
  "x-pattern-description",
  "x-enum-varnames",
]);

/** What the runtime keeps besides the validated keywords. */
const KEPT_ANNOTATIONS = new Set(["format", "x-pattern-description"]);

export const SCHEMA_PREFIX = "#/components/schemas/";

/** Throws naming `where` when `schema` (recursively) uses a keyword the validator lacks. */
export function assertSupportedSchema(schema, where) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw new Error(`${where}: a schema must be an object, got ${JSON.stringify(schema)}`);
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (!VALIDATED_KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) {
      throw new Error(
        `${where}: JSON Schema keyword "${keyword}" is not implemented by the client's validator ` +
          `(packages/core/src/validate.ts); use only ${[...VALIDATED_KEYWORDS].join(", ")} ` +
          `(annotations: ${[...ANNOTATIONS].join(", ")}), or implement it there first`,
      );
    }
    if (keyword === "$ref" && !(typeof value === "string" && value.startsWith(SCHEMA_PREFIX))) {
      throw new Error(`${where}: $ref ${JSON.stringify(value)} must point into ${SCHEMA_PREFIX}`);
    }
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    assertSupportedSchema(sub, `${where}.properties.${key}`);
  }
  if (typeof schema.additionalProperties === "object") {
    assertSupportedSchema(schema.additionalProperties, `${where}.additionalProperties`);
  }
  if (schema.items !== undefined) assertSupportedSchema(schema.items, `${where}.items`);
  (schema.oneOf ?? []).forEach((sub, index) => {
    assertSupportedSchema(sub, `${where}.oneOf[${index}]`);
  });
}

/** The schema a `$ref` names, or a clear error. */
export function resolveRef(spec, ref, where) {
  const name = ref.slice(SCHEMA_PREFIX.length);
  const target = spec.components?.schemas?.[name];
  if (!ref.startsWith(SCHEMA_PREFIX) || target === undefined) {
    throw new Error(`${where}: unresolved $ref ${ref}`);
  }
  return target;
}

/** Every schema `schema` refers to, directly or not (by `$ref`). */
function* refsOf(schema) {
  if (schema === null || typeof schema !== "object") return;
  if (typeof schema.$ref === "string") yield schema.$ref;
  for (const sub of Object.values(schema.properties ?? {})) yield* refsOf(sub);
  if (typeof schema.additionalProperties === "object") yield* refsOf(schema.additionalProperties);
  if (schema.items) yield* refsOf(schema.items);
  for (const sub of schema.oneOf ?? []) yield* refsOf(sub);
}

/**
 * Checks every component schema and refuses `$ref` cycles (the validator would recurse forever):
 * the error spells the cycle, `A → B → A`.
 */
export function assertComponentSchemas(spec) {
  const schemas = spec.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    assertSupportedSchema(schema, `components.schemas.${name}`);
  }
  const done = new Set();
  const visit = (name, trail) => {
    if (trail.includes(name)) {
      const cycle = [...trail.slice(trail.indexOf(name)), name].join(" → ");
      throw new Error(
        `$ref cycle in components.schemas: ${cycle} (the validator cannot follow it)`,
      );
    }
    if (done.has(name)) return;
    const schema = resolveRef(
      spec,
      `${SCHEMA_PREFIX}${name}`,
      `components.schemas.${trail.at(-1)}`,
    );
    for (const ref of refsOf(schema)) visit(ref.slice(SCHEMA_PREFIX.length), [...trail, name]);
    done.add(name);
  };
  for (const name of Object.keys(schemas)) visit(name, []);
}

/** `schema` with only what the validator reads (descriptions, examples, defaults dropped). */
export function runtimeSchema(schema) {
  const out = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (!VALIDATED_KEYWORDS.has(keyword) && !KEPT_ANNOTATIONS.has(keyword)) continue;
    if (keyword === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([key, sub]) => [key, runtimeSchema(sub)]),
      );
    } else if (keyword === "items" || (keyword === "additionalProperties" && isObject(value))) {
      out[keyword] = runtimeSchema(value);
    } else if (keyword === "oneOf") {
      out.oneOf = value.map(runtimeSchema);
    } else {
      out[keyword] = value;
    }
  }
  return out;
}

/** The component schemas `roots` reach (through `$ref`), by name, in the spec's order. */
export function reachableSchemas(spec, roots) {
  const names = new Set();
  const walk = (schema) => {
    for (const ref of refsOf(schema)) {
      const name = ref.slice(SCHEMA_PREFIX.length);
      if (names.has(name)) continue;
      names.add(name);
      walk(resolveRef(spec, ref, "schema"));
    }
  };
  for (const root of roots) walk(root);
  return Object.keys(spec.components?.schemas ?? {}).filter((name) => names.has(name));
}

/**
 * The object keys under which `schema` can hold a value, with what kind of value: "int64" for
 * `type: integer, format: int64`, "int64-list" for an array of them, else the schema's types. A key the
 * lossless codec handles must mean int64 everywhere it appears in one request or one answer.
 * @returns {Map<string, Set<string>>}
 */
export function keyKinds(spec, schema, kinds = new Map(), seen = new Set()) {
  if (schema === null || typeof schema !== "object") return kinds;
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return kinds;
    return keyKinds(
      spec,
      resolveRef(spec, schema.$ref, "schema"),
      kinds,
      new Set([...seen, schema.$ref]),
    );
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const kind = kinds.get(key) ?? new Set();
    for (const each of valueKinds(spec, sub)) kind.add(each);
    kinds.set(key, kind);
    keyKinds(spec, sub, kinds, seen);
  }
  if (typeof schema.additionalProperties === "object") {
    keyKinds(spec, schema.additionalProperties, kinds, seen);
  }
  if (schema.items) keyKinds(spec, schema.items, kinds, seen);
  for (const sub of schema.oneOf ?? []) keyKinds(spec, sub, kinds, seen);
  return kinds;
}

function valueKinds(spec, schema, seen = new Set()) {
  if (typeof schema?.$ref === "string") {
    if (seen.has(schema.$ref)) return [];
    return valueKinds(
      spec,
      resolveRef(spec, schema.$ref, "schema"),
      new Set([...seen, schema.$ref]),
    );
  }
  if (isInt64(schema)) return ["int64"];
  if (schema?.items && isInt64Deep(spec, schema.items)) return ["int64-list"];
  if (schema?.oneOf) return schema.oneOf.flatMap((sub) => valueKinds(spec, sub, seen));
  if (schema?.type === undefined) return ["any"];
  return typeof schema.type === "string" ? [schema.type] : schema.type;
}

function isInt64Deep(spec, schema) {
  const resolved =
    typeof schema.$ref === "string" ? resolveRef(spec, schema.$ref, "schema") : schema;
  return isInt64(resolved);
}

/** `type: integer` (possibly with null) and `format: int64`. */
export function isInt64(schema) {
  const types = typeof schema?.type === "string" ? [schema.type] : (schema?.type ?? []);
  return schema?.format === "int64" && types.includes("integer");
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

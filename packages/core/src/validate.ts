import type { ValidationIssue } from "./errors.js";
import { isInt64Schema } from "./int64.js";
import { resolveSchema } from "./schema-refs.js";
import { discriminatorsMatch, discriminatorValues, taggedKeys } from "./validate-discriminators.js";
import { conforms } from "./validate-probe.js";
import { type Add, checkNumber, checkString, hasType, isObject } from "./validate-scalars.js";

/**
 * The subset of JSON Schema that spec/openapi.yaml may use (the generator refuses any other
 * keyword). Validation runs on the generated schemas, so the rules enforced here are exactly the
 * spec's; a `$ref` names an entry of the generated `SCHEMAS`.
 */
export interface Schema {
  $ref?: string;
  title?: string;
  /** `int64` makes an integer an exact decimal string (a safe integer number is taken too). */
  format?: string;
  type?: string | readonly string[];
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: { readonly [key: string]: Schema };
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  /** The spec's wording of `pattern` for people, e.g. "lower-case letters, digits… only". */
  "x-pattern-description"?: string;
  oneOf?: readonly Schema[];
}

/** Every way `value` breaks `schema`, with paths relative to `path`. */
export function validateAgainst(schema: Schema, value: unknown, path = ""): ValidationIssue[] {
  // Most values conform, which the compiled probe answers; only a value that breaks the schema
  // is walked here to say how.
  return conforms(schema, value) ? [] : explain(schema, value, path);
}

/** Every way `value` breaks `schema`, found by walking it keyword by keyword (no probe first). */
export function explain(schema: Schema, value: unknown, path = ""): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(schema, value, path, issues);
  return issues;
}

/** Where a check reports the issues it finds. */
type Sink = ValidationIssue[];

/** Every broken keyword of `value` goes to `sink`. */
function check(given: Schema, value: unknown, path: string, sink: Sink): void {
  const schema = resolveSchema(given);
  const field = path || "body";
  const add: Add = (keyword, message, limit) => {
    sink.push(
      limit === undefined
        ? { path: field, keyword, message: `${field} ${message}` }
        : { path: field, keyword, limit, message: `${field} ${message}` },
    );
  };

  const int64 = isInt64Schema(schema);
  const type = schema.type;
  if (type !== undefined) {
    const matches =
      typeof type === "string"
        ? hasType(value, type, int64)
        : type.some((each) => hasType(value, each, int64));
    if (!matches) {
      const types = typeof type === "string" ? [type] : type;
      const expected = int64
        ? "an int64: a decimal string of at most 19 digits (or a safe integer)"
        : types.join(" or ");
      const got = int64 && typeof value === "string" ? `"${value.slice(0, 40)}"` : describe(value);
      add("type", `must be ${expected}, got ${got}`, types.join("|"));
      return;
    }
  }
  if ("const" in schema && value !== schema.const) {
    add("const", `must be ${JSON.stringify(schema.const)}`, schema.const);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    add("enum", `must be one of ${schema.enum.join(", ")}`, schema.enum);
  }
  if (int64 && (typeof value === "string" || typeof value === "number")) {
    checkNumber(schema, value, add);
  } else if (typeof value === "string") checkString(schema, value, add);
  else if (typeof value === "number") checkNumber(schema, value, add);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      add(
        "minItems",
        `must have at least ${schema.minItems} items, got ${value.length}`,
        schema.minItems,
      );
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      add(
        "maxItems",
        `must have at most ${schema.maxItems} items, got ${value.length}`,
        schema.maxItems,
      );
    }
    const items = schema.items;
    if (items) {
      for (let index = 0; index < value.length; index++) {
        check(items, value[index], `${path}[${index}]`, sink);
      }
    }
  }
  if (isObject(value)) checkObject(schema, value, path, sink);
  if (schema.oneOf) checkOneOf(schema.oneOf, value, path, sink);
}

function checkObject(
  schema: Schema,
  value: Record<string, unknown>,
  path: string,
  sink: Sink,
): void {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      sink.push({
        path: join(path, key),
        keyword: "required",
        message: `${join(path, key)} is required${schema.title ? ` in ${schema.title}` : ""}`,
      });
    }
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    if (item === undefined) continue;
    const propertySchema = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (propertySchema) {
      check(propertySchema, item, join(path, key), sink);
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(properties).join(", ");
      sink.push({
        path: join(path, key),
        keyword: "additionalProperties",
        message: `${join(path, key)} is not a known field${schema.title ? ` of ${schema.title}` : ""} (known: ${known})`,
      });
    } else if (typeof schema.additionalProperties === "object") {
      check(schema.additionalProperties, item, join(path, key), sink);
    }
  }
}

/**
 * A oneOf whose branches are told apart by `const` properties (the message union on
 * `message_type`) reports the issues of the branch the value selects, which is what a person
 * needs to read ("message.attachment is required in ImageMessage"), not "matches 0 of 8 branches".
 */
function checkOneOf(branches: readonly Schema[], value: unknown, path: string, sink: Sink): void {
  const tags = taggedKeys(branches);
  const selected = branches.filter((branch) => discriminatorsMatch(branch, value, tags));
  if (selected.length === 0) {
    const discriminators = discriminatorValues(branches);
    const [key, values] = discriminators;
    if (key !== undefined && isObject(value)) {
      const field = join(path, key);
      sink.push({
        path: field,
        keyword: "oneOf",
        limit: values,
        message: `${field} must be one of ${values.join(", ")}, got ${describe(value[key])}`,
      });
      return;
    }
  }
  const candidates = selected.length > 0 ? selected : branches;
  const results = candidates.map((branch) => validateAgainst(branch, value, path));
  const passing = results.filter((result) => result.length === 0).length;
  if (passing === 1) return;
  if (passing > 1) {
    sink.push({
      path: path || "body",
      keyword: "oneOf",
      message: `${path} matches more than one kind`,
    });
    return;
  }
  const fewest = results.reduce((best, result) => (result.length < best.length ? result : best));
  sink.push(...fewest);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `a string`;
  if (value === undefined) return "nothing";
  return `${typeof value} ${typeof value === "object" ? "" : JSON.stringify(value)}`.trim();
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

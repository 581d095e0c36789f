import type { ContractOperation, SpecSchema } from "./contract-operations.js";
import { resolveSchema } from "./contract-operations.js";
import type { ContractRequest, RawRequest } from "./contract-requests.js";

/** The keywords the table-driven suite breaks, one at a time. */
export const BROKEN_KEYWORDS = [
  "required",
  "maxLength",
  "minLength",
  "maxItems",
  "minItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "pattern",
  "enum",
] as const;

export type BrokenKeyword = (typeof BROKEN_KEYWORDS)[number];

type Place = "body" | "path" | "query";
type Segment = string | number;

/** One rule of an operation's request, broken in an otherwise valid request. */
export interface Breach {
  /** e.g. `body message.text maxLength 5000`: the place, the field, the keyword and its limit. */
  title: string;
  /** The request example the broken request was made from. */
  example: string;
  place: Place;
  /** The field as the client's `ValidationIssue.path` names it, e.g. `receiver_ids[0]`. */
  field: string;
  keyword: BrokenKeyword;
  /** The spec's limit (what the client's issue carries); none for `required`. */
  limit?: unknown;
  /** What the broken value is, for people: `33 characters`, `0`, ... */
  broken: string;
  raw: RawRequest;
  /** What Prism's 422 must list; absent when Prism cannot be asked (a path without a segment). */
  prism?: { location: string[]; code: string; mentions?: string };
}

const NOTHING = Symbol("nothing");
type Synthesized = unknown | typeof NOTHING;

/** Where a value sits: the request it is part of and the path to it. */
interface At {
  root: RawRequest;
  place: Place;
  segments: Segment[];
  example: string;
  /** Whether the path or query parameter the value is (part of) is required. */
  requiredParameter?: boolean;
}

/**
 * Every rule of `BROKEN_KEYWORDS` in the operation's request body schema and its path and query
 * parameters, each broken once in a copy of a request made from the spec's examples (a field no
 * example has is filled in with the smallest value its schema allows, so its rules are broken
 * too). The same rule of the same field is broken once, in the first example that reaches it.
 */
export function breachesOf(operation: ContractOperation, requests: ContractRequest[]): Breach[] {
  const found = new Map<string, Breach>();
  const add = (breach: Breach) => {
    const key = `${breach.place} ${breach.field} ${breach.keyword}`;
    if (!found.has(key)) found.set(key, breach);
  };
  for (const { name, raw } of requests) {
    for (const parameter of operation.parameters) {
      const at: At = {
        root: raw,
        place: parameter.in,
        segments: [parameter.name],
        example: name,
        requiredParameter: parameter.required,
      };
      const value = raw[parameter.in][parameter.name];
      if (parameter.required && value !== undefined) {
        add(requiredBreach(at, parameter.name, parameter.in === "path"));
      }
      if (value !== undefined) {
        visit(parameter.schema, value, at, add);
        continue;
      }
      const filled = synthesize(parameter.schema, 0);
      if (filled === NOTHING) continue;
      const root = structuredClone(raw);
      root[parameter.in][parameter.name] = filled;
      visit(parameter.schema, filled, { ...at, root }, add);
    }
    if (operation.body && raw.body !== undefined) {
      visit(
        operation.body.schema,
        raw.body,
        { root: raw, place: "body", segments: [], example: name },
        add,
      );
    }
  }
  return [...found.values()];
}

function visit(given: SpecSchema, value: unknown, at: At, add: (breach: Breach) => void): void {
  // A schema that contains itself would be filled in for ever.
  if (at.segments.length > 16) return;
  const schema = resolveSchema(given);
  const types = typeOf(schema);
  if (typeof value === "string") stringBreaches(schema, value, at, add);
  if (
    typeof value === "number" ||
    typeof value === "bigint" ||
    (typeof value === "string" && types.includes("integer"))
  ) {
    numberBreaches(schema, types.includes("integer"), at, add);
  }
  if (schema.enum && !("const" in schema)) enumBreach(schema, value, types, at, add);
  if (Array.isArray(value)) {
    arrayBreaches(schema, value, at, add);
    if (schema.items) {
      if (value.length > 0) visit(schema.items, value[0], child(at, 0), add);
      else {
        const item = synthesize(schema.items, 0);
        if (item !== NOTHING) {
          const root = withValue(at.root, at.place, at.segments, [item]);
          visit(schema.items, item, child({ ...at, root }, 0), add);
        }
      }
    }
  }
  if (isObject(value)) {
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      const property = properties[key] ? resolveSchema(properties[key]) : {};
      // A `const` property tells the branches of a oneOf apart: without it no branch is chosen.
      if (value[key] !== undefined && !("const" in property))
        add(requiredBreach(child(at, key), key, false));
    }
    for (const [key, property] of Object.entries(properties)) {
      if (value[key] !== undefined) {
        visit(property, value[key], child(at, key), add);
        continue;
      }
      const filled = synthesize(property, 0);
      if (filled === NOTHING) continue;
      const root = withValue(at.root, at.place, [...at.segments, key], filled);
      visit(property, filled, child({ ...at, root }, key), add);
    }
  }
  if (schema.oneOf) {
    const branch = schema.oneOf.find((candidate) => branchMatches(candidate, value));
    if (branch) visit(branch, value, at, add);
  }
}

function stringBreaches(schema: SpecSchema, value: string, at: At, add: (breach: Breach) => void) {
  const points = [...value];
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, "u");
  const fits = (candidate: string) => pattern === undefined || pattern.test(candidate);
  if (schema.maxLength !== undefined) {
    const length = schema.maxLength + 1;
    const candidates = [points, ["a"], ["1"]].map((source) =>
      repeatTo(source.length > 0 ? source : ["a"], length),
    );
    const long = candidates.find(fits) ?? (candidates[0] as string);
    add(breach(at, "maxLength", schema.maxLength, `${length} characters`, long));
  }
  if (schema.minLength !== undefined && schema.minLength > 0) {
    const short = points.slice(0, schema.minLength - 1).join("");
    add(breach(at, "minLength", schema.minLength, `${schema.minLength - 1} characters`, short));
  }
  if (pattern) {
    const replacements =
      at.place === "path" ? ["A", "!", "字", "~"] : ["A", "!", "字", " ", "|", "\n"];
    const candidates = replacements.flatMap((character) => [
      [character, ...points.slice(1)].join(""),
      `${value}${character}`,
    ]);
    const mismatch = candidates.find((candidate) => !pattern.test(candidate));
    if (mismatch !== undefined) {
      add(breach(at, "pattern", schema.pattern, JSON.stringify(mismatch), mismatch));
    }
  }
}

function numberBreaches(
  schema: SpecSchema,
  integer: boolean,
  at: At,
  add: (breach: Breach) => void,
) {
  const step = (limit: number, by: number): unknown =>
    integer ? BigInt(limit) + BigInt(by) : limit + by;
  const bounds: [BrokenKeyword, number | undefined, number][] = [
    ["minimum", schema.minimum, -1],
    ["maximum", schema.maximum, 1],
    ["exclusiveMinimum", schema.exclusiveMinimum, 0],
    ["exclusiveMaximum", schema.exclusiveMaximum, 0],
  ];
  for (const [keyword, limit, by] of bounds) {
    if (limit === undefined) continue;
    const broken = step(limit, by);
    add(breach(at, keyword, limit, String(broken), broken));
  }
}

function enumBreach(
  schema: SpecSchema,
  value: unknown,
  types: string[],
  at: At,
  add: (breach: Breach) => void,
) {
  const allowed = schema.enum ?? [];
  let outsider: unknown;
  if (typeof value === "string" && !types.includes("integer")) {
    outsider = ["x", "unknown", "not-listed"].find((candidate) => !allowed.includes(candidate));
  } else if (typeof value === "number" || typeof value === "bigint") {
    const numbers = allowed.filter((item): item is number => typeof item === "number");
    const low =
      schema.minimum ??
      (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -Infinity);
    const high =
      schema.maximum ??
      (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Infinity);
    const start = Math.max(...numbers, 0) + 1;
    const candidates = [start, Math.min(...numbers) - 1, ...numbers.map((item) => item + 1)];
    const found = candidates.find(
      (candidate) => !numbers.includes(candidate) && candidate >= low && candidate <= high,
    );
    if (found !== undefined) outsider = types.includes("integer") ? BigInt(found) : found;
  }
  if (outsider === undefined) return;
  add(breach(at, "enum", allowed, JSON.stringify(String(outsider)), outsider));
}

function arrayBreaches(
  schema: SpecSchema,
  value: unknown[],
  at: At,
  add: (breach: Breach) => void,
) {
  const fill = value.length > 0 ? value : [synthesize(schema.items ?? {}, 0)];
  if (fill.includes(NOTHING)) return;
  if (schema.maxItems !== undefined) {
    const items = Array.from(
      { length: schema.maxItems + 1 },
      (_, index) => fill[index % fill.length],
    );
    add(breach(at, "maxItems", schema.maxItems, `${items.length} items`, items));
  }
  if (schema.minItems !== undefined && schema.minItems > 0) {
    const items = value.slice(0, schema.minItems - 1);
    add(breach(at, "minItems", schema.minItems, `${items.length} items`, items));
  }
}

function requiredBreach(at: At, key: string, inPath: boolean): Breach {
  const parent = at.segments.slice(0, -1);
  const root = withoutValue(at.root, at.place, at.segments);
  const field = fieldName(at.segments);
  return {
    title: `${at.place} ${field} required`,
    example: at.example,
    place: at.place,
    field,
    keyword: "required",
    broken: "absent",
    raw: root,
    // openapi-fetch cannot leave a path segment empty: only the client's refusal is checked.
    ...(inPath
      ? {}
      : {
          prism: {
            location: [at.place, ...parent.map(String)],
            code: "required",
            mentions: `'${key}'`,
          },
        }),
  };
}

function breach(
  at: At,
  keyword: BrokenKeyword,
  limit: unknown,
  broken: string,
  value: unknown,
): Breach {
  const field = fieldName(at.segments);
  const shown = Array.isArray(limit) ? limit.join(", ") : String(limit);
  const raw = withValue(at.root, at.place, at.segments, value);
  return {
    ...asPrismSeesIt(at, keyword, raw),
    title: `${at.place} ${field} ${keyword} ${shown}`,
    example: at.example,
    place: at.place,
    field,
    keyword,
    limit,
    broken,
    raw,
  };
}

/**
 * What Prism must say. An empty path segment or query value is no value on the wire: Prism
 * reports a required parameter as missing and cannot see an optional one (the client refuses
 * both before sending).
 */
function asPrismSeesIt(at: At, keyword: BrokenKeyword, raw: RawRequest): Pick<Breach, "prism"> {
  const parameter = at.place === "body" ? undefined : raw[at.place][String(at.segments[0])];
  const text = Array.isArray(parameter) ? parameter.map(String).join(",") : String(parameter);
  if (at.place === "body" || text !== "") {
    return { prism: { location: [at.place, ...at.segments.map(String)], code: keyword } };
  }
  if (!at.requiredParameter) return {};
  return { prism: { location: [at.place], code: "required", mentions: `'${at.segments[0]}'` } };
}

/**
 * The smallest value `schema` allows, to reach the rules of a field no example has; NOTHING when
 * there is none this simple guess finds (a pattern none of its candidates matches).
 */
function synthesize(given: SpecSchema, depth: number): Synthesized {
  if (depth > 12) return NOTHING;
  const schema = resolveSchema(given);
  if ("const" in schema) return schema.const;
  if (schema.enum)
    return typeof schema.enum[0] === "number" && typeOf(schema).includes("integer")
      ? BigInt(schema.enum[0])
      : schema.enum[0];
  if (schema.oneOf) {
    for (const branch of schema.oneOf) {
      const value = synthesize(branch, depth + 1);
      if (value !== NOTHING) return value;
    }
    return NOTHING;
  }
  const [type] = typeOf(schema).filter((each) => each !== "null");
  switch (type) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const property = schema.properties?.[key];
        const filled = property ? synthesize(property, depth + 1) : "x";
        if (filled === NOTHING) return NOTHING;
        value[key] = filled;
      }
      return value;
    }
    case "array": {
      const item = synthesize(schema.items ?? {}, depth + 1);
      if (item === NOTHING) return NOTHING;
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => item);
    }
    case "string": {
      const length = Math.max(schema.minLength ?? 1, 1);
      const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, "u");
      const candidates = ["a", "1", "a1", "x_1"].map((source) => repeatTo([...source], length));
      const found = candidates.find(
        (candidate) =>
          (pattern === undefined || pattern.test(candidate)) &&
          (schema.maxLength === undefined || length <= schema.maxLength),
      );
      return found ?? NOTHING;
    }
    case "integer":
    case "number": {
      const low =
        schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      const high =
        schema.maximum ??
        (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Infinity);
      const value = Math.min(Math.max(low, 0), high);
      if (value < low) return NOTHING;
      return type === "integer" ? BigInt(Math.ceil(value)) : value;
    }
    case "boolean":
      return true;
    default:
      return NOTHING;
  }
}

/**
 * Whether `value` is of the oneOf branch: its required `const` or `enum` properties (the tag that
 * tells the branches apart, e.g. `message_type`) hold the value's, or, for a scalar, its type.
 */
function branchMatches(given: SpecSchema, value: unknown): boolean {
  const branch = resolveSchema(given);
  if (!isObject(value)) return typeOf(branch).includes(jsonType(value));
  const tags = (branch.required ?? [])
    .map((key) => [key, resolveSchema(branch.properties?.[key] ?? {})] as const)
    .filter(([, property]) => "const" in property || property.enum !== undefined);
  if (tags.length === 0) return false;
  return tags.every(([key, property]) =>
    "const" in property
      ? equalValue(value[key], property.const)
      : (property.enum ?? []).some((allowed) => equalValue(value[key], allowed)),
  );
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "bigint") return "integer";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function equalValue(a: unknown, b: unknown): boolean {
  return typeof a === "bigint" || typeof b === "bigint" ? String(a) === String(b) : a === b;
}

function typeOf(schema: SpecSchema): string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === "string" ? [schema.type] : schema.type;
}

function child(at: At, segment: Segment): At {
  return { ...at, segments: [...at.segments, segment] };
}

/** The client's name of a field: `message.text`, `receiver_ids[0]`. */
function fieldName(segments: Segment[]): string {
  return segments.reduce<string>(
    (name, segment) =>
      typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment,
    "",
  );
}

function withValue(
  root: RawRequest,
  place: Place,
  segments: Segment[],
  value: unknown,
): RawRequest {
  const copy = structuredClone(root);
  if (segments.length === 0) {
    copy.body = value;
    return copy;
  }
  const container = place === "body" ? copy : copy[place];
  const path: Segment[] = place === "body" ? ["body", ...segments] : segments;
  let node = container as Record<Segment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
  node[path[path.length - 1] as Segment] = value;
  return copy;
}

function withoutValue(root: RawRequest, place: Place, segments: Segment[]): RawRequest {
  const copy = structuredClone(root);
  const container = place === "body" ? copy : copy[place];
  const path: Segment[] = place === "body" ? ["body", ...segments] : segments;
  let node = container as Record<Segment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
  delete node[path[path.length - 1] as Segment];
  return copy;
}

function repeatTo(points: string[], length: number): string {
  return Array.from({ length }, (_, index) => points[index % points.length]).join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

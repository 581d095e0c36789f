import { isInt64Schema } from "./int64.js";
import { resolveSchema } from "./schema-refs.js";
import type { Schema } from "./validate.js";
import { discriminatorsMatch, discriminatorValues, taggedKeys } from "./validate-discriminators.js";
import { type Add, checkNumber, checkString, hasType, isObject } from "./validate-scalars.js";

/** Whether a value conforms to the schema it was compiled from. */
type Probe = (value: unknown) => boolean;

const probes = new WeakMap<Schema, Probe>();

/**
 * Whether `value` conforms to `schema`: the question every call asks of its input, and which
 * nearly every input answers yes. Each schema is compiled once, on first use, into closures that
 * check only the keywords it has (no keyword lookups, no paths or messages); validate.ts walks a
 * value that does not conform again to say how.
 */
export function conforms(schema: Schema, value: unknown): boolean {
  return probeOf(schema)(value);
}

/** The probe of a schema, by the schema itself or the `$ref` naming it. */
function probeOf(given: Schema): Probe {
  const byGiven = probes.get(given);
  if (byGiven) return byGiven;
  const schema = resolveSchema(given);
  let probe = probes.get(schema);
  if (!probe) {
    // A schema that refers back to itself while it compiles gets this forwarder.
    let compiled: Probe | undefined;
    probes.set(schema, (value) => (compiled as Probe)(value));
    compiled = compile(schema);
    probes.set(schema, compiled);
    probe = compiled;
  }
  probes.set(given, probe);
  return probe;
}

function compile(schema: Schema): Probe {
  const checks: Probe[] = [];
  const int64 = isInt64Schema(schema);
  const { type } = schema;
  if (typeof type === "string") checks.push((value) => hasType(value, type, int64));
  else if (type) checks.push((value) => type.some((each) => hasType(value, each, int64)));
  if ("const" in schema) {
    const constant = schema.const;
    checks.push((value) => value === constant);
  }
  const { enum: allowed } = schema;
  if (allowed) checks.push((value) => allowed.includes(value));
  const scalars = scalarProbe(schema, int64);
  if (scalars) checks.push(scalars);
  const array = arrayProbe(schema);
  if (array) checks.push(array);
  const object = objectProbe(schema);
  if (object) checks.push(object);
  if (schema.oneOf) checks.push(oneOfProbe(schema.oneOf));
  const [first, second, third] = checks as [Probe, Probe, Probe];
  switch (checks.length) {
    case 0:
      return () => true;
    case 1:
      return first;
    case 2:
      return (value) => first(value) && second(value);
    case 3:
      return (value) => first(value) && second(value) && third(value);
    default:
      return (value) => {
        for (const check of checks) if (!check(value)) return false;
        return true;
      };
  }
}

let broken = false;
const breaks: Add = () => {
  broken = true;
};

/** The string and number keywords, with validate-scalars' own checks. */
function scalarProbe(schema: Schema, int64: boolean): Probe | undefined {
  const string = schema.minLength ?? schema.maxLength ?? schema.pattern;
  const number =
    schema.minimum ?? schema.maximum ?? schema.exclusiveMinimum ?? schema.exclusiveMaximum;
  if (string === undefined && number === undefined) return undefined;
  return (value) => {
    broken = false;
    if (int64 && (typeof value === "string" || typeof value === "number")) {
      checkNumber(schema, value, breaks);
    } else if (typeof value === "string") checkString(schema, value, breaks);
    else if (typeof value === "number") checkNumber(schema, value, breaks);
    return !broken;
  };
}

function arrayProbe(schema: Schema): Probe | undefined {
  const { minItems, maxItems, items } = schema;
  if (minItems === undefined && maxItems === undefined && items === undefined) return undefined;
  const item = items && probeOf(items);
  return (value) => {
    if (!Array.isArray(value)) return true;
    if (minItems !== undefined && value.length < minItems) return false;
    if (maxItems !== undefined && value.length > maxItems) return false;
    if (item) for (const each of value) if (!item(each)) return false;
    return true;
  };
}

function objectProbe(schema: Schema): Probe | undefined {
  const { required = [], properties = {}, additionalProperties } = schema;
  if (required.length === 0 && !schema.properties && additionalProperties === undefined) {
    return undefined;
  }
  const propertyProbes = new Map(
    Object.entries(properties).map(([key, property]) => [key, probeOf(property)]),
  );
  const extra =
    typeof additionalProperties === "object" ? probeOf(additionalProperties) : undefined;
  const closed = additionalProperties === false;
  return (value) => {
    if (!isObject(value)) return true;
    for (const key of required) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) return false;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const item = value[key];
      if (item === undefined) continue;
      const property = propertyProbes.get(key);
      if (property) {
        if (!property(item)) return false;
      } else if (closed) return false;
      else if (extra && !extra(item)) return false;
    }
    return true;
  };
}

/**
 * Exactly one branch conforms. Branches told apart by `const`/`enum` properties are narrowed to
 * those the value's discriminators select; a value that selects none fails when the union has a
 * `const` discriminator, as validate.ts reports it.
 */
function oneOfProbe(branches: readonly Schema[]): Probe {
  const tags = taggedKeys(branches);
  const [discriminator] = discriminatorValues(branches);
  const branchProbes = branches.map(probeOf);
  return (value) => {
    let selected = 0;
    let passing = 0;
    for (let index = 0; index < branches.length; index++) {
      if (!discriminatorsMatch(branches[index] as Schema, value, tags)) continue;
      selected++;
      if ((branchProbes[index] as Probe)(value)) passing++;
    }
    if (selected > 0) return passing === 1;
    if (discriminator !== undefined && isObject(value)) return false;
    for (const probe of branchProbes) if (probe(value)) passing++;
    return passing === 1;
  };
}

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OPERATIONS } from "../src/generated/operations.js";
import type { Schema } from "../src/validate.js";
import { explain } from "../src/validate.js";
import { conforms } from "../src/validate-probe.js";

const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"));

/** An example's value, through a `$ref` into `components.examples`. */
function exampleValue(example: unknown): unknown {
  const { $ref, value } = example as { $ref?: string; value?: unknown };
  if ($ref === undefined) return value;
  return spec.components.examples[$ref.replace("#/components/examples/", "")].value;
}

/** Each operation's body schema with the spec's request examples of it. */
const bodies = Object.entries(OPERATIONS).flatMap(([operationId, facts]) => {
  if (!facts.body) return [];
  const content = spec.paths[facts.path][facts.method.toLowerCase()].requestBody.content;
  const examples = Object.values(content["application/json"].examples ?? {}).map(exampleValue);
  return [{ operationId, schema: facts.body.schema as Schema, examples }];
});

/** Values that break keywords: wrong types, empty, too long, out of range, unsafe, int64 edges. */
const REPLACEMENTS: unknown[] = [
  null,
  "",
  "x".repeat(5_001),
  "bad id with spaces",
  0,
  -1,
  1.5,
  2 ** 53,
  "9223372036854775808",
  "158844553334358020",
  true,
  [],
  [1],
  {},
  { unknown_field: 1 },
];

/** The example, and for each of its fields: the field deleted, or replaced by each of the above. */
function* mutations(value: unknown): Generator<unknown> {
  yield value;
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      yield value.filter((_, each) => each !== index);
      for (const item of [...REPLACEMENTS, ...mutations(value[index])]) {
        if (item === value[index]) continue;
        yield value.map((each, at) => (at === index ? item : each));
      }
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const { [key]: item, ...without } = record;
    yield without;
    for (const replacement of [...REPLACEMENTS, ...mutations(item)]) {
      if (replacement === item) continue;
      yield { ...record, [key]: replacement };
    }
  }
}

describe("the compiled conformance probe", () => {
  it("has bodies and examples to check against", () => {
    expect(bodies.length).toBeGreaterThan(60);
    for (const { operationId, examples } of bodies) {
      expect(examples.length, operationId).toBeGreaterThan(0);
      for (const example of examples) expect(example, operationId).toBeTypeOf("object");
    }
  });

  it("passes every request example of the spec", () => {
    for (const { operationId, schema, examples } of bodies) {
      for (const example of examples) expect(conforms(schema, example), operationId).toBe(true);
    }
  });

  it("agrees with the explaining walk on every field of every example, deleted or broken", () => {
    let broken = 0;
    for (const { operationId, schema, examples } of bodies) {
      for (const example of examples) {
        for (const value of mutations(example)) {
          const issues = explain(schema, value);
          if (issues.length > 0) broken++;
          expect(conforms(schema, value), `${operationId} ${JSON.stringify(value)}`).toBe(
            issues.length === 0,
          );
        }
      }
    }
    // The mutations reach the keywords: most of them break the schema.
    expect(broken).toBeGreaterThan(10_000);
  });

  it("agrees with the explaining walk on arbitrary JSON, for every body and parameter schema", () => {
    const schemas = Object.values(OPERATIONS).flatMap((facts) => [
      ...(facts.body ? [facts.body.schema as Schema] : []),
      ...[...facts.pathParameters, ...facts.queryParameters].map((each) => each.schema as Schema),
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.jsonValue(), (schema, value) => {
        expect(conforms(schema, value)).toBe(explain(schema, value).length === 0);
      }),
      { numRuns: 5_000 },
    );
  });
});

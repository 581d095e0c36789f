import { describe, expect, it } from "vitest";
import { loadSpec, loadSpecExact } from "./load-spec.js";
import { envelopeProblems, factProblems, parameterProblems } from "./operation-rules.js";
import {
  duplicateOperationIds,
  examplesOf,
  operationsOf,
  schemaCompiler,
  unsafeIntegers,
} from "./operations.js";

const spec = loadSpec();
const operations = operationsOf(spec);
const compile = schemaCompiler(spec);
const examples = operations.flatMap((operation) => examplesOf(spec, operation));
const exact = loadSpecExact();
const exactExamples = operationsOf(exact).flatMap((operation) => examplesOf(exact, operation));

describe("every operation of the spec", () => {
  it("has an operationId no other operation has", () => {
    expect(duplicateOperationIds(operations)).toEqual([]);
  });

  it.each(operations)(
    "$name is tagged with a declared tag, summarised, and has its x-sdk and x- facts",
    (operation) => {
      expect(factProblems(spec, operation), operation.name).toEqual([]);
    },
  );

  it.each(operations)(
    "$name lists the five signing headers first, then its own path and query parameters",
    (operation) => {
      expect(parameterProblems(spec, operation), operation.name).toEqual([]);
    },
  );

  it.each(operations)(
    "$name takes a JSON body if any, and answers only 200 with the code/msg envelope, a success and an error example",
    (operation) => {
      expect(envelopeProblems(spec, operation), operation.name).toEqual([]);
    },
  );
});

describe("the tags of the spec", () => {
  it("each sit in exactly one x-tagGroups group, the docs' navigation, and every group tag is declared", () => {
    const declared: string[] = (spec.tags ?? []).map((tag: { name: string }) => tag.name);
    const groups: { name: string; tags: string[] }[] = spec["x-tagGroups"] ?? [];
    const problems: string[] = [];
    for (const tag of declared) {
      const homes = groups.filter((group) => group.tags.includes(tag)).map((group) => group.name);
      if (homes.length !== 1) {
        problems.push(
          `tag ${tag} is in ${homes.length} x-tagGroups groups (${homes.join(", ") || "none"}): add it to exactly one in spec/openapi.yaml, or Redoc hides its operations`,
        );
      }
    }
    for (const group of groups) {
      for (const tag of group.tags) {
        if (!declared.includes(tag))
          problems.push(`x-tagGroups ${group.name} lists ${tag}, which is not a declared tag`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("every example of every operation", () => {
  it("exists", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("$operation: $kind example $name is valid against its schema", (example) => {
    const validate = compile(example.schema);
    const valid = validate(example.value);
    expect(
      valid,
      `${example.operation} ${example.kind} example ${example.name}: ${JSON.stringify(validate.errors)}`,
    ).toBe(true);
  });
});

describe("every example of every operation, as the spec's text writes it", () => {
  it("keeps its integers within ±(2^53 − 1), what Prism can read and serve", () => {
    const problems = exactExamples.flatMap((example) =>
      unsafeIntegers(example.value).map(
        (where) => `${example.operation} ${example.kind} example ${example.name}: ${where}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

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

/** The spec with one more operation, `GET /im/v2/fixture/{room_id}`, broken as `edit` says. */
function withOperation(edit: (operation: Record<string, unknown>) => void) {
  const spec = loadSpec();
  const batch = structuredClone(spec.paths["/im/v2/conversations/messages"].post);
  batch.operationId = "getFixture";
  edit(batch);
  spec.paths["/im/v2/fixture/{room_id}"] = { get: batch };
  const operation = operationsOf(spec).find((candidate) => candidate.path.includes("fixture"));
  if (!operation) throw new Error("the fixture operation is missing");
  return { spec, operation };
}

describe("the operation rules name what is wrong", () => {
  it("accept the batch-send operation as it stands", () => {
    const spec = loadSpec();
    for (const operation of operationsOf(spec)) {
      expect(factProblems(spec, operation)).toEqual([]);
      expect(envelopeProblems(spec, operation)).toEqual([]);
    }
  });

  it("report an undeclared tag, a bad rate category, a missing x-idempotent and a summary without its Chinese name", () => {
    const { spec, operation } = withOperation((broken) => {
      broken.tags = ["Fixture"];
      broken["x-sdk-service"] = "Fixture";
      broken["x-rate-limit-category"] = "burst";
      delete broken["x-idempotent"];
      broken.summary = "Get a fixture";
    });
    expect(factProblems(spec, operation)).toEqual([
      "tag Fixture is not declared in the top-level tags",
      'x-rate-limit-category "burst" is not one of single-call, batch-send, broadcast',
      "x-idempotent undefined is not a boolean",
      'summary "Get a fixture" is not "English (中文名)"',
    ]);
  });

  it("report an undeclared path parameter and a missing header", () => {
    const { spec, operation } = withOperation((broken) => {
      (broken.parameters as unknown[]).pop();
    });
    expect(parameterProblems(spec, operation)).toEqual([
      expect.stringContaining("parameters do not start with the five header refs"),
      "path parameter {room_id} is not declared",
    ]);
  });

  it("report a required path or query parameter without an example to build a request from", () => {
    const { spec, operation } = withOperation((broken) => {
      (broken.parameters as unknown[]).push(
        { name: "room_id", in: "path", required: true, schema: { type: "integer" } },
        { name: "limit", in: "query", required: true, schema: { type: "integer" } },
        { name: "page", in: "query", required: false, schema: { type: "integer" } },
      );
    });
    expect(parameterProblems(spec, operation)).toEqual([
      "required path parameter room_id has no example",
      "required query parameter limit has no example",
    ]);
  });

  it("report two operations sharing an operationId, naming both", () => {
    const { spec } = withOperation((broken) => {
      broken.operationId = "sendBatchMessages";
    });
    expect(duplicateOperationIds(operationsOf(spec))).toEqual([
      "sendBatchMessages: POST /im/v2/conversations/messages and GET /im/v2/fixture/{room_id}",
    ]);
  });

  it("find an integer beyond 2^53 - 1 in an example, which Prism cannot serve", () => {
    const spec = loadSpecExact();
    spec.components.examples.SuccessResponse.value.data.success_list[0].message_server_id =
      9007199254740993n;
    const found = operationsOf(spec)
      .flatMap((operation) => examplesOf(spec, operation))
      .flatMap((example) =>
        unsafeIntegers(example.value).map((where) => `${example.name}: ${where}`),
      );
    expect(found).toContainEqual(
      expect.stringMatching(/: data\.success_list\[0\]\.message_server_id is 9007199254740993$/),
    );
  });

  it("report an answer other than 200, and an envelope without ResultCode", () => {
    const { spec, operation } = withOperation((broken) => {
      (broken.responses as Record<string, unknown>)["404"] = { description: "gone" };
    });
    spec.components.schemas.SendBatchResponse.properties.code = { type: "integer" };
    expect(envelopeProblems(spec, operation)).toEqual([
      'answers 200, 404, not exactly "200"',
      "#/components/schemas/SendBatchResponse.code is not a $ref to ResultCode",
    ]);
  });

  it("find an example that breaks its schema", () => {
    const { spec, operation } = withOperation(() => {});
    spec.components.examples.TipRequest.value.receiver_ids = [];
    const compile = schemaCompiler(spec);
    const broken = examplesOf(spec, operation).filter(
      (example) => !compile(example.schema)(example.value),
    );
    expect(broken.map((example) => `${example.operation} ${example.kind} ${example.name}`)).toEqual(
      ["getFixture request tip"],
    );
  });
});

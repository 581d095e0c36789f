import { readFile } from "node:fs/promises";
import { parse, stringify } from "yaml";
import { collectOperations } from "../../../../scripts/generator/operations.mjs";
import { runtimeFacts } from "../../../../scripts/generator/render.mjs";
import type { OperationFacts } from "../../src/operation-facts.js";

const specFile = new URL("../../../../spec/openapi.yaml", import.meta.url);
const HEADERS = [
  "AppKeyHeader",
  "NonceHeader",
  "CurTimeHeader",
  "CheckSumHeader",
  "TraceIdHeader",
].map((name) => ({ $ref: `#/components/parameters/${name}` }));
const envelope = (data?: unknown) => ({
  description: "The envelope.",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["code", "msg"],
        properties: {
          code: { $ref: "#/components/schemas/ResultCode" },
          msg: { $ref: "#/components/schemas/ResultMsg" },
          ...(data === undefined ? {} : { data }),
        },
        additionalProperties: true,
      },
    },
  },
});
const int64 = { type: "integer", format: "int64" };
const common = (operationId: string, idempotent: boolean) => ({
  operationId,
  tags: ["Message"],
  "x-sdk-service": "Message",
  "x-sdk-method": operationId,
  "x-rate-limit-category": "single-call",
  "x-idempotent": idempotent,
  summary: `${operationId} (测试)`,
  description: "A fixture operation [inferred].",
});

/**
 * Three operations the pilot spec did not have, shaped as the spec conventions say: a GET with an
 * int64 path id, a bounded comma-joined array query and int64 in the answer; a DELETE with a
 * body; a PATCH without one that is not idempotent.
 */
export const FIXTURE_PATHS = {
  "/im/v2/fixture/things/{thing_id}": {
    get: {
      ...common("getFixtureThing", true),
      parameters: [
        ...HEADERS,
        { name: "thing_id", in: "path", required: true, schema: { ...int64, minimum: 1 } },
        {
          name: "account_ids",
          in: "query",
          required: true,
          style: "form",
          explode: false,
          schema: {
            type: "array",
            items: { $ref: "#/components/schemas/AccountId" },
            minItems: 1,
            maxItems: 3,
          },
        },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
      ],
      responses: {
        "200": envelope({
          type: "object",
          properties: {
            thing_id: int64,
            owner_ids: { type: "array", items: int64 },
            name: { type: "string" },
          },
        }),
      },
    },
    delete: {
      ...common("deleteFixtureThing", true),
      parameters: [...HEADERS, { name: "thing_id", in: "path", required: true, schema: int64 }],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["reason"],
              properties: { reason: { type: "string", maxLength: 10 }, related_id: int64 },
              additionalProperties: false,
            },
          },
        },
      },
      responses: { "200": envelope() },
    },
    patch: {
      ...common("renameFixtureThing", false),
      parameters: [
        ...HEADERS,
        { name: "thing_id", in: "path", required: true, schema: int64 },
        { name: "name", in: "query", required: true, schema: { type: "string", maxLength: 8 } },
      ],
      responses: { "200": envelope({ type: "object", properties: { token: { type: "string" } } }) },
    },
  },
};

/** The repository's spec with `paths` added (as YAML text, for the generator). */
export async function specWith(paths: object): Promise<string> {
  const spec = parse(await readFile(specFile, "utf8"));
  spec.paths = { ...spec.paths, ...paths };
  return stringify(spec);
}

/** The generated facts of the fixture operations, as `OPERATIONS` would hold them. */
export async function fixtureOperations(): Promise<Record<string, OperationFacts>> {
  const spec = parse(await specWith(FIXTURE_PATHS));
  return Object.fromEntries(
    collectOperations(spec)
      .filter((operation) => operation.operationId.includes("Fixture"))
      .map((operation) => [operation.operationId, runtimeFacts(operation) as OperationFacts]),
  );
}

import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { render } from "../../../scripts/generate.mjs";
import { FIXTURE_PATHS, specWith } from "./support/fixture-operations.js";

/** The fixture spec with `edit` applied to its parsed document. */
async function edited(edit: (spec: Spec) => void): Promise<string> {
  const spec = parse(await specWith(FIXTURE_PATHS)) as Spec;
  edit(spec);
  return stringify(spec);
}
type Spec = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const THING = "/im/v2/fixture/things/{thing_id}";

describe("pnpm generate, per operation", () => {
  it("emits every paths × methods operation, with its facts, types and a method declaration", async () => {
    const files = await render(await specWith(FIXTURE_PATHS));
    const operations = files["operations.ts"] ?? "";
    const types = files["operation-types.ts"] ?? "";

    for (const id of [
      "sendBatchMessages",
      "getFixtureThing",
      "deleteFixtureThing",
      "renameFixtureThing",
    ]) {
      expect(operations).toContain(`  ${id}: {`);
      expect(types).toMatch(new RegExp(`\\n  ${id}\\(input`));
    }
    expect(types).toContain('getFixtureThing(input: OperationInput<"getFixtureThing">');
    expect(types).toContain("* getFixtureThing (测试)");
    expect(types).toContain(
      "`GET /im/v2/fixture/things/{thing_id}` · rate-limit category `single-call`",
    );
  });

  it("emits each shared schema once, without descriptions", async () => {
    const contract = (await render(await specWith(FIXTURE_PATHS)))["contract.ts"] ?? "";
    expect(contract.match(/\n {2}"AccountId": \{/g)).toHaveLength(1);
    const schemas = contract.slice(contract.indexOf("export const SCHEMAS"));
    // Annotations are strings and lists; a property may be named "description" (a link card has one).
    expect(schemas).not.toMatch(/"description": "/);
    expect(schemas).not.toMatch(/"examples": \[/);
  });

  it("refuses an operation without an operationId, naming its method and path", async () => {
    const text = await edited((spec) => {
      delete spec.paths[THING]?.get?.operationId;
    });
    await expect(render(text)).rejects.toThrow(
      `GET ${THING}: every operation needs a camelCase operationId`,
    );
  });

  it("refuses a duplicate operationId", async () => {
    const text = await edited((spec) => {
      (spec.paths[THING]?.patch as Record<string, unknown>).operationId = "getFixtureThing";
    });
    await expect(render(text)).rejects.toThrow(
      `PATCH ${THING}: operationId getFixtureThing is also GET ${THING}'s`,
    );
  });

  it("refuses a JSON Schema keyword the validator does not implement", async () => {
    const text = await edited((spec) => {
      (spec.components.schemas.AccountId as Record<string, unknown>).uniqueItems = true;
    });
    await expect(render(text)).rejects.toThrow(
      'components.schemas.AccountId: JSON Schema keyword "uniqueItems" is not implemented',
    );
  });

  it("refuses a $ref cycle, spelling it", async () => {
    const text = await edited((spec) => {
      spec.components.schemas.LoopA = {
        type: "object",
        properties: { b: { $ref: "#/components/schemas/LoopB" } },
      };
      spec.components.schemas.LoopB = {
        type: "object",
        properties: { a: { $ref: "#/components/schemas/LoopA" } },
      };
    });
    await expect(render(text)).rejects.toThrow(
      "$ref cycle in components.schemas: LoopA → LoopB → LoopA",
    );
  });

  it("refuses a missing or unknown x-rate-limit-category and a non-boolean x-idempotent", async () => {
    const noCategory = await edited((spec) => {
      delete spec.paths[THING]?.get?.["x-rate-limit-category"];
    });
    const badIdempotent = await edited((spec) => {
      (spec.paths[THING]?.delete as Record<string, unknown>)["x-idempotent"] = "yes";
    });
    await expect(render(noCategory)).rejects.toThrow(
      `GET ${THING} (getFixtureThing): x-rate-limit-category must be one of single-call, batch-send, broadcast`,
    );
    await expect(render(badIdempotent)).rejects.toThrow(
      `DELETE ${THING} (deleteFixtureThing): x-idempotent must be true or false, got "yes"`,
    );
  });

  it("gives a batch-send operation its receivers field, and refuses one whose body has no single bounded list", async () => {
    const files = await render(await specWith(FIXTURE_PATHS));
    expect(files["operations.ts"]).toMatch(
      /sendBatchMessages: \{[\s\S]*?"batch": \{\n\s*"receivers": "receiver_ids"\n\s*\}/,
    );
    const text = await edited((spec) => {
      (spec.paths[THING]?.delete as Record<string, unknown>)["x-rate-limit-category"] =
        "batch-send";
    });
    await expect(render(text)).rejects.toThrow(
      `DELETE ${THING} (deleteFixtureThing): a batch-send operation's body needs exactly one array property with maxItems (its receivers), found 0`,
    );
  });

  it("refuses a key that is int64 in one place of a request body and a string in another", async () => {
    const text = await edited((spec) => {
      type Body = { properties: Record<string, unknown> };
      const operation = spec.paths[THING]?.delete as {
        requestBody: { content: { "application/json": { schema: Body } } };
      };
      const body = operation.requestBody.content["application/json"].schema;
      body.properties.nested = {
        type: "object",
        properties: { related_id: { type: "string" } },
      };
    });
    await expect(render(text)).rejects.toThrow(
      '"related_id" is int64 in one place and string in another',
    );
  });
});

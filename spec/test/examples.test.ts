import { describe, expect, it } from "vitest";
import { loadSpec, resolveRef } from "./load-spec.js";
import { schemaCompiler } from "./operations.js";

const spec = loadSpec();
const operation = spec.paths["/im/v2/conversations/messages"].post;

const compileSchema = schemaCompiler(spec);
const compile = (ref: string) => compileSchema({ $ref: ref });

function examplesOf(media: {
  schema: { $ref: string };
  examples: Record<string, { $ref: string }>;
}) {
  return Object.entries(media.examples).map(([name, example]) => ({
    name,
    schemaRef: media.schema.$ref,
    value: resolveRef(spec, example.$ref).value,
  }));
}

const requestExamples = examplesOf(operation.requestBody.content["application/json"]);
const responseExamples = examplesOf(operation.responses["200"].content["application/json"]);

// Every example of every operation is checked against its schema in operations.test.ts; these
// are the batch-send operation's own requirements on its examples.
describe("the batch-send examples", () => {
  it("cover every message type with a request example", () => {
    const types = new Set(requestExamples.map((example) => example.value.message.message_type));
    expect([...types].sort((a, b) => a - b)).toEqual(spec.components.schemas.MessageType.enum);
  });

  it("include the success, partial success, 414 and 500 answers", () => {
    const codes = responseExamples.map((example) => example.value.code);
    expect(codes).toEqual(expect.arrayContaining([200, 414, 500]));
    const partial = responseExamples.find((example) => example.value.data?.failed_list?.length);
    expect(partial?.value.data.failed_list.flatMap(Object.keys)).toEqual(
      expect.arrayContaining(["account_id", "receiver_id"]),
    );
  });
});

describe("the spec's rules", () => {
  const validateRequest = compile("#/components/schemas/SendBatchRequest");
  const valid = resolveRef(spec, "#/components/examples/TextRequest").value;
  const withMessage = (message: object) => ({ ...valid, message });

  it.each([
    ["no receivers", { ...valid, receiver_ids: [] }],
    ["101 receivers", { ...valid, receiver_ids: Array.from({ length: 101 }, (_, i) => `u${i}`) }],
    ["a text of 5001 characters", withMessage({ message_type: 0, text: "x".repeat(5001) })],
    ["a tip without text", withMessage({ message_type: 10 })],
    ["an image without attachment", withMessage({ message_type: 1, text: "cat" })],
    [
      "a search text of 501 characters on a file",
      withMessage({ message_type: 6, text: "x".repeat(501), attachment: { url: "u" } }),
    ],
    ["sub_type 0", withMessage({ message_type: 0, text: "hi", sub_type: 0 })],
    ["an unknown message type", withMessage({ message_type: 5, text: "hi" })],
    [
      "a push_payload of 2049 characters",
      { ...valid, push_config: { push_payload: "x".repeat(2049) } },
    ],
    ["a misspelt message_config key", { ...valid, message_config: { multi_sync_enabled: true } }],
  ])("reject %s", (_name, body) => {
    expect(validateRequest(body)).toBe(false);
  });

  it.each([
    ["a text of 5000 characters", withMessage({ message_type: 0, text: "x".repeat(5000) })],
    ["100 receivers", { ...valid, receiver_ids: Array.from({ length: 100 }, (_, i) => `u${i}`) }],
    [
      "a text message with an attachment",
      withMessage({ message_type: 0, text: "hi", attachment: { a: 1 } }),
    ],
    [
      "an image with v1 keys w and h",
      withMessage({ message_type: 1, attachment: { url: "u", w: 1, h: 2 } }),
    ],
  ])("accept %s", (_name, body) => {
    expect(validateRequest(body), JSON.stringify(validateRequest.errors)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  assertValidSendBatchRequest,
  SEND_BATCH_MAX_RECEIVERS,
  type ValidationIssue,
  YunxinValidationError,
} from "../src/index.js";

const valid = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};

function issuesOf(body: unknown): ValidationIssue[] {
  try {
    assertValidSendBatchRequest(body);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(YunxinValidationError);
    return [...(error as YunxinValidationError).issues];
  }
}

const receivers = (count: number) => Array.from({ length: count }, (_, index) => `user${index}`);

describe("assertValidSendBatchRequest", () => {
  it("accepts the smallest valid text message and a text message carrying an attachment", () => {
    expect(issuesOf(valid)).toEqual([]);
    expect(issuesOf({ ...valid, message: { ...valid.message, attachment: { url: "u" } } })).toEqual(
      [],
    );
  });

  it.each([
    ["no receivers", { ...valid, receiver_ids: [] }, "receiver_ids", "minItems", 1],
    [
      "one receiver over the spec's maxItems",
      { ...valid, receiver_ids: receivers(SEND_BATCH_MAX_RECEIVERS + 1) },
      "receiver_ids",
      "maxItems",
      SEND_BATCH_MAX_RECEIVERS,
    ],
    ["an empty receiver id", { ...valid, receiver_ids: [""] }, "receiver_ids[0]", "minLength", 1],
    [
      "a receiver id of 33 characters",
      { ...valid, receiver_ids: ["a".repeat(33)] },
      "receiver_ids[0]",
      "maxLength",
      32,
    ],
    [
      "an upper-case receiver id",
      { ...valid, receiver_ids: ["bob", "Alice"] },
      "receiver_ids[1]",
      "pattern",
      "^[a-z0-9_@.-]*$",
    ],
    [
      "a receiver id with a space",
      { ...valid, receiver_ids: ["bob smith"] },
      "receiver_ids[0]",
      "pattern",
      "^[a-z0-9_@.-]*$",
    ],
    [
      "an upper-case sender id",
      { ...valid, sender_id: "Admin" },
      "sender_id",
      "pattern",
      "^[a-z0-9_@.-]*$",
    ],
    [
      "a text of 5001 characters",
      { ...valid, message: { message_type: 0, text: "好".repeat(5001) } },
      "message.text",
      "maxLength",
      5000,
    ],
    [
      "a tip of 5001 characters",
      { ...valid, message: { message_type: 10, text: "x".repeat(5001) } },
      "message.text",
      "maxLength",
      5000,
    ],
    [
      "a search text of 501 characters on an image",
      { ...valid, message: { message_type: 1, text: "x".repeat(501), attachment: { url: "u" } } },
      "message.text",
      "maxLength",
      500,
    ],
    [
      "sub_type 0",
      { ...valid, message: { ...valid.message, sub_type: 0 } },
      "message.sub_type",
      "exclusiveMinimum",
      0,
    ],
    [
      "a push_content of 501 characters",
      { ...valid, push_config: { push_content: "x".repeat(501) } },
      "push_config.push_content",
      "maxLength",
      500,
    ],
    [
      "a push_payload of 2049 characters",
      { ...valid, push_config: { push_payload: "x".repeat(2049) } },
      "push_config.push_payload",
      "maxLength",
      2048,
    ],
    [
      "a push_forcepush_content of 501 characters",
      { ...valid, push_config: { push_forcepush_content: "x".repeat(501) } },
      "push_config.push_forcepush_content",
      "maxLength",
      500,
    ],
  ])("names the field and the limit for %s", (_name, body, path, keyword, limit) => {
    expect(issuesOf(body)).toEqual([expect.objectContaining({ path, keyword, limit })]);
  });

  it("accepts every character an account id may have, up to 32 of them", () => {
    const ids = ["a", "user_1@example.com", "x-y.z", "0".repeat(32)];
    expect(issuesOf({ ...valid, sender_id: "a.b-c_d@e", receiver_ids: ids })).toEqual([]);
  });

  it("says in words what an account id may contain, and which id broke it", () => {
    const [issue] = issuesOf({ ...valid, receiver_ids: ["Alice"] });
    expect(issue?.message).toBe(
      'receiver_ids[0] must be lower-case letters, digits, `_`, `@`, `.` and `-` only (pattern ^[a-z0-9_@.-]*$), got "Alice"',
    );
  });

  it("counts characters, not UTF-16 units: 5000 emoji are a valid text", () => {
    expect(issuesOf({ ...valid, message: { message_type: 0, text: "😀".repeat(5000) } })).toEqual(
      [],
    );
  });

  it("requires text on text and tip messages and attachment on every other type", () => {
    expect(issuesOf({ ...valid, message: { message_type: 10 } })).toEqual([
      expect.objectContaining({ path: "message.text", keyword: "required" }),
    ]);
    for (const message_type of [1, 2, 3, 4, 6, 100]) {
      expect(issuesOf({ ...valid, message: { message_type, text: "caption" } })).toEqual([
        expect.objectContaining({ path: "message.attachment", keyword: "required" }),
      ]);
    }
  });

  it("names the allowed message types for an unknown one", () => {
    const [issue] = issuesOf({ ...valid, message: { message_type: 5, text: "x" } });
    expect(issue?.path).toBe("message.message_type");
    expect(issue?.message).toBe(
      "message.message_type must be one of 0, 1, 2, 3, 4, 6, 10, 100, got number 5",
    );
  });

  it("requires sender_id, receiver_ids and message", () => {
    expect(issuesOf({}).map((issue) => issue.path)).toEqual([
      "sender_id",
      "receiver_ids",
      "message",
    ]);
  });

  it("rejects a receiver_ids that is not an array and a misspelt field", () => {
    expect(issuesOf({ ...valid, receiver_ids: "bob" })).toEqual([
      expect.objectContaining({ path: "receiver_ids", keyword: "type" }),
    ]);
    expect(issuesOf({ ...valid, message_config: { multi_sync_enabled: false } })).toEqual([
      expect.objectContaining({
        path: "message_config.multi_sync_enabled",
        keyword: "additionalProperties",
      }),
    ]);
  });

  it("rejects a field named like an Object.prototype member as unknown, not as a known one", () => {
    const body = JSON.parse(
      '{"sender_id":"alice","receiver_ids":["bob"],"message":{"message_type":0,"text":"hi"},"constructor":1,"toString":"x"}',
    );
    expect(issuesOf(body)).toEqual([
      expect.objectContaining({ path: "constructor", keyword: "additionalProperties" }),
      expect.objectContaining({ path: "toString", keyword: "additionalProperties" }),
    ]);
  });

  it("accepts null for the optional strings the seed sends as null", () => {
    const body = {
      ...valid,
      push_config: { push_payload: null },
      antispam_config: { antispam_extension: null, antispam_cheating: null },
    };
    expect(issuesOf(body)).toEqual([]);
  });

  it("requires a location's coordinates and keeps them in range", () => {
    const location = (attachment: object) => ({
      ...valid,
      message: { message_type: 4, attachment },
    });
    expect(issuesOf(location({ lng: 120.1, lat: 30.2 }))).toEqual([]);
    expect(issuesOf(location({ lng: 181, lat: 30.2 }))).toEqual([
      expect.objectContaining({ path: "message.attachment.lng", keyword: "maximum", limit: 180 }),
    ]);
  });
});

describe("assertValidSendBatchMessage (everything but the receivers)", () => {
  it("accepts a valid message without receivers, and refuses a bad one naming the field", async () => {
    const { assertValidSendBatchMessage } = await import("../src/index.js");
    const message = { sender_id: "alice", message: { message_type: 0 as const, text: "hi" } };
    expect(() => assertValidSendBatchMessage(message)).not.toThrow();

    const tooLong = { ...message, message: { message_type: 0 as const, text: "x".repeat(5001) } };
    expect(() => assertValidSendBatchMessage(tooLong)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: "message.text", keyword: "maxLength", location: "body" }),
        ],
      }),
    );
  });
});

describe("int64 values (type integer, format int64)", () => {
  const schema = { type: "integer", format: "int64", minimum: 1 } as const;

  it("takes exact decimal strings in the int64 range, and safe integers", async () => {
    const { validateAgainst } = await import("../src/index.js");
    for (const value of ["1", "9007199254740993", "9223372036854775807", 42]) {
      expect(validateAgainst(schema, value, "id")).toEqual([]);
    }
  });

  it("refuses other strings, values outside int64, unsafe numbers and values under the minimum", async () => {
    const { validateAgainst } = await import("../src/index.js");
    for (const value of ["9223372036854775808", "01", "1.0", "", " 1", 2 ** 53 + 2, "abc"]) {
      expect(validateAgainst(schema, value, "id")[0], String(value)).toMatchObject({
        keyword: "type",
      });
    }
    expect(validateAgainst(schema, "0", "id")[0]).toMatchObject({ keyword: "minimum", limit: 1 });
    expect(validateAgainst(schema, "-9223372036854775808", "id")[0]).toMatchObject({
      keyword: "minimum",
    });
  });
});

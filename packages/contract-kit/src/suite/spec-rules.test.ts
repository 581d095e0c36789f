import { createHash } from "node:crypto";
import {
  type ImageMessage,
  type SendBatchRequest,
  type ValidationIssue,
  YunxinValidationError,
} from "@yunxin-im/core";
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  contractClient,
  type PrismViolation,
  postRaw,
  type RawAnswer,
  removeHeader,
  withReceivers,
} from "./support/client.js";
import { messageTypes, requestExample, requestExamples } from "./support/spec.js";

// The limits of the contract this suite holds the spec to. They are written out, not read from
// the spec, so that a spec that quietly changes one of them fails here.
const MAX_RECEIVERS = 100;
const MAX_TEXT_LENGTH = 5000;

/** Prism's 422 names the field: `location` is e.g. `["body", "receiver_ids"]`. */
function expectPrismRejects(
  answer: RawAnswer,
  location: string[],
  code: string,
  mentions?: string,
) {
  expect(answer.status, `Prism answered ${JSON.stringify(answer.body)}`).toBe(422);
  expect(answer.violations).toContainEqual(
    expect.objectContaining<Partial<PrismViolation>>({
      location,
      code,
      ...(mentions ? { message: expect.stringContaining(mentions) } : {}),
    }),
  );
}

/** Prism takes the request; on failure the message lists Prism's violations. */
function expectPrismAccepts(answer: RawAnswer) {
  expect(answer.status, `Prism's violations: ${JSON.stringify(answer.violations)}`).toBe(200);
}

/** The client's own validation refuses `body`, naming the field and limit, and sends nothing. */
async function expectClientRefuses(body: unknown, issue: Partial<ValidationIssue>) {
  const { client, exchanges } = contractClient();
  const refusal = client.sendBatch(body as SendBatchRequest);
  await expect(refusal).rejects.toBeInstanceOf(YunxinValidationError);
  const error = (await refusal.catch((caught: unknown) => caught)) as YunxinValidationError;
  expect(error.issues).toContainEqual(expect.objectContaining(issue));
  expect(error.attempts).toBe(0);
  expect(exchanges).toEqual([]);
}

/** Prism's opinion on `body`, bypassing the client's validation (the signer still runs). */
function prismSays(body: unknown, middleware: Middleware[] = []): Promise<RawAnswer> {
  const { client } = contractClient({ middleware, validate: false });
  return postRaw(client, body);
}

const text = requestExample("text");

describe("receiver_ids holds 1 to 100 accounts", () => {
  // SendBatchRequest types receiver_ids as string[]: a length is not a type, so only the
  // client's validation and Prism can catch it.
  it("Prism accepts 100 receivers and rejects 101 with 422", async () => {
    expectPrismAccepts(await prismSays(withReceivers(text, MAX_RECEIVERS)));
    expectPrismRejects(
      await prismSays(withReceivers(text, MAX_RECEIVERS + 1)),
      ["body", "receiver_ids"],
      "maxItems",
    );
  });

  it("Prism rejects 0 receivers with 422", async () => {
    expectPrismRejects(
      await prismSays(withReceivers(text, 0)),
      ["body", "receiver_ids"],
      "minItems",
    );
  });

  it("the client refuses 0 and 101 receivers without sending anything", async () => {
    await expectClientRefuses(withReceivers(text, 0), {
      path: "receiver_ids",
      keyword: "minItems",
      limit: 1,
    });
    await expectClientRefuses(withReceivers(text, MAX_RECEIVERS + 1), {
      path: "receiver_ids",
      keyword: "maxItems",
      limit: MAX_RECEIVERS,
    });
  });
});

describe("the text of a text or tip message is at most 5000 characters", () => {
  // The types say string; a length is not a type.
  const bodies = (["text", "tip"] as const).map((name) => [name, requestExample(name)] as const);
  const withText = (body: SendBatchRequest, length: number): SendBatchRequest => ({
    ...body,
    message: { ...body.message, text: "字".repeat(length) } as SendBatchRequest["message"],
  });

  it.each(bodies)(
    "Prism accepts a 5000-character %s message and rejects 5001 characters with 422",
    async (_, body) => {
      expectPrismAccepts(await prismSays(withText(body, MAX_TEXT_LENGTH)));
      expectPrismRejects(
        await prismSays(withText(body, MAX_TEXT_LENGTH + 1)),
        ["body", "message", "text"],
        "maxLength",
      );
    },
  );

  it.each(bodies)(
    "the client refuses a 5001-character %s message without sending anything",
    async (_, body) => {
      await expectClientRefuses(withText(body, MAX_TEXT_LENGTH + 1), {
        path: "message.text",
        keyword: "maxLength",
        limit: MAX_TEXT_LENGTH,
      });
    },
  );
});

describe("sub_type is above 0", () => {
  // The types say number; a range is not a type.
  const withSubTypeZero = { ...text, message: { ...text.message, sub_type: 0 } };

  it("Prism rejects sub_type 0 with 422", async () => {
    expectPrismRejects(
      await prismSays(withSubTypeZero),
      ["body", "message", "sub_type"],
      "exclusiveMinimum",
    );
  });

  it("the client refuses sub_type 0 without sending anything", async () => {
    await expectClientRefuses(withSubTypeZero, {
      path: "message.sub_type",
      keyword: "exclusiveMinimum",
      limit: 0,
    });
  });
});

describe("sender_id is required", () => {
  const { sender_id: _sender, ...withoutSender } = text;

  it("Prism rejects a request without sender_id with 422", async () => {
    expectPrismRejects(await prismSays(withoutSender), ["body"], "required", "sender_id");
  });

  it("the client refuses it without sending anything, and its types reject it at compile time", async () => {
    // @ts-expect-error sender_id is a required property of SendBatchRequest
    const untyped: SendBatchRequest = withoutSender;
    await expectClientRefuses(untyped, { path: "sender_id", keyword: "required" });
  });
});

describe("a non-text message needs an attachment", () => {
  const withoutAttachment = [...requestExamples()]
    .filter(([, body]) => body.message.message_type !== 0 && body.message.message_type !== 10)
    .map(([name, body]) => {
      const { attachment: _attachment, ...message } = body.message;
      return [name, { ...body, message }] as const;
    });

  it("covers every non-text message type of the spec", () => {
    const byNumber = (a: number, b: number) => a - b;
    expect(withoutAttachment.map(([, body]) => body.message.message_type).sort(byNumber)).toEqual(
      messageTypes()
        .filter((type) => type !== 0 && type !== 10)
        .sort(byNumber),
    );
  });

  it.each(withoutAttachment)(
    "Prism rejects a %s message without attachment with 422",
    async (_, body) => {
      expectPrismRejects(await prismSays(body), ["body", "message"], "required", "attachment");
    },
  );

  it.each(withoutAttachment)(
    "the client refuses a %s message without attachment without sending anything",
    async (_, body) => {
      await expectClientRefuses(body, { path: "message.attachment", keyword: "required" });
    },
  );

  it("the client's types reject a non-text message without attachment at compile time", async () => {
    // @ts-expect-error attachment is a required property of ImageMessage
    const image: ImageMessage = { message_type: 1, text: "a photo" };
    await expectClientRefuses(
      { ...text, message: image },
      { path: "message.attachment", keyword: "required" },
    );
  });
});

describe("every request is signed", () => {
  // The headers are typed as optional strings (the signer sets them): formats are not types.
  const signed = (name: string, rewrite: (value: string) => string): Middleware => ({
    onRequest({ request }) {
      request.headers.set(name, rewrite(request.headers.get(name) ?? ""));
      return request;
    },
  });

  it.each(["AppKey", "Nonce", "CurTime", "CheckSum"])(
    "Prism answers 401 when the %s header is missing",
    async (header) => {
      const { client, exchanges } = contractClient({ middleware: [removeHeader(header)] });
      const answer = await postRaw(client, text);
      expect(answer.status).toBe(401);
      expect(exchanges[0]?.request.headers.has(header)).toBe(false);
    },
  );

  it.each([
    ["a SHA-256 digest", (value: string) => createHash("sha256").update(value).digest("hex")],
    ["a base64 digest", (value: string) => Buffer.from(value, "hex").toString("base64")],
  ])("Prism rejects a CheckSum that is %s with 422", async (_, rewrite) => {
    expectPrismRejects(
      await prismSays(text, [signed("CheckSum", rewrite)]),
      ["header", "checksum"],
      "pattern",
    );
  });

  it.each([
    ["milliseconds", (value: string) => `${value}000`],
    ["an ISO date", (value: string) => new Date(Number(value) * 1000).toISOString()],
  ])("Prism rejects a CurTime in %s with 422", async (_, rewrite) => {
    expectPrismRejects(
      await prismSays(text, [signed("CurTime", rewrite)]),
      ["header", "curtime"],
      "pattern",
    );
  });
});

import type { Message, SendBatchRequest } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/usage-error.js";
import { validateRequests } from "../src/validate-request.js";

const text = (value: string) => ({ message_type: 0, text: value }) as Message;
const body = (sender: string | undefined, message: Message) =>
  ({ sender_id: sender, message }) as Omit<SendBatchRequest, "receiver_ids">;

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("validateRequests", () => {
  it("accepts a valid text message to many receivers", () => {
    const receivers = Array.from({ length: 250 }, (_, index) => `user${index}`);
    expect(() => validateRequests(body("alice", text("Hello")), receivers)).not.toThrow();
  });

  it("refuses no receivers and names the ways to give them", () => {
    expect(refusal(() => validateRequests(body("alice", text("Hello")), []))).toBe(
      "no receivers: pass --to <id>, --to-file <path>, or pipe ids on stdin",
    );
  });

  it("refuses a text over 5000 characters with the spec's limit and the flag", () => {
    expect(refusal(() => validateRequests(body("alice", text("x".repeat(5001))), ["bob"]))).toBe(
      "message.text must be at most 5000 characters, got 5001 (--text); nothing was sent",
    );
  });

  it("refuses a non-text message without an attachment", () => {
    const image = { message_type: 1 } as Message;
    expect(refusal(() => validateRequests(body("alice", image), ["bob"]))).toMatch(
      /^message\.attachment is required in ImageMessage \(--attachment\)/,
    );
  });

  it("refuses a missing sender with the flag that gives it", () => {
    expect(refusal(() => validateRequests(body(undefined, text("Hello")), ["bob"]))).toMatch(
      /^sender_id is required.* \(--from\)/,
    );
  });

  it("refuses a sub type that is not above zero", () => {
    const message = { message_type: 0, text: "Hi", sub_type: 0 } as Message;
    expect(refusal(() => validateRequests(body("alice", message), ["bob"]))).toMatch(
      /^message\.sub_type must be > 0, got 0 \(--sub-type\)/,
    );
  });

  it("refuses an unknown message_type with the known numbers", () => {
    const message = { message_type: 7, text: "Hi" } as unknown as Message;
    expect(refusal(() => validateRequests(body("alice", message), ["bob"]))).toMatch(
      /^message\.message_type must be one of 0, 1, 2, 3, 4, 6, 10, 100, got number 7 \(--type\)/,
    );
  });

  it("names --body for a field that came from the file, and the flag for one a flag set", () => {
    const fromFile = {
      sender_id: "shop",
      message: { message_type: 0, text: "Hi" },
      push_config: { push_content: "x".repeat(501) },
    } as unknown as Omit<SendBatchRequest, "receiver_ids">;
    expect(
      refusal(() => validateRequests(fromFile, ["bob"], { bodySource: "--body body.json" })),
    ).toMatch(
      /^push_config\.push_content must be at most 500 characters, got 501 \(--body body\.json\)/,
    );

    const overridden = body("alice", text("x".repeat(5001)));
    const sources = {
      bodySource: "--body body.json",
      flagOf: new Map([["message.text", "--text"]]),
    };
    expect(refusal(() => validateRequests(overridden, ["bob"], sources))).toMatch(
      /^message\.text must be at most 5000 characters, got 5001 \(--text\)/,
    );
  });

  it("names the flag that can give a field missing from both --body and the flags", () => {
    const noSender = { message: { message_type: 0, text: "Hi" } } as unknown as Omit<
      SendBatchRequest,
      "receiver_ids"
    >;
    expect(
      refusal(() => validateRequests(noSender, ["bob"], { bodySource: "--body body.json" })),
    ).toMatch(/^sender_id is required.* \(--from\)/);
  });

  it("refuses a field the spec does not know, from --body", () => {
    const unknown = {
      sender_id: "shop",
      message: { message_type: 0, text: "Hi" },
      push_confg: {},
    } as unknown as Omit<SendBatchRequest, "receiver_ids">;
    expect(
      refusal(() => validateRequests(unknown, ["bob"], { bodySource: "--body body.json" })),
    ).toMatch(/push_confg.*\(--body body\.json\)/);
  });
});

import type { NotificationOutcome, ReceiverOutcome } from "@yunxin-im/fanout";
import { describe, expect, it } from "vitest";
import { countOutcomes, decodeOutcomes, encodeOutcomes } from "../src/stored-outcomes.js";

const outcomes: ReceiverOutcome[] = [
  {
    status: "sent",
    receiverId: "bob",
    messageServerId: "9007199254740993123",
    traceId: "t-1",
    attempts: 2,
  },
  {
    status: "failed",
    receiverId: "carol",
    errorCode: 10404,
    errorMsg: "account does not exist",
    traceId: "t-1",
    attempts: 1,
    maybeDelivered: false,
  },
  {
    status: "failed",
    receiverId: "dave",
    errorMsg: "timed out",
    attempts: 2,
    maybeDelivered: true,
  },
  { status: "not_attempted", receiverId: "erin", reason: "cancelled" },
];

describe("stored outcomes", () => {
  it("come back as the fan-out's shapes, message ids exact", () => {
    expect(decodeOutcomes(encodeOutcomes(outcomes))).toEqual(outcomes);
  });

  it("keep a custom notification's sent outcome without a message id, as the fan-out reports it", () => {
    const notified: NotificationOutcome[] = [
      { status: "sent", receiverId: "bob", traceId: "t-2", attempts: 1 },
      { status: "not_attempted", receiverId: "erin", reason: "cancelled" },
    ];
    expect(decodeOutcomes(encodeOutcomes(notified))).toEqual(notified);
    expect(decodeOutcomes(encodeOutcomes(notified))[0]).not.toHaveProperty("messageServerId");
  });

  it("keep no error object, only what describes it", () => {
    const withError: ReceiverOutcome = {
      ...(outcomes[2] as ReceiverOutcome),
      error: new Error("boom"),
    } as ReceiverOutcome;
    expect(encodeOutcomes([withError])).not.toContain("boom");
  });

  it("are counted by status", () => {
    expect(countOutcomes(outcomes)).toEqual({ sent: 1, failed: 2, notAttempted: 1 });
  });
});

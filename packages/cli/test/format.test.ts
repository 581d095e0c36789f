import { describe, expect, it } from "vitest";
import { formatOutcome, formatSummary, outcomeRecord } from "../src/format.js";

describe("formatOutcome", () => {
  it("shows a sent receiver with its message id", () => {
    expect(
      formatOutcome({
        status: "sent",
        receiverId: "bob",
        messageServerId: "9897543190303",
        traceId: "t",
        attempts: 1,
      }),
    ).toBe("✓ bob  message 9897543190303");
  });

  it("shows a refused receiver with its code and reason", () => {
    expect(
      formatOutcome({
        status: "failed",
        receiverId: "ghost1",
        errorCode: 102404,
        errorMsg: "account not exist",
        attempts: 1,
        maybeDelivered: false,
      }),
    ).toBe("✗ ghost1  102404 account not exist");
  });

  it("warns when a failed receiver may have been delivered, once", () => {
    const timedOut = {
      status: "failed",
      receiverId: "carol",
      errorMsg: "No answer within 10000 ms",
      attempts: 3,
      maybeDelivered: true,
    } as const;
    expect(formatOutcome(timedOut)).toBe(
      "✗ carol  No answer within 10000 ms (may have been delivered: check before resending)",
    );
    const unreported = { ...timedOut, errorMsg: "unreported: …, so it may have been delivered" };
    expect(formatOutcome(unreported)).toBe("✗ carol  unreported: …, so it may have been delivered");
  });

  it("shows a receiver that was not attempted with the reason", () => {
    expect(formatOutcome({ status: "not_attempted", receiverId: "dave", reason: "aborted" })).toBe(
      "- dave  not attempted: aborted",
    );
  });
});

describe("formatSummary", () => {
  it("counts each status, the calls and the time", () => {
    const summary = {
      sent: 248,
      failed: 1,
      notAttempted: 1,
      calls: 3,
      rateLimited: 0,
      durationMs: 1530,
      aborted: false,
    };
    expect(formatSummary(summary)).toBe("sent 248 · failed 1 · not attempted 1 (3 calls, 1.5 s)");
    expect(formatSummary({ ...summary, calls: 1 })).toContain("(1 call, 1.5 s)");
    expect(formatSummary({ ...summary, calls: 4, rateLimited: 1 })).toContain(
      "(4 calls, 1 answered 416, 1.5 s)",
    );
  });
});

describe("outcomeRecord", () => {
  it("keeps the call's error object out of the JSON record", () => {
    const record = outcomeRecord({
      status: "failed",
      receiverId: "bob",
      errorCode: 414,
      errorMsg: "parameter error",
      traceId: "t1",
      attempts: 1,
      maybeDelivered: false,
      error: new Error("parameter error") as never,
    });
    expect(record).toEqual({
      status: "failed",
      receiverId: "bob",
      errorCode: 414,
      errorMsg: "parameter error",
      maybeDelivered: false,
      traceId: "t1",
      attempts: 1,
    });
  });
});

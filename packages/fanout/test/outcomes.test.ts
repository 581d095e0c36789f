import {
  type SendBatchResult,
  YunxinApiError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import {
  mayHaveDelivered,
  outcomesOfError,
  outcomesOfResult,
  UNREPORTED_MESSAGE,
} from "../src/outcomes.js";

function result(partial: Partial<SendBatchResult>): SendBatchResult {
  return {
    traceId: "trace-1",
    attempts: 1,
    baseUrl: "http://stub.test",
    sent: [],
    failed: [],
    unreported: [],
    unmatched: [],
    response: { code: 200, msg: "success", data: {} } as SendBatchResult["response"],
    ...partial,
  };
}

const sentItem = (receiverId: string, messageServerId: string) => ({
  receiverId,
  messageServerId,
  item: { receiver_id: receiverId, message_server_id: messageServerId },
});
const failedItem = (receiverId: string, errorCode: number, errorMsg: string) => ({
  receiverId,
  errorCode,
  errorMsg,
  item: { account_id: receiverId, error_code: errorCode, error_msg: errorMsg },
});

describe("outcomesOfResult", () => {
  it("reports a receiver in success_list sent, with its exact message id and the call's trace id", () => {
    const outcomes = outcomesOfResult(
      ["alice"],
      result({ sent: [sentItem("alice", "158844553334358020")] as SendBatchResult["sent"] }),
      2,
    );
    expect(outcomes).toEqual([
      {
        status: "sent",
        receiverId: "alice",
        messageServerId: "158844553334358020",
        traceId: "trace-1",
        attempts: 2,
      },
    ]);
  });

  it("reports a receiver in failed_list failed, not delivered, with the item's code and message", () => {
    const outcomes = outcomesOfResult(
      ["bob"],
      result({
        failed: [failedItem("bob", 102404, "account not found")] as SendBatchResult["failed"],
      }),
      1,
    );
    expect(outcomes).toEqual([
      {
        status: "failed",
        receiverId: "bob",
        errorCode: 102404,
        errorMsg: "account not found",
        traceId: "trace-1",
        attempts: 1,
        maybeDelivered: false,
      },
    ]);
  });

  it("reports a receiver in neither list failed as unreported and maybe delivered", () => {
    const [outcome] = outcomesOfResult(["carol"], result({ unreported: ["carol"] }), 1);
    expect(outcome).toMatchObject({
      status: "failed",
      receiverId: "carol",
      errorMsg: UNREPORTED_MESSAGE,
      maybeDelivered: true,
    });
    expect(UNREPORTED_MESSAGE).toMatch(/^unreported/);
  });

  it("gives each requested receiver exactly one outcome, in the chunk's order, whatever the lists hold", () => {
    const outcomes = outcomesOfResult(
      ["a", "b", "c"],
      result({
        sent: [sentItem("c", "3"), sentItem("stranger", "9"), sentItem("a", "1")],
        failed: [failedItem("a", 500, "odd"), failedItem("", 102404, "no receiver key")],
      } as Partial<SendBatchResult>),
      1,
    );
    expect(outcomes.map((outcome) => [outcome.receiverId, outcome.status])).toEqual([
      ["a", "sent"],
      ["b", "failed"],
      ["c", "sent"],
    ]);
  });
});

describe("outcomesOfError", () => {
  const context = { traceId: "trace-9", attempts: 1 };

  it("fails every receiver of a refused call with the envelope code, not delivered", () => {
    const error = new YunxinApiError(414, "parameter error", context);
    const outcomes = outcomesOfError(["a", "b"], error, 1, false);
    expect(outcomes).toEqual(
      ["a", "b"].map((receiverId) => ({
        status: "failed",
        receiverId,
        errorCode: 414,
        errorMsg: "parameter error",
        traceId: "trace-9",
        attempts: 1,
        error,
        maybeDelivered: false,
      })),
    );
  });

  it("fails the receivers of a call that timed out as maybe delivered, with the error's message", () => {
    const error = new YunxinTimeoutError(5000, { traceId: "trace-9", attempts: 3 });
    const [outcome] = outcomesOfError(["a"], error, 3, false);
    expect(outcome).toMatchObject({
      status: "failed",
      errorMsg: error.message,
      traceId: "trace-9",
      attempts: 3,
      maybeDelivered: true,
    });
    expect(outcome).not.toHaveProperty("errorCode");
  });

  it("keeps the maybe-delivered mark of an earlier send of the same chunk", () => {
    const error = new YunxinApiError(414, "parameter error", context);
    expect(outcomesOfError(["a"], error, 4, true)[0]).toMatchObject({ maybeDelivered: true });
  });

  it("wraps an error that is not a YunxinError, keeping it as the cause", () => {
    const cause = new Error("middleware broke");
    const [outcome] = outcomesOfError(["a"], cause, 1, false);
    expect(outcome).toMatchObject({ status: "failed", maybeDelivered: true });
    expect(outcome?.status === "failed" && outcome.error?.cause).toBe(cause);
    expect(outcome?.status === "failed" && outcome.errorMsg).toContain("middleware broke");
  });
});

describe("mayHaveDelivered", () => {
  const first = { traceId: "t", attempts: 1 };
  const retried = { traceId: "t", attempts: 2 };

  it("rules delivery out only for answers that prove the call was refused on its first attempt", () => {
    expect(mayHaveDelivered(new YunxinApiError(414, "bad", first))).toBe(false);
    expect(mayHaveDelivered(new YunxinRateLimitError("slow down", 60_000, first))).toBe(false);
    expect(mayHaveDelivered(new YunxinHttpError(404, "not found", first))).toBe(false);
    expect(mayHaveDelivered(new YunxinValidationError([]))).toBe(false);
  });

  it("cannot rule delivery out after a retry: an earlier attempt may have reached the server", () => {
    expect(mayHaveDelivered(new YunxinApiError(414, "bad", retried))).toBe(true);
    expect(mayHaveDelivered(new YunxinRateLimitError("slow down", 60_000, retried))).toBe(true);
  });

  it("cannot rule delivery out for broken connections, timeouts, unreadable answers and 5xx", () => {
    expect(mayHaveDelivered(new YunxinConnectionError(first))).toBe(true);
    expect(mayHaveDelivered(new YunxinTimeoutError(5000, first))).toBe(true);
    expect(mayHaveDelivered(new YunxinInvalidResponseError("bad json", "{", first))).toBe(true);
    expect(mayHaveDelivered(new YunxinHttpError(502, "<html>", first))).toBe(true);
  });

  it("takes a 431 duplicate-request answer as a sign the trace id was delivered before", () => {
    expect(mayHaveDelivered(new YunxinApiError(431, "duplicate request", first))).toBe(true);
  });
});

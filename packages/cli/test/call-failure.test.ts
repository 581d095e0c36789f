import {
  YunxinApiError,
  YunxinConnectionError,
  type YunxinError,
  YunxinHttpError,
  YunxinTimeoutError,
} from "@yunxin-im/core";
import type { FailedOutcome } from "@yunxin-im/fanout";
import { describe, expect, it } from "vitest";
import {
  callFailureOf,
  callFailureRecord,
  describeCause,
  formatCallFailure,
  hintFor,
} from "../src/call-failure.js";

function outcomes(error: YunxinError, receivers: string[], maybeDelivered: boolean) {
  return receivers.map((receiverId): FailedOutcome & { error: YunxinError } => ({
    status: "failed",
    receiverId,
    ...(error instanceof YunxinApiError ? { errorCode: error.code } : {}),
    errorMsg: error instanceof YunxinApiError ? error.msg : error.message,
    traceId: "trace-1",
    attempts: error.attempts,
    error,
    maybeDelivered,
  }));
}

const refused = () =>
  new YunxinConnectionError({
    traceId: "trace-1",
    attempts: 3,
    cause: new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
        code: "ECONNREFUSED",
      }),
    }),
  });

const evidence = (neverReached: boolean) => ({
  neverReachedServer: () => neverReached,
  hostsOf: () => ["127.0.0.1:9"],
});

describe("callFailureOf", () => {
  it("says not delivered when every attempt of the call provably never reached a server", () => {
    const failure = callFailureOf(outcomes(refused(), ["bob", "carol"], true), evidence(true));
    expect(failure).toMatchObject({ receiverIds: ["bob", "carol"], maybeDelivered: false });
  });

  it("keeps may-have-been-delivered when an attempt may have reached a server", () => {
    expect(callFailureOf(outcomes(refused(), ["bob"], true), evidence(false)).maybeDelivered).toBe(
      true,
    );
    expect(callFailureOf(outcomes(refused(), ["bob"], true), undefined).maybeDelivered).toBe(true);
  });
});

describe("the cause and the hint of a failed call", () => {
  it("names a refused connection and its host, and says what to check", () => {
    const failure = callFailureOf(outcomes(refused(), ["bob"], true), evidence(true));
    expect(describeCause(failure, ["127.0.0.1:9"])).toBe(
      "connection refused (127.0.0.1:9): ECONNREFUSED",
    );
    expect(hintFor(failure)).toMatch(/^nothing accepts connections there: check --base-url/);
  });

  it("points a 414 at the credentials and the clock", () => {
    const failure = callFailureOf(
      outcomes(
        new YunxinApiError(414, "parameter error", { traceId: "trace-1", attempts: 1 }),
        ["bob"],
        false,
      ),
      undefined,
    );
    expect(hintFor(failure)).toMatch(
      /YUNXIN_APP_KEY and YUNXIN_APP_SECRET, and this machine's clock/,
    );
    expect(formatCallFailure(failure)).toBe(
      `✗ call failed for 1 receiver (bob): 414 parameter error · trace id trace-1 · not delivered · hint: ${hintFor(failure)}`,
    );
  });

  it("warns that a timed-out call may have been delivered", () => {
    const failure = callFailureOf(
      outcomes(new YunxinTimeoutError(10_000, { traceId: "trace-1", attempts: 3 }), ["bob"], true),
      evidence(false),
    );
    expect(formatCallFailure(failure)).toMatch(
      /^✗ call failed for 1 receiver \(bob\): no answer within 10000 ms · trace id trace-1 · may have been delivered: check before resending · hint: raise --timeout/,
    );
  });

  it("gives no hint where none is known, and lists every receiver in the record", () => {
    const failure = callFailureOf(
      outcomes(
        new YunxinApiError(102_999, "odd", { traceId: "trace-1", attempts: 1 }),
        ["a", "b", "c", "d"],
        false,
      ),
      undefined,
    );
    expect(hintFor(failure)).toBeUndefined();
    expect(formatCallFailure(failure)).toBe(
      "✗ call failed for 4 receivers (a, b, c and 1 more): 102999 odd · trace id trace-1 · not delivered",
    );
    expect(callFailureRecord(failure)).toEqual({
      status: "call_failed",
      receivers: 4,
      receiverIds: ["a", "b", "c", "d"],
      errorCode: 102_999,
      errorMsg: "odd",
      cause: "102999 odd",
      error: "YunxinApiError",
      maybeDelivered: false,
      traceId: "trace-1",
      attempts: 1,
    });
  });

  it("tells a proxy's HTTP error from the API's answer", () => {
    const failure = callFailureOf(
      outcomes(
        new YunxinHttpError(502, "bad gateway", { traceId: "trace-1", attempts: 3 }),
        ["bob"],
        true,
      ),
      undefined,
    );
    expect(describeCause(failure)).toBe("HTTP 502 from the server");
    expect(hintFor(failure)).toBe("the server or a proxy in front of it failed; try again later");
  });
});

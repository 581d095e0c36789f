import type { SendBatchRequest, YunxinClient, YunxinError } from "@yunxin-im/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type FanoutOptions,
  type FanoutProgress,
  type FanoutRun,
  type FanoutSummary,
  type NotificationOutcome,
  RATE_PLANS,
  type RatePlan,
  type ReceiverOutcome,
  sendToMany,
} from "../src/index.js";

declare const client: YunxinClient;
const message = { sender_id: "admin", message: { message_type: 0, text: "hi" } } as const;

describe("the public API", () => {
  it("names the four plans and their limits", () => {
    expectTypeOf<RatePlan>().toEqualTypeOf<"standard" | "advanced" | "flagship" | "dedicated">();
    expectTypeOf(RATE_PLANS.flagship.callsPerMinute).toEqualTypeOf<number>();
    expectTypeOf(RATE_PLANS.flagship.maxCallsPerMinute).toEqualTypeOf<number>();
  });

  it("returns a run that is an async iterable of outcomes with a summary", () => {
    const run = sendToMany({ client, message, receivers: ["a"] });
    expectTypeOf(run).toEqualTypeOf<FanoutRun>();
    expectTypeOf(run).toMatchTypeOf<AsyncIterable<ReceiverOutcome>>();
    expectTypeOf(run.summary()).toEqualTypeOf<Promise<FanoutSummary>>();
  });

  it("types a custom notification run by its operation: its body, and sent outcomes without a message id", () => {
    const run = sendToMany({
      client,
      operation: "sendBatchCustomNotification",
      message: { sender_id: "system", content: "{}" },
      receivers: ["a"],
    });
    expectTypeOf(run).toEqualTypeOf<FanoutRun<NotificationOutcome>>();
    // @ts-expect-error a custom notification has `content`, not a message
    sendToMany({ client, operation: "sendBatchCustomNotification", message, receivers: ["a"] });
  });

  it("takes receivers from an array, an iterable or an async iterable", () => {
    async function* fromDatabase() {
      yield "a";
    }
    sendToMany({ client, message, receivers: new Set(["a"]) });
    sendToMany({ client, message, receivers: fromDatabase() });
    // @ts-expect-error receiver ids are strings
    sendToMany({ client, message, receivers: [1, 2] });
  });

  it("takes the body without receiver_ids as the message", () => {
    expectTypeOf<FanoutOptions["message"]>().toEqualTypeOf<
      Omit<SendBatchRequest, "receiver_ids">
    >();
    // @ts-expect-error the receivers come from `receivers`
    sendToMany({ client, message: { ...message, receiver_ids: ["a"] }, receivers: ["a"] });
  });

  it("takes a plan name, a custom rate or false as the rate limit", () => {
    expectTypeOf<FanoutOptions["rateLimit"]>().toEqualTypeOf<
      RatePlan | { callsPerMinute: number } | false | undefined
    >();
    // @ts-expect-error not a plan
    sendToMany({ client, message, receivers: ["a"], rateLimit: "gold" });
  });

  it("narrows an outcome by its status", () => {
    const outcome = {} as ReceiverOutcome;
    if (outcome.status === "sent") {
      expectTypeOf(outcome.messageServerId).toEqualTypeOf<string>();
      expectTypeOf(outcome.traceId).toEqualTypeOf<string>();
      expectTypeOf(outcome.attempts).toEqualTypeOf<number>();
    } else if (outcome.status === "failed") {
      expectTypeOf(outcome.errorCode).toEqualTypeOf<number | undefined>();
      expectTypeOf(outcome.errorMsg).toEqualTypeOf<string>();
      expectTypeOf(outcome.traceId).toEqualTypeOf<string | undefined>();
      expectTypeOf(outcome.error).toEqualTypeOf<YunxinError | undefined>();
      expectTypeOf(outcome.maybeDelivered).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(outcome.status).toEqualTypeOf<"not_attempted">();
      expectTypeOf(outcome.reason).toEqualTypeOf<string>();
    }
  });

  it("reports progress and a summary with the agreed fields", () => {
    expectTypeOf<FanoutProgress>().toEqualTypeOf<{
      sent: number;
      failed: number;
      notAttempted: number;
      done: number;
      remaining?: number;
      callsPerMinute: number;
      inFlight: number;
    }>();
    expectTypeOf<FanoutSummary>().toEqualTypeOf<{
      sent: number;
      failed: number;
      notAttempted: number;
      calls: number;
      rateLimited: number;
      durationMs: number;
      aborted: boolean;
    }>();
  });
});

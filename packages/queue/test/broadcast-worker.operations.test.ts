import { YunxinValidationError } from "@yunxin-im/core";
import { BATCH_OPERATIONS } from "@yunxin-im/fanout";
import { describe, expect, it } from "vitest";
import {
  collect,
  expectEveryReceiverNotified,
  receiverIds,
} from "../../fanout/test/support/accounting.js";
import { chunkTraceId } from "../src/index.js";
import { message, signedClient, testQueue, testWorker, untilFinished } from "./support/fixtures.js";
import { testPrefix } from "./support/redis-keys.js";
import { type SignedStub, signedStubsPerTest } from "./support/signed-stub.js";
import { busiestWindow } from "./support/windows.js";

const NOTIFICATION_PATH = "/im/v2/custom_notification/batch";
const MESSAGES_PATH = "/im/v2/conversations/messages";
const notification = { sender_id: "system", content: '{"kind":"order_shipped"}' };

const stub = signedStubsPerTest();

describe("a broadcast of batch custom notifications", () => {
  it("is queued in chunks of the spec's 500 receivers and records the spec it was checked against", async () => {
    const { queue } = testQueue();
    const { status } = await queue.enqueue({
      broadcastId: "notify-chunks",
      operation: "sendBatchCustomNotification",
      message: notification,
      receivers: receiverIds(1200),
    });
    expect(BATCH_OPERATIONS.sendBatchCustomNotification.maxReceivers).toBe(500);
    expect(status).toMatchObject({
      operation: "sendBatchCustomNotification",
      receivers: 1200,
      chunks: 3,
    });
    expect(status.spec?.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(status.spec?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is refused with nothing queued when its body breaks the notification's schema, naming the operation and field", async () => {
    const { queue } = testQueue();
    const enqueue = queue.enqueue({
      broadcastId: "notify-bad",
      operation: "sendBatchCustomNotification",
      message: { sender_id: "system" } as typeof notification,
      receivers: ["alice"],
    });
    await expect(enqueue).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(enqueue).rejects.toThrow(/sendBatchCustomNotification.*content/);
    await expect(queue.status("notify-bad")).rejects.toThrow(/No broadcast/);
  });

  it("sends each chunk to the notification's path and records each receiver sent without a message id, or failed with its code", async () => {
    const { server } = await stub({
      refuse: (receiverId) =>
        receiverId === "user-7" ? { code: 102404, msg: "account not exist" } : undefined,
    });
    const { queue, prefix } = testQueue();
    await testWorker({ client: signedClient(server.url), prefix });
    const receivers = receiverIds(1100);
    await queue.enqueue({
      broadcastId: "notify-run",
      operation: "sendBatchCustomNotification",
      message: notification,
      receivers,
    });
    const status = await untilFinished(queue, "notify-run");
    expect(status).toMatchObject({ state: "completed", sent: 1099, failed: 1, calls: 3 });
    expect(server.requests.map((request) => request.path)).toEqual(
      Array(3).fill(NOTIFICATION_PATH),
    );

    const outcomes = await collect(
      queue.outcomes("notify-run", { operation: "sendBatchCustomNotification" }),
    );
    expectEveryReceiverNotified(receivers, outcomes, server);
    expect(outcomes[0]).toEqual({
      status: "sent",
      receiverId: "user-1",
      traceId: chunkTraceId("notify-run", 0, 0),
      attempts: 1,
    });
    expect(outcomes.find((outcome) => outcome.receiverId === "user-7")).toMatchObject({
      status: "failed",
      errorCode: 102404,
      errorMsg: "account not exist",
      maybeDelivered: false,
    });
    // Read as message outcomes, they would lack the message id their type promises.
    await expect(collect(queue.outcomes("notify-run"))).rejects.toThrow(
      /sendBatchCustomNotification broadcast.*operation: "sendBatchCustomNotification"/,
    );
  });
});

describe("broadcasts of both batch operations of one app", () => {
  /** Two queues of one app, two workers each: message broadcasts in one, notifications in the other. */
  async function twoQueues(server: SignedStub["server"], rate: number, blockMs = 300) {
    const prefix = testPrefix();
    const messages = testQueue({ prefix, queueName: "{yq-messages}" }).queue;
    const notifications = testQueue({ prefix, queueName: "{yq-notifications}" }).queue;
    for (const queueName of ["{yq-messages}", "{yq-notifications}"]) {
      for (const _ of [1, 2]) {
        await testWorker({
          client: signedClient(server.url, blockMs),
          prefix,
          queueName,
          concurrency: 2,
          rateLimit: { callsPerMinute: rate },
          windowMs: 1000,
        });
      }
    }
    return { messages, notifications };
  }

  it("stay together within the app's batch-send limit in every sliding window, on any number of workers and queues", async () => {
    const limit = 20;
    const { server } = await stub();
    const { messages, notifications } = await twoQueues(server, limit);
    const messageReceivers = receiverIds(2000, "m-");
    const notificationReceivers = receiverIds(10_000, "n-");
    await Promise.all([
      messages.enqueue({ broadcastId: "both-m", message, receivers: messageReceivers }),
      notifications.enqueue({
        broadcastId: "both-n",
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers: notificationReceivers,
      }),
    ]);
    const [m, n] = await Promise.all([
      untilFinished(messages, "both-m"),
      untilFinished(notifications, "both-n"),
    ]);
    expect(m).toMatchObject({ state: "completed", sent: 2000, calls: 20 });
    expect(n).toMatchObject({ state: "completed", sent: 10_000, calls: 20 });

    const at = (path: string) =>
      server.requests.filter((request) => request.path === path).map((request) => request.at);
    const messageTimes = at(MESSAGES_PATH);
    const notificationTimes = at(NOTIFICATION_PATH);
    // The two broadcasts ran at the same time, each alone within the limit…
    expect(Math.min(...notificationTimes)).toBeLessThan(Math.max(...messageTimes));
    expect(Math.min(...messageTimes)).toBeLessThan(Math.max(...notificationTimes));
    // …and together too: one limit for the category, not one per operation or queue.
    expect(busiestWindow([...messageTimes, ...notificationTimes], 1000)).toBeLessThanOrEqual(limit);
  });

  it("are all held for the block when a call of one operation gets a 416", async () => {
    const blockMs = 1500;
    let refusedOnce = false;
    const { server } = await stub({
      fault: (request) => {
        if (request.path !== NOTIFICATION_PATH || refusedOnce || request.index < 5)
          return undefined;
        refusedOnce = true;
        return { kind: "envelope", code: 416, msg: "rate limited" };
      },
    });
    const { messages, notifications } = await twoQueues(server, 60, blockMs);
    await Promise.all([
      messages.enqueue({ broadcastId: "block-m", message, receivers: receiverIds(3000, "m-") }),
      notifications.enqueue({
        broadcastId: "block-n",
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers: receiverIds(5000, "n-"),
      }),
    ]);
    const [m, n] = await Promise.all([
      untilFinished(messages, "block-m"),
      untilFinished(notifications, "block-n"),
    ]);
    expect(m).toMatchObject({ state: "completed", sent: 3000, rateLimited: 0 });
    expect(n).toMatchObject({ state: "completed", sent: 5000, rateLimited: 1 });

    const refused = server.requests.find(
      (request) => request.path === NOTIFICATION_PATH && request.index >= 5,
    );
    const refusedAt = refused?.at ?? 0;
    const during = server.requests.filter(
      (request) => request.at > refusedAt && request.at < refusedAt + blockMs,
    );
    // Only calls already on their way when the 416 came (at most the 8 the four workers can
    // have in flight) arrive during the block, of either operation.
    expect(during.length).toBeLessThanOrEqual(8);
    const messagesAfter = server.requests.filter(
      (request) => request.path === MESSAGES_PATH && request.at >= refusedAt + blockMs - 20,
    );
    expect(messagesAfter.length).toBeGreaterThan(0);
  });
});

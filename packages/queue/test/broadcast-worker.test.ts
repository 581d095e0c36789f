import { Queue } from "bullmq";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  collect,
  expectEveryReceiverAccountedFor,
  receiverIds,
} from "../../fanout/test/support/accounting.js";
import { chunkTraceId, DEFAULT_QUEUE_NAME } from "../src/index.js";
import { message, signedClient, testQueue, testWorker, untilFinished } from "./support/fixtures.js";
import { signedStubsPerTest } from "./support/signed-stub.js";

const stub = signedStubsPerTest();

describe("startBroadcastWorker", () => {
  it("sends every chunk under the trace id of its broadcast and index, and records each receiver's exact message id", async () => {
    const { server } = await stub();
    const { queue, prefix } = testQueue();
    await testWorker({ client: signedClient(server.url), prefix });
    const receivers = receiverIds(420);
    await queue.enqueue({ broadcastId: "plain", message, receivers });
    const status = await untilFinished(queue, "plain");
    expect(status).toMatchObject({
      state: "completed",
      finished: true,
      sent: 420,
      done: 420,
      calls: 5,
    });
    expect(status?.callsPerMinute).toBeGreaterThan(0);

    const outcomes = await collect(queue.outcomes("plain"));
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    expect(outcomes[0]).toEqual({
      status: "sent",
      receiverId: "user-1",
      messageServerId: server.messageIdOf("user-1"),
      traceId: chunkTraceId("plain", 0, 0),
      attempts: 1,
    });
    expect(
      outcomes.map((outcome) => outcome.status === "sent" && outcome.messageServerId),
    ).toContain("158844553334358020");
    const traceIds = new Set(server.requests.map((request) => request.traceId));
    expect(traceIds).toEqual(
      new Set([0, 1, 2, 3, 4].map((index) => chunkTraceId("plain", index, 0))),
    );
  });

  it("holds every worker of the app for the block after a 416, then sends the refused chunk again under a fresh trace id", async () => {
    const blockMs = 1500;
    const { server } = await stub({
      fault: (request) =>
        request.index === 3 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
    });
    const { queue, prefix } = testQueue();
    for (const _ of [1, 2]) {
      await testWorker({ client: signedClient(server.url, blockMs), prefix, concurrency: 2 });
    }
    const receivers = receiverIds(3000);
    await queue.enqueue({ broadcastId: "blocked", message, receivers });
    const status = await untilFinished(queue, "blocked");
    expect(status).toMatchObject({ state: "completed", sent: 3000, rateLimited: 1, calls: 31 });
    expectEveryReceiverAccountedFor(receivers, await collect(queue.outcomes("blocked")), server);

    const refused = server.requests[2];
    // Unpaused, two workers at 600 calls a second would send the other 27 chunks during the
    // block. Only calls already on their way when the 416 came (at most the 4 the two workers
    // can have in flight) may arrive in it, however slow the machine.
    const during = server.requests.filter(
      (request) => request.at > (refused?.at ?? 0) && request.at < (refused?.at ?? 0) + blockMs,
    );
    expect(during.length).toBeLessThanOrEqual(4);
    // The refused call proved nothing was delivered: its re-send takes the next generation's id,
    // and goes only after the block.
    const index = [...Array(30).keys()].find(
      (chunk) => chunkTraceId("blocked", chunk, 0) === refused?.traceId,
    ) as number;
    const resend = server.requests.find(
      (request) => request.traceId === chunkTraceId("blocked", index, 1),
    );
    expect(resend?.at).toBeGreaterThanOrEqual((refused?.at ?? 0) + blockMs - 20);
  });

  it("stops sending a cancelled broadcast: receivers not yet sent become not_attempted, the rest keep their outcome", async () => {
    const { server } = await stub();
    const { queue, prefix } = testQueue();
    await testWorker({
      client: signedClient(server.url),
      prefix,
      rateLimit: { callsPerMinute: 4 },
      windowMs: 1000,
    });
    const receivers = receiverIds(1500);
    await queue.enqueue({ broadcastId: "cancelled", message, receivers });
    await server.received(2);
    await queue.cancel("cancelled");
    const status = await untilFinished(queue, "cancelled");
    expect(status).toMatchObject({ state: "cancelled", finished: true, done: 1500 });
    expect(status?.sent).toBe(server.stats.deliveries);
    expect(status?.notAttempted).toBeGreaterThanOrEqual(1000);

    const outcomes = await collect(queue.outcomes("cancelled"));
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    const reasons = new Set(
      outcomes.flatMap((outcome) => (outcome.status === "not_attempted" ? [outcome.reason] : [])),
    );
    expect(reasons).toEqual(new Set(["cancelled"]));
  });

  it("closes gracefully: the call in flight finishes and is recorded, a chunk waiting for the rate limit goes back to the queue", async () => {
    const { server } = await stub({
      fault: (request) => (request.index === 1 ? { kind: "delay", ms: 800 } : undefined),
    });
    const { queue, prefix, url } = testQueue();
    const worker = await testWorker({
      client: signedClient(server.url),
      prefix,
      concurrency: 2,
      rateLimit: { callsPerMinute: 1 },
      windowMs: 5000,
    });
    await queue.enqueue({ broadcastId: "closing", message, receivers: receiverIds(200) });
    await server.received(1);
    await worker.close();

    const status = await queue.status("closing");
    expect(status).toMatchObject({ chunksDone: 1, sent: 100, calls: 1 });
    expect(server.stats.requests).toBe(1);
    const bull = new Queue(DEFAULT_QUEUE_NAME, { connection: { url }, prefix });
    onTestFinished(() => bull.close());
    const counts = await bull.getJobCounts("active", "waiting", "delayed");
    expect(counts.active).toBe(0);
    expect((counts.waiting ?? 0) + (counts.delayed ?? 0)).toBe(1);
  });
});

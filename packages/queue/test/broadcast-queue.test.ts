import { YunxinValidationError } from "@yunxin-im/core";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { describe, expect, it, onTestFinished } from "vitest";
import { collect, receiverIds } from "../../fanout/test/support/accounting.js";
import { BroadcastNotFoundError, DEFAULT_QUEUE_NAME } from "../src/index.js";
import { fromAsync, message, testQueue } from "./support/fixtures.js";
import { keysUnder } from "./support/redis-keys.js";

function bullQueue(url: string, prefix: string): Queue {
  const queue = new Queue(DEFAULT_QUEUE_NAME, { connection: { url }, prefix });
  onTestFinished(() => queue.close());
  return queue;
}

function plainRedis(url: string): Redis {
  const redis = new Redis(url);
  onTestFinished(() => redis.disconnect());
  return redis;
}

/** No broadcast key and no job (BullMQ's own queue metadata may exist). */
async function expectNothingQueued(url: string, prefix: string): Promise<void> {
  const keys = await keysUnder(plainRedis(url), prefix);
  expect(keys.filter((key) => key.includes(":bc:"))).toEqual([]);
  const counts = await bullQueue(url, prefix).getJobCounts();
  expect(Object.values(counts).every((count) => count === 0)).toBe(true);
}

describe("enqueue", () => {
  it("queues one job per chunk of at most 100 receivers, with ids from the broadcast id and chunk index", async () => {
    const { queue, prefix, url } = testQueue();
    const result = await queue.enqueue({
      broadcastId: "b-1",
      message,
      receivers: receiverIds(250),
    });
    expect(result).toMatchObject({ broadcastId: "b-1", created: true });
    expect(result.status).toMatchObject({ state: "queued", receivers: 250, chunks: 3, done: 0 });
    const jobs = await bullQueue(url, prefix).getJobs(["waiting"]);
    expect(jobs.map((job) => job.id).sort()).toEqual(["b-1.0", "b-1.1", "b-1.2"]);
    expect(jobs.map((job) => job.data)).toContainEqual({ b: "b-1", i: 2 });
  });

  it("adds nothing when a broadcast with the same id was enqueued before", async () => {
    const { queue, prefix, url } = testQueue();
    await queue.enqueue({ broadcastId: "again", message, receivers: receiverIds(150) });
    const second = await queue.enqueue({
      broadcastId: "again",
      message,
      receivers: receiverIds(900),
    });
    expect(second.created).toBe(false);
    expect(second.status.receivers).toBe(150);
    expect(await bullQueue(url, prefix).getJobCounts("waiting")).toEqual({ waiting: 2 });
  });

  it("completes an enqueue that stopped before all jobs were added, when the same id is enqueued again", async () => {
    const { queue, prefix, url } = testQueue();
    await queue.enqueue({ broadcastId: "interrupted", message, receivers: receiverIds(300) });
    const bull = bullQueue(url, prefix);
    await bull.remove("interrupted.1");
    await bull.remove("interrupted.2");
    const again = await queue.enqueue({ broadcastId: "interrupted", message, receivers: [] });
    expect(again.created).toBe(false);
    const jobs = await bull.getJobs(["waiting"]);
    expect(jobs.map((job) => job.id).sort()).toEqual([
      "interrupted.0",
      "interrupted.1",
      "interrupted.2",
    ]);
  });

  it("takes receivers from an iterable and an async iterable, and generates an id when none is given", async () => {
    const { queue } = testQueue();
    const fromSet = await queue.enqueue({ message, receivers: new Set(receiverIds(101)) });
    const fromStream = await queue.enqueue({ message, receivers: fromAsync(receiverIds(99)) });
    expect(fromSet.broadcastId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fromSet.broadcastId).not.toBe(fromStream.broadcastId);
    expect(fromSet.status).toMatchObject({ receivers: 101, chunks: 2 });
    expect(fromStream.status).toMatchObject({ receivers: 99, chunks: 1 });
  });

  it("refuses a bad message with the client's validation error, before anything is written", async () => {
    const { queue, prefix, url } = testQueue();
    const bad = {
      sender_id: "announcer",
      message: { message_type: 0 as const, text: "x".repeat(5001) },
    };
    const refusal = await queue
      .enqueue({ message: bad, receivers: ["bob"] })
      .catch((error) => error);
    expect(refusal).toBeInstanceOf(YunxinValidationError);
    expect(refusal.issues[0]).toMatchObject({
      path: "message.text",
      keyword: "maxLength",
      limit: 5000,
    });
    await expectNothingQueued(url, prefix);
  });

  it("refuses a bad receiver anywhere in the input and leaves nothing queued", async () => {
    const { queue, prefix, url } = testQueue();
    const receivers = [...receiverIds(450), "", ...receiverIds(10, "late-")];
    const refusal = await queue
      .enqueue({ broadcastId: "bad-input", message, receivers: fromAsync(receivers) })
      .catch((error) => error);
    expect(refusal).toBeInstanceOf(YunxinValidationError);
    expect(refusal.issues[0]).toMatchObject({ path: "receivers[450]", keyword: "minLength" });
    await expectNothingQueued(url, prefix);
    await expect(queue.status("bad-input")).rejects.toBeInstanceOf(BroadcastNotFoundError);
  });

  it("refuses a broadcast id that could not name a job or a key", async () => {
    const { queue } = testQueue();
    await expect(queue.enqueue({ broadcastId: "a:b", message, receivers: ["x"] })).rejects.toThrow(
      /broadcastId must be 1 to 100 characters/,
    );
  });

  it("gives repeated receivers a not_attempted duplicate outcome and sends each once", async () => {
    const { queue } = testQueue();
    const receivers = [...receiverIds(120), ...receiverIds(30)];
    const { broadcastId, status } = await queue.enqueue({ message, receivers });
    expect(status).toMatchObject({ receivers: 150, chunks: 2, notAttempted: 30 });
    const outcomes = await collect(queue.outcomes(broadcastId));
    expect(outcomes).toHaveLength(30);
    expect(outcomes[0]).toEqual({
      status: "not_attempted",
      receiverId: "user-1",
      reason: "duplicate",
    });
  });

  it("keeps a broadcast's keys for the retention only", async () => {
    const { queue, prefix, url } = testQueue({ retentionMs: 60_000 });
    await queue.enqueue({ broadcastId: "short-lived", message, receivers: receiverIds(10) });
    const redis = plainRedis(url);
    const keys = (await keysUnder(redis, prefix)).filter((key) => key.includes("{short-lived}"));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(60_000);
    }
  });
});

describe("cancel", () => {
  it("makes every receiver of a broadcast no worker took yet not_attempted", async () => {
    const { queue } = testQueue();
    const { broadcastId } = await queue.enqueue({ message, receivers: receiverIds(230) });
    const status = await queue.cancel(broadcastId);
    expect(status).toMatchObject({
      state: "cancelled",
      finished: true,
      notAttempted: 230,
      done: 230,
      progress: 1,
    });
    const outcomes = await collect(queue.outcomes(broadcastId));
    expect(outcomes).toHaveLength(230);
    expect(
      new Set(outcomes.map((outcome) => outcome.status === "not_attempted" && outcome.reason)),
    ).toEqual(new Set(["cancelled"]));
  });

  it("says so for an id it does not know", async () => {
    const { queue } = testQueue();
    await expect(queue.cancel("nobody")).rejects.toBeInstanceOf(BroadcastNotFoundError);
  });
});

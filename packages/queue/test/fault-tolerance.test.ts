import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import {
  collect,
  expectEveryReceiverAccountedFor,
  receiverIds,
} from "../../fanout/test/support/accounting.js";
import { createBroadcastQueue } from "../src/index.js";
import { keysUnder, testPrefix } from "./support/redis-keys.js";
import { startRedisServer } from "./support/redis-server.js";
import { startSignedStub, TEST_APP_SECRET } from "./support/signed-stub.js";
import { busiestWindow } from "./support/windows.js";
import { FAULT_RUN, startFaultRunWorkers, stopWorkerProcess } from "./support/worker-processes.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe("three worker processes against a faulty API and a restarting Redis", () => {
  it("give every receiver exactly one outcome, deliver none twice and keep every sliding window at the limit", async () => {
    // Its own Redis, with persistence, since it is restarted mid-run (as a production Redis under BullMQ must keep its data).
    const redisServer = await startRedisServer({ persistent: true });
    cleanups.push(() => redisServer.stop());
    const prefix = testPrefix();

    const { server, badSignatures } = await startSignedStub({
      refuse: (receiverId) =>
        receiverId.endsWith("7") ? { code: 10404, msg: "account does not exist" } : undefined,
      fault: (request) => {
        if (request.index === 8) return { kind: "envelope", code: 416, msg: "rate limited" };
        // Delivered, answered only after the worker that sent it is dead.
        if (request.index === 15) return { kind: "delay", ms: 30_000 };
        if (request.index === 22)
          return { kind: "unreported", receivers: (id) => id.endsWith("3") };
        return undefined;
      },
    });
    cleanups.push(() => server.close());

    const workers = await startFaultRunWorkers(
      { REDIS_URL: redisServer.url, QUEUE_PREFIX: prefix },
      server.url,
    );
    cleanups.push(() => Promise.all(workers.map((worker) => worker.child.kill("SIGKILL"))));

    const queue = createBroadcastQueue({ connection: redisServer.url, prefix });
    cleanups.push(() => queue.close());
    const receivers = receiverIds(6000);
    const { broadcastId } = await queue.enqueue({
      broadcastId: "fault-run",
      message: { sender_id: "announcer", message: { message_type: 0, text: "hello" } },
      receivers,
    });

    // A worker dies with a call in flight: the call reached the API (and delivered) first.
    const killTarget = server.received(15).then(() => {
      const pid = Number(server.requests[14]?.headers["x-test-worker"]);
      const victim = workers.find((worker) => worker.pid === pid);
      victim?.child.kill("SIGKILL");
    });
    // Redis goes away and comes back while the other workers are busy.
    const restart = server.received(30).then(() => redisServer.restart());

    let finished = false;
    for await (const status of queue.watch(broadcastId, { intervalMs: 500 })) {
      finished = status.finished;
    }
    await Promise.all([killTarget, restart]);
    expect(finished).toBe(true);

    const outcomes = await collect(queue.outcomes(broadcastId));
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    const status = await queue.status(broadcastId);
    expect(status).toMatchObject({ state: "completed", receivers: 6000, done: 6000, chunks: 60 });
    expect(status.rateLimited).toBeGreaterThanOrEqual(1);
    expect(
      outcomes.filter((outcome) => outcome.status === "failed" && outcome.errorCode === 10404),
    ).toHaveLength(600);
    expect(outcomes.some((outcome) => outcome.status === "failed" && outcome.maybeDelivered)).toBe(
      true,
    );
    // The chunk of the killed worker ran again under the same trace id: the API answered from its record.
    expect(server.stats.replays).toBeGreaterThanOrEqual(1);
    expect(badSignatures()).toBe(0);

    const arrivals = server.requests.map((request) => request.at);
    expect(busiestWindow(arrivals, FAULT_RUN.windowMs)).toBeLessThanOrEqual(FAULT_RUN.limit);

    // No credential reached Redis: not in job data, not anywhere.
    const redis = new Redis(redisServer.url);
    cleanups.push(async () => redis.disconnect());
    for (const key of await keysUnder(redis, prefix)) {
      const dump = await redis.dump(key);
      expect(dump?.includes(TEST_APP_SECRET) ?? false, key).toBe(false);
    }

    // The survivors stop gracefully on SIGTERM.
    const survivors = workers.filter((worker) => worker.child.signalCode === null);
    expect(survivors).toHaveLength(2);
    expect(await Promise.all(survivors.map(stopWorkerProcess))).toEqual([0, 0]);
  });
});

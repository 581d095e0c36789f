import { afterEach, describe, expect, it } from "vitest";
import {
  collect,
  expectEveryReceiverAccountedFor,
  receiverIds,
} from "../../fanout/test/support/accounting.js";
import { createBroadcastQueue } from "../src/index.js";
import { NO_CLUSTER, startRedisCluster } from "./support/redis-cluster.js";
import { testPrefix } from "./support/redis-keys.js";
import { startSignedStub, TEST_APP_KEY } from "./support/signed-stub.js";
import { busiestWindow } from "./support/windows.js";
import { FAULT_RUN, startFaultRunWorkers, stopWorkerProcess } from "./support/worker-processes.js";

/** The BullMQ keys of the queue share this hash tag, so each BullMQ script runs on one slot. */
const QUEUE_NAME = "{yq-cluster}";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe.skipIf(NO_CLUSTER !== undefined)(
  `three worker processes on a three-master Redis Cluster${NO_CLUSTER ? ` (${NO_CLUSTER})` : ""}`,
  () => {
    it("give every receiver exactly one outcome, deliver none twice and keep every sliding window at the limit while a node restarts", async () => {
      const cluster = await startRedisCluster();
      cleanups.push(() => cluster.stop());
      const prefix = testPrefix();

      // The queue's jobs, the broadcast's record and the app's limiter each on a different master.
      const queueNode = await cluster.nodeOf(`${prefix}:${QUEUE_NAME}:wait`);
      const limiterNode = await cluster.nodeOf(
        `${prefix}:limiter:{${TEST_APP_KEY}}:batch-send:log`,
      );
      let broadcastId = "";
      for (let candidate = 0; broadcastId === ""; candidate++) {
        const node = await cluster.nodeOf(`${prefix}:bc:{cluster-run-${candidate}}:meta`);
        if (node !== queueNode && node !== limiterNode) broadcastId = `cluster-run-${candidate}`;
      }
      const broadcastNode = await cluster.nodeOf(`${prefix}:bc:{${broadcastId}}:meta`);
      const homes = new Set([queueNode, limiterNode, broadcastNode]);

      const { server, badSignatures } = await startSignedStub({
        refuse: (receiverId) =>
          receiverId.endsWith("7") ? { code: 10404, msg: "account does not exist" } : undefined,
        fault: (request) =>
          request.index === 8 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
      });
      cleanups.push(() => server.close());

      const workers = await startFaultRunWorkers(
        {
          REDIS_CLUSTER: cluster.seeds.map(({ host, port }) => `${host}:${port}`).join(","),
          QUEUE_PREFIX: prefix,
          QUEUE_NAME,
        },
        server.url,
      );
      cleanups.push(() => Promise.all(workers.map((worker) => worker.child.kill("SIGKILL"))));

      const queue = createBroadcastQueue({
        connection: { cluster: cluster.seeds },
        prefix,
        queueName: QUEUE_NAME,
      });
      cleanups.push(() => queue.close());
      const receivers = receiverIds(3000);
      await queue.enqueue({
        broadcastId,
        message: { sender_id: "announcer", message: { message_type: 0, text: "hello" } },
        receivers,
      });

      // The node holding the queue's jobs goes away and comes back while the workers are busy.
      const callsBeforeBack = server.received(12).then(async () => {
        await queueNode.restart();
        return server.requests.length;
      });

      let finished = false;
      for await (const status of queue.watch(broadcastId, { intervalMs: 500 })) {
        finished = status.finished;
      }
      expect(finished).toBe(true);
      // The node was back before the broadcast's last call: work went on through its restart.
      expect(await callsBeforeBack).toBeLessThan(server.requests.length);
      expect(homes.size).toBe(3);

      const outcomes = await collect(queue.outcomes(broadcastId));
      expectEveryReceiverAccountedFor(receivers, outcomes, server);
      const status = await queue.status(broadcastId);
      expect(status).toMatchObject({ state: "completed", receivers: 3000, done: 3000, chunks: 30 });
      expect(status.rateLimited).toBeGreaterThanOrEqual(1);
      expect(
        outcomes.filter((outcome) => outcome.status === "failed" && outcome.errorCode === 10404),
      ).toHaveLength(300);
      expect(badSignatures()).toBe(0);
      const arrivals = server.requests.map((request) => request.at);
      expect(busiestWindow(arrivals, FAULT_RUN.windowMs)).toBeLessThanOrEqual(FAULT_RUN.limit);

      // It all ran on the cluster, each tag on its own master.
      expect(await cluster.keysOn(queueNode, `${prefix}:${QUEUE_NAME}:*`)).not.toEqual([]);
      expect(await cluster.keysOn(broadcastNode, `${prefix}:bc:{${broadcastId}}:*`)).toContain(
        `${prefix}:bc:{${broadcastId}}:meta`,
      );
      expect(await cluster.keysOn(limiterNode, `${prefix}:limiter:*`)).not.toEqual([]);

      expect(await Promise.all(workers.map(stopWorkerProcess))).toEqual([0, 0, 0]);
    });
  },
);

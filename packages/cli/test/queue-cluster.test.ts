import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { NO_CLUSTER, startRedisCluster } from "../../queue/test/support/redis-cluster.js";
import {
  startSignedStub,
  TEST_APP_KEY,
  TEST_APP_SECRET,
} from "../../queue/test/support/signed-stub.js";
import { lines, runCli, spawnCli } from "./support/cli.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`).join("\n");

describe.skipIf(NO_CLUSTER !== undefined)(
  `yunxin-im worker, send, notify and status with --cluster${NO_CLUSTER ? ` (${NO_CLUSTER})` : ""}`,
  () => {
    it("queue and send a message and a notification broadcast on a three-master Redis Cluster given as seed nodes", async () => {
      const cluster = await startRedisCluster();
      cleanups.push(() => cluster.stop());
      const stub = await startSignedStub();
      cleanups.push(() => stub.server.close());
      // Two seeds of the three: the worker discovers the third.
      const seeds = cluster.seeds
        .slice(0, 2)
        .map(({ host, port }) => `${host}:${port}`)
        .join(",");
      const where = ["--cluster", "--queue", `redis://${seeds}`, "--queue-name", "{cli-cluster}"];

      const worker = spawnCli(["worker", ...where, "--base-url", stub.server.url], {
        env: { YUNXIN_APP_KEY: TEST_APP_KEY, YUNXIN_APP_SECRET: TEST_APP_SECRET },
      });
      cleanups.push(async () => {
        worker.child.kill("SIGTERM");
        await worker.result;
      });
      await worker.stderrMatches(/worker: sending broadcasts from .* \(Redis Cluster\)/);

      const message = `cli-cluster-m-${randomUUID()}`;
      const notification = `cli-cluster-n-${randomUUID()}`;
      const sent = await runCli(
        [
          "send",
          ...where,
          "--from",
          "announcer",
          "--text",
          "hello",
          "--to-file",
          "-",
          "--broadcast-id",
          message,
        ],
        { stdin: ids(250, "m") },
      );
      expect(sent.code).toBe(0);
      expect(sent.stderr).toContain("--queue-name {cli-cluster} --cluster");
      const notified = await runCli(
        [
          "notify",
          ...where,
          "--from",
          "system",
          "--content",
          '{"kind":"ping"}',
          "--to-file",
          "-",
          "--broadcast-id",
          notification,
        ],
        { stdin: ids(600, "n") },
      );
      expect(notified.code).toBe(0);

      for (const [id, expected] of [
        [message, { operation: "sendBatchMessages", sent: 250, calls: 3 }],
        [notification, { operation: "sendBatchCustomNotification", sent: 600, calls: 2 }],
      ] as const) {
        const watched = await runCli(["status", id, ...where, "--watch", "--json"]);
        expect(watched.code).toBe(0);
        expect(JSON.parse(lines(watched.stdout).at(-1) as string)).toMatchObject({
          ...expected,
          state: "completed",
        });
      }
      expect(stub.badSignatures()).toBe(0);
      worker.child.kill("SIGTERM");
      expect((await worker.result).code).toBe(0);
    });
  },
);

import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkTraceId } from "../../queue/src/trace-id.js";
import { type RedisServer, startRedisServer } from "../../queue/test/support/redis-server.js";
import {
  type SignedStub,
  startSignedStub,
  TEST_APP_KEY,
  TEST_APP_SECRET,
} from "../../queue/test/support/signed-stub.js";
import { lines, runCli, spawnCli } from "./support/cli.js";

// A Redis for these tests: REDIS_URL, or a redis-server of their own. The queue name is this
// run's own, and only the keys of this run are deleted afterwards.
let server: RedisServer | undefined;
let url = "";
const queueName = `cli-test-${randomUUID().slice(0, 8)}`;
const broadcasts: string[] = [];
const credentials = { YUNXIN_APP_KEY: TEST_APP_KEY, YUNXIN_APP_SECRET: TEST_APP_SECRET };

beforeAll(async () => {
  if (process.env.REDIS_URL) url = process.env.REDIS_URL;
  else {
    server = await startRedisServer();
    url = server.url;
  }
});

afterAll(async () => {
  if (server) return server.stop();
  const redis = new Redis(url);
  for (const pattern of [
    `yunxin-im:${queueName}:*`,
    ...broadcasts.map((id) => `yunxin-im:bc:{${id}}:*`),
  ]) {
    const keys = await redis.keys(pattern);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
});

const ids = (count: number) =>
  Array.from({ length: count }, (_, index) => `user-${index + 1}`).join("\n");
const queueFlags = () => ["--queue", url, "--queue-name", queueName];

async function enqueue(count: number, extra: string[] = []) {
  const result = await runCli(
    ["send", ...queueFlags(), "--from", "announcer", "--text", "hello", "--to-file", "-", ...extra],
    { stdin: ids(count) },
  );
  const [id] = lines(result.stdout);
  if (id) broadcasts.push(id);
  return { ...result, id };
}

describe("yunxin-im send --queue", () => {
  it("enqueues the broadcast without credentials and prints its id", async () => {
    const result = await enqueue(250);
    expect(result.code).toBe(0);
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.stderr).toContain("queued 250 receivers in 3 calls");
  });

  it("adds nothing for an id that exists", async () => {
    const id = `cli-${randomUUID()}`;
    await enqueue(10, ["--broadcast-id", id]);
    const again = await enqueue(500, ["--broadcast-id", id]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("exists already");
    const status = await runCli(["status", id, ...queueFlags(), "--json"]);
    expect(JSON.parse(status.stdout)).toMatchObject({ receivers: 10 });
  });

  it("refuses bad input before anything is queued", async () => {
    const result = await runCli([
      "send",
      ...queueFlags(),
      "--from",
      "announcer",
      "--text",
      "x".repeat(5001),
      "--to",
      "bob",
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*message\.text/);
  });

  it("takes the request body of --body, checked against the spec like a send's", async () => {
    const dir = await mkdtemp(join(tmpdir(), "yunxin-im-queue-body-"));
    const good = join(dir, "good.json");
    await writeFile(good, JSON.stringify({ push_config: { push_content: "Maintenance" } }));
    const queued = await enqueue(5, ["--body", good]);
    expect(queued.code).toBe(0);

    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ push_confg: {} }));
    const refused = await runCli([
      "send",
      ...queueFlags(),
      "--from",
      "a",
      "--text",
      "x",
      "--to",
      "b",
      "--body",
      bad,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`push_confg.*\\(--body ${bad}\\)`));
  });

  it("refuses --resume and --dry-run, which are for sending now", async () => {
    for (const flag of [["--resume", "outcomes.jsonl"], ["--dry-run"]]) {
      const result = await runCli([
        "send",
        ...queueFlags(),
        "--from",
        "a",
        "--text",
        "x",
        "--to",
        "b",
        ...flag,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${flag[0]} cannot be combined with --queue`);
    }
  });

  it("refuses the flags that belong to the workers", async () => {
    const result = await runCli([
      "send",
      ...queueFlags(),
      "--from",
      "a",
      "--text",
      "x",
      "--to",
      "b",
      "--region",
      "sg",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--region is for yunxin-im worker");
  });
});

describe("the queue commands' help", () => {
  it("shows --queue, --queue-name and --cluster in notify, send, worker and status", async () => {
    for (const command of ["notify", "send", "worker", "status"]) {
      const { code, stdout } = await runCli([command, "--help"]);
      expect(code).toBe(0);
      for (const flag of ["--queue <redis-url>", "--queue-name <name>", "--cluster"]) {
        expect(stdout, `${command} --help`).toContain(flag);
      }
    }
    const worker = await runCli(["worker", "--help"]);
    expect(worker.stdout).toContain(
      "yunxin-im worker --cluster --queue redis://host:port,host:port",
    );
    expect(worker.stdout).toContain("500 for custom notifications queued with notify");
  });
});

describe("yunxin-im notify --queue", () => {
  const notify = (extra: string[], stdin = ids(600)) =>
    runCli(
      ["notify", ...queueFlags(), "--from", "system", "--content", '{"kind":"ping"}', ...extra],
      { stdin },
    );

  it("enqueues the custom notification without credentials in calls of 500, and prints its id", async () => {
    const id = `cli-notify-${randomUUID()}`;
    broadcasts.push(id);
    const result = await notify(["--to-file", "-", "--broadcast-id", id]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([id]);
    expect(result.stderr).toContain(`queued 600 receivers in 2 calls as broadcast ${id}`);
    const status = await runCli(["status", id, ...queueFlags(), "--json"]);
    expect(JSON.parse(status.stdout)).toMatchObject({
      operation: "sendBatchCustomNotification",
      receivers: 600,
      chunks: 2,
    });
  });

  it("refuses a bad notification, --mock and the flags that belong to the workers, before anything is queued", async () => {
    const bad = await runCli(
      ["notify", ...queueFlags(), "--from", "Not An Account", "--content", "x", "--to", "bob"],
      { stdin: "" },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: sender_id/);
    for (const [flag, said] of [
      [["--region", "sg"], "--region is for yunxin-im worker"],
      [["--concurrency", "2"], "--concurrency is for yunxin-im worker"],
      [["--mock"], "--mock cannot be combined with --queue"],
    ] as const) {
      const result = await notify(["--to", "bob", ...flag]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(said);
      expect(result.stdout).toBe("");
    }
  });
});

describe("yunxin-im worker and status", () => {
  let stub: SignedStub;
  beforeAll(async () => {
    stub = await startSignedStub();
  });
  afterAll(() => stub.server.close());

  it("sends what was queued until SIGTERM, which it survives with exit 0; status follows it to the end", async () => {
    const worker = spawnCli(
      ["worker", ...queueFlags(), "--base-url", stub.server.url, "--calls-per-minute", "120"],
      {
        env: credentials,
      },
    );
    await worker.stderrMatches(/worker: sending broadcasts/);
    const { id } = await enqueue(300);
    const watched = await runCli(["status", id as string, ...queueFlags(), "--watch", "--json"]);
    expect(watched.code).toBe(0);
    const last = JSON.parse(lines(watched.stdout).at(-1) as string);
    expect(last).toMatchObject({ state: "completed", finished: true, sent: 300, done: 300 });
    expect(stub.badSignatures()).toBe(0);

    const human = await runCli(["status", id as string, ...queueFlags()]);
    expect(human.stdout).toContain(`broadcast ${id}: completed (finished)`);
    expect(human.stdout).toContain("sent 300 · failed 0 · not attempted 0");

    worker.child.kill("SIGTERM");
    const stopped = await worker.result;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toContain("worker: stopped");
    expect(stopped.stderr).not.toContain(TEST_APP_SECRET);
    // Five CLI processes, each loading BullMQ: slow on a loaded 2-core machine.
  });

  it("serves Prometheus text on /metrics and Redis reachability on /healthz with --metrics-port", async () => {
    const worker = spawnCli(
      ["worker", ...queueFlags(), "--base-url", stub.server.url, "--metrics-port", "0"],
      { env: credentials },
    );
    let stderr = "";
    worker.child.stderr?.on("data", (chunk: string) => {
      stderr += chunk;
    });
    try {
      await worker.stderrMatches(/worker: metrics on \S+\/metrics/);
      const base = /worker: metrics on (\S+)\/metrics/.exec(stderr)?.[1] as string;
      const { id } = await enqueue(150);
      const watched = await runCli(["status", id as string, ...queueFlags(), "--watch", "--json"]);
      expect(JSON.parse(lines(watched.stdout).at(-1) as string)).toMatchObject({ sent: 150 });

      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      for (const name of [
        "# TYPE http_client_request_duration histogram",
        "yunxin_calls_total{",
        "yunxin_queue_depth{",
        "yunxin_queue_chunks_in_flight{",
      ]) {
        expect(text).toContain(name);
      }
      expect(text).toMatch(
        /^yunxin_queue_receivers_total\{[^}]*yunxin_receiver_outcome="sent"[^}]*\} 150$/m,
      );
      expect(text).not.toContain(TEST_APP_SECRET);
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", redis: "reachable" });
    } finally {
      worker.child.kill("SIGTERM");
    }
    expect((await worker.result).code).toBe(0);
  });

  it("sends a notification queued with notify --queue to the notification path, each receiver sent", async () => {
    const worker = spawnCli(["worker", ...queueFlags(), "--base-url", stub.server.url], {
      env: credentials,
    });
    try {
      await worker.stderrMatches(/worker: sending broadcasts/);
      const id = `cli-notified-${randomUUID()}`;
      broadcasts.push(id);
      const queued = await runCli(
        [
          "notify",
          ...queueFlags(),
          "--from",
          "system",
          "--content",
          '{"kind":"ping"}',
          "--to-file",
          "-",
          "--broadcast-id",
          id,
        ],
        { stdin: ids(700) },
      );
      expect(queued.code).toBe(0);
      const watched = await runCli(["status", id, ...queueFlags(), "--watch", "--json"]);
      expect(JSON.parse(lines(watched.stdout).at(-1) as string)).toMatchObject({
        operation: "sendBatchCustomNotification",
        state: "completed",
        sent: 700,
        calls: 2,
      });
      const calls = stub.server.requests.filter((request) =>
        [0, 1].some((index) => request.traceId === chunkTraceId(id, index, 0)),
      );
      expect(calls.map((request) => request.path)).toEqual(
        Array(2).fill("/im/v2/custom_notification/batch"),
      );
      expect(stub.badSignatures()).toBe(0);
    } finally {
      worker.child.kill("SIGTERM");
    }
    expect((await worker.result).code).toBe(0);
  });

  it("needs the app's credentials", async () => {
    const result = await runCli(["worker", ...queueFlags(), "--base-url", stub.server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("YUNXIN_APP_KEY");
  });

  it("says when a broadcast is unknown", async () => {
    const result = await runCli(["status", "no-such-broadcast", ...queueFlags()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No broadcast");
  });
});

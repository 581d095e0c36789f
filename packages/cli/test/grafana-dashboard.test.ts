import { readFileSync } from "node:fs";
import { PrometheusExporter, PrometheusSerializer } from "@opentelemetry/exporter-prometheus";
import { MeterProvider } from "@opentelemetry/sdk-metrics";
import { createYunxinClient } from "@yunxin-im/core";
import { sendToMany } from "@yunxin-im/fanout";
import { createBroadcastQueue, startBroadcastWorker } from "@yunxin-im/queue";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, startRedisServer } from "../../queue/test/support/redis-server.js";
import {
  startSignedStub,
  TEST_APP_KEY,
  TEST_APP_SECRET,
} from "../../queue/test/support/signed-stub.js";

const DASHBOARD = new URL("../../../dashboards/yunxin-im.grafana.json", import.meta.url);

interface Panel {
  title: string;
  targets?: { expr: string }[];
}

/** The metric names a PromQL expression reads: what is left once labels, functions and variables are gone. */
function metricsOf(expr: string): string[] {
  const bare = expr
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\b(by|without)\s*\([^)]*\)/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\$\w+/g, " ")
    .replace(/"[^"]*"/g, " ");
  const words = bare.match(/[A-Za-z_:][A-Za-z0-9_:]*/g) ?? [];
  const promql = new Set(["sum", "rate", "increase", "histogram_quantile", "vector", "le"]);
  return words.filter((word) => !promql.has(word));
}

let redis: RedisServer | undefined;
let redisUrl = "";
beforeAll(async () => {
  if (process.env.REDIS_URL) redisUrl = process.env.REDIS_URL;
  else {
    redis = await startRedisServer();
    redisUrl = redis.url;
  }
});
afterAll(() => redis?.stop());

/**
 * What a worker's /metrics would hold after the paths the dashboard shows ran: a call retried
 * after a 502 and a 416, a fan-out paused by a 416, and a queue worker's broadcast.
 */
async function emittedMetricNames(): Promise<Set<string>> {
  const { server } = await startSignedStub({
    fault: ({ index }) => {
      if (index === 1) return { kind: "http", status: 502, body: "bad gateway" };
      if (index === 2 || index === 4) return { kind: "envelope", code: 416, msg: "rate limited" };
      return undefined;
    },
  });
  const exporter = new PrometheusExporter({ preventServerStart: true });
  const meterProvider = new MeterProvider({ readers: [exporter] });
  const prefix = `dashboard-${process.pid}`;
  const queue = createBroadcastQueue({ connection: redisUrl, prefix });
  try {
    const client = createYunxinClient({
      baseUrl: server.url,
      sleep: async () => {},
      rateLimitBlockMs: 20,
      meterProvider,
    });
    client.use(createSigningMiddleware({ appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET }));
    const message = { sender_id: "announcer", message: { message_type: 0, text: "hi" } } as const;
    await client.sendBatch({ ...message, receiver_ids: ["a"] });
    await sendToMany({ client, message, receivers: ["b", "c"], meterProvider }).summary();

    const worker = startBroadcastWorker({
      connection: redisUrl,
      prefix,
      client,
      appKey: TEST_APP_KEY,
      meterProvider,
    });
    try {
      await worker.ready();
      await queue.enqueue({ broadcastId: "dashboard", message, receivers: ["d", "e"] });
      for await (const status of queue.watch("dashboard", { intervalMs: 100 })) {
        if (status?.finished) break;
      }
      const { resourceMetrics } = await exporter.collect();
      const text = new PrometheusSerializer().serialize(resourceMetrics);
      return new Set(
        text
          .split("\n")
          .filter((line) => line !== "" && !line.startsWith("#"))
          .map((line) => line.split(/[{ ]/, 1)[0] as string),
      );
    } finally {
      await worker.close();
    }
  } finally {
    await queue.close();
    await meterProvider.shutdown();
    await server.close();
  }
}

describe("the Grafana dashboard", () => {
  it("queries only metrics the packages emit, under the names the Prometheus exporter gives them", async () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD, "utf8")) as { panels: Panel[] };
    const queried = new Map<string, string>();
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) {
        for (const metric of metricsOf(target.expr)) queried.set(metric, panel.title);
      }
    }
    expect(queried.size).toBeGreaterThanOrEqual(10);

    const emitted = await emittedMetricNames();
    const missing = [...queried].filter(([metric]) => !emitted.has(metric));
    expect(missing, `emitted: ${[...emitted].sort().join(", ")}`).toEqual([]);
  }, 60_000);

  it("finds the metric names in a query and nothing else", () => {
    expect(
      metricsOf(
        'histogram_quantile(0.9, sum by (le, yunxin_operation) (rate(http_client_request_duration_bucket{yunxin_operation=~"$operation"}[$__rate_interval]))) * 60 / $plan_limit',
      ),
    ).toEqual(["http_client_request_duration_bucket"]);
  });
});

import { context, metrics, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import type { Histogram } from "@opentelemetry/sdk-metrics";
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  pointsOf,
  type RecordingTelemetry,
  recordingTelemetry,
} from "../../core/test/support/recording-telemetry.js";
import { type FanoutOptions, sendToMany } from "../src/index.js";
import { receiverIds } from "./support/accounting.js";
import { type StubServer, type StubServerOptions, startStubServer } from "./support/stub-server.js";
import { virtualClock } from "./support/virtual-clock.js";

const text = "fan-out message text 41c7";
const message: FanoutOptions["message"] = {
  sender_id: "admin",
  message: { message_type: 0, text },
};
const appSecret = "fanout-app-secret-e5d0";

const servers: StubServer[] = [];
beforeEach(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterEach(async () => {
  trace.disable();
  metrics.disable();
  context.disable();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setUp(options: StubServerOptions = {}) {
  const server = await startStubServer(options);
  servers.push(server);
  const telemetry = recordingTelemetry();
  const client = createYunxinClient({
    baseUrl: server.url,
    sleep: async () => {},
    tracerProvider: telemetry.tracerProvider,
    meterProvider: telemetry.meterProvider,
  });
  client.use(createSigningMiddleware({ appKey: "fanout-app-key", appSecret }));
  const providers = {
    tracerProvider: telemetry.tracerProvider,
    meterProvider: telemetry.meterProvider,
  };
  return { server, telemetry, client, providers };
}

function named(telemetry: RecordingTelemetry, name: string) {
  return telemetry.spans().filter((span) => span.name === name);
}

describe("a fan-out's telemetry", () => {
  it("is one INTERNAL span per run, the parent of every call's span, with the receivers by outcome", async () => {
    const { telemetry, client, providers } = await setUp();
    const receivers = [...receiverIds(240), "Upper"];

    const summary = await sendToMany({
      client,
      message,
      receivers,
      rateLimit: false,
      ...providers,
    }).summary();

    expect(summary).toMatchObject({ sent: 240, notAttempted: 0, failed: 1, calls: 3 });
    const [run] = named(telemetry, "sendToMany");
    expect(run?.kind).toBe(SpanKind.INTERNAL);
    expect(run?.attributes).toMatchObject({
      "yunxin.operation": "sendBatchMessages",
      "yunxin.fanout.total": 241,
      "yunxin.fanout.batch_size": 100,
      "yunxin.fanout.sent": 240,
      "yunxin.fanout.failed": 1,
      "yunxin.fanout.calls": 3,
      "yunxin.fanout.aborted": false,
    });
    const calls = named(telemetry, "sendBatchMessages");
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(call.parentSpanContext?.spanId).toBe(run?.spanContext().spanId);
    }
    const recorded = await telemetry.metrics();
    expect(
      pointsOf(recorded.get("yunxin.fanout.receivers")).map((p) => [
        p.attributes["yunxin.receiver.outcome"],
        p.value,
      ]),
    ).toEqual([
      ["failed", 1],
      ["sent", 240],
    ]);
    const [wait] = pointsOf(recorded.get("yunxin.rate_limiter.wait.duration"));
    expect((wait?.value as Histogram | undefined)?.count).toBe(3);
  });

  it("is a child of the caller's active span", async () => {
    const { telemetry, client, providers } = await setUp();
    const tracer = telemetry.tracerProvider.getTracer("caller");

    const parentId = await tracer.startActiveSpan("campaign", async (parent) => {
      await sendToMany({ client, message, receivers: ["a"], ...providers }).summary();
      parent.end();
      return parent.spanContext().spanId;
    });

    expect(named(telemetry, "sendToMany")[0]?.parentSpanContext?.spanId).toBe(parentId);
  });

  it("shows a 416 pause: an event on the run, the block counted, the pause and the limiter wait timed", async () => {
    const clock = virtualClock();
    const { telemetry, client, providers } = await setUp({
      now: clock.now,
      fault: ({ index }) =>
        index === 1 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
    });

    const summary = await sendToMany({
      client,
      message,
      receivers: ["a", "b"],
      clock,
      ...providers,
    }).summary();

    expect(summary).toMatchObject({ sent: 2, rateLimited: 1, calls: 2 });
    const [run] = named(telemetry, "sendToMany");
    expect(run?.events.map((event) => [event.name, event.attributes])).toEqual([
      ["yunxin.rate_limit.block", { "yunxin.rate_limit.block_ms": 60_000 }],
    ]);
    expect(run?.attributes["yunxin.fanout.rate_limited"]).toBe(1);
    const [refused, resent] = named(telemetry, "sendBatchMessages");
    expect(refused?.attributes).toMatchObject({
      "yunxin.code": 416,
      "yunxin.outcome": "rate_limited",
    });
    expect(resent?.attributes).toMatchObject({ "yunxin.code": 200, "yunxin.outcome": "success" });
    const recorded = await telemetry.metrics();
    expect(pointsOf(recorded.get("yunxin.rate_limit.blocks"))[0]?.value).toBe(1);
    const [pause] = pointsOf(recorded.get("yunxin.fanout.pause.duration"));
    expect((pause?.value as Histogram | undefined)?.sum).toBeGreaterThanOrEqual(60);
    const [wait] = pointsOf(recorded.get("yunxin.rate_limiter.wait.duration"));
    expect((wait?.value as Histogram | undefined)?.count).toBe(2);
    expect((wait?.value as Histogram | undefined)?.max).toBeGreaterThanOrEqual(60);
  });

  it("exports no app secret, CheckSum or message text", async () => {
    const { server, telemetry, client, providers } = await setUp({
      fault: ({ index }) =>
        index === 1 ? { kind: "http", status: 502, body: "bad gateway" } : undefined,
    });

    await sendToMany({ client, message, receivers: receiverIds(3), ...providers }).summary();

    const checksums = server.requests.map((request) => request.headers.checksum as string);
    expect(checksums.length).toBeGreaterThan(1);
    const exported = await telemetry.exported();
    expect(exported).toContain("sendToMany");
    for (const forbidden of [appSecret, text, ...checksums]) {
      expect(exported).not.toContain(forbidden);
    }
  });

  it("records nothing with telemetry: false, while its calls still follow the client", async () => {
    const { telemetry, client, providers } = await setUp();

    await sendToMany({
      client,
      message,
      receivers: ["a"],
      ...providers,
      telemetry: false,
    }).summary();

    expect(named(telemetry, "sendToMany")).toEqual([]);
    expect(named(telemetry, "sendBatchMessages")).toHaveLength(1);
    expect(named(telemetry, "sendBatchMessages")[0]?.status.code).toBe(SpanStatusCode.UNSET);
  });
});

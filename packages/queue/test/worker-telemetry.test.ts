import { context, metrics, SpanKind, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pointsOf, recordingTelemetry } from "../../core/test/support/recording-telemetry.js";
import { receiverIds } from "../../fanout/test/support/accounting.js";
import { chunkTraceId } from "../src/index.js";
import { message, testQueue, testWorker, untilFinished } from "./support/fixtures.js";
import { startSignedStub, TEST_APP_KEY, TEST_APP_SECRET } from "./support/signed-stub.js";

beforeEach(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterEach(() => {
  trace.disable();
  metrics.disable();
  context.disable();
});

describe("a worker's telemetry", () => {
  it("makes each chunk a CONSUMER span, the parent of its call's span, and shows the queue's depth and the chunks in flight", async () => {
    let firstArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      firstArrived = resolve;
    });
    const { server } = await startSignedStub({
      fault: (request) => {
        if (request.index !== 1) return undefined;
        firstArrived();
        return { kind: "delay", ms: 1500 };
      },
    });
    try {
      const telemetry = recordingTelemetry();
      const providers = {
        tracerProvider: telemetry.tracerProvider,
        meterProvider: telemetry.meterProvider,
      };
      const client = createYunxinClient({
        baseUrl: server.url,
        sleep: async () => {},
        ...providers,
      });
      client.use(createSigningMiddleware({ appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET }));
      const { queue, prefix } = testQueue();
      await testWorker({ client, prefix, concurrency: 1, ...providers });

      await queue.enqueue({ broadcastId: "observed", message, receivers: receiverIds(250) });
      await arrived;
      const during = await telemetry.metrics();
      expect(pointsOf(during.get("yunxin.queue.chunks.in_flight"))[0]?.value).toBe(1);
      const depth = Object.fromEntries(
        pointsOf(during.get("yunxin.queue.depth")).map((p) => [
          p.attributes["yunxin.queue.state"],
          p.value,
        ]),
      );
      expect(depth).toMatchObject({ waiting: 2, active: 1 });

      await untilFinished(queue, "observed");
      const chunks = telemetry.spans().filter((span) => span.name === "process broadcasts");
      expect(chunks).toHaveLength(3);
      const calls = telemetry.spans().filter((span) => span.name === "sendBatchMessages");
      for (const chunk of chunks) {
        expect(chunk.kind).toBe(SpanKind.CONSUMER);
        const call = calls.find(
          (each) => each.parentSpanContext?.spanId === chunk.spanContext().spanId,
        );
        const index = chunk.attributes["yunxin.chunk.index"] as number;
        expect(call?.attributes["yunxin.trace_id"]).toBe(chunkTraceId("observed", index, 0));
      }
      expect(chunks.map((chunk) => chunk.attributes["yunxin.chunk.index"]).sort()).toEqual([
        0, 1, 2,
      ]);
      expect(
        chunks.find((chunk) => chunk.attributes["yunxin.chunk.index"] === 2)?.attributes,
      ).toMatchObject({
        "yunxin.queue.name": "broadcasts",
        "yunxin.broadcast.id": "observed",
        "yunxin.chunk.receivers": 50,
        "yunxin.chunk.sent": 50,
      });
      const after = await telemetry.metrics();
      expect(pointsOf(after.get("yunxin.queue.chunks.in_flight"))[0]?.value).toBe(0);
      expect(
        pointsOf(after.get("yunxin.queue.receivers")).map((p) => [
          p.attributes["yunxin.receiver.outcome"],
          p.value,
        ]),
      ).toEqual([["sent", 250]]);
    } finally {
      await server.close();
    }
  });
});

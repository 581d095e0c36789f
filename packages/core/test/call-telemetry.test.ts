import { context, metrics, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import type { Histogram } from "@opentelemetry/sdk-metrics";
import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  createYunxinClient,
  type SendBatchRequest,
  type YunxinClientOptions,
} from "../src/index.js";
import { DURATION_BUCKETS_S } from "../src/telemetry-names.js";
import { jsonResponse, observedFetch, type Scripted } from "./support/observed-fetch.js";
import {
  pointsOf,
  type RecordingTelemetry,
  recordingTelemetry,
} from "./support/recording-telemetry.js";
import { ATTEMPT_PATHS, signerFor } from "./support/transports.js";
import { answerWith, wireServer } from "./support/wire-server.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob", "carol"],
  message: { message_type: 0, text: "hello" },
};
const answered = () =>
  jsonResponse(
    '{"code":200,"msg":"success","data":{"success_list":[{"receiver_id":"bob",' +
      '"message_server_id":158844553334358020}],"failed_list":[{"account_id":"carol",' +
      '"error_code":404,"error_msg":"no such account"}]}}',
  );
const rateLimited = () => jsonResponse({ code: 416, msg: "rate limited", data: {} });

function clientWith(
  telemetry: RecordingTelemetry,
  script: Scripted[],
  options: YunxinClientOptions = {},
) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({
    baseUrl: "http://stub.test",
    fetch,
    tracerProvider: telemetry.tracerProvider,
    meterProvider: telemetry.meterProvider,
    sleep: async () => {},
    random: () => 0,
    ...options,
  });
  return { client, fetch };
}

function spanNamed(telemetry: RecordingTelemetry, name: string) {
  const spans = telemetry.spans().filter((span) => span.name === name);
  expect(spans, `spans named ${name}`).toHaveLength(1);
  return spans[0] as NonNullable<(typeof spans)[0]>;
}

function httpSpans(telemetry: RecordingTelemetry) {
  return telemetry.spans().filter((span) => span.name === "POST /im/v2/conversations/messages");
}

afterEach(() => {
  trace.disable();
  metrics.disable();
  context.disable();
});

describe("a call's spans", () => {
  it("are a CLIENT span named by the operation with one HTTP client span under it, with the semantic conventions' attributes", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [answered]);

    await client.sendBatch(body, { traceId: "trace-1" });

    const call = spanNamed(telemetry, "sendBatchMessages");
    expect(call.kind).toBe(SpanKind.CLIENT);
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(call.attributes).toEqual({
      "yunxin.operation": "sendBatchMessages",
      "yunxin.rate_limit.category": "batch-send",
      "yunxin.trace_id": "trace-1",
      "yunxin.batch.receivers": 2,
      "yunxin.batch.sent": 1,
      "yunxin.batch.failed": 1,
      "yunxin.batch.unreported": 0,
      "yunxin.outcome": "success",
      "yunxin.code": 200,
    });
    const [http] = httpSpans(telemetry);
    expect(http?.kind).toBe(SpanKind.CLIENT);
    expect(http?.parentSpanContext?.spanId).toBe(call.spanContext().spanId);
    expect(http?.spanContext().traceId).toBe(call.spanContext().traceId);
    expect(http?.attributes).toEqual({
      "http.request.method": "POST",
      "server.address": "stub.test",
      "server.port": 80,
      "url.scheme": "http",
      "url.full": "http://stub.test/im/v2/conversations/messages",
      "url.template": "/im/v2/conversations/messages",
      "yunxin.operation": "sendBatchMessages",
      "yunxin.trace_id": "trace-1",
      "http.response.status_code": 200,
      "yunxin.code": 200,
    });
  });

  it("are children of the caller's active span", async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [answered]);
    const tracer = telemetry.tracerProvider.getTracer("caller");

    const parentId = await tracer.startActiveSpan("caller's work", async (parent) => {
      await client.sendBatch(body);
      parent.end();
      return parent.spanContext().spanId;
    });

    expect(spanNamed(telemetry, "sendBatchMessages").parentSpanContext?.spanId).toBe(parentId);
  });

  it("go to the global providers when none is given, also when they are registered after the client was made", async () => {
    const telemetry = recordingTelemetry();
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch: observedFetch(answered),
    });
    trace.setGlobalTracerProvider(telemetry.tracerProvider);
    metrics.setGlobalMeterProvider(telemetry.meterProvider);

    await client.sendBatch(body);

    expect(httpSpans(telemetry)).toHaveLength(1);
    expect(pointsOf((await telemetry.metrics()).get("yunxin.calls"))).toHaveLength(1);
  });

  it("start with the next call once a global meter or tracer provider is registered, none recorded before", async () => {
    const telemetry = recordingTelemetry();
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch: observedFetch(answered, answered, answered),
    });
    const callsCounted = async () =>
      pointsOf((await telemetry.metrics()).get("yunxin.calls")).reduce(
        (sum, point) => sum + (point.value as number),
        0,
      );

    await client.sendBatch(body);
    metrics.setGlobalMeterProvider(telemetry.meterProvider);
    await client.sendBatch(body);
    expect(await callsCounted()).toBe(1);
    expect(telemetry.spans()).toEqual([]);

    trace.setGlobalTracerProvider(telemetry.tracerProvider);
    await client.sendBatch(body);
    expect(await callsCounted()).toBe(2);
    expect(httpSpans(telemetry)).toHaveLength(1);
  });

  it("go to a global tracer provider alone, with no meter provider registered", async () => {
    const telemetry = recordingTelemetry();
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch: observedFetch(answered),
    });
    trace.setGlobalTracerProvider(telemetry.tracerProvider);

    await client.sendBatch(body);

    expect(httpSpans(telemetry)).toHaveLength(1);
  });

  it("are not made at all with telemetry: false", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [answered], { telemetry: false });

    await client.sendBatch(body);

    expect(telemetry.spans()).toEqual([]);
    expect((await telemetry.metrics()).size).toBe(0);
  });
});

describe("a retry after HTTP 502", () => {
  it("is a second HTTP span with http.request.resend_count 1 after one with error.type 502, under the one call span", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [() => jsonResponse("bad gateway", 502), answered]);

    await client.sendBatch(body, { traceId: "trace-2" });

    const call = spanNamed(telemetry, "sendBatchMessages");
    const [failed, retried] = httpSpans(telemetry);
    expect(failed?.attributes).toMatchObject({
      "http.response.status_code": 502,
      "error.type": "502",
      "yunxin.trace_id": "trace-2",
    });
    expect(failed?.attributes).not.toHaveProperty("http.request.resend_count");
    expect(failed?.status.code).toBe(SpanStatusCode.ERROR);
    expect(retried?.attributes).toMatchObject({
      "http.request.resend_count": 1,
      "http.response.status_code": 200,
      "yunxin.trace_id": "trace-2",
    });
    expect(retried?.status.code).toBe(SpanStatusCode.UNSET);
    for (const http of [failed, retried]) {
      expect(http?.parentSpanContext?.spanId).toBe(call.spanContext().spanId);
    }
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
  });

  it("is counted in yunxin.retries by its cause and gives one http.client.request.duration point per attempt", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [() => jsonResponse("bad gateway", 502), answered]);

    await client.sendBatch(body);

    const recorded = await telemetry.metrics();
    expect(pointsOf(recorded.get("yunxin.retries")).map((p) => [p.attributes, p.value])).toEqual([
      [{ "yunxin.operation": "sendBatchMessages", "yunxin.retry.cause": "http_error" }, 1],
    ]);
    const duration = recorded.get("http.client.request.duration");
    expect(duration?.descriptor.unit).toBe("s");
    const points = pointsOf(duration);
    expect(points.map((p) => p.attributes)).toEqual([
      {
        "http.request.method": "POST",
        "server.address": "stub.test",
        "server.port": 80,
        "url.scheme": "http",
        "yunxin.operation": "sendBatchMessages",
        "http.response.status_code": 502,
        "error.type": "502",
      },
      {
        "http.request.method": "POST",
        "server.address": "stub.test",
        "server.port": 80,
        "url.scheme": "http",
        "yunxin.operation": "sendBatchMessages",
        "http.response.status_code": 200,
      },
    ]);
    for (const point of points) {
      expect((point.value as Histogram).buckets.boundaries).toEqual(DURATION_BUCKETS_S);
      expect((point.value as Histogram).count).toBe(1);
    }
    expect(pointsOf(recorded.get("yunxin.calls")).map((p) => [p.attributes, p.value])).toEqual([
      [{ "yunxin.operation": "sendBatchMessages", "yunxin.outcome": "success" }, 1],
    ]);
    expect(pointsOf(recorded.get("yunxin.receivers")).map((p) => [p.attributes, p.value])).toEqual([
      [{ "yunxin.operation": "sendBatchMessages", "yunxin.receiver.outcome": "sent" }, 1],
      [{ "yunxin.operation": "sendBatchMessages", "yunxin.receiver.outcome": "failed" }, 1],
    ]);
  });
});

describe("a batch operation called through call()", () => {
  it("a custom notification to three has its receivers, sent, failed and unreported on the span and in yunxin.receivers, from the spec's batch facts", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [
      () =>
        jsonResponse({
          code: 200,
          msg: "success",
          data: {
            success_list: ["bob"],
            failed_list: [{ account_id: "carol", error_code: 404, error_msg: "no such account" }],
          },
        }),
    ]);

    await client.sendBatchCustomNotification(
      {
        body: { sender_id: "alice", receiver_ids: ["bob", "carol", "dave"], content: "{}" },
      },
      { traceId: "trace-n" },
    );

    const call = spanNamed(telemetry, "sendBatchCustomNotification");
    expect(call.attributes).toMatchObject({
      "yunxin.batch.receivers": 3,
      "yunxin.batch.sent": 1,
      "yunxin.batch.failed": 1,
      "yunxin.batch.unreported": 1,
    });
    const recorded = await telemetry.metrics();
    expect(pointsOf(recorded.get("yunxin.receivers")).map((p) => [p.attributes, p.value])).toEqual([
      [{ "yunxin.operation": "sendBatchCustomNotification", "yunxin.receiver.outcome": "sent" }, 1],
      [
        { "yunxin.operation": "sendBatchCustomNotification", "yunxin.receiver.outcome": "failed" },
        1,
      ],
      [
        {
          "yunxin.operation": "sendBatchCustomNotification",
          "yunxin.receiver.outcome": "unreported",
        },
        1,
      ],
    ]);
  });

  it("an operation that is not a batch has no batch attributes", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [
      () => jsonResponse({ code: 200, msg: "success", data: { accid: "bob", token: "t" } }),
    ]);

    await client.call("createAccount", { body: { account_id: "bob" } } as never);

    const call = spanNamed(telemetry, "createAccount");
    expect(Object.keys(call.attributes).filter((key) => key.startsWith("yunxin.batch"))).toEqual(
      [],
    );
  });
});

describe("a timeout and an abort", () => {
  const stall = () => new Promise<Response>(() => {});

  it("a timeout is an error on both spans, error.type timeout, counted as outcome timeout", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [stall], { timeoutMs: 20, retry: { maxAttempts: 1 } });

    await expect(client.sendBatch(body)).rejects.toMatchObject({ name: "YunxinTimeoutError" });

    const call = spanNamed(telemetry, "sendBatchMessages");
    const [http] = httpSpans(telemetry);
    for (const span of [call, http]) {
      expect(span?.status.code).toBe(SpanStatusCode.ERROR);
      expect(span?.attributes["error.type"]).toBe("timeout");
    }
    expect(http?.attributes).not.toHaveProperty("http.response.status_code");
    const recorded = await telemetry.metrics();
    expect(pointsOf(recorded.get("yunxin.calls"))[0]?.attributes["yunxin.outcome"]).toBe("timeout");
    expect(pointsOf(recorded.get("http.client.request.duration"))[0]?.attributes).toMatchObject({
      "error.type": "timeout",
    });
  });

  it("a caller's abort ends both spans without an error status or error.type, outcome aborted", async () => {
    const telemetry = recordingTelemetry();
    const controller = new AbortController();
    const abortWhileSending = () => {
      controller.abort();
      return stall();
    };
    const { client } = clientWith(telemetry, [abortWhileSending]);

    await expect(client.sendBatch(body, { signal: controller.signal })).rejects.toMatchObject({
      name: "YunxinAbortError",
    });

    const call = spanNamed(telemetry, "sendBatchMessages");
    const [http] = httpSpans(telemetry);
    for (const span of [call, http]) {
      expect(span?.status.code).toBe(SpanStatusCode.UNSET);
      expect(span?.attributes).not.toHaveProperty("error.type");
    }
    expect(call.attributes["yunxin.outcome"]).toBe("aborted");
  });
});

describe("a 416 answer", () => {
  it("is a block counted once and timed while the client waits it out, then a retry of cause rate_limited", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [rateLimited, answered], {
      rateLimitBlockMs: 30,
      sleep: undefined,
    });

    await client.sendBatch(body);

    const recorded = await telemetry.metrics();
    const scope = {
      "yunxin.operation": "sendBatchMessages",
      "yunxin.rate_limit.category": "batch-send",
    };
    expect(
      pointsOf(recorded.get("yunxin.rate_limit.blocks")).map((p) => [p.attributes, p.value]),
    ).toEqual([[scope, 1]]);
    const [block] = pointsOf(recorded.get("yunxin.rate_limit.block.duration"));
    expect(block?.attributes).toEqual(scope);
    expect((block?.value as Histogram | undefined)?.sum).toBeGreaterThanOrEqual(0.029);
    expect(pointsOf(recorded.get("yunxin.retries"))[0]?.attributes["yunxin.retry.cause"]).toBe(
      "rate_limited",
    );
    const [blocked] = httpSpans(telemetry);
    expect(blocked?.attributes).toMatchObject({
      "http.response.status_code": 200,
      "yunxin.code": 416,
    });
  });

  it("that is not retried ends the call span with yunxin.code 416 and is still counted as a block", async () => {
    const telemetry = recordingTelemetry();
    const { client } = clientWith(telemetry, [rateLimited]);

    await expect(client.sendBatch(body, { retryRateLimited: false })).rejects.toMatchObject({
      code: 416,
    });

    expect(spanNamed(telemetry, "sendBatchMessages").attributes).toMatchObject({
      "yunxin.code": 416,
      "yunxin.outcome": "rate_limited",
      "error.type": "YunxinRateLimitError",
    });
    const recorded = await telemetry.metrics();
    expect(pointsOf(recorded.get("yunxin.rate_limit.blocks"))[0]?.value).toBe(1);
    expect(recorded.has("yunxin.rate_limit.block.duration")).toBe(false);
  });
});

describe("what telemetry never exports", () => {
  it("has no app secret, CheckSum, nonce or message text in any span, event, status or metric", async () => {
    const secret = "app-secret-5a1c";
    const checksum = "checksum-9f2e";
    const nonce = "nonce-77d1";
    const text = "the message text 3b8c";
    const signer: Middleware = {
      onRequest({ request }) {
        request.headers.set("AppKey", "app-key");
        request.headers.set("Nonce", nonce);
        request.headers.set("CheckSum", `${checksum}-${secret.length}`);
        return request;
      },
    };
    const telemetry = recordingTelemetry();
    const { client, fetch } = clientWith(
      telemetry,
      [() => jsonResponse("bad gateway", 502), () => new Promise<Response>(() => {}), answered],
      { timeoutMs: 50, retry: { maxAttempts: 3 } },
    );
    client.use(signer);

    await client.sendBatch({ ...body, message: { message_type: 0, text } });
    await expect(
      client.sendBatch({ ...body, message: { message_type: 0, text: "x".repeat(6000) } }),
    ).rejects.toMatchObject({ name: "YunxinValidationError" });

    expect(fetch.requests.at(-1)?.headers.get("CheckSum")).toContain(checksum);
    const exported = await telemetry.exported();
    expect(exported).toContain("yunxin.trace_id");
    for (const forbidden of [secret, checksum, nonce, text, "xxxxxxxx", "CheckSum", "AppKey"]) {
      expect(exported).not.toContain(forbidden);
    }
  });
});

describe.each(ATTEMPT_PATHS)(
  "on the $transport transport ($path), over loopback",
  ({ createYunxinClient: create, path }) => {
    it("the attempts' spans carry the URL and port sent to, a 502 and its resend, and no secret of the signer", async () => {
      const appSecret = "loopback-app-secret-0c9a";
      const text = "loopback message text 7e21";
      const server = await wireServer(
        answerWith("bad gateway", 502, { "Content-Type": "text/html" }),
        answerWith(
          '{"code":200,"msg":"success","data":{"success_list":[{"receiver_id":"bob","message_server_id":1}]}}',
        ),
      );
      try {
        const telemetry = recordingTelemetry();
        const client = create({
          baseUrl: server.url,
          sleep: async () => {},
          tracerProvider: telemetry.tracerProvider,
          meterProvider: telemetry.meterProvider,
        });
        let signed = 0;
        client.use(
          signerFor(path, () => {
            signed++;
            return {
              AppKey: "loopback-app-key",
              CheckSum: `${appSecret.length}-checksum-${signed}-${Date.now()}`,
            };
          }),
        );

        await client.sendBatch({
          ...body,
          receiver_ids: ["bob"],
          message: { message_type: 0, text },
        });

        const { port } = new URL(server.url);
        const [failed, resent] = httpSpans(telemetry);
        expect(failed?.attributes).toMatchObject({
          "url.full": `${server.url}/im/v2/conversations/messages`,
          "server.address": "127.0.0.1",
          "server.port": Number(port),
          "http.response.status_code": 502,
          "error.type": "502",
        });
        expect(resent?.attributes).toMatchObject({
          "http.request.resend_count": 1,
          "http.response.status_code": 200,
          "yunxin.code": 200,
        });
        const checksums = server.seen.map((seen) => String(seen.headers.checksum));
        expect(checksums).toHaveLength(2);
        const exported = await telemetry.exported();
        for (const forbidden of [appSecret, text, ...checksums]) {
          expect(exported).not.toContain(forbidden);
        }
      } finally {
        await server.close();
      }
    });
  },
);

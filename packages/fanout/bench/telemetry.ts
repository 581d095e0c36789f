// Part (d): what OpenTelemetry costs the sender, unpaced, against the stub: receivers per second
// with telemetry off (`telemetry: false` on the client and the run), with @opentelemetry/api
// loaded but no SDK registered (its no-op providers: what a library user without OpenTelemetry
// pays once the API is installed), and with an SDK recording every span (batched to an exporter
// that drops them) and every metric (a reader that is never exported, so the points accumulate),
// with a context manager, as NodeSDK would set up. Rounds alternate off, API, SDK; medians.
// Usage: telemetry.js [RECEIVERS] [ROUNDS] [CONCURRENCY]
import { context } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from "@opentelemetry/sdk-metrics";
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";
import type { YunxinClient } from "@yunxin-im/core";
import { type FanoutOptions, sendToMany } from "../src/index.js";
import { message, receiverRange, report, signedClient } from "./common.js";
import { startStubProcess } from "./stub-client.js";

const receiverCount = Number(process.argv[2] ?? 50_000);
const rounds = Number(process.argv[3] ?? 7);
const concurrency = Number(process.argv[4] ?? 8);
const receivers = [...receiverRange(receiverCount)];

const stub = await startStubProcess({});

let exportedSpans = 0;
const droppingExporter: SpanExporter = {
  export(spans: ReadableSpan[], done) {
    exportedSpans += spans.length;
    done({ code: 0 });
  },
  shutdown: async () => {},
};
const tracerProvider = new BasicTracerProvider({
  spanProcessors: [new BatchSpanProcessor(droppingExporter, { maxQueueSize: 65_536 })],
});
const meterProvider = new MeterProvider({
  readers: [
    new PeriodicExportingMetricReader({
      exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
      exportIntervalMillis: 3_600_000,
    }),
  ],
});
const contextManager = new AsyncLocalStorageContextManager();

type Mode = "off" | "api" | "sdk";
const modes: Record<Mode, { client: YunxinClient; run: Partial<FanoutOptions> }> = {
  off: { client: signedClient(stub.url, { telemetry: false }), run: { telemetry: false } },
  api: { client: signedClient(stub.url), run: {} },
  sdk: {
    client: signedClient(stub.url, { tracerProvider, meterProvider }),
    run: { tracerProvider, meterProvider },
  },
};

async function send(mode: Mode, ids: readonly string[]): Promise<number> {
  if (mode === "sdk") context.setGlobalContextManager(contextManager.enable());
  try {
    const summary = await sendToMany({
      client: modes[mode].client,
      message,
      receivers: ids,
      rateLimit: false,
      concurrency,
      ...modes[mode].run,
    }).summary();
    return summary.sent;
  } finally {
    if (mode === "sdk") {
      context.disable();
      contextManager.disable();
    }
  }
}

/** Receivers per second, and this process's CPU microseconds per receiver (the stub has its own). */
async function timed(mode: Mode): Promise<{ rate: number; cpu: number }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const sent = await send(mode, receivers);
  const cpu = process.cpuUsage(cpuStart);
  if (sent !== receivers.length) throw new Error(`${mode}: sent ${sent} of ${receivers.length}`);
  return {
    rate: receivers.length / ((performance.now() - start) / 1000),
    cpu: (cpu.user + cpu.system) / receivers.length,
  };
}

for (const mode of ["off", "api", "sdk"] as const) await send(mode, receivers.slice(0, 10_000));

const measured: Record<Mode, number[]> = { off: [], api: [], sdk: [] };
const cpu: Record<Mode, number[]> = { off: [], api: [], sdk: [] };
for (let round = 0; round < rounds; round++) {
  for (const mode of ["off", "api", "sdk"] as const) {
    const { rate, cpu: perReceiver } = await timed(mode);
    measured[mode].push(rate);
    cpu[mode].push(perReceiver);
  }
}
await tracerProvider.forceFlush();
await stub.close();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const off = median(measured.off);
report({
  part: "d",
  receivers: receiverCount,
  rounds,
  concurrency,
  offReceiversPerSecond: Math.round(off),
  apiReceiversPerSecond: Math.round(median(measured.api)),
  sdkReceiversPerSecond: Math.round(median(measured.sdk)),
  apiToOff: Number((median(measured.api) / off).toFixed(3)),
  sdkToOff: Number((median(measured.sdk) / off).toFixed(3)),
  offCpuMicrosPerReceiver: Number(median(cpu.off).toFixed(2)),
  apiCpuMicrosPerReceiver: Number(median(cpu.api).toFixed(2)),
  sdkCpuMicrosPerReceiver: Number(median(cpu.sdk).toFixed(2)),
  apiCpuToOff: Number((median(cpu.api) / median(cpu.off)).toFixed(3)),
  sdkCpuToOff: Number((median(cpu.sdk) / median(cpu.off)).toFixed(3)),
  exportedSpans,
  offRounds: measured.off.map(Math.round),
  apiRounds: measured.api.map(Math.round),
  sdkRounds: measured.sdk.map(Math.round),
});

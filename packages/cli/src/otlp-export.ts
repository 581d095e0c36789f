import { UsageError } from "./usage-error.js";

type Providers = Pick<
  import("@yunxin-im/core").TelemetryOptions,
  "tracerProvider" | "meterProvider"
>;

/** Spans and metrics of one command, exported over OTLP/HTTP until `shutdown()` flushes them. */
export interface OtlpExport extends Required<Providers> {
  shutdown(): Promise<void>;
}

const PACKAGES = [
  "@opentelemetry/api",
  "@opentelemetry/context-async-hooks",
  "@opentelemetry/resources",
  "@opentelemetry/sdk-trace-base",
  "@opentelemetry/sdk-metrics",
  "@opentelemetry/exporter-trace-otlp-http",
  "@opentelemetry/exporter-metrics-otlp-http",
];

/**
 * Whether to export: `--otel`, or the standard variables asking for OTLP (an endpoint, or
 * `otlp` as the traces or metrics exporter), unless `OTEL_SDK_DISABLED=true`.
 */
export function otlpWanted(
  flag: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  if (flag) return true;
  const set = (name: string) => Boolean(env[name]?.trim());
  return (
    set("OTEL_EXPORTER_OTLP_ENDPOINT") ||
    set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") ||
    set("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT") ||
    /\botlp\b/.test(env.OTEL_TRACES_EXPORTER ?? "") ||
    /\botlp\b/.test(env.OTEL_METRICS_EXPORTER ?? "")
  );
}

/**
 * An SDK for one command: a tracer provider batching spans to the OTLP/HTTP trace exporter, a
 * meter provider reading into the OTLP/HTTP metric exporter, and a context manager so the
 * fan-out's span parents its calls. The exporters take their endpoint, headers and timeouts from
 * the standard `OTEL_EXPORTER_OTLP_*` variables (default http://localhost:4318); the resource
 * takes `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES` (service name default `yunxin-im`).
 */
export async function startOtlpExport(): Promise<OtlpExport> {
  const loading = Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/context-async-hooks"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/sdk-metrics"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/exporter-metrics-otlp-http"),
  ]);
  let modules: Awaited<typeof loading>;
  try {
    modules = await loading;
  } catch (error) {
    const { code } = error as { code?: unknown };
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new UsageError(
      `exporting to OTLP needs the optional packages ${PACKAGES.join(", ")} next to the CLI: install them with \`npm install ${PACKAGES.join(" ")}\`; nothing was sent`,
    );
  }
  const [api, hooks, resources, traceSdk, metricsSdk, traceOtlp, metricsOtlp] = modules;
  const resource = resources
    .resourceFromAttributes({ "service.name": "yunxin-im" })
    .merge(await resources.detectResources({ detectors: [resources.envDetector] }));
  const tracerProvider = new traceSdk.BasicTracerProvider({
    resource,
    spanProcessors: [new traceSdk.BatchSpanProcessor(new traceOtlp.OTLPTraceExporter())],
  });
  const reader = new metricsSdk.PeriodicExportingMetricReader({
    exporter: new metricsOtlp.OTLPMetricExporter(),
  });
  const meterProvider = new metricsSdk.MeterProvider({ resource, readers: [reader] });
  const contextManager = new hooks.AsyncLocalStorageContextManager().enable();
  api.context.setGlobalContextManager(contextManager);
  return {
    tracerProvider,
    meterProvider,
    async shutdown() {
      await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
      api.context.disable();
    },
  };
}

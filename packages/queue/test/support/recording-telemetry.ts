import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from "@opentelemetry/sdk-metrics";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";

/** An SDK that records into memory: the spans and metric points a client exported. */
export interface RecordingTelemetry {
  tracerProvider: BasicTracerProvider;
  meterProvider: MeterProvider;
  spans(): ReadableSpan[];
  /** Collects and returns every metric exported so far, by name. */
  metrics(): Promise<Map<string, MetricData>>;
  /** Everything exported, as one JSON text (to search it for what must never be there). */
  exported(): Promise<string>;
}

export function recordingTelemetry(): RecordingTelemetry {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(spanExporter)],
  });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 60_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  const metrics = async () => {
    await reader.forceFlush();
    const byName = new Map<string, MetricData>();
    for (const resourceMetrics of metricExporter.getMetrics()) {
      for (const scope of resourceMetrics.scopeMetrics) {
        for (const metric of scope.metrics) byName.set(metric.descriptor.name, metric);
      }
    }
    return byName;
  };
  return {
    tracerProvider,
    meterProvider,
    spans: () => spanExporter.getFinishedSpans(),
    metrics,
    async exported() {
      await metrics();
      const spans = spanExporter.getFinishedSpans().map((span) => ({
        name: span.name,
        attributes: span.attributes,
        events: span.events,
        status: span.status,
        links: span.links,
        resource: span.resource.attributes,
      }));
      return JSON.stringify({ spans, metrics: metricExporter.getMetrics() });
    },
  };
}

/** The points of a metric, as `{ attributes, value }`. */
export function pointsOf(metric: MetricData | undefined): DataPoint<number | Histogram>[] {
  return (metric?.dataPoints ?? []) as DataPoint<number | Histogram>[];
}

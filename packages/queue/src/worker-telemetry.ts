import type {
  Attributes,
  Counter,
  MeterProvider,
  ObservableGauge,
  Span,
  TracerProvider,
  UpDownCounter,
} from "@opentelemetry/api";
import type { TelemetryOptions } from "@yunxin-im/core";
import type { AnyReceiverOutcome } from "@yunxin-im/fanout";
import { loadOtelApi, type OtelApi } from "./otel-api.js";

const SCOPE = "@yunxin-im/queue";

/** The chunk counts of a BullMQ queue, by job state. */
export type QueueDepth = () => Promise<Record<string, number>>;

/** What a chunk's run records: its span (the parent of its call's span), and the outcomes. */
export interface ChunkRecorder {
  /** Runs `work` with the chunk's span active. */
  within<T>(work: () => Promise<T>): Promise<T>;
  outcomes(outcomes: readonly AnyReceiverOutcome[]): void;
  /** Ends the span; `requeued`: the chunk goes back to the queue (the worker is closing), no error. */
  end(result?: { error: unknown } | { requeued: true }): void;
}

/** A worker's telemetry: chunk spans, in-flight chunks and the queue's depth. */
export interface WorkerTelemetry {
  chunk(attributes: { broadcastId: string; index: number }): Promise<ChunkRecorder>;
  close(): void;
}

const NO_CHUNK: ChunkRecorder = { within: (work) => work(), outcomes() {}, end() {} };

/**
 * Loads `@opentelemetry/api` (an optional peer) once; without it, or with `telemetry: false`,
 * nothing is recorded. The queue's depth is read from Redis only when a reader collects it.
 */
export function workerTelemetry(
  options: TelemetryOptions,
  queueName: string,
  depth: QueueDepth,
): WorkerTelemetry {
  const loading =
    options.telemetry === false
      ? Promise.resolve(undefined)
      : loadOtelApi().then((api) => api && instrumentsOf(api, options, queueName, depth));
  return {
    async chunk(attributes) {
      const instruments = await loading;
      return instruments ? instruments.chunk(attributes) : NO_CHUNK;
    },
    close() {
      void loading.then((instruments) => instruments?.close());
    },
  };
}

function instrumentsOf(
  api: OtelApi,
  options: TelemetryOptions,
  queueName: string,
  depth: QueueDepth,
) {
  const tracer = (
    (options.tracerProvider ?? api.trace.getTracerProvider()) as TracerProvider
  ).getTracer(SCOPE);
  const meter = (
    (options.meterProvider ?? api.metrics.getMeterProvider()) as MeterProvider
  ).getMeter(SCOPE);
  const queue = { "yunxin.queue.name": queueName };
  const inFlight: UpDownCounter = meter.createUpDownCounter("yunxin.queue.chunks.in_flight", {
    unit: "{chunk}",
    description: "Chunks this worker is working on, waits for the shared rate limit included.",
  });
  const receivers: Counter = meter.createCounter("yunxin.queue.receivers", {
    unit: "{receiver}",
    description: "Receivers of the chunks this worker recorded, by outcome.",
  });
  const depthGauge: ObservableGauge = meter.createObservableGauge("yunxin.queue.depth", {
    unit: "{chunk}",
    description: "Chunks in the queue, by state (waiting, delayed, prioritized, active).",
  });
  const observeDepth = async (result: { observe(value: number, attributes: Attributes): void }) => {
    try {
      for (const [state, count] of Object.entries(await depth())) {
        result.observe(count, { ...queue, "yunxin.queue.state": state });
      }
    } catch {
      // Redis unreachable: no depth this time rather than a wrong one.
    }
  };
  depthGauge.addCallback(observeDepth);
  return {
    chunk({ broadcastId, index }: { broadcastId: string; index: number }): ChunkRecorder {
      const parent = api.context.active();
      // Named as the messaging conventions name processing (`process {destination}`); those
      // conventions are still in development, so the attributes are yunxin.* ones.
      const span: Span = tracer.startSpan(
        `process ${queueName}`,
        {
          kind: api.SpanKind.CONSUMER,
          attributes: {
            ...queue,
            "yunxin.broadcast.id": broadcastId,
            "yunxin.chunk.index": index,
          },
        },
        parent,
      );
      const active = api.trace.setSpan(parent, span);
      inFlight.add(1, queue);
      let ended = false;
      return {
        within: (work) => api.context.with(active, work),
        outcomes(outcomes) {
          span.setAttribute("yunxin.chunk.receivers", outcomes.length);
          const counts = { sent: 0, failed: 0, not_attempted: 0 };
          for (const outcome of outcomes) counts[outcome.status]++;
          for (const [outcome, value] of Object.entries(counts)) {
            if (value > 0) receivers.add(value, { ...queue, "yunxin.receiver.outcome": outcome });
            span.setAttribute(`yunxin.chunk.${outcome}`, value);
          }
        },
        end(result) {
          if (ended) return;
          ended = true;
          inFlight.add(-1, queue);
          if (result && "requeued" in result) span.setAttribute("yunxin.chunk.requeued", true);
          else if (result) {
            const { error } = result;
            const type = error instanceof Error ? error.name : "_OTHER";
            span.setAttribute("error.type", type);
            span.setStatus({ code: api.SpanStatusCode.ERROR, message: type });
          }
          span.end();
        },
      };
    },
    close() {
      depthGauge.removeCallback(observeDepth);
    },
  };
}

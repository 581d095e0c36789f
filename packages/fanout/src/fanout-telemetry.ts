import type { Counter, Histogram, MeterProvider, Span, TracerProvider } from "@opentelemetry/api";
import type { TelemetryOptions } from "@yunxin-im/core";
import { loadOtelApi, type OtelApi } from "./otel-api.js";
import type { AnyReceiverOutcome } from "./outcomes.js";
import type { FanoutSummary } from "./progress.js";

const SCOPE = "@yunxin-im/fanout";
/** Records one run: its parent span over every call, receivers by outcome, waits for the limiter. */
export interface FanoutTelemetry {
  /** Runs `work` with the run's span active, so every call's span is its child. */
  within<T>(work: () => Promise<T>): Promise<T>;
  receivers(outcomes: readonly AnyReceiverOutcome[]): void;
  /** A call waited `ms` for the rate limiter (pacing and any 416 block). */
  waited(ms: number): void;
  /** A 416 paused every call of the run for `blockMs`. */
  paused(blockMs: number): void;
  /** A refused call started again `ms` after its 416: the block, as the run lived it. */
  blocked(ms: number): void;
  end(result: { summary: FanoutSummary } | { error: unknown }): void;
}

const NONE: FanoutTelemetry = {
  within: (work) => work(),
  receivers() {},
  waited() {},
  paused() {},
  blocked() {},
  end() {},
};

interface Instruments {
  receivers: Counter;
  limiterWait: Histogram;
  blockDuration: Histogram;
}

const instrumentsByProvider = new WeakMap<object, Instruments>();

/**
 * Starts a run's span (INTERNAL: the run itself calls nothing remote, its calls do) in the
 * caller's active context; `telemetry: false` or a missing `@opentelemetry/api` records nothing.
 */
export async function startFanoutTelemetry(
  options: TelemetryOptions,
  attributes: {
    total: number | undefined;
    callsPerMinute: number | undefined;
    batchSize: number;
    operation: { operationId: string };
  },
): Promise<FanoutTelemetry> {
  const OPERATION = { "yunxin.operation": attributes.operation.operationId };
  if (options.telemetry === false) return NONE;
  const api = await loadOtelApi();
  if (!api) return NONE;
  const tracer = (
    (options.tracerProvider ?? api.trace.getTracerProvider()) as TracerProvider
  ).getTracer(SCOPE);
  const instruments = instrumentsOf(
    (options.meterProvider ?? api.metrics.getMeterProvider()) as MeterProvider,
  );
  const parent = api.context.active();
  const span = tracer.startSpan(
    "sendToMany",
    {
      kind: api.SpanKind.INTERNAL,
      attributes: {
        ...OPERATION,
        "yunxin.fanout.batch_size": attributes.batchSize,
        ...(attributes.total === undefined ? {} : { "yunxin.fanout.total": attributes.total }),
        ...(attributes.callsPerMinute === undefined
          ? {}
          : { "yunxin.rate_limit.calls_per_minute": attributes.callsPerMinute }),
      },
    },
    parent,
  );
  const active = api.trace.setSpan(parent, span);
  return recorder(api, span, active, instruments, OPERATION);
}

function recorder(
  api: OtelApi,
  span: Span,
  active: ReturnType<OtelApi["context"]["active"]>,
  instruments: Instruments,
  operation: { "yunxin.operation": string },
): FanoutTelemetry {
  return {
    within: (work) => api.context.with(active, work),
    receivers(outcomes) {
      let sent = 0;
      let failed = 0;
      let notAttempted = 0;
      for (const outcome of outcomes) {
        if (outcome.status === "sent") sent++;
        else if (outcome.status === "failed") failed++;
        else notAttempted++;
      }
      const add = (count: number, outcome: string) => {
        if (count > 0) {
          instruments.receivers.add(count, { ...operation, "yunxin.receiver.outcome": outcome });
        }
      };
      add(sent, "sent");
      add(failed, "failed");
      add(notAttempted, "not_attempted");
    },
    waited(ms) {
      instruments.limiterWait.record(ms / 1000, operation);
    },
    paused(blockMs) {
      span.addEvent("yunxin.rate_limit.block", { "yunxin.rate_limit.block_ms": blockMs });
    },
    blocked(ms) {
      instruments.blockDuration.record(ms / 1000, operation);
    },
    end(result) {
      if ("summary" in result) {
        const { summary } = result;
        span.setAttributes({
          "yunxin.fanout.sent": summary.sent,
          "yunxin.fanout.failed": summary.failed,
          "yunxin.fanout.not_attempted": summary.notAttempted,
          "yunxin.fanout.calls": summary.calls,
          "yunxin.fanout.rate_limited": summary.rateLimited,
          "yunxin.fanout.aborted": summary.aborted,
        });
      } else {
        const { error } = result;
        const type = error instanceof Error ? error.name : "_OTHER";
        span.setAttribute("error.type", type);
        span.setStatus({ code: api.SpanStatusCode.ERROR, message: type });
      }
      span.end();
    },
  };
}

function instrumentsOf(provider: MeterProvider): Instruments {
  let instruments = instrumentsByProvider.get(provider);
  if (!instruments) {
    const meter = provider.getMeter(SCOPE);
    instruments = {
      receivers: meter.createCounter("yunxin.fanout.receivers", {
        unit: "{receiver}",
        description: "Receivers of fan-out runs, by outcome (sent, failed, not_attempted).",
      }),
      limiterWait: meter.createHistogram("yunxin.rate_limiter.wait.duration", {
        unit: "s",
        advice: {
          explicitBucketBoundaries: [0, 0.005, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
        },
        description: "Time a call waited for the rate limiter before it started.",
      }),
      // Not core's yunxin.rate_limit.block.duration: one name must come from one scope, and
      // the run's calls leave the 416 to the run (retryRateLimited: false), which pauses them all.
      blockDuration: meter.createHistogram("yunxin.fanout.pause.duration", {
        unit: "s",
        advice: { explicitBucketBoundaries: [1, 5, 10, 30, 60, 90, 120, 300] },
        description:
          "Time a refused call of a fan-out waited, from its 416 until it started again.",
      }),
    };
    instrumentsByProvider.set(provider, instruments);
  }
  return instruments;
}

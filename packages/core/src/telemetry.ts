import type {
  Counter,
  Histogram,
  Meter,
  MeterProvider,
  Tracer,
  TracerProvider,
} from "@opentelemetry/api";
import { type CallRecorder, type CallTelemetry, NO_CALL } from "./call-recorder.js";
import { recordCall } from "./call-telemetry.js";
import type { OperationFacts } from "./operation-facts.js";
import { loadOtelApi, type OtelApi, type OtelApiImporter } from "./otel-api.js";
import { DURATION_BUCKETS_S, INSTRUMENTATION_SCOPE } from "./telemetry-names.js";
import type { TelemetryOptions } from "./telemetry-options.js";

/** The client's metric instruments, made once per meter provider. */
export interface Instruments {
  /** `http.client.request.duration`: one point per HTTP attempt. */
  requestDuration: Histogram;
  callDuration: Histogram;
  calls: Counter;
  retries: Counter;
  rateLimitBlocks: Counter;
  rateLimitBlockDuration: Histogram;
  receivers: Counter;
}

/**
 * A client's telemetry: the API once loaded, and the tracer and instruments of the current
 * providers. The global providers are looked up on every call (a lookup of a global), so spans
 * and metrics start flowing when the application registers its SDK after creating the client.
 */
export class Telemetry implements CallTelemetry {
  #api: OtelApi | undefined;
  #loading: Promise<void> | undefined;
  #tracer: { provider: unknown; tracer: Tracer } | undefined;
  #meter: { provider: unknown; instruments: Instruments } | undefined;

  constructor(
    private readonly options: TelemetryOptions = {},
    importer?: OtelApiImporter,
  ) {
    if (options.telemetry === false) return;
    this.#loading = loadOtelApi(importer).then((api) => {
      this.#api = api;
      this.#loading = undefined;
    });
  }

  /** A recorder of one call, whose span is a child of the caller's active span. */
  async startCall(operationId: string, facts: OperationFacts): Promise<CallRecorder> {
    if (this.#loading) await this.#loading;
    const api = this.#api;
    if (!api) return NO_CALL;
    return recordCall(api, this.#tracerOf(api), this.#instrumentsOf(api), operationId, facts);
  }

  #tracerOf(api: OtelApi): Tracer {
    const provider = (this.options.tracerProvider ??
      api.trace.getTracerProvider()) as TracerProvider;
    if (this.#tracer?.provider !== provider) {
      this.#tracer = { provider, tracer: provider.getTracer(INSTRUMENTATION_SCOPE) };
    }
    return this.#tracer.tracer;
  }

  #instrumentsOf(api: OtelApi): Instruments {
    const provider = (this.options.meterProvider ??
      api.metrics.getMeterProvider()) as MeterProvider;
    if (this.#meter?.provider !== provider) {
      this.#meter = {
        provider,
        instruments: instrumentsOf(provider.getMeter(INSTRUMENTATION_SCOPE)),
      };
    }
    return this.#meter.instruments;
  }
}

function instrumentsOf(meter: Meter): Instruments {
  const seconds = { unit: "s", advice: { explicitBucketBoundaries: [...DURATION_BUCKETS_S] } };
  return {
    requestDuration: meter.createHistogram("http.client.request.duration", {
      ...seconds,
      description: "Duration of HTTP client requests: one per attempt, until its body is read.",
    }),
    callDuration: meter.createHistogram("yunxin.call.duration", {
      ...seconds,
      description: "Duration of Yunxin calls, every attempt and wait between them included.",
    }),
    calls: meter.createCounter("yunxin.calls", {
      unit: "{call}",
      description: "Yunxin calls, by operation and outcome.",
    }),
    retries: meter.createCounter("yunxin.retries", {
      unit: "{retry}",
      description: "Attempts repeated after a failure, by operation and the failure's cause.",
    }),
    rateLimitBlocks: meter.createCounter("yunxin.rate_limit.blocks", {
      unit: "{block}",
      description: "Code 416 answers: the app's rate limit blocks its calls for a while.",
    }),
    rateLimitBlockDuration: meter.createHistogram("yunxin.rate_limit.block.duration", {
      unit: "s",
      advice: { explicitBucketBoundaries: [1, 5, 10, 30, 60, 90, 120, 300] },
      description: "Time spent waiting out a code 416 block before calling again.",
    }),
    receivers: meter.createCounter("yunxin.receivers", {
      unit: "{receiver}",
      description: "Receivers of batch sends, by outcome (sent, failed, unreported).",
    }),
  };
}

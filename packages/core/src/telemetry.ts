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
  #meter: { provider: unknown; instruments: Instruments; noop: boolean } | undefined;

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

  /**
   * A recorder of one call, whose span is a child of the caller's active span; {@link NO_CALL}
   * while neither a tracer nor a meter provider is registered (spans and points would go nowhere,
   * and recording them cost about a tenth of a call's CPU).
   */
  startCall(operationId: string, facts: OperationFacts): CallRecorder | Promise<CallRecorder> {
    if (this.#loading) return this.#loading.then(() => this.startCall(operationId, facts));
    const api = this.#api;
    if (!api) return NO_CALL;
    const meter = this.#meterOf(api);
    const tracerProvider = (this.options.tracerProvider ??
      api.trace.getTracerProvider()) as TracerProvider;
    if (meter.noop && isNoopTracerProvider(api, tracerProvider)) return NO_CALL;
    return recordCall(api, this.#tracerOf(tracerProvider), meter.instruments, operationId, facts);
  }

  #tracerOf(provider: TracerProvider): Tracer {
    if (this.#tracer?.provider !== provider) {
      this.#tracer = { provider, tracer: provider.getTracer(INSTRUMENTATION_SCOPE) };
    }
    return this.#tracer.tracer;
  }

  #meterOf(api: OtelApi): { instruments: Instruments; noop: boolean } {
    const provider = (this.options.meterProvider ??
      api.metrics.getMeterProvider()) as MeterProvider;
    if (this.#meter?.provider !== provider) {
      const meter = provider.getMeter(INSTRUMENTATION_SCOPE);
      this.#meter = {
        provider,
        instruments: instrumentsOf(meter),
        // The API's no-op provider (nothing registered) hands out its one no-op meter.
        noop: meter === api.createNoopMeter?.(),
      };
    }
    return this.#meter;
  }
}

const noopTracerProviders = new WeakMap<OtelApi, unknown>();

/**
 * Whether `provider` is the API's global proxy with no SDK behind it yet. Asked on every call: an
 * SDK registered later takes the same proxy, and its spans start with the next call.
 */
function isNoopTracerProvider(api: OtelApi, provider: unknown): boolean {
  const proxy = provider as { getDelegate?: () => unknown };
  if (typeof proxy.getDelegate !== "function" || typeof api.ProxyTracerProvider !== "function") {
    return false;
  }
  let noop = noopTracerProviders.get(api);
  if (noop === undefined) {
    // A proxy with no delegate answers with the API's own no-op provider.
    noop = new api.ProxyTracerProvider().getDelegate();
    noopTracerProviders.set(api, noop);
  }
  return proxy.getDelegate() === noop;
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

// No type of the OpenTelemetry API here: these are public, and must compile without it installed.

/**
 * An OpenTelemetry `TracerProvider`. Typed by shape, so this package's types do not need
 * `@opentelemetry/api` installed; any provider of the API (1.x) fits.
 */
export interface TracerProviderLike {
  getTracer(name: string, version?: string): unknown;
}

/** An OpenTelemetry `MeterProvider`, typed by shape like {@link TracerProviderLike}. */
export interface MeterProviderLike {
  getMeter(name: string, version?: string): unknown;
}

/** Where a client's spans and metrics go (see the README's "Observability"). */
export interface TelemetryOptions {
  /** `false`: no spans, no metrics, `@opentelemetry/api` is not even loaded. Default true. */
  telemetry?: boolean;
  /** Default: the global one of `@opentelemetry/api` (a no-op until the application registers one). */
  tracerProvider?: TracerProviderLike;
  /** Default: the global one of `@opentelemetry/api` (a no-op until the application registers one). */
  meterProvider?: MeterProviderLike;
}

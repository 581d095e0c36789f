import type * as OpenTelemetryApi from "@opentelemetry/api";

/** The `@opentelemetry/api` module, when the application installed it. */
export type OtelApi = typeof OpenTelemetryApi;

/** How the API is loaded; tests pass one that fails, as a missing package does. */
export type OtelApiImporter = () => Promise<OtelApi>;

let shared: Promise<OtelApi | undefined> | undefined;

/**
 * `@opentelemetry/api` if it can be loaded, else `undefined` (it is an optional peer dependency).
 * A dynamic import, so neither a missing package nor a runtime without it (a bundle that left it
 * out) stops the client from loading, and `require()` of this package stays possible (no
 * top-level await). Any failure to load means "no telemetry": observing must never break a call.
 */
export function loadOtelApi(importer?: OtelApiImporter): Promise<OtelApi | undefined> {
  if (importer) return importer().then(usable, () => undefined);
  shared ??= import("@opentelemetry/api").then(usable, () => undefined);
  return shared;
}

function usable(api: OtelApi): OtelApi | undefined {
  return typeof api?.trace?.getTracerProvider === "function" &&
    typeof api.metrics?.getMeterProvider === "function"
    ? api
    : undefined;
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { UsageError } from "./usage-error.js";

type MeterProviderLike = import("@yunxin-im/core").MeterProviderLike;

/** What `--metrics-port` serves: `/metrics` (Prometheus text) and `/healthz`. */
export interface MetricsServer {
  /** Where the metrics go: give it to the client and the worker. */
  meterProvider: MeterProviderLike;
  url: string;
  close(): Promise<void>;
}

const PACKAGES = ["@opentelemetry/sdk-metrics", "@opentelemetry/exporter-prometheus"];

/**
 * Serves the process's metrics as Prometheus text, from OpenTelemetry's Prometheus exporter (a
 * pull reader: every scrape collects), and `/healthz`: 200 while `healthy()` (Redis answers),
 * 503 otherwise. The SDK packages are optional peers of the CLI, loaded only for this flag.
 */
export async function startMetricsServer(
  port: number,
  healthy: () => Promise<boolean>,
): Promise<MetricsServer> {
  let sdk: [
    typeof import("@opentelemetry/sdk-metrics"),
    typeof import("@opentelemetry/exporter-prometheus"),
  ];
  try {
    sdk = await Promise.all([
      import("@opentelemetry/sdk-metrics"),
      import("@opentelemetry/exporter-prometheus"),
    ]);
  } catch (error) {
    const { code } = error as { code?: unknown };
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new UsageError(
      `yunxin-im worker --metrics-port needs the optional packages ${PACKAGES.join(" and ")} next to the CLI: install them with \`npm install @opentelemetry/api ${PACKAGES.join(" ")}\``,
    );
  }
  const [{ MeterProvider }, { PrometheusExporter }] = sdk;
  const exporter = new PrometheusExporter({ preventServerStart: true });
  const meterProvider = new MeterProvider({ readers: [exporter] });
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET") {
      response.writeHead(405, { Allow: "GET" }).end();
    } else if (path === "/metrics") {
      exporter.getMetricsRequestHandler(request, response);
    } else if (path === "/healthz") {
      void healthy()
        .catch(() => false)
        .then((ok) => {
          response.writeHead(ok ? 200 : 503, { "Content-Type": "application/json" }).end(
            JSON.stringify({
              status: ok ? "ok" : "unavailable",
              redis: ok ? "reachable" : "unreachable",
            }),
          );
        });
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("/metrics or /healthz\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    meterProvider,
    url: `http://127.0.0.1:${listening}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await meterProvider.shutdown();
    },
  };
}

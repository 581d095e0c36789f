import { createYunxinClient } from "@yunxin-im/core";
import { BATCH_OPERATIONS } from "@yunxin-im/fanout";
import { createSigningMiddleware, SigningConfigError } from "@yunxin-im/signing";
import { AttemptObserver } from "./attempt-observer.js";
import type { Command } from "./command.js";
import { DebugLog, debugFromEnvironment } from "./debug-log.js";
import { EXIT } from "./exit-codes.js";
import { optionalCount as count } from "./flag-values.js";
import { type FlagSpecs, flagHelpLines, parseFlags } from "./flags.js";
import { type CliIo, writeLine } from "./io.js";
import { type MetricsServer, startMetricsServer } from "./metrics-server.js";
import {
  QUEUE_LOCATION_FLAGS,
  queueConnection,
  readQueueLocation,
  redactUrl,
} from "./queue-location.js";
import { loadQueuePackage } from "./queue-package.js";
import { parseRateFlags } from "./rate-flags.js";
import { ratePlanChoices } from "./rate-plan-choices.js";
import { SEND_FLAGS } from "./send-flags.js";
import { resolveTarget } from "./target.js";
import { UsageError } from "./usage-error.js";

const WORKER_FLAGS = {
  ...QUEUE_LOCATION_FLAGS,
  region: SEND_FLAGS.region,
  "base-url": SEND_FLAGS["base-url"],
  "rate-plan": {
    type: "string",
    value: "<plan>",
    group: "Pacing",
    description: `${ratePlanChoices()}; give every worker of the app the same`,
  },
  "calls-per-minute": SEND_FLAGS["calls-per-minute"],
  concurrency: {
    type: "string",
    value: "<n>",
    group: "Pacing",
    description: "Calls this process has in flight or waiting at once (default 8)",
  },
  timeout: SEND_FLAGS.timeout,
  "metrics-port": {
    type: "string",
    value: "<n>",
    group: "Output",
    description:
      "Serve Prometheus metrics on /metrics and Redis reachability on /healthz\nat this port (needs @opentelemetry/sdk-metrics and exporter-prometheus)",
  },
  debug: {
    type: "boolean",
    group: "Output",
    description: "One stderr line per HTTP attempt (CheckSum redacted); also YUNXIN_DEBUG=1",
  },
  help: { type: "boolean", short: "h", group: "Output", description: "Show this help" },
} as const satisfies FlagSpecs;

function workerHelp(): string {
  const section = (title: string, group: string) =>
    [title, ...flagHelpLines(WORKER_FLAGS, group)].join("\n");
  return `yunxin-im worker — send the queued broadcasts, until stopped

Usage:
  yunxin-im worker --queue <redis-url> [options]
  yunxin-im worker --cluster --queue redis://host:port,host:port --queue-name "{tag}" [options]

Runs as many of the queue's chunks at once as --concurrency allows: calls of up to ${BATCH_OPERATIONS.sendBatchMessages.maxReceivers}
receivers for messages queued with send, ${BATCH_OPERATIONS.sendBatchCustomNotification.maxReceivers} for custom notifications queued with notify.
Every worker of the app, in any process on any machine and any queue, shares the app's one
${BATCH_OPERATIONS.sendBatchMessages.rateLimitCategory} rate limit through Redis, for both kinds; a 416 answer pauses them all for the
block. SIGTERM or Ctrl-C: no new call starts, the calls in flight finish and are recorded, then
the worker exits 0 (a second signal exits at once).

${section("Queue:", "Queue")}

${section("Where to send (credentials come from YUNXIN_APP_KEY and YUNXIN_APP_SECRET):", "Where to send")}

${section("Pacing:", "Pacing")}

${section("Output:", "Output")}

Environment:
  YUNXIN_APP_KEY, YUNXIN_APP_SECRET  the app's credentials, read by this process only: nothing
                                     secret is written to Redis
  YUNXIN_RATE_LIMIT_BLOCK_MS         how long a 416 pauses the workers, in ms (default 60000)

Examples:
  export YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=…
  yunxin-im worker --queue redis://127.0.0.1:6379 --rate-plan flagship --calls-per-minute 1000
  yunxin-im worker --cluster --queue redis://10.0.0.1:6379,10.0.0.2:6379 --queue-name "{app-a}"`;
}

/** `yunxin-im worker --queue <redis-url>`: runs a worker of the queue until SIGTERM or Ctrl-C. */
export const workerCommand: Command = {
  name: "worker",
  usage: ["yunxin-im worker --queue <redis-url> [options]"],
  summary:
    "Send the broadcasts queued with send or notify --queue, sharing the app's rate limit\nwith every other worker, until stopped",
  help: workerHelp,
  async run(argv, io) {
    const flags = parseFlags(argv, WORKER_FLAGS, "yunxin-im worker");
    if (flags.help) {
      await writeLine(io.stdout, workerHelp());
      return EXIT.ok;
    }
    const location = readQueueLocation("worker", flags.queue, flags["queue-name"], flags.cluster);
    const target = resolveTarget(
      { region: flags.region, baseUrl: flags["base-url"] },
      io.env,
      () => ({
        available: false,
        why: "a worker sends for real",
        instead: "use yunxin-im send without --queue",
      }),
    );
    if (target.kind !== "api")
      throw new UsageError("a worker needs YUNXIN_APP_KEY and YUNXIN_APP_SECRET");
    const { callsPerMinute } = parseRateFlags(flags["rate-plan"], flags["calls-per-minute"]);
    const timeoutMs = count("--timeout", flags.timeout);
    const metricsPort = port("--metrics-port", flags["metrics-port"]);
    const metrics =
      metricsPort === undefined
        ? undefined
        : await startMetricsServer(metricsPort, () => healthCheck.reachable());
    const blockMs = count(
      "YUNXIN_RATE_LIMIT_BLOCK_MS",
      io.env.YUNXIN_RATE_LIMIT_BLOCK_MS?.trim() || undefined,
    );
    const client = createYunxinClient({
      ...(target.baseUrl === undefined
        ? { region: target.region ?? "cn" }
        : { baseUrl: target.baseUrl }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(blockMs === undefined ? {} : { rateLimitBlockMs: blockMs }),
      ...(metrics ? { meterProvider: metrics.meterProvider } : {}),
    });
    try {
      client.use(createSigningMiddleware({ appKey: target.appKey, appSecret: target.appSecret }));
    } catch (error) {
      if (!(error instanceof SigningConfigError)) throw error;
      const variable = error.field === "appSecret" ? "YUNXIN_APP_SECRET" : "YUNXIN_APP_KEY";
      throw new UsageError(`${variable} is unusable: ${error.message}`);
    }
    if (flags.debug || debugFromEnvironment(io.env.YUNXIN_DEBUG)) {
      const log = new DebugLog((line) => void writeLine(io.stderr, line));
      client.use(new AttemptObserver([log], { readCode: true }).middleware());
    }
    return runWorker(io, {
      metrics,
      location,
      client,
      appKey: target.appKey,
      callsPerMinute,
      concurrency: count("--concurrency", flags.concurrency),
    });
  },
};

async function runWorker(
  io: CliIo,
  settings: {
    metrics: MetricsServer | undefined;
    location: ReturnType<typeof readQueueLocation>;
    client: ReturnType<typeof createYunxinClient>;
    appKey: string;
    callsPerMinute: number;
    concurrency: number | undefined;
  },
) {
  const { location } = settings;
  let lastError = "";
  const { startBroadcastWorker } = await loadQueuePackage("worker");
  const worker = startBroadcastWorker({
    connection: queueConnection(location),
    ...(location.queueName === undefined ? {} : { queueName: location.queueName }),
    client: settings.client,
    appKey: settings.appKey,
    rateLimit: { callsPerMinute: settings.callsPerMinute },
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
    ...(settings.metrics ? { meterProvider: settings.metrics.meterProvider } : {}),
    onError: (error) => {
      // A Redis outage repeats the same error on every reconnection attempt: say it once.
      if (error.message === lastError) return;
      lastError = error.message;
      void writeLine(io.stderr, `worker: ${error.message} (retrying)`);
    },
  });
  healthCheck.reachable = () => worker.redisReachable();
  await worker.ready();
  if (settings.metrics) {
    await writeLine(
      io.stderr,
      `worker: metrics on ${settings.metrics.url}/metrics, health on ${settings.metrics.url}/healthz`,
    );
  }
  await writeLine(
    io.stderr,
    `worker: sending broadcasts from ${redactUrl(location.url)}${location.cluster ? " (Redis Cluster)" : ""} for app ${settings.appKey}, ` +
      `${settings.callsPerMinute} calls a minute shared with every worker of the app; SIGTERM or Ctrl-C stops it`,
  );
  await stopRequested(io.signal);
  await writeLine(io.stderr, "worker: stopping after the calls in flight");
  await worker.close();
  await settings.metrics?.close();
  await writeLine(io.stderr, "worker: stopped");
  return EXIT.ok;
}

/** The health check before the worker exists: Redis not known to be reachable yet. */
const healthCheck = { reachable: async () => false };

function port(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new UsageError(
      `${flag} must be a port number from 0 to 65535, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}

function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true }),
  );
}

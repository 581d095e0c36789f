// A worker process for the multi-process tests: the built package, the real client and signing,
// credentials from this process's environment only. Prints "ready" once it takes jobs; SIGTERM
// closes it gracefully (the call in flight finishes) and it exits 0.
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { startBroadcastWorker } from "../../dist/index.js";

const env = process.env;
const client = createYunxinClient({
  baseUrl: env.STUB_URL,
  timeoutMs: 5000,
  rateLimitBlockMs: Number(env.BLOCK_MS ?? 60_000),
  sleep: async () => {},
});
client.use(
  createSigningMiddleware({ appKey: env.YUNXIN_APP_KEY, appSecret: env.YUNXIN_APP_SECRET }),
);
// Tells the stub which process sent a request, so a test can kill the one with a call in flight.
client.use({
  onRequest({ request }) {
    request.headers.set("X-Test-Worker", String(process.pid));
    return request;
  },
});

// REDIS_CLUSTER (host:port,host:port,…): the cluster's seed nodes; otherwise REDIS_URL.
const connection = env.REDIS_CLUSTER
  ? {
      cluster: env.REDIS_CLUSTER.split(",").map((seed) => {
        const [host, port] = seed.split(":");
        return { host, port: Number(port) };
      }),
    }
  : env.REDIS_URL;
const worker = startBroadcastWorker({
  connection,
  prefix: env.QUEUE_PREFIX,
  queueName: env.QUEUE_NAME,
  client,
  appKey: env.YUNXIN_APP_KEY,
  rateLimit: { callsPerMinute: Number(env.CALLS_PER_WINDOW) },
  windowMs: Number(env.WINDOW_MS),
  concurrency: 4,
  lockDurationMs: Number(env.LOCK_MS ?? 30_000),
  stalledIntervalMs: Number(env.STALLED_MS ?? 15_000),
  onError: () => {},
});
await worker.ready();
process.stdout.write("ready\n");
process.once("SIGTERM", async () => {
  await worker.close();
  process.exit(0);
});

// One benchmark worker process: the built package, the real client and signing, against the
// benchmark's stub (a 416 blocks for BLOCK_MS, default 60 000). Prints "ready", then its RSS and CPU time since ready every 500 ms ("rss <bytes>", "cpu <µs>"); SIGTERM closes it.
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { startBroadcastWorker } from "../dist/index.js";

const env = process.env;
const client = createYunxinClient({
  baseUrl: env.STUB_URL,
  timeoutMs: 10_000,
  rateLimitBlockMs: Number(env.BLOCK_MS ?? 60_000),
});
client.use(createSigningMiddleware({ appKey: env.APP_KEY, appSecret: env.APP_SECRET }));
// Tells the stub which process sent a call, so the faults run can kill the one holding it.
client.use({
  onRequest({ request }) {
    request.headers.set("X-Bench-Worker", String(process.pid));
    return request;
  },
});
const worker = startBroadcastWorker({
  connection: env.REDIS_URL,
  prefix: env.QUEUE_PREFIX,
  client,
  appKey: env.APP_KEY,
  rateLimit: { callsPerMinute: Number(env.LIMIT) },
  windowMs: Number(env.WINDOW_MS),
  concurrency: 8,
});
await worker.ready();
process.stdout.write("ready\n");
const cpuAtReady = process.cpuUsage();
const report = setInterval(() => {
  const cpu = process.cpuUsage(cpuAtReady);
  process.stdout.write(`rss ${process.memoryUsage().rss}\ncpu ${cpu.user + cpu.system}\n`);
}, 500);
process.once("SIGTERM", async () => {
  clearInterval(report);
  await worker.close();
  process.exit(0);
});

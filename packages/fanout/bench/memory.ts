// Part (c): peak RSS of the sender while it sends to 1 000 000 receivers from an async iterable,
// consuming the outcomes as they stream (each is checked off in a bitmap: every receiver must get
// exactly one outcome). The stub runs in another process, so its memory is not counted.
// Usage: memory.js [RECEIVERS] [skip|send] [CONCURRENCY] [CALLS_PER_MINUTE]; without the last,
// unpaced (as fast as the stub answers); with 10000, paced to the highest plan's limit.
import { sendToMany } from "../src/index.js";
import { asyncReceiverRange, message, report, signedClient } from "./common.js";
import { startStubProcess } from "./stub-client.js";

const receiverCount = Number(process.argv[2] ?? 1_000_000);
const duplicates = (process.argv[3] ?? "skip") as "skip" | "send";
const concurrency = Number(process.argv[4] ?? 4);
const callsPerMinute = process.argv[5] === undefined ? undefined : Number(process.argv[5]);

const stub = await startStubProcess({});
const client = signedClient(stub.url);
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const seen = new Uint8Array(receiverCount + 1);
const counts = { sent: 0, failed: 0, notAttempted: 0, twice: 0 };
const start = performance.now();
const run = sendToMany({
  client,
  message,
  receivers: asyncReceiverRange(receiverCount),
  total: receiverCount,
  rateLimit: callsPerMinute === undefined ? false : { callsPerMinute },
  concurrency,
  duplicates,
});
for await (const outcome of run) {
  const index = Number(outcome.receiverId.slice(1));
  if (seen[index] === 1) counts.twice++;
  seen[index] = 1;
  if (outcome.status === "sent") counts.sent++;
  else if (outcome.status === "failed") counts.failed++;
  else counts.notAttempted++;
}
const seconds = (performance.now() - start) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
let missing = 0;
for (let index = 1; index <= receiverCount; index++) if (seen[index] !== 1) missing++;
const stats = await stub.stats();
await stub.close();

report({
  part: "c",
  receivers: receiverCount,
  duplicates,
  concurrency,
  callsPerMinute: callsPerMinute ?? "unpaced",
  peakRssMb: Number(peakRssMb.toFixed(1)),
  rssBeforeSendingMb: Number(rssBeforeMb.toFixed(1)),
  ...counts,
  missing,
  deliveries: stats.deliveries,
  duplicateDeliveries: stats.duplicateDeliveries,
  seconds: Number(seconds.toFixed(1)),
  receiversPerSecond: Math.round(receiverCount / seconds),
});

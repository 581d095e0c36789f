// Part (a): paced to R calls a minute against a stub that enforces R (416 past it), what rate
// does the sender achieve, and does it ever exceed R? "A minute" is scaled: the sender's clock
// runs SCALE times faster than real time, and the stub enforces R per 60 000 / SCALE real ms,
// so several rate-limit windows pass in seconds. Usage: rate.js [R] [SCALE] [MINUTES]
import { sleep } from "@yunxin-im/core";
import { type Clock, sendToMany } from "../src/index.js";
import { message, receiverRange, report, signedClient } from "./common.js";
import { startStubProcess } from "./stub-client.js";

const callsPerMinute = Number(process.argv[2] ?? 600);
const scale = Number(process.argv[3] ?? 20);
const minutes = Number(process.argv[4] ?? 8);
const windowMs = 60_000 / scale;
const batchSize = 10;

const stub = await startStubProcess({
  rateLimit: { calls: callsPerMinute, windowMs, blockMs: windowMs },
});
const origin = performance.now();
const clock: Clock = {
  now: () => (performance.now() - origin) * scale,
  sleep: (ms, signal) => sleep(ms / scale, signal),
};
const calls = Math.round(callsPerMinute * minutes);
const summary = await sendToMany({
  client: signedClient(stub.url),
  message,
  receivers: receiverRange(calls * batchSize),
  rateLimit: { callsPerMinute },
  concurrency: 8,
  batchSize,
  clock,
}).summary();
const stats = await stub.stats();
await stub.close();

const elapsedWindows = (stats.lastAcceptedAt - stats.firstAcceptedAt) / windowMs;
const achieved = (stats.acceptedCalls - 1) / elapsedWindows;
report({
  part: "a",
  callsPerMinute,
  scale,
  minuteIsMs: windowMs,
  calls: stats.acceptedCalls,
  achievedCallsPerMinute: Number(achieved.toFixed(2)),
  achievedShare: Number((achieved / callsPerMinute).toFixed(4)),
  mostCallsInAnyMinute: stats.maxCallsInWindow,
  rateLimited416: stats.rateLimited,
  sent: summary.sent,
  failed: summary.failed,
  realSeconds: Number(((performance.now() - origin) / 1000).toFixed(1)),
});

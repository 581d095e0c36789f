// Part (c) baseline: the peak RSS of a hand-written loop of raw `fetch` calls (precomputed
// headers, no per-receiver outcomes, no duplicate check) sending to the same receivers from the
// same kind of async iterable at the same concurrency, measured like the sender.
// Usage: memory-raw.js [RECEIVERS] [CONCURRENCY]
import { SEND_BATCH_PATH } from "@yunxin-im/core";
import { asyncReceiverRange, presignedHeaders, rawFetchCall, report } from "./common.js";
import { startStubProcess } from "./stub-client.js";

const receiverCount = Number(process.argv[2] ?? 1_000_000);
const concurrency = Number(process.argv[3] ?? 4);

const stub = await startStubProcess({});
const url = `${stub.url}${SEND_BATCH_PATH}`;
const headers = presignedHeaders();
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const receivers = asyncReceiverRange(receiverCount);
let reading: Promise<unknown> = Promise.resolve();
let sent = 0;

async function nextChunk(): Promise<string[]> {
  const chunk: string[] = [];
  while (chunk.length < 100) {
    const step = await receivers.next();
    if (step.done) break;
    chunk.push(step.value);
  }
  return chunk;
}

const start = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (;;) {
      const turn = reading.then(nextChunk);
      reading = turn;
      const chunk = await turn;
      if (chunk.length === 0) return;
      const count = await rawFetchCall(url, headers, chunk);
      sent += count;
    }
  }),
);
const seconds = (performance.now() - start) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
await stub.close();

report({
  part: "c-raw",
  receivers: receiverCount,
  concurrency,
  peakRssMb: Number(peakRssMb.toFixed(1)),
  rssBeforeSendingMb: Number(rssBeforeMb.toFixed(1)),
  sent,
  seconds: Number(seconds.toFixed(1)),
  receiversPerSecond: Math.round(receiverCount / seconds),
});

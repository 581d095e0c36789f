// Part (b): receivers per second, unpaced, of the sender versus a hand-written loop of raw
// `fetch` calls with precomputed headers at the same concurrency, against the same stub, in one
// run. A third contender, a hand loop over the core client's sendBatch (signed and validated like
// the sender's), splits the gap into what the client costs and what the fan-out adds. The sender
// runs twice a round: with its default duplicate check ("skip", which the raw loop does not do)
// and with duplicates "send". Rounds alternate (raw, client, sender, sender "send", raw…) and the
// medians are compared.
// Usage: throughput.js [RECEIVERS] [ROUNDS] [CONCURRENCY]
import { SEND_BATCH_PATH } from "@yunxin-im/core";
import { sendToMany } from "../src/index.js";
import {
  message,
  presignedHeaders,
  rawFetchCall,
  receiverRange,
  report,
  signedClient,
} from "./common.js";
import { startStubProcess } from "./stub-client.js";

const receiverCount = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 3);
const concurrency = Number(process.argv[4] ?? 8);
const receivers = [...receiverRange(receiverCount)];

const stub = await startStubProcess({});
const url = `${stub.url}${SEND_BATCH_PATH}`;
const client = signedClient(stub.url);

const headers = presignedHeaders();

/** Sends `ids` in calls of 100, `concurrency` calls at a time; resolves with how many were sent. */
async function callsOf100(
  ids: readonly string[],
  call: (chunk: string[]) => Promise<number>,
): Promise<number> {
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < ids.length) {
      const chunk = ids.slice(next, next + 100);
      next += 100;
      const count = await call(chunk); // awaited first: `sent += await …` would lose counts
      sent += count;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sent;
}

const rawLoop = (ids: readonly string[]) =>
  callsOf100(ids, (chunk) => rawFetchCall(url, headers, chunk));

const clientLoop = (ids: readonly string[]) =>
  callsOf100(ids, async (chunk) => {
    const result = await client.sendBatch({ ...message, receiver_ids: chunk });
    return result.sent.length;
  });

const sender =
  (duplicates: "skip" | "send") =>
  async (ids: readonly string[]): Promise<number> => {
    let sent = 0;
    for await (const outcome of sendToMany({
      client,
      message,
      receivers: ids,
      rateLimit: false,
      concurrency,
      duplicates,
    })) {
      if (outcome.status === "sent") sent++;
    }
    return sent;
  };

async function timed(send: (ids: readonly string[]) => Promise<number>): Promise<number> {
  const start = performance.now();
  const sent = await send(receivers);
  if (sent !== receivers.length) throw new Error(`sent ${sent} of ${receivers.length}`);
  return receivers.length / ((performance.now() - start) / 1000);
}

// Warm-up, so both are measured with a JIT-compiled path and open connections.
await rawLoop(receivers.slice(0, 20_000));
await clientLoop(receivers.slice(0, 20_000));
await sender("skip")(receivers.slice(0, 20_000));
await sender("send")(receivers.slice(0, 20_000));

const raw: number[] = [];
const core: number[] = [];
const fanout: number[] = [];
const fanoutSend: number[] = [];
for (let round = 0; round < rounds; round++) {
  raw.push(await timed(rawLoop));
  core.push(await timed(clientLoop));
  fanout.push(await timed(sender("skip")));
  fanoutSend.push(await timed(sender("send")));
}
await stub.close();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
report({
  part: "b",
  receivers: receiverCount,
  rounds,
  concurrency,
  rawReceiversPerSecond: Math.round(median(raw)),
  clientLoopReceiversPerSecond: Math.round(median(core)),
  senderReceiversPerSecond: Math.round(median(fanout)),
  senderSendDuplicatesReceiversPerSecond: Math.round(median(fanoutSend)),
  ratio: Number((median(fanout) / median(raw)).toFixed(3)),
  sendDuplicatesRatio: Number((median(fanoutSend) / median(raw)).toFixed(3)),
  clientLoopToRaw: Number((median(core) / median(raw)).toFixed(3)),
  senderToClientLoop: Number((median(fanout) / median(core)).toFixed(3)),
  rawRounds: raw.map(Math.round),
  clientLoopRounds: core.map(Math.round),
  senderRounds: fanout.map(Math.round),
  senderSendDuplicatesRounds: fanoutSend.map(Math.round),
});

// Part (b): receivers per second, unpaced, of the sender versus a hand-written loop of raw
// `fetch` calls with precomputed headers at the same concurrency, against the same stub, in one
// run. A third contender, a hand loop over the core client's sendBatch (signed and validated like
// the sender's), splits the gap into what the client costs and what the fan-out adds. The sender
// runs twice a round: with its default duplicate check ("skip", which the raw loop does not do)
// and with duplicates "send". Rounds alternate (raw, client, sender, sender "send", raw…) and the
// medians are compared.
// Usage: throughput.js [RECEIVERS] [ROUNDS] [CONCURRENCY]
import { createHash, randomUUID } from "node:crypto";
import { SEND_BATCH_PATH } from "@yunxin-im/core";
import { sendToMany } from "../src/index.js";
import { APP_KEY, APP_SECRET, message, receiverRange, report, signedClient } from "./common.js";
import { startStubProcess } from "./stub-client.js";

const receiverCount = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 3);
const concurrency = Number(process.argv[4] ?? 8);
const receivers = [...receiverRange(receiverCount)];

const stub = await startStubProcess({});
const url = `${stub.url}${SEND_BATCH_PATH}`;
const client = signedClient(stub.url);

// Signed once: the loop does no per-call signing, validation or exact int64 parsing.
const nonce = "0123456789abcdef0123456789abcdef";
const curTime = String(Math.floor(Date.now() / 1000));
const headers = {
  "Content-Type": "application/json;charset=UTF-8",
  AppKey: APP_KEY,
  Nonce: nonce,
  CurTime: curTime,
  CheckSum: createHash("sha1")
    .update(APP_SECRET + nonce + curTime)
    .digest("hex"),
};

async function rawLoop(ids: readonly string[]): Promise<number> {
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < ids.length) {
      const chunk = ids.slice(next, next + 100);
      next += 100;
      const response = await fetch(url, {
        method: "POST",
        headers: { ...headers, "X-custom-traceid": randomUUID() },
        body: JSON.stringify({ ...message, receiver_ids: chunk }),
      });
      const answer = JSON.parse(await response.text());
      sent += answer.data.success_list.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sent;
}

async function clientLoop(ids: readonly string[]): Promise<number> {
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < ids.length) {
      const chunk = ids.slice(next, next + 100);
      next += 100;
      const result = await client.sendBatch({ ...message, receiver_ids: chunk });
      sent += result.sent.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sent;
}

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

#!/usr/bin/env node
// The client's own CPU per call, with the socket taken away. On Node's transport, it and the raw
// `undici.request` caller get one dispatcher that answers at once; on the fetch transport, it
// and the raw `fetch + timeout` caller get a global `fetch` that answers at once (a `Response` of
// the stub's bytes, its body a stream as fetch's is). What is left is each caller's own work: for
// the client validation, trace id, signing, encoding, the deadline, the lossless parse and the
// typed envelope; for the raw callers signing, `JSON.stringify` and `JSON.parse`. Everything runs
// in one process in interleaved blocks, so the machine's drift falls on all alike, and the medians
// repeat within about 1 µs from run to run where a socket run's move tens of per cent. Prints each caller's median µs a call over
// the rounds, and its difference from its raw caller.
//   pnpm -F @yunxin-im/core build && node bench/own-cost.mjs [--rounds 9] [--block 20000]
//     [--concurrency 64] [--operations sendMessage,queryMessagesByPage]
//     [--dist <another built core's dist dir, to compare a change against>]
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { answerTo } from "./answers.mjs";
import { CALLERS, callsInFlight, OPERATIONS, signedCallOf } from "./callers.mjs";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "9" },
    block: { type: "string", default: "20000" },
    concurrency: { type: "string", default: "64" },
    operations: { type: "string", default: Object.keys(OPERATIONS).join(",") },
    dist: { type: "string", multiple: true, default: [] },
  },
});
const BASE_URL = "http://127.0.0.1:9";

/** undici's `Dispatcher.request` answered at once: status 200, the stub's bytes as a fresh string. */
const answeringDispatcher = {
  request({ method }) {
    const bytes = answerTo(method);
    return Promise.resolve({
      statusCode: 200,
      headers: { "content-type": "application/json;charset=UTF-8" },
      body: {
        text: () => Promise.resolve(bytes.toString()),
        on() {
          return this;
        },
        destroy() {},
      },
    });
  },
};

/** The global `fetch` answered at once, as the runtime's would answer the stub. */
globalThis.fetch = async (_url, init) =>
  new Response(answerTo(init?.method ?? "GET"), {
    status: 200,
    headers: { "content-type": "application/json;charset=UTF-8" },
  });

async function clientOn(dist, operation) {
  const { clientOf } = await import(new URL("client.js", dist).href);
  const { createNodeTransport } = await import(new URL("node-transport.js", dist).href);
  const { OPERATIONS: facts } = await import(new URL("generated/operations.js", dist).href);
  const transport = createNodeTransport(answeringDispatcher);
  return signedCallOf(clientOf(facts, { baseUrl: BASE_URL }, transport), operation);
}

/** The default entry's client (what Deno, Bun and Workers get): the fetch transport. */
async function fetchClientOn(dist, operation) {
  const { createYunxinClient } = await import(new URL("index.js", dist).href);
  return signedCallOf(createYunxinClient({ baseUrl: BASE_URL }), operation);
}

const dists = [new URL("../dist/", import.meta.url), ...values.dist.map(asDirectoryUrl)];
const callers = [];
for (const operation of values.operations.split(",")) {
  for (const [make, name, raw] of [
    [clientOn, "client", "raw undici.request"],
    [fetchClientOn, "client (fetch)", "raw fetch + timeout"],
  ]) {
    for (const [index, dist] of dists.entries()) {
      const which = index === 0 ? name : `${name}, ${values.dist[index - 1]}`;
      callers.push({ operation, name: which, raw, call: await make(dist, operation), micros: [] });
    }
  }
  const rawUndici = await CALLERS["raw undici.request"](BASE_URL, operation, answeringDispatcher);
  callers.push({ operation, name: "raw undici.request", call: rawUndici, micros: [] });
  const rawFetch = await CALLERS["raw fetch + timeout"](BASE_URL, operation);
  callers.push({ operation, name: "raw fetch + timeout", call: rawFetch, micros: [] });
}

/** CPU µs a call of `calls` calls, `concurrency` at a time. */
async function block(call, calls) {
  const before = process.cpuUsage();
  await callsInFlight(call, calls, Number(values.concurrency));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

for (const caller of callers) await block(caller.call, Number(values.block)); // warm-up
for (let round = 0; round < Number(values.rounds); round++) {
  for (const caller of callers) caller.micros.push(await block(caller.call, Number(values.block)));
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
console.log(`Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}`);
console.log(
  `${values.rounds} rounds of ${values.block} calls, concurrency ${values.concurrency}\n`,
);
console.log(
  "| operation | caller | own CPU µs/call (median) | min–max | ÷ its raw caller | − its raw caller, µs |",
);
console.log("| --- | --- | --- | --- | --- | --- |");
for (const caller of callers) {
  const raw = callers.find(
    (other) => other.operation === caller.operation && other.name === (caller.raw ?? caller.name),
  );
  const mine = median(caller.micros);
  const theirs = median(raw.micros);
  console.log(
    `| ${caller.operation} | ${caller.name} | ${mine.toFixed(2)} | ${Math.min(...caller.micros).toFixed(2)}–${Math.max(...caller.micros).toFixed(2)} | ${(mine / theirs).toFixed(2)} | ${(mine - theirs).toFixed(2)} |`,
  );
}

function asDirectoryUrl(path) {
  return new URL(path.endsWith("/") ? path : `${path}/`, `file://${process.cwd()}/`);
}

#!/usr/bin/env node
// The queue benchmark (not a test). Needs the built package (`pnpm build`) and redis-server on
// PATH (or REDIS_URL, used with a key prefix of its own). Loopback only.
//   pnpm --filter @yunxin-im/queue bench            both parts
//   pnpm --filter @yunxin-im/queue bench rate       aggregate rate with 1, 2 and 4 worker processes
//   pnpm --filter @yunxin-im/queue bench enqueue    time and Redis memory to enqueue 1 000 000 receivers
//   pnpm --filter @yunxin-im/queue bench faults     3 workers at 600 a minute, 3 minutes: one SIGKILLed
//                                                   mid-call at 45 s, a 416 (30 s block) at 100 s
//   pnpm --filter @yunxin-im/queue bench kill       3 workers, one SIGKILLed mid-call at 70 s of 150 s,
//                                                   at 120 and at 600 calls a minute: the starts lost
//
// rate: every worker process shares one app's limit through Redis; a stub API answers at once and
// records when each call arrives. Default: 600 calls a real minute, 3 minutes a run (about 10
// minutes in all); BENCH_LIMIT, BENCH_WINDOW_MS and BENCH_WINDOWS change it (a scaled-down minute
// is quicker, but the time a call counts after its answer then weighs more). The figures: the
// achieved rate over whole windows after the first, and over all, as a fraction of the limit; the
// busiest sliding window over the whole run (must be ≤ the limit); worker RSS and CPU a call.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { createBroadcastQueue } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const LIMIT = Number(process.env.BENCH_LIMIT ?? 600);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 60_000);
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 3);
const message = { sender_id: "announcer", message: { message_type: 0, text: "hello" } };

const parts = process.argv.slice(2);
const redis = await redisServer();
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, Redis ${redis.version}`);
try {
  if (parts.length === 0 || parts.includes("rate")) {
    console.log(
      `\nrate: limit ${LIMIT} calls per ${WINDOW_MS} ms window, ${WINDOWS} windows a run`,
    );
    for (const workers of [1, 2, 4]) await rate(workers);
  }
  if (parts.length === 0 || parts.includes("enqueue")) await enqueue(1_000_000);
  if (parts.includes("faults")) await faults();
  if (parts.includes("kill")) {
    for (const limit of [120, 600]) await killOnly(limit);
  }
} finally {
  await redis.stop();
}

async function rate(workerCount) {
  const run = await startRun(workerCount, { LIMIT: String(LIMIT), WINDOW_MS: String(WINDOW_MS) });
  const { stub, workers, queue } = run;
  // More chunks than the run can send: the rate, not the input, is the bottleneck.
  const chunks = Math.ceil(LIMIT * (WINDOWS + 1));
  await queue.enqueue({ message, receivers: receivers(chunks * 100), broadcastId: "rate" });
  const first = await stub.arrived(1);
  await new Promise((resolve) => setTimeout(resolve, WINDOWS * WINDOW_MS + 200));
  await endRun(run, "rate");

  const times = stub.times;
  const inSteady = times.filter(
    (t) => t >= first + WINDOW_MS && t < first + WINDOWS * WINDOW_MS,
  ).length;
  const steady = inSteady / ((WINDOWS - 1) * LIMIT);
  const overall = times.filter((t) => t < first + WINDOWS * WINDOW_MS).length / (WINDOWS * LIMIT);
  const busiest = busiestWindow(times, WINDOW_MS);
  const rss = Math.max(...workers.map((worker) => worker.maxRss)) / 2 ** 20;
  const cpuPerCall =
    workers.reduce((sum, worker) => sum + worker.cpuMicros, 0) / 1000 / times.length;
  console.log(
    `  ${workerCount} worker process${workerCount > 1 ? "es" : ""}: ${steady.toFixed(3)} of the limit after the first window, ` +
      `${overall.toFixed(3)} over all ${WINDOWS}; busiest sliding window ${busiest}/${LIMIT}; ` +
      `worker RSS peak ${rss.toFixed(0)} MiB, worker CPU ${cpuPerCall.toFixed(2)} ms a call`,
  );
}

/**
 * Starts `workerCount` workers on a stub with faults, enqueues more than the run can send, and
 * runs `seconds`; `at` schedules faults by seconds after the first call: "kill" holds the next
 * call unanswered and SIGKILLs the worker that sent it, "416" refuses the next call with 416.
 */
async function faultRun({ limit, workerCount, seconds, blockMs, at }) {
  const run = await startRun(workerCount, {
    LIMIT: String(limit),
    WINDOW_MS: "60000",
    BLOCK_MS: String(blockMs),
  });
  const { stub, workers, queue } = run;
  const chunks = Math.ceil((limit * seconds) / 60) + 100;
  await queue.enqueue({ message, receivers: receivers(chunks * 100), broadcastId: "faults" });
  const first = await stub.arrived(1);
  const events = {};
  const timers = Object.entries(at).map(([kind, second]) =>
    setTimeout(
      () => {
        if (kind === "416") {
          stub.faultNext({ kind: "416" }).then((t) => {
            events["416"] = t;
          });
        } else {
          stub.faultNext({ kind: "hold" });
        }
      },
      first + second * 1000 - performance.now(),
    ),
  );
  stub.onHeld((pid, t) => {
    events.kill = t;
    workers.find((worker) => worker.child.pid === pid)?.child.kill("SIGKILL");
  });
  await new Promise((resolve) =>
    setTimeout(resolve, seconds * 1000 + 200 - (performance.now() - first)),
  );
  for (const timer of timers) clearTimeout(timer);
  await endRun(run, "faults");
  const times = stub.times.filter((t) => t < first + seconds * 1000);
  return { times, first, events, busiest: busiestWindow(stub.times, 60_000) };
}

/** Calls in [from, to) of the stub's clock. */
function callsIn(times, from, to) {
  return times.filter((t) => t >= from && t < to).length;
}

async function faults() {
  const limit = 600;
  const blockMs = 30_000;
  const seconds = 180;
  const { times, first, events, busiest } = await faultRun({
    limit,
    workerCount: 3,
    seconds,
    blockMs,
    at: { kill: 45, 416: 100 },
  });
  const blockFrom = events["416"];
  const blockTo = blockFrom + blockMs;
  const outside = times.length - callsIn(times, blockFrom, blockTo);
  const outsideMs = seconds * 1000 - blockMs;
  const rate = outside / ((limit * outsideMs) / 60_000);
  const killAt = events.kill;
  console.log(
    `\nfaults: ${limit} calls a minute, 3 worker processes, ${seconds} s; SIGKILL mid-call at ${((killAt - first) / 1000).toFixed(1)} s, ` +
      `416 at ${((blockFrom - first) / 1000).toFixed(1)} s blocking ${blockMs / 1000} s`,
  );
  console.log(
    `  ${rate.toFixed(3)} of the limit outside the block (${outside} calls in ${(outsideMs / 1000).toFixed(0)} s); ` +
      `calls inside the block: ${callsIn(times, blockFrom + 1, blockTo)}; busiest sliding 60 s window ${busiest}/${limit}; ` +
      `from the SIGKILL to the 416: ${callsIn(times, killAt, blockFrom)} calls in ${((blockFrom - killAt) / 1000).toFixed(1)} s ` +
      `(at most ${((blockFrom - killAt) / ((60_000 * 1.01) / limit)).toFixed(1)} at the spacing)`,
  );
}

async function killOnly(limit) {
  const seconds = 150;
  const { times, first, events, busiest } = await faultRun({
    limit,
    workerCount: 3,
    seconds,
    blockMs: 60_000,
    at: { kill: 70 },
  });
  const killAt = events.kill;
  const before = callsIn(times, killAt - 60_000, killAt);
  const after = callsIn(times, killAt, killAt + 60_000);
  console.log(
    `\nkill: ${limit} calls a minute, 3 worker processes, SIGKILL mid-call at ${((killAt - first) / 1000).toFixed(1)} s of ${seconds}: ` +
      `${before} calls in the 60 s before, ${after} in the 60 s after (${before - after} starts lost, ` +
      `${((before - after) / before).toFixed(4)} of the rate); busiest sliding 60 s window ${busiest}/${limit}`,
  );
}

async function enqueue(count) {
  const prefix = `yq-bench-${randomUUID().slice(0, 8)}`;
  const client = new Redis(redis.url);
  const before = await usedMemory(client);
  const queue = createBroadcastQueue({ connection: redis.url, prefix });
  const started = performance.now();
  const result = await queue.enqueue({
    message,
    receivers: receivers(count),
    broadcastId: "million",
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await usedMemory(client);
  console.log(
    `\nenqueue: ${count} receivers (${result.status.chunks} jobs) in ${seconds.toFixed(1)} s, ` +
      `Redis memory +${((after - before) / 2 ** 20).toFixed(1)} MiB, ` +
      `producer RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
  await queue.close();
  client.disconnect();
  await deleteKeys(prefix);
}

function* receivers(count) {
  for (let index = 1; index <= count; index++) yield `user-${index}`;
}

async function usedMemory(client) {
  const info = await client.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1]);
}

function busiestWindow(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[first] <= sorted[last] - windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * A stub, `workerCount` worker processes on a fresh key prefix (the bench app's credentials, the
 * limiter settings in `limits`) and a producer queue.
 */
async function startRun(workerCount, limits) {
  const stub = await startStub();
  const prefix = `yq-bench-${randomUUID().slice(0, 8)}`;
  const env = {
    ...process.env,
    STUB_URL: stub.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    APP_KEY: "bench-app",
    APP_SECRET: "bench-secret-not-real",
    ...limits,
  };
  const workers = await Promise.all(Array.from({ length: workerCount }, () => startWorker(env)));
  const queue = createBroadcastQueue({ connection: redis.url, prefix });
  return { stub, prefix, workers, queue };
}

/** Cancels the run's broadcast, stops its workers and removes everything it made. */
async function endRun({ stub, prefix, workers, queue }, broadcastId) {
  await queue.cancel(broadcastId);
  for (const worker of workers) worker.child.kill("SIGTERM");
  await Promise.all(workers.map((worker) => worker.exited));
  await queue.close();
  await stub.close();
  await deleteKeys(prefix);
}

function startWorker(env) {
  const child = spawn(process.execPath, [join(here, "worker.mjs")], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const worker = {
    child,
    maxRss: 0,
    cpuMicros: 0,
    exited: new Promise((resolve) => child.once("exit", resolve)),
  };
  return new Promise((resolve) => {
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text) => {
      for (const line of text.split("\n")) {
        if (line === "ready") resolve(worker);
        if (line.startsWith("rss ")) worker.maxRss = Math.max(worker.maxRss, Number(line.slice(4)));
        if (line.startsWith("cpu ")) worker.cpuMicros = Number(line.slice(4));
      }
    });
  });
}

/** Answers every call at once with a success for each receiver, and notes when each arrived. */
async function startStub() {
  const times = [];
  const waiters = [];
  let messageId = 158_844_553_334_358_020n;
  let nextFault;
  let onHeld = () => {};
  const held = [];
  const server = createServer((request, response) => {
    const at = performance.now();
    times.push(at);
    for (const waiter of waiters.splice(0)) waiter(times[0]);
    const fault = nextFault;
    nextFault = undefined;
    if (fault?.kind === "hold") {
      // Never answered: the worker that sent it is killed with the call in flight.
      held.push(response);
      fault.resolve(at);
      onHeld(Number(request.headers["x-bench-worker"]), at);
      return;
    }
    if (fault?.kind === "416") {
      fault.resolve(at);
      response.writeHead(200, { "Content-Type": "application/json;charset=UTF-8" });
      response.end('{"code":416,"msg":"rate limited","data":{}}');
      return;
    }
    const parts = [];
    request.on("data", (part) => parts.push(part));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(parts).toString("utf8"));
      const success = body.receiver_ids.map(
        (id) =>
          `{"message_server_id":${messageId++},"sender_id":"announcer","receiver_id":${JSON.stringify(id)},"conversation_type":1,"create_time":1700000000000,"message_type":0}`,
      );
      const answer = `{"code":200,"msg":"success","data":{"success_list":[${success.join(",")}],"failed_list":[]}}`;
      response.writeHead(200, { "Content-Type": "application/json;charset=UTF-8" });
      response.end(answer);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    times,
    arrived: () =>
      times.length > 0
        ? Promise.resolve(times[0])
        : new Promise((resolve) => waiters.push(resolve)),
    /** The next call gets this fault; resolves with when it arrived. */
    faultNext: (fault) => new Promise((resolve) => (nextFault = { ...fault, resolve })),
    onHeld: (listener) => {
      onHeld = listener;
    },
    close: () => {
      for (const response of held) response.destroy();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A redis-server of the benchmark's own (REDIS_URL when set). */
async function redisServer() {
  if (process.env.REDIS_URL) {
    const url = process.env.REDIS_URL;
    return { url, version: await version(url), stop: async () => {} };
  }
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise((resolve, reject) => {
    child.once("error", reject);
    let output = "";
    child.stdout.on("data", (part) => {
      output += part;
      if (output.includes("Ready to accept connections")) resolve();
    });
  });
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    version: await version(url),
    stop: () => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM")),
  };
}

async function version(url) {
  const client = new Redis(url);
  const info = await client.info("server");
  client.disconnect();
  return /redis_version:(\S+)/.exec(info)?.[1];
}

async function deleteKeys(prefix) {
  const client = new Redis(redis.url);
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) await client.del(...keys);
  } while (cursor !== "0");
  client.disconnect();
}

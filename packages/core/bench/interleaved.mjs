#!/usr/bin/env node
// Ratios that hold on a loaded machine: every caller in one process, in alternating bursts of
// <burst> calls at <concurrency>, so a neighbour's load falls on all of them alike. Each caller's
// CPU (user + system of this process during its bursts) and wall time are summed over its bursts.
//   node bench/interleaved.mjs [--operation sendMessage] [--concurrency 64] [--seconds 20]
//     [--burst 2000] [--callers client,raw undici.request,client (fetch),raw fetch]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { CALLERS, callsInFlight } from "./callers.mjs";

const { values } = parseArgs({
  options: {
    operation: { type: "string", default: "sendMessage" },
    concurrency: { type: "string", default: "64" },
    seconds: { type: "string", default: "20" },
    burst: { type: "string", default: "2000" },
    callers: { type: "string", default: Object.keys(CALLERS).join(",") },
  },
});
const concurrency = Number(values.concurrency);
const burst = Number(values.burst);
const stub = spawn(process.execPath, [new URL("./stub-server.mjs", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [firstLine] = await once(stub.stdout, "data");
const url = String(firstLine).trim();

const callers = [];
for (const name of values.callers.split(",")) {
  callers.push({ name, call: await CALLERS[name](url, values.operation), calls: 0, cpu: 0, ms: 0 });
}

for (const caller of callers) await callsInFlight(caller.call, burst, concurrency); // warm-up
const until = performance.now() + Number(values.seconds) * 1_000;
while (performance.now() < until) {
  for (const caller of callers) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await callsInFlight(caller.call, burst, concurrency);
    caller.ms += performance.now() - started;
    const used = process.cpuUsage(cpu);
    caller.cpu += used.user + used.system;
    caller.calls += burst;
  }
}
stub.kill();

const base = (name) => callers.find((caller) => caller.name === name);
const rate = (caller) => (caller.calls / caller.ms) * 1_000;
const cpu = (caller) => caller.cpu / caller.calls;
console.log(
  `${values.operation}, concurrency ${concurrency}, ${values.seconds} s interleaved in bursts of ${burst}, Node ${process.version}`,
);
console.log(
  "| caller | calls | calls/s | CPU µs/call | calls/s ÷ raw undici | CPU ÷ raw undici | calls/s ÷ raw fetch |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const caller of callers) {
  const undici = base("raw undici.request");
  const fetch = base("raw fetch");
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : "");
  console.log(
    `| ${caller.name} | ${caller.calls} | ${rate(caller).toFixed(0)} | ${cpu(caller).toFixed(0)} | ${undici ? ratio(rate(caller), rate(undici)) : ""} | ${undici ? ratio(cpu(caller), cpu(undici)) : ""} | ${fetch ? ratio(rate(caller), rate(fetch)) : ""} |`,
  );
}
process.exit(0);

#!/usr/bin/env node
// The single-call benchmark: client.sendMessage and client.queryMessagesByPage against a loopback
// stub (its own process), at each concurrency, side by side with hand-written signing callers on
// `fetch` and on `undici.request`. Each measurement runs in a fresh process; the callers are
// interleaved within a round, so a neighbour's load hits them alike: compare ratios within a run.
//   pnpm -F @yunxin-im/core build && pnpm -F @yunxin-im/core bench [--seconds 4] [--rounds 2]
//     [--concurrency 1,16,64] [--operations sendMessage,queryMessagesByPage]
//     [--callers client,...] [--cpu-prof <dir>]   (profiles each measurement into <dir>)
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { CALLERS, OPERATIONS } from "./callers.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "4" },
    rounds: { type: "string", default: "2" },
    concurrency: { type: "string", default: "1,16,64" },
    operations: { type: "string", default: Object.keys(OPERATIONS).join(",") },
    // Each client next to the raw caller it is compared with, so the two are measured seconds apart.
    callers: {
      type: "string",
      default: "client,raw undici.request,raw fetch + timeout,client (fetch),raw fetch",
    },
    "cpu-prof": { type: "string" },
  },
});
const concurrencies = values.concurrency.split(",").map(Number);
const operations = values.operations.split(",");
const callers = values.callers.split(",");
for (const name of callers) {
  if (!(name in CALLERS))
    throw new Error(`no caller "${name}"; the callers: ${Object.keys(CALLERS)}`);
}
const measure = new URL("./measure.mjs", import.meta.url).pathname;

const stub = spawn(process.execPath, [new URL("./stub-server.mjs", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const [firstLine] = await once(stub.stdout, "data");
const url = String(firstLine).trim();

console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length}× ${cpus()[0]?.model}`,
);
const results = [];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const operation of operations) {
      for (const concurrency of concurrencies) {
        // Every other round in reverse: a drift across a round falls on both sides of a ratio alike.
        for (const caller of round % 2 === 1 ? callers : [...callers].reverse()) {
          const profile = values["cpu-prof"]
            ? [
                "--cpu-prof",
                "--cpu-prof-dir",
                values["cpu-prof"],
                "--cpu-prof-name",
                `${caller.replace(/\W+/g, "-")}-${operation}-c${concurrency}-r${round}.cpuprofile`,
              ]
            : [];
          const output = execFileSync(
            process.execPath,
            [...profile, measure, caller, operation, String(concurrency), values.seconds, url],
            { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 120_000 },
          );
          results.push({ round, ...JSON.parse(output.trim().split("\n").at(-1)) });
        }
      }
    }
    // Printed in the order of --callers, whichever way the round measured them.
    const rank = (row) =>
      (operations.indexOf(row.operation) * concurrencies.length +
        concurrencies.indexOf(row.concurrency)) *
        callers.length +
      callers.indexOf(row.caller);
    const rows = results.filter((result) => result.round === round);
    print(
      rows.sort((a, b) => rank(a) - rank(b)),
      round,
    );
  }
} finally {
  stub.kill();
}

function print(rows, round) {
  console.log(`\nround ${round} (${values.seconds} s a measurement)\n`);
  console.log(
    "| operation | c | caller | calls/s | CPU µs/call | p50 ms | p99 ms | peak RSS MB | calls/s ÷ raw undici | CPU ÷ raw undici | calls/s ÷ raw fetch | calls/s ÷ raw fetch + timeout |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    const same = (name) =>
      rows.find(
        (other) =>
          other.caller === name &&
          other.operation === row.operation &&
          other.concurrency === row.concurrency,
      );
    const undici = same("raw undici.request");
    const fetch = same("raw fetch");
    const timed = same("raw fetch + timeout");
    const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "");
    console.log(
      `| ${row.operation} | ${row.concurrency} | ${row.caller} | ${row.callsPerSecond.toFixed(0)} | ${row.cpuMicrosPerCall.toFixed(0)} | ${row.p50Ms.toFixed(2)} | ${row.p99Ms.toFixed(2)} | ${row.peakRssMb.toFixed(0)} | ${ratio(row.callsPerSecond, undici?.callsPerSecond)} | ${ratio(row.cpuMicrosPerCall, undici?.cpuMicrosPerCall)} | ${ratio(row.callsPerSecond, fetch?.callsPerSecond)} | ${ratio(row.callsPerSecond, timed?.callsPerSecond)} |`,
    );
  }
}

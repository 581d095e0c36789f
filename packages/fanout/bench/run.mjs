#!/usr/bin/env node
// The fan-out benchmark: compiles bench/*.ts (with the sources and the stub server) into
// node_modules/.cache/fanout-bench, then runs each part in a process of its own and prints the
// figures. Loopback only; every server binds 127.0.0.1 port 0 and is closed at the end.
//   pnpm --filter @yunxin-im/fanout bench          all parts
//   pnpm --filter @yunxin-im/fanout bench a c      some parts
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "node_modules", ".cache", "fanout-bench", "bench");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(here, "tsconfig.json")], { stdio: "inherit" });

const parts = {
  a: [
    ["rate.js", "120", "20", "6"],
    ["rate.js", "600", "10", "3"],
    ["rate.js", "2000", "10", "3"],
  ],
  b: [["throughput.js", "200000", "7", "8"]],
  d: [["telemetry.js", "50000", "7", "8"]],
  c: [
    ["memory-raw.js", "1000000", "4"],
    ["memory.js", "1000000", "skip", "4"],
    ["memory.js", "1000000", "send", "4"],
    // The same run with V8's young generation capped: how much of the peak is heap sizing.
    ["--max-semi-space-size=4", "memory.js", "1000000", "skip", "4"],
    // Paced to the highest plan's limit, 10 000 calls a minute: the fastest the API allows.
    ["memory.js", "1000000", "skip", "4", "10000"],
  ],
};
const chosen = process.argv.slice(2).filter((part) => part in parts);

console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const part of chosen.length > 0 ? chosen : Object.keys(parts)) {
  for (const entry of parts[part]) {
    const flags = entry.filter((item) => item.startsWith("--"));
    const [script, ...args] = entry.filter((item) => !item.startsWith("--"));
    const output = execFileSync(process.execPath, [...flags, join(out, script), ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      timeout: 180_000,
    });
    const result = JSON.parse(output.trim().split("\n").at(-1));
    console.log(describe({ ...result, flags }));
  }
}

function describe(result) {
  if (result.part === "a") {
    return [
      `(a) paced to R = ${result.callsPerMinute} calls/min (a minute scaled to ${result.minuteIsMs} ms, ${result.calls} calls):`,
      `    achieved ${result.achievedCallsPerMinute} calls/min = ${(result.achievedShare * 100).toFixed(1)} % of R,`,
      `    most calls in any one-minute window ${result.mostCallsInAnyMinute} (limit ${result.callsPerMinute}), 416 answers ${result.rateLimited416}`,
    ].join("\n");
  }
  if (result.part === "b") {
    return [
      `(b) unpaced, concurrency ${result.concurrency}, ${result.receivers} receivers, median of ${result.rounds} rounds:`,
      `    raw fetch loop ${result.rawReceiversPerSecond} receivers/s, core client loop ${result.clientLoopReceiversPerSecond}, sender ${result.senderReceiversPerSecond} (duplicates "skip", the default), ${result.senderSendDuplicatesReceiversPerSecond} (duplicates "send")`,
      `    sender / raw = ${result.ratio} ("send": ${result.sendDuplicatesRatio}; client loop / raw = ${result.clientLoopToRaw}, sender / client loop = ${result.senderToClientLoop})`,
    ].join("\n");
  }
  if (result.part === "d") {
    return [
      `(d) OpenTelemetry, unpaced, concurrency ${result.concurrency}, ${result.receivers} receivers, median of ${result.rounds} rounds:`,
      `    off ${result.offReceiversPerSecond} receivers/s, API without an SDK ${result.apiReceiversPerSecond}, SDK recording ${result.sdkReceiversPerSecond} (${result.exportedSpans} spans exported)`,
      `    API / off = ${result.apiToOff}, SDK / off = ${result.sdkToOff}`,
      `    CPU of the sender's process per receiver: off ${result.offCpuMicrosPerReceiver} µs, API ${result.apiCpuMicrosPerReceiver} µs, SDK ${result.sdkCpuMicrosPerReceiver} µs (API / off = ${result.apiCpuToOff}, SDK / off = ${result.sdkCpuToOff})`,
      `    rounds (receivers/s): off ${result.offRounds.join(", ")}; API ${result.apiRounds.join(", ")}; SDK ${result.sdkRounds.join(", ")}`,
    ].join("\n");
  }
  if (result.part === "c-raw") {
    return [
      `(c) baseline: raw fetch loop, ${result.receivers} receivers from an async iterable, concurrency ${result.concurrency}:`,
      `    peak RSS ${result.peakRssMb} MB (${result.rssBeforeSendingMb} MB before sending), ${result.seconds} s, ${result.sent} sent`,
    ].join("\n");
  }
  return [
    `(c) ${result.receivers} receivers from an async iterable, duplicates "${result.duplicates}", concurrency ${result.concurrency}, ${result.callsPerMinute === "unpaced" ? "unpaced" : `paced to ${result.callsPerMinute} calls/min`}${result.flags.length > 0 ? `, node ${result.flags.join(" ")}` : ""}:`,
    `    peak RSS ${result.peakRssMb} MB (${result.rssBeforeSendingMb} MB before sending), ${result.seconds} s, ${result.receiversPerSecond} receivers/s`,
    `    outcomes: ${result.sent} sent, ${result.failed} failed, ${result.notAttempted} not attempted, ${result.missing} missing, ${result.twice} twice; stub deliveries ${result.deliveries}, duplicate deliveries ${result.duplicateDeliveries}`,
  ].join("\n");
}

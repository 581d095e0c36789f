// One measurement in a process of its own (so peak RSS is this caller's alone):
//   node bench/measure.mjs <caller> <operation> <concurrency> <seconds> <stub url>
// Warms up, then keeps <concurrency> calls in flight for <seconds> and prints one JSON line:
// calls/s, CPU µs per call (user + system of this process), p50/p99 latency, peak RSS.
import { CALLERS } from "./callers.mjs";

const [callerName, operation, concurrencyText, secondsText, baseUrl] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
const seconds = Number(secondsText);
const call = await CALLERS[callerName](baseUrl, operation);

async function run(untilMs, latencies) {
  const worker = async () => {
    while (performance.now() < untilMs) {
      const started = performance.now();
      await call();
      latencies?.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

await run(performance.now() + Math.min(1_500, seconds * 500));
const latencies = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
await run(started + seconds * 1_000, latencies);
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
latencies.sort((a, b) => a - b);
const quantile = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(
  JSON.stringify({
    caller: callerName,
    operation,
    concurrency,
    calls: latencies.length,
    callsPerSecond: (latencies.length / elapsedMs) * 1_000,
    cpuMicrosPerCall: (cpu.user + cpu.system) / latencies.length,
    p50Ms: quantile(0.5),
    p99Ms: quantile(0.99),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
process.exit(0);

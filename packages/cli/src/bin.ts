#!/usr/bin/env node
import { EXIT } from "./exit-codes.js";
import { run } from "./run.js";

const interrupt = new AbortController();
const exitOnSignal = { SIGINT: EXIT.interrupted, SIGTERM: 143 } as const;
let received: keyof typeof exitOnSignal | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // First signal: stop starting calls and report; a second one: leave at once.
    if (received) process.exit(exitOnSignal[signal]);
    received = signal;
    interrupt.abort(new Error(`${signal} received`));
  });
}
// A closed pipe (`yunxin-im send … | head -1`) is not an error worth a stack trace, nor a
// reason to leave at once: a send stops starting calls, reports every receiver on stderr and
// exits non-zero unless all were sent (run's ResultOutput watches stdout for this).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const status = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: interrupt.signal,
});
process.exitCode = received && status === EXIT.interrupted ? exitOnSignal[received] : status;

#!/usr/bin/env node
// Starts Prism (the workspace root's pinned @stoplight/prism-cli) as a mock of the spec.
// Shared by the contract tests' globalSetup, `pnpm mock`, the root demo and the CLI's e2e tests.
//
//   import { startPrism } from "../../scripts/prism.mjs";
//   const prism = await startPrism();            // free port, --errors, spec/openapi.yaml
//   await fetch(`${prism.baseUrl}/im/v2/conversations/messages`, ...);
//   await prism.stop();
//
// As a command (`pnpm mock`): node scripts/prism.mjs [spec]  — foreground, port $PORT or 4010.

import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_SPEC = path.join(ROOT, "spec", "openapi.yaml");
const SEND_PATH = "/im/v2/conversations/messages";

// Loaded into the Prism process: it exits when its stdin pipe closes, i.e. when the process that
// started it is gone, even after a SIGKILL that left no chance to run any cleanup.
const EXIT_WITH_PARENT =
  "data:text/javascript,process.stdin.on('end',()=>process.exit(0));" +
  "process.stdin.on('error',()=>process.exit(0));process.stdin.resume();";

const LISTENING = /Prism is listening on (https?:\/\/\S+)/;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const LOG_LIMIT = 256 * 1024;
const STOP_GRACE_MS = 5000;

/** @type {Set<import("node:child_process").ChildProcess>} */
const running = new Set();
let cleanupRegistered = false;

/**
 * Starts `prism mock` on `spec` and resolves once it listens.
 *
 * @param {import("./prism.d.mts").StartPrismOptions} [options]
 * @returns {Promise<import("./prism.d.mts").PrismServer>}
 */
export async function startPrism(options = {}) {
  const {
    spec = DEFAULT_SPEC,
    errors = true,
    host = "127.0.0.1",
    port = 0,
    readyTimeoutMs = 30_000,
    dynamic = false,
    onOutput,
  } = options;
  const specPath = path.resolve(spec);
  if (!existsSync(specPath)) throw new Error(`Prism: the spec ${specPath} does not exist`);
  const prismCli = resolvePrismCli();
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`Prism: port must be an integer in 0..65535, got ${port}`);
  }

  // Port 0 goes to Prism itself: the kernel picks a free port when Prism binds, so there is no
  // window between choosing a port and listening on it in which another process could take it.
  const args = ["--import", EXIT_WITH_PARENT, prismCli, "mock", "-h", host, "-p", String(port)];
  if (errors) args.push("--errors");
  if (dynamic) args.push("--dynamic");
  args.push(specPath);

  registerCleanup();
  // detached: Prism leads its own process group, so stop() can signal it and anything it forks.
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  running.add(child);

  let log = "";
  // "close" comes after the exit and after Prism's output has been read to the end, so a failure
  // report carries Prism's last words. A process that could not be spawned never closes.
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => {
    const done = (
      /** @type {number | null} */ code,
      /** @type {NodeJS.Signals | null} */ signal,
    ) => {
      running.delete(child);
      resolve({ code, signal });
    };
    child.once("close", done);
    child.once("error", () => {
      if (child.pid === undefined) done(null, null);
    });
  });

  /** @type {Promise<string>} */
  const listening = new Promise((resolve, reject) => {
    let pending = "";
    const onData = (/** @type {string} */ chunk) => {
      const text = chunk.replace(ANSI, "");
      log = (log + text).slice(-LOG_LIMIT);
      onOutput?.(text);
      pending = (pending + text).slice(-4096);
      const match = LISTENING.exec(pending);
      if (match?.[1]) resolve(match[1]);
    };
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", onData);
    }
    child.once("error", (error) =>
      reject(new Error(`Prism could not be started: ${error.message}`)),
    );
    exited.then(({ code, signal }) =>
      reject(new Error(`Prism exited (${signal ?? `code ${code}`}) before listening`)),
    );
  });

  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Prism did not start listening within ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
  });

  const stop = once(async () => {
    signalGroup(child, "SIGTERM");
    const killer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(killer);
  });

  try {
    const url = await Promise.race([listening, timedOut]);
    const baseUrl = url.replace(/\/+$/, "");
    return {
      baseUrl,
      port: Number(new URL(baseUrl).port),
      pid: /** @type {number} */ (child.pid),
      stop,
      log: () => log,
    };
  } catch (error) {
    await stop();
    const reason = /EADDRINUSE/.test(log)
      ? `Port ${port} on ${host} is already in use (pass port 0 for a free one)`
      : /** @type {Error} */ (error).message;
    throw new Error(`${reason}. Spec: ${specPath}. Prism's log:\n${log.trim() || "(empty)"}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** The CLI script of the @stoplight/prism-cli this repository pins (a root devDependency). */
function resolvePrismCli() {
  try {
    const manifest = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
    return path.join(path.dirname(manifest), "dist", "index.js");
  } catch (error) {
    throw new Error(`Prism is not installed: run \`pnpm install\` in ${ROOT}`, { cause: error });
  }
}

/** @param {import("node:child_process").ChildProcess} child @param {NodeJS.Signals} signal */
function signalGroup(child, signal) {
  // Once reaped, the pid (and group id) may belong to another process: never signal it then.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops every Prism this process started when it exits or is interrupted. */
function registerCleanup() {
  if (cleanupRegistered) return;
  cleanupRegistered = true;
  const killAll = () => {
    for (const child of running) signalGroup(child, "SIGTERM");
  };
  process.on("exit", killAll);
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    const onSignal = () => {
      killAll();
      // If nobody else handles the signal, restore its default effect (terminating).
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

/** @template T @param {() => Promise<T>} fn @returns {() => Promise<T>} */
function once(fn) {
  /** @type {Promise<T> | undefined} */
  let promise;
  return () => {
    promise ??= fn();
    return promise;
  };
}

/** What `pnpm mock` prints: a signed curl of the spec's TextRequest example and the answer names. */
async function usage(baseUrl, specPath) {
  const { parse } = await import("yaml");
  const doc = parse(readFileSync(specPath, "utf8"));
  const examples =
    doc?.paths?.[SEND_PATH]?.post?.responses?.["200"]?.content?.["application/json"]?.examples;
  const request = doc?.components?.examples?.TextRequest?.value ?? {
    sender_id: "alice",
    receiver_ids: ["bob"],
    message: { message_type: 0, text: "Hello" },
  };
  const body = JSON.stringify(request).replaceAll("'", "'\\''");
  const nonce = randomUUID();
  const curTime = String(Math.floor(Date.now() / 1000));
  const checkSum = createHash("sha1").update(`mock-app-secret${nonce}${curTime}`).digest("hex");
  return [
    "Try it (any AppKey and secret: Prism checks that the headers are there and well formed):",
    `curl -sS -X POST ${baseUrl}${SEND_PATH} \\`,
    `  -H 'Content-Type: application/json' -H 'AppKey: mock-app-key' \\`,
    `  -H 'Nonce: ${nonce}' -H 'CurTime: ${curTime}' -H 'CheckSum: ${checkSum}' \\`,
    `  -d '${body}'`,
    "",
    `Pick an answer with -H 'Prefer: example=NAME': ${Object.keys(examples ?? {}).join(", ")}`,
  ].join("\n");
}

async function main() {
  // `pnpm mock` runs this directly, not through turbo, so these variables need no turbo.json entry.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the foreground mock only
  const spec = path.resolve(process.argv[2] ?? process.env.CONTRACT_SPEC ?? DEFAULT_SPEC);
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the foreground mock only
  const port = Number(process.env.PORT ?? 4010);
  const prism = await startPrism({ spec, port, onOutput: (text) => process.stdout.write(text) });
  process.stdout.write(
    [
      "",
      `Prism mock of ${spec} (--errors), pid ${prism.pid}`,
      `  POST ${prism.baseUrl}${SEND_PATH}`,
      "",
      await usage(prism.baseUrl, spec),
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  const shutdown = async () => {
    await prism.stop();
    process.stdout.write("Prism stopped.\n");
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

// Starts Prism (the @stoplight/prism-cli this package pins) as a mock of an OpenAPI spec.
// Plain JavaScript (types in prism.d.mts) so the repository's scripts/prism.mjs, `pnpm mock`, the
// root demo and the CLI's end-to-end tests use it without a build.
//
//   import { startPrism } from "@yunxin-im/contract-kit/prism";
//   const prism = await startPrism({ spec: "openapi.yaml" }); // free port, --errors
//   await fetch(`${prism.baseUrl}/im/v2/conversations/messages`, ...);
//   await prism.stop();

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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
 * @param {import("./prism.d.mts").StartPrismOptions} options
 * @returns {Promise<import("./prism.d.mts").PrismServer>}
 */
export async function startPrism(options) {
  const {
    spec,
    errors = true,
    host = "127.0.0.1",
    port = 0,
    readyTimeoutMs = 30_000,
    dynamic = false,
    onOutput,
  } = options;
  if (typeof spec !== "string" || spec === "") {
    throw new TypeError("Prism: options.spec must name the OpenAPI document to mock");
  }
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
    cwd: path.dirname(specPath),
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

/** The CLI script of the @stoplight/prism-cli this package depends on. */
function resolvePrismCli() {
  try {
    const manifest = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
    return path.join(path.dirname(manifest), "dist", "index.js");
  } catch (error) {
    throw new Error(
      "Prism (@stoplight/prism-cli, a dependency of @yunxin-im/contract-kit) is not installed",
      { cause: error },
    );
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

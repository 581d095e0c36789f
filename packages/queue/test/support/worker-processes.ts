import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { TEST_APP_KEY, TEST_APP_SECRET } from "./signed-stub.js";

const SCRIPT = fileURLToPath(new URL("./worker-process.mjs", import.meta.url));

export interface WorkerProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or the signal) once the process ended. */
  readonly exited: Promise<number | NodeJS.Signals>;
  output(): string;
}

/** Starts a real worker process (test/support/worker-process.mjs); resolves once it takes jobs. */
export function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal as NodeJS.Signals))),
  );
  return new Promise((resolve, reject) => {
    const onData = (part: Buffer) => {
      output += part.toString();
      if (output.includes("ready\n")) {
        resolve({ pid: child.pid as number, child, exited, output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    exited.then((code) =>
      reject(new Error(`worker process exited (${code}) before ready: ${output}`)),
    );
  });
}

/** SIGTERM (a graceful stop) and the exit code. */
export async function stopWorkerProcess(worker: WorkerProcess): Promise<number | NodeJS.Signals> {
  if (worker.child.exitCode === null && worker.child.signalCode === null)
    worker.child.kill("SIGTERM");
  return worker.exited;
}

/**
 * The fault runs' scaled-down minute: `limit` calls per `windowMs` stand for the API's limit per
 * 60 s, so a run with 416s, restarts and killed workers plays out in seconds.
 */
export const FAULT_RUN = { limit: 20, windowMs: 1000 } as const;

/**
 * Three worker processes as the fault runs start them: the test app's credentials, the stub at
 * `stubUrl` as the API, {@link FAULT_RUN}'s limit, and blocks, locks and stall checks short
 * enough for faults to resolve in seconds. `where` names their Redis (`REDIS_URL` or
 * `REDIS_CLUSTER`), `QUEUE_PREFIX` and, optionally, `QUEUE_NAME`.
 */
export function startFaultRunWorkers(
  where: Record<string, string>,
  stubUrl: string,
): Promise<WorkerProcess[]> {
  const env = {
    ...where,
    STUB_URL: stubUrl,
    YUNXIN_APP_KEY: TEST_APP_KEY,
    YUNXIN_APP_SECRET: TEST_APP_SECRET,
    CALLS_PER_WINDOW: String(FAULT_RUN.limit),
    WINDOW_MS: String(FAULT_RUN.windowMs),
    BLOCK_MS: "400",
    LOCK_MS: "1500",
    STALLED_MS: "500",
  };
  return Promise.all([1, 2, 3].map(() => startWorkerProcess(env)));
}

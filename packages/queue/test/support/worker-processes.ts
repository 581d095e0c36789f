import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

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

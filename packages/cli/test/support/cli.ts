import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built bin: the e2e tests run exactly what `yunxin-im` runs after install. */
export const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process has exited and its output is complete. */
  result: Promise<CliResult>;
  /** Resolves as soon as stderr (so far or later) matches `pattern`. */
  stderrMatches(pattern: RegExp): Promise<void>;
}

export interface SpawnOptions {
  /** Added to an environment without any YUNXIN_ variable of the machine running the tests. */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed; stdin is always a pipe (never a terminal). */
  stdin?: string;
}

/** Spawns `node dist/bin.js …args` and collects its output. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): CliRun {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build the CLI first (pnpm --filter @yunxin-im/cli build)`);
  }
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("YUNXIN_")),
  );
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const stderrWatchers: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const watcher of stderrWatchers.filter((w) => w.pattern.test(stderr))) watcher.resolve();
  });
  child.stdin?.end(options.stdin ?? "");
  const result = once(child, "close").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stdout,
    stderr,
  }));
  const stderrMatches = (pattern: RegExp) =>
    pattern.test(stderr)
      ? Promise.resolve()
      : new Promise<void>((resolve) => stderrWatchers.push({ pattern, resolve }));
  return { child, result, stderrMatches };
}

/** Runs the CLI to completion. */
export function runCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).result;
}

/** The lines of an output, without the final newline. */
export function lines(output: string): string[] {
  return output.split("\n").filter((line) => line !== "");
}

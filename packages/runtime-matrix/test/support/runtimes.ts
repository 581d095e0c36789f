import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const BINARIES = dirname(require.resolve("@yunxin-im/runtime-binaries/package.json"));

/** A runtime of the matrix and where its binary comes from. */
export interface Runtime {
  /** Row name in the README table. */
  name: string;
  /** The exact version tested, as the runtime reports it about itself. */
  version: string;
  /** What the smoke runner must report as its runtime (proves the pinned binary ran). */
  reportsAs: string;
  /** The binary, or undefined when this platform has none (the registry package is Linux x64). */
  binary: string | undefined;
  /** Where the binary comes from. */
  source: string;
}

/** The directory of a registry package installed by `@yunxin-im/runtime-binaries`. */
function packageDir(name: string): string | undefined {
  try {
    return dirname(createRequire(join(BINARIES, "package.json")).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function registryRuntime(
  name: string,
  packageName: string,
  binaryPath: string,
  reportsAs: (version: string) => string,
): Runtime {
  const dir = packageDir(packageName);
  const manifest = dir ? JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) : undefined;
  const binary = dir && existsSync(join(dir, binaryPath)) ? join(dir, binaryPath) : undefined;
  const version: string = manifest?.version ?? "not installed";
  return {
    name,
    version,
    reportsAs: reportsAs(version),
    binary,
    source: manifest ? `${manifest.name}@${version}` : packageName,
  };
}

/** This machine's Node, which runs the toolchain (and this test). */
export const hostNode: Runtime = {
  name: `Node ${process.versions.node.split(".")[0]} (host)`,
  version: process.versions.node,
  reportsAs: `node ${process.versions.node}`,
  binary: process.execPath,
  source: "the machine's Node",
};

export const nodeRuntimes: Runtime[] = [
  hostNode,
  registryRuntime("Node 22", "node22", "bin/node", (v) => `node ${v}`),
  registryRuntime("Node 24", "node24", "bin/node", (v) => `node ${v}`),
  registryRuntime("Node 26", "node26", "bin/node", (v) => `node ${v}`),
];

export const bun = registryRuntime("Bun", "@oven/bun-linux-x64", "bin/bun", (v) => `bun ${v}`);
export const deno = registryRuntime("Deno", "@deno/linux-x64-glibc", "deno", (v) => `deno ${v}`);
export const workerd = registryRuntime(
  "Cloudflare workerd",
  "@cloudflare/workerd-linux-64",
  "bin/workerd",
  () => "workerd",
);

/** Registry binaries exist for Linux x64 (glibc) only; elsewhere their rows are skipped. */
export const binariesExpected = process.platform === "linux" && process.arch === "x64";

/** Environment for the runtimes: no update checks, telemetry or caches outside `scratch`. */
export function runtimeEnv(scratch: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: scratch,
    DENO_DIR: join(scratch, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    BUN_INSTALL_CACHE_DIR: join(scratch, "bun"),
    DO_NOT_TRACK: "1",
    NO_COLOR: "1",
  };
}

/** How to run a script of the consumer project on each kind of runtime. */
export function scriptCommand(runtime: Runtime, script: string): [string, string[]] {
  if (!runtime.binary) throw new Error(`${runtime.name}: no binary on ${process.platform}`);
  if (runtime === deno) {
    return [
      runtime.binary,
      ["run", "--allow-net=127.0.0.1", "--allow-read", "--no-prompt", script],
    ];
  }
  if (runtime === bun) return [runtime.binary, ["--no-install", script]];
  return [runtime.binary, [script]];
}

/** Runs a script of the consumer project and parses the JSON line it prints last. */
export async function runScript<T>(
  runtime: Runtime,
  project: string,
  script: string,
  args: string[],
): Promise<T> {
  const [command, prefix] = scriptCommand(runtime, script);
  const { stdout, stderr } = await run(command, [...prefix, ...args], {
    cwd: project,
    env: runtimeEnv(join(project, ".scratch")),
    timeout: 60_000,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`${runtime.name} failed: ${error.message}\n${error.stdout}\n${error.stderr}`);
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${runtime.name} printed no report:\n${stdout}\n${stderr}`);
  }
}

import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { packPackages } from "../../../../scripts/pack-packages.mjs";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const RUNNERS = fileURLToPath(new URL("../../runners/", import.meta.url));

/** The runtime-agnostic libraries: the smoke suite imports these on every runtime. */
export const LIBRARIES = ["@yunxin-im/core", "@yunxin-im/signing", "@yunxin-im/fanout"];
/** The Node-only published packages: installed too, so `require()` is proved for them on Node. */
export const NODE_PACKAGES = ["@yunxin-im/cli", "@yunxin-im/queue"];

export interface ConsumerProject {
  dir: string;
  /** Removes the project and its packed tarballs. */
  remove(): void;
}

/**
 * A project outside the workspace that installed the packed tarballs of the libraries (what
 * `changeset publish` would upload), with the smoke runners copied in, so every runtime resolves
 * `@yunxin-im/*` exactly as a user's code does. pnpm installs from its store, offline: the
 * libraries' own dependencies are the ones the workspace's lockfile already fetched (unless its
 * metadata cache knows newer releases, which are then fetched).
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), "yunxin-runtime-matrix-"));
  const tarballs = packPackages(join(dir, "packed"), {
    only: [...LIBRARIES, ...NODE_PACKAGES],
  });
  const project = join(dir, "project");
  mkdirSync(project);
  const fileSpec = (name: string) => `file:${tarballs[name]}`;
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify(
      {
        name: "runtime-matrix-consumer",
        private: true,
        type: "module",
        dependencies: Object.fromEntries(
          [...LIBRARIES, ...NODE_PACKAGES].map((name) => [name, fileSpec(name)]),
        ),
      },
      null,
      2,
    )}\n`,
  );
  // The packages depend on each other by version: the tarballs stand in for the registry. The
  // install script of BullMQ's msgpackr-extract is declined, as in the workspace.
  const overrides = Object.keys(tarballs)
    .map((name) => `  ${JSON.stringify(name)}: ${JSON.stringify(fileSpec(name))}\n`)
    .join("");
  writeFileSync(
    join(project, "pnpm-workspace.yaml"),
    `overrides:\n${overrides}allowBuilds:\n  msgpackr-extract: false\n`,
  );
  const [command, prefix] = pnpmCommand();
  // The workspace's store, named explicitly: for a project on another filesystem (a tmpfs /tmp)
  // pnpm would otherwise pick a store on that filesystem, which an offline install finds empty.
  const { stdout: store } = await run(command, [...prefix, "store", "path"], { cwd: ROOT });
  const install = (mode: string) =>
    run(
      command,
      [...prefix, "install", mode, "--no-frozen-lockfile", "--store-dir", store.trim()],
      {
        cwd: project,
      },
    );
  try {
    await install("--offline");
  } catch (error) {
    // Without a lockfile pnpm resolves from its metadata cache: once that has seen a release newer
    // than the workspace's lockfile (any `pnpm add`, `outdated` or `view` on this machine does),
    // the newer tarball is not in the store. Then fetch what is missing.
    if (!String((error as { stderr?: unknown }).stderr).includes("ERR_PNPM_NO_OFFLINE_TARBALL")) {
      throw error;
    }
    await install("--prefer-offline");
  }
  cpSync(RUNNERS, project, { recursive: true });
  return { dir: project, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The pnpm running this test (`pnpm test`), else the version the root pins. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath ?? "";
  if (/pnpm/.test(execPath)) {
    return /\.(c|m)?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  const { packageManager } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));
  return ["npx", ["-y", packageManager]];
}

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackages } from "../../../scripts/pack-packages.mjs";

// What `npm install @yunxin-im/cli` (or `pnpm add`) brings: the CLI and what it depends on, but
// not its optional peer @yunxin-im/queue (BullMQ, whose msgpackr has a native install script).
const CLI_ALONE = ["@yunxin-im/core", "@yunxin-im/signing", "@yunxin-im/fanout", "@yunxin-im/cli"];

let root: string;
let tarballs: Record<string, string>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "yunxin-im-cli-alone-"));
  tarballs = packPackages(join(root, "packed")) as Record<string, string>;
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function project(name: string, extra: Record<string, unknown> = {}): string {
  const dir = join(root, name);
  execFileSync("mkdir", ["-p", dir]);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `cli-alone-${name}`, private: true, type: "module", ...extra }),
  );
  return dir;
}

function cli(dir: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    [join(dir, "node_modules/@yunxin-im/cli/dist/bin.js"), ...args],
    {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !name.startsWith("YUNXIN_")),
        ),
        ...env,
      },
    },
  );
}

function expectCliWithoutQueue(dir: string) {
  // Nothing native was built or even fetched: BullMQ and msgpackr are not in the tree.
  for (const name of ["@yunxin-im/queue", "bullmq", "msgpackr", "msgpackr-extract"]) {
    expect(existsSync(join(dir, "node_modules", name)), `${name} installed`).toBe(false);
  }
  const help = cli(dir, ["send", "--help"]);
  expect(help.status).toBe(0);
  const worker = cli(dir, ["worker", "--queue", "redis://127.0.0.1:6379"], {
    YUNXIN_APP_KEY: "smoke-app-key",
    YUNXIN_APP_SECRET: "smoke-app-secret",
  });
  expect(worker.status).toBe(2);
  expect(worker.stderr).toContain("yunxin-im worker needs the optional package @yunxin-im/queue");
  const status = cli(dir, ["status", "some-id", "--queue", "redis://127.0.0.1:6379"]);
  expect(status.status).toBe(2);
  expect(status.stderr).toContain("npm install @yunxin-im/queue");
}

describe("@yunxin-im/cli installed alone", () => {
  it("installs with npm without the queue or any install script, and its queue commands say how to add it", () => {
    const dir = project("npm");
    const output = execFileSync(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--foreground-scripts",
        ...CLI_ALONE.map((name) => tarballs[name] as string),
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(output).not.toMatch(/msgpackr-extract|node-gyp/);
    expectCliWithoutQueue(dir);
  });

  it("installs with pnpm, which refuses unapproved build scripts, without the queue", () => {
    // Each package from its tarball, as the registry would serve it (pnpm resolves the CLI's own
    // dependencies through the overrides instead of the registry, where they are not published).
    const files = Object.fromEntries(CLI_ALONE.map((name) => [name, `file:${tarballs[name]}`]));
    const dir = project("pnpm", { dependencies: files });
    const overrides = Object.entries(files).map(([name, spec]) => `  "${name}": "${spec}"`);
    writeFileSync(join(dir, "pnpm-workspace.yaml"), `overrides:\n${overrides.join("\n")}\n`);
    const result = spawnSync("npx", ["-y", "pnpm@12.4.2", "install"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout + result.stderr).not.toContain("ERR_PNPM_IGNORED_BUILDS");
    expectCliWithoutQueue(dir);
  });
});

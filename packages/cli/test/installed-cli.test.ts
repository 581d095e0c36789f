import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackages } from "../../../scripts/pack-packages.mjs";

const exec = promisify(execFile);
const PACKAGES = [
  "@yunxin-im/cli",
  "@yunxin-im/core",
  "@yunxin-im/fanout",
  "@yunxin-im/queue",
  "@yunxin-im/signing",
];

/** The environment of a shell in another project: nothing of this workspace, no credentials. */
function outsideEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|INIT_CWD$|VITEST|TURBO_|YUNXIN_)/i.test(key)) env[key] = value;
  }
  return env;
}

// What a user gets from `npm install @yunxin-im/cli`: the packed packages installed with npm in
// a project outside the workspace, with no repository (and no Prism) around them.
describe("the packed CLI, installed with npm outside the workspace", () => {
  let dir: string;
  let project: string;

  async function yunxinIm(...args: string[]) {
    const bin = path.join(project, "node_modules", ".bin", "yunxin-im");
    return exec(bin, args, { cwd: project, env: outsideEnv() }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "yunxin-im-installed-cli-"));
    const tarballs = packPackages(path.join(dir, "packed"), { only: PACKAGES });
    project = path.join(dir, "user-project");
    await mkdir(project);
    const dependencies = Object.fromEntries(
      PACKAGES.map((name) => [name, `file:${tarballs[name]}`]),
    );
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "user-project", private: true, dependencies }),
    );
    await exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: project,
      env: outsideEnv(),
    });
  }, 600_000);

  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it("does not offer the mock in its help, and says what would make it work", async () => {
    for (const args of [["--help"], ["send", "--help"]]) {
      const { code, stdout } = await yunxinIm(...args);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(
        /--base-url the mock is used|talks to a local Prism mock|# the mock/,
      );
      expect(stdout).toContain("@yunxin-im/contract-kit");
    }
  });

  it("without credentials, exits 2 and says what to set or install, not to use the mock", async () => {
    const { code, stdout, stderr } = await yunxinIm(
      "send",
      "--from",
      "a",
      "--to",
      "b",
      "--text",
      "Hi",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^error: no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET to send to your app, or pass --base-url <url> of a test server\. To try yunxin-im without an account, install @yunxin-im\/contract-kit next to the CLI/,
    );
  });

  it("does not suggest --mock for a region without credentials, and explains --mock itself", async () => {
    const region = await yunxinIm(
      "send",
      "--from",
      "a",
      "--to",
      "b",
      "--text",
      "Hi",
      "--region",
      "cn",
    );
    expect(region.code).toBe(2);
    expect(region.stderr).not.toContain("--mock");
    expect(region.stderr).toContain("both come from your app in the Yunxin console");

    const mock = await yunxinIm("send", "--from", "a", "--to", "b", "--text", "Hi", "--mock");
    expect(mock.code).toBe(2);
    expect(mock.stderr).toMatch(
      /^error: --mock cannot start: this copy of yunxin-im is installed without @yunxin-im\/contract-kit, which brings Prism for the mock\. Instead, install @yunxin-im\/contract-kit next to the CLI/,
    );
  });
});

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackages } from "../../../scripts/pack-packages.mjs";

const run = promisify(execFile);
const KIT = "@yunxin-im/contract-kit";
const PACKAGES = [KIT, "@yunxin-im/core", "@yunxin-im/signing"];
const NAMED_TEST =
  "receiver_ids holds 1 to 100 accounts > Prism accepts 100 receivers and rejects 101 with 422";
/** The table-driven suite's test of the same limit, named with the copy's limit. */
const TABLE_TEST =
  /^sendBatchMessages > body receiver_ids maxItems 50: broken \(51 items, in example "\w+"\) gets 422 from Prism and a YunxinValidationError from the client, nothing sent$/;

/** The environment of a shell in another project: nothing of this workspace's pnpm or npm run. */
function outsideEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|INIT_CWD$|CONTRACT_SPEC$|VITEST|TURBO_)/i.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/** Runs the installed kit's command in the project: its exit code and everything it printed. */
async function contract(project: string, args: string[], env: Record<string, string> = {}) {
  const bin = path.join(project, "node_modules", ".bin", "yunxin-im-contract");
  return run(bin, args, { cwd: project, env: outsideEnv(env), maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

/** The `✗ name` lines the command prints for each failed test. */
function failedTests(output: string): string[] {
  return [...output.matchAll(/^ {2}✗ (.+)$/gm)].map((match) => match[1] ?? "");
}

// What a team does: `npm install` the published kit, core and signing into its own project (here
// the packed tarballs, outside this workspace), then run the kit's command in CI.
describe("the packed contract kit, installed with npm in a project outside the workspace", () => {
  let dir: string;
  let project: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "yunxin-contract-kit-"));
    const tarballs = packPackages(path.join(dir, "packed"), { only: PACKAGES });
    project = path.join(dir, "team-project");
    await run("mkdir", [project]);
    const dependencies = Object.fromEntries(
      PACKAGES.map((name) => [name, `file:${tarballs[name]}`]),
    );
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "team-project", private: true, type: "module", dependencies }),
    );
    // The user's npm cache is reused: only the first run on a machine downloads Prism and Vitest.
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: project,
      env: outsideEnv(),
    });
  }, 600_000);

  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it("installs Prism packages that declare Node 20, one copy each", async () => {
    const { stdout } = await run(
      "npm",
      ["ls", "--all", "--json", "@stoplight/prism-core", "@stoplight/prism-http"],
      { cwd: project, env: outsideEnv() },
    );
    const versions = new Set<string>();
    interface Tree {
      version?: string;
      dependencies?: Record<string, Tree>;
    }
    const walk = (node: Tree, name: string) => {
      for (const [dependency, child] of Object.entries(node.dependencies ?? {})) {
        if (dependency === name) versions.add(`${name}@${child.version}`);
        walk(child, name);
      }
    };
    walk(JSON.parse(stdout), "@stoplight/prism-core");
    walk(JSON.parse(stdout), "@stoplight/prism-http");
    expect([...versions].sort()).toEqual([
      "@stoplight/prism-core@5.8.0",
      "@stoplight/prism-http@5.12.0",
    ]);
    for (const name of ["prism-cli", "prism-core", "prism-http", "prism-http-server"]) {
      const manifest = JSON.parse(
        await readFile(
          path.join(project, "node_modules", "@stoplight", name, "package.json"),
          "utf8",
        ),
      );
      expect(manifest.engines?.node ?? ">=18", `${name} ${manifest.version}`).not.toMatch(
        />=\s*2[2-9]/,
      );
    }
  });

  // The README's CI line: a JUnit report that CI's test-report step picks up from the project.
  it("keeps the contract against the spec shipped with the installed @yunxin-im/core, and writes the JUnit report where the command runs", async () => {
    const junit = ["--reporter", "default", "--reporter", "junit", "--output-file", "contract.xml"];
    const { code, output } = await contract(project, junit);
    expect(failedTests(output)).toEqual([]);
    const kept = output.match(
      /Contract kept: (\d+) tests passed against .*node_modules\/@yunxin-im\/core\/dist\/openapi\.yaml \(info\.version [^,]+, from @yunxin-im\/core\): the spec of @yunxin-im\/core /,
    );
    expect(kept, output).not.toBeNull();
    expect(code).toBe(0);

    const report = await readFile(path.join(project, "contract.xml"), "utf8");
    expect(report).toMatch(new RegExp(`<testsuites [^>]*tests="${kept?.[1]}" failures="0"`));
    const suiteDir = path.join(project, "node_modules", KIT, "dist", "suite");
    expect(existsSync(path.join(suiteDir, "contract.xml"))).toBe(false);
  }, 300_000);

  it(`fails "${NAMED_TEST}" and the table-driven test of sendBatchMessages' receiver_ids against a copy of the spec that allows only 50 receivers`, async () => {
    const shipped = path.join(
      project,
      "node_modules",
      "@yunxin-im",
      "core",
      "dist",
      "openapi.yaml",
    );
    const text = await readFile(shipped, "utf8");
    const changed = text.replace(/(receiver_ids:\n(?: +.*\n)*? +maxItems:) 100/, "$1 50");
    expect(changed).not.toBe(text);
    await run("mkdir", ["-p", path.join(project, "api")]);
    await writeFile(path.join(project, "api", "yunxin.yaml"), changed);

    const { code, output } = await contract(project, ["--spec", "api/yunxin.yaml"]);

    const failed = failedTests(output);
    expect(failed).toHaveLength(2);
    expect(failed).toContain(NAMED_TEST);
    expect(failed).toContainEqual(expect.stringMatching(TABLE_TEST));
    expect(output).toContain("must NOT have more than 50 items");
    expect(output).toContain(
      `Contract broken against ${path.join(project, "api", "yunxin.yaml")} (info.version`,
    );
    expect(output).toContain("differs from the spec of @yunxin-im/core");
    expect(code).toBe(1);
  }, 300_000);
});

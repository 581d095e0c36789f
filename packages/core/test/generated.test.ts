import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { outDir, render, specDigest, specPath } from "../../../scripts/generate.mjs";
import { SPEC_SHA256, SPEC_VERSION } from "../src/generated/contract.js";

const generator = fileURLToPath(new URL("../../../scripts/generate.mjs", import.meta.url));

describe("the committed generated code", () => {
  it("is exactly what `pnpm generate` makes from the current spec (run it after editing the spec)", async () => {
    const fresh = await render();
    for (const [name, content] of Object.entries(fresh)) {
      const committed = await readFile(join(outDir, name), "utf8");
      expect(committed, `src/generated/${name} is stale: run \`pnpm generate\``).toBe(content);
    }
  });

  it("carries a do-not-edit header", async () => {
    for (const name of Object.keys(await render())) {
      const committed = await readFile(join(outDir, name), "utf8");
      expect(committed.slice(0, 200)).toMatch(/Do not edit it by hand/);
    }
  });

  it("records the spec's info.version as SPEC_VERSION and a hash of its content", async () => {
    const spec = parse(await readFile(specPath, "utf8"));
    expect(SPEC_VERSION).toBe(spec.info.version);
    expect(SPEC_SHA256).toBe(specDigest(spec));
    expect(SPEC_SHA256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the staleness check (generate.mjs --check)", () => {
  let dir: string;
  let specText: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "yunxin-generate-"));
    specText = await readFile(specPath, "utf8");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Runs the check against an edited copy of the spec: its exit code and what it printed. */
  async function checkCopy(edit: (text: string) => string) {
    const copy = join(dir, `${crypto.randomUUID()}.yaml`);
    const edited = edit(specText);
    expect(edited).not.toBe(specText);
    await writeFile(copy, edited);
    return promisify(execFile)(process.execPath, [generator, "--check", "--spec", copy]).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
  }
  const fewerReceivers = (text: string) => text.replace("maxItems: 100", "maxItems: 50");
  const bumped = (text: string) =>
    text.replace(`\n  version: ${SPEC_VERSION}\n`, `\n  version: ${SPEC_VERSION}-next\n`);

  it("fails, asking for a new info.version, when the content changed but the version did not", async () => {
    const { code, output } = await checkCopy(fewerReceivers);
    expect(code).toBe(1);
    expect(output).toContain(
      `The spec's content changed but its info.version is still ${SPEC_VERSION}: bump info.version`,
    );
  });

  it("fails only as stale generated code once the version moved with the content", async () => {
    const { code, output } = await checkCopy((text) => bumped(fewerReceivers(text)));
    expect(code).toBe(1);
    expect(output).not.toContain("info.version is still");
    expect(output).toContain("Generated code is stale");
  });

  it("passes when only the YAML layout or comments changed", async () => {
    const { code, output } = await checkCopy((text) => `# a comment\n${text}\n\n`);
    expect(output).toContain("generated code is up to date");
    expect(code).toBe(0);
  });
});

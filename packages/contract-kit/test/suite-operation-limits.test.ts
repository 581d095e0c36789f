import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveContractSpec } from "../src/contract-spec.js";

const run = promisify(execFile);
const kit = path.join(import.meta.dirname, "..");

interface JsonReport {
  numPassedTests: number;
  testResults: {
    assertionResults: { ancestorTitles: string[]; title: string; status: string }[];
  }[];
}

/** Runs the suite from source against `spec`, as `CONTRACT_SPEC` does: the failed test names. */
async function suiteAgainst(spec: string, report: string) {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|CONTRACT_SPEC$|TEST$|NODE_OPTIONS$)/.test(key)) env[key] = value;
  }
  const vitest = path.join(kit, "node_modules", ".bin", "vitest");
  const args = ["run", "--project", "suite", "--reporter=json", `--outputFile=${report}`];
  await run(vitest, args, {
    cwd: kit,
    env: { ...env, CONTRACT_SPEC: spec },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error;
  });
  const parsed = JSON.parse(await readFile(report, "utf8")) as JsonReport;
  const failed = parsed.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => [...test.ancestorTitles, test.title].join(" > ")),
  );
  return { failed, passed: parsed.numPassedTests };
}

// What a team's CI sees when its copy of the spec moves one limit of one operation: the
// table-driven suite fails, naming the operation, the field and the limit its copy has.
describe("the table-driven suite against a spec copy with one limit of one operation changed", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "yunxin-kit-limits-"));
  });
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it("fails exactly the test of that operation's field, named with the copy's limit", async () => {
    const text = await readFile(resolveContractSpec().path, "utf8");
    // kickAccount's device_id_list: at most 20 devices in the spec the client was built from.
    const changed = text.replace(
      /(\n( +)device_id_list:\n(?:\2 +.*\n)*?\2 +maxItems:) 20\n/,
      "$1 10\n",
    );
    expect(changed).not.toBe(text);
    const copy = path.join(dir, "team-copy.yaml");
    await writeFile(copy, changed);

    const { failed, passed } = await suiteAgainst(copy, path.join(dir, "report.json"));

    expect(failed).toEqual([
      expect.stringMatching(
        /^kickAccount > body device_id_list maxItems 10: broken \(11 items, in example "\w+"\) gets 422 from Prism and a YunxinValidationError from the client, nothing sent$/,
      ),
    ]);
    expect(passed).toBeGreaterThan(100);
  }, 300_000);
});

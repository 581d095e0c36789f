import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSpec } from "../src/describe-spec.js";

const require = createRequire(import.meta.url);
const coreSpec = require.resolve("@yunxin-im/core/openapi.yaml");
const coreVersion: string = require("@yunxin-im/core/package.json").version;
const here = import.meta.dirname;

describe("the line that names the spec under test", () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "yunxin-describe-spec-"));
    text = await readFile(coreSpec, "utf8");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function copy(name: string, content: string) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return file;
  }

  it("says when the spec is the one shipped with the installed core", () => {
    expect(describeSpec({ path: coreSpec, source: "@yunxin-im/core" }, here)).toMatch(
      new RegExp(
        `\\(info\\.version [^,]+, from @yunxin-im/core\\): the spec of @yunxin-im/core ${coreVersion}$`,
      ),
    );
  });

  it("says when a copy has the same content, whatever its YAML layout", async () => {
    const file = await copy("same.yaml", `# our copy\n${text}\n`);
    expect(describeSpec({ path: file, source: "argument" }, here)).toBe(
      `${file} (info.version ${/version: (\S+)/.exec(text)?.[1]}, from --spec): the same content as the spec of @yunxin-im/core ${coreVersion}`,
    );
  });

  it("says when a copy differs, with both versions", async () => {
    const file = await copy(
      "changed.yaml",
      text.replace(/\n {2}version: \S+\n/, "\n  version: 9.9.9\n"),
    );
    expect(describeSpec({ path: file, source: "CONTRACT_SPEC" }, here)).toMatch(
      new RegExp(
        `\\(info\\.version 9\\.9\\.9, from CONTRACT_SPEC\\): differs from the spec of @yunxin-im/core ${coreVersion} \\(info\\.version [^)]+\\)$`,
      ),
    );
  });
});

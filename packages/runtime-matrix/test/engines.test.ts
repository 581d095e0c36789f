import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages } from "../../../scripts/pack-packages.mjs";

/**
 * The packages are ESM-only. `require()` of ES modules works without a flag from Node 20.19 and
 * 22.12 (the runtime matrix proves it on each Node it runs); on 20.0–20.18 and 22.0–22.11 it is
 * ERR_REQUIRE_ESM. So that is the range every published package declares.
 */
const ENGINES = "^20.19.0 || >=22.12.0";
const CJS_SENTENCE = "ESM-only; `require()` works on Node ≥ 20.19";

describe.each(publishedPackages())("$name", ({ path }) => {
  it(`declares engines.node "${ENGINES}", where require() of ESM works`, () => {
    const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
    expect(manifest.engines).toEqual({ node: ENGINES });
  });

  it("says in its README that it is ESM-only and from which Node require() works", () => {
    const readme = readFileSync(join(path, "README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme).toContain(CJS_SENTENCE);
  });
});

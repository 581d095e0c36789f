import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specDigest, specPath } from "../../../scripts/generate.mjs";
import { SPEC_SHA256, SPEC_VERSION } from "../src/index.js";

// Resolved through the package's own `exports`, as a consumer resolves it (needs `pnpm build`).
const shipped = createRequire(import.meta.url).resolve("@yunxin-im/core/openapi.yaml");

describe("the spec shipped as @yunxin-im/core/openapi.yaml", () => {
  it("is the repository's spec, byte for byte", async () => {
    expect(await readFile(shipped, "utf8")).toBe(await readFile(specPath, "utf8"));
  });

  it("is the spec the package was generated from: its info.version is SPEC_VERSION", async () => {
    const spec = parse(await readFile(shipped, "utf8"));
    expect(spec.info.version).toBe(SPEC_VERSION);
    expect(specDigest(spec)).toBe(SPEC_SHA256);
  });
});

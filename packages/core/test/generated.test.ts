import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outDir, render } from "../../../scripts/generate.mjs";

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
});

import { describe, expectTypeOf, it } from "vitest";
import type { InputStream, OutputStream } from "../src/index.js";

describe("the CLI's stream types", () => {
  it("are fitted by the process's own streams", () => {
    expectTypeOf(process.stdout).toExtend<OutputStream>();
    expectTypeOf(process.stderr).toExtend<OutputStream>();
    expectTypeOf(process.stdin).toExtend<InputStream>();
  });
});

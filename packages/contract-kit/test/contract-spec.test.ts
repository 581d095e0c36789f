import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContractSpecError, resolveContractSpec, shippedSpec } from "../src/contract-spec.js";

const coreSpec = createRequire(import.meta.url).resolve("@yunxin-im/core/openapi.yaml");
const here = import.meta.dirname;

describe("the spec under test", () => {
  it("defaults to the spec shipped with the installed @yunxin-im/core", () => {
    expect(coreSpec).toMatch(/core[/\\]dist[/\\]openapi\.yaml$/);
    expect(resolveContractSpec({ env: {}, cwd: here })).toEqual({
      path: coreSpec,
      source: "@yunxin-im/core",
    });
  });

  it("finds core's spec from the kit itself when the project does not resolve it", () => {
    expect(shippedSpec(path.parse(here).root)).toBe(coreSpec);
  });

  it("is CONTRACT_SPEC, relative to the directory the command was run from", () => {
    const env = { CONTRACT_SPEC: "test/contract-spec.test.ts", INIT_CWD: path.join(here, "..") };
    expect(resolveContractSpec({ env, cwd: "/elsewhere" })).toEqual({
      path: path.join(here, "contract-spec.test.ts"),
      source: "CONTRACT_SPEC",
    });
    expect(resolveContractSpec({ env: { CONTRACT_SPEC: coreSpec }, cwd: here }).path).toBe(
      coreSpec,
    );
  });

  it("is the explicit spec, relative to cwd, before CONTRACT_SPEC", () => {
    const env = { CONTRACT_SPEC: coreSpec };
    expect(resolveContractSpec({ spec: "contract-spec.test.ts", env, cwd: here })).toEqual({
      path: path.join(here, "contract-spec.test.ts"),
      source: "argument",
    });
  });

  it("refuses a spec file that does not exist, naming it and where it came from", () => {
    expect(() => resolveContractSpec({ spec: "missing.yaml", cwd: here })).toThrow(
      new ContractSpecError(
        `The spec ${path.join(here, "missing.yaml")} (from argument) does not exist`,
      ),
    );
    expect(() => resolveContractSpec({ env: { CONTRACT_SPEC: "/nowhere/api.yaml" } })).toThrow(
      /\/nowhere\/api\.yaml \(from CONTRACT_SPEC\) does not exist/,
    );
  });
});

import type { TestProject } from "vitest/node";
import { resolveContractSpec } from "../contract-spec.js";
import { startPrism } from "../prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the Prism mock of the contract listens, e.g. `http://127.0.0.1:41197`. */
    prismBaseUrl: string;
    /** Absolute path of the spec Prism mocks; the tests read their examples from it. */
    contractSpec: string;
  }
}

/**
 * One Prism (`prism mock --errors`) for the whole run, on the spec `resolveContractSpec()` names
 * (the command sets `CONTRACT_SPEC` to its `--spec`), stopped in teardown whatever happened.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const spec = resolveContractSpec().path;
  const prism = await startPrism({ spec, errors: true });
  project.provide("prismBaseUrl", prism.baseUrl);
  project.provide("contractSpec", spec);
  return () => prism.stop();
}

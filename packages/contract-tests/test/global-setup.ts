import type { TestProject } from "vitest/node";
import { startPrism } from "../../../scripts/prism.mjs";
import { contractSpecPath } from "./support/contract-spec.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the Prism mock of the contract listens, e.g. `http://127.0.0.1:41197`. */
    prismBaseUrl: string;
    /** Absolute path of the spec Prism mocks; the tests read their examples from it. */
    contractSpec: string;
  }
}

/** One Prism (`prism mock --errors`) for the whole run, stopped in teardown whatever happened. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const spec = contractSpecPath();
  const prism = await startPrism({ spec, errors: true });
  project.provide("prismBaseUrl", prism.baseUrl);
  project.provide("contractSpec", spec);
  return () => prism.stop();
}

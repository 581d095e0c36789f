import path from "node:path";
import { DEFAULT_SPEC } from "../../../../scripts/prism.mjs";

/**
 * The spec under test: `CONTRACT_SPEC` (absolute, or relative to the directory the command was
 * run from) or this repository's `spec/openapi.yaml`.
 */
export function contractSpecPath(env: NodeJS.ProcessEnv = process.env): string {
  // turbo (strict env mode) passes it to tasks only when turbo.json lists it: see the README.
  const configured = env.CONTRACT_SPEC;
  if (!configured) return DEFAULT_SPEC;
  // pnpm runs scripts in the package directory and keeps the caller's directory in INIT_CWD.
  return path.resolve(env.INIT_CWD ?? process.cwd(), configured);
}

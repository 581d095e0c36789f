import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Where the spec under test came from. */
export type ContractSpecSource = "argument" | "CONTRACT_SPEC" | "@yunxin-im/core";

export interface ContractSpec {
  /** Absolute path of the OpenAPI document Prism mocks and the suite reads its examples from. */
  path: string;
  source: ContractSpecSource;
}

export interface ResolveContractSpecOptions {
  /** An explicit spec (the command's `--spec`), absolute or relative to `cwd`. */
  spec?: string | undefined;
  /** Read for `CONTRACT_SPEC` (and pnpm's `INIT_CWD`). Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The project the command runs in. Default `process.cwd()`. */
  cwd?: string;
}

/** The spec the suite cannot run without is missing or cannot be found. */
export class ContractSpecError extends Error {
  override name = "ContractSpecError";
}

const SHIPPED_SPEC = "@yunxin-im/core/openapi.yaml";

/**
 * The spec under test: `spec` if given, else `CONTRACT_SPEC` (relative to the directory the
 * command was run from), else the spec shipped with the `@yunxin-im/core` installed in `cwd`'s
 * project (`@yunxin-im/core/openapi.yaml`), i.e. the contract the client you ship was built on.
 */
export function resolveContractSpec(options: ResolveContractSpecOptions = {}): ContractSpec {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  if (options.spec) return existing(path.resolve(cwd, options.spec), "argument");
  const configured = env.CONTRACT_SPEC;
  // pnpm runs package scripts in the package directory and keeps the caller's in INIT_CWD.
  if (configured) return existing(path.resolve(env.INIT_CWD ?? cwd, configured), "CONTRACT_SPEC");
  return { path: shippedSpec(cwd), source: "@yunxin-im/core" };
}

/** `@yunxin-im/core/openapi.yaml` as `cwd`'s project resolves it, else as this kit does. */
export function shippedSpec(cwd: string = process.cwd()): string {
  for (const from of [path.join(cwd, "package.json"), import.meta.url]) {
    try {
      return createRequire(from).resolve(SHIPPED_SPEC);
    } catch {
      // Not installed there: try the next place.
    }
  }
  throw new ContractSpecError(
    `No spec to test: ${SHIPPED_SPEC} is not installed in ${cwd}. Install @yunxin-im/core ` +
      "(it ships the spec it was built from), or pass --spec <file> or CONTRACT_SPEC=<file>.",
  );
}

function existing(file: string, source: ContractSpecSource): ContractSpec {
  if (!existsSync(file)) {
    throw new ContractSpecError(`The spec ${file} (from ${source}) does not exist`);
  }
  return { path: file, source };
}

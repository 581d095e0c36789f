import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RunnerTask } from "vitest";
import { startVitest } from "vitest/node";
import {
  type ContractSpec,
  type ResolveContractSpecOptions,
  resolveContractSpec,
} from "./contract-spec.js";

export interface RunContractSuiteOptions extends ResolveContractSpecOptions {
  /** Vitest reporters, e.g. `["default", "junit"]`. Default `["default"]`. */
  reporters?: string[];
  /**
   * Where file reporters (`junit`, `json`) write: absolute, or relative to `cwd` (the directory
   * the command runs in), not to the suite's own directory inside `node_modules`.
   */
  outputFile?: string | undefined;
  /** Runs only the tests whose full name matches this regular expression. */
  testNamePattern?: string | undefined;
}

export interface ContractSuiteResult {
  /** True when every test passed. */
  ok: boolean;
  /** The spec the suite ran against. */
  spec: ContractSpec;
  /** How many tests passed. */
  passed: number;
  /**
   * Full names of the failed tests, e.g.
   * `receiver_ids holds 1 to 100 accounts > Prism accepts 100 receivers and rejects 101 with 422`.
   */
  failed: string[];
}

const SUITE_DIR = fileURLToPath(new URL("./suite/", import.meta.url));

/**
 * The suite makes a request or two per example and per limit of every operation, to one Prism:
 * its files share one module graph (the spec is parsed once per worker, not once per file), and
 * up to 16 tests wait on Prism at a time, so Prism and the worker keep 2 cores busy.
 */
const SUITE_SPEED = { isolate: false, maxConcurrency: 16 } as const;

/**
 * Runs the contract suite: starts a Prism mock of the spec (see {@link resolveContractSpec}) and
 * sends the suite's requests through the installed `@yunxin-im/core` client, signed by
 * `@yunxin-im/signing`. Reports through Vitest's reporters; resolves with the outcome.
 */
export async function runContractSuite(
  options: RunContractSuiteOptions = {},
): Promise<ContractSuiteResult> {
  const spec = resolveContractSpec(options);
  // Vitest resolves outputFile against its root, the suite's directory in node_modules: a CI's
  // `--output-file contract.xml` means the project's directory.
  const outputFile = options.outputFile
    ? path.resolve(options.cwd ?? process.cwd(), options.outputFile)
    : undefined;
  // The suite's globalSetup runs in this process and starts Prism on CONTRACT_SPEC.
  const previous = process.env.CONTRACT_SPEC;
  process.env.CONTRACT_SPEC = spec.path;
  const exitCode = process.exitCode;
  try {
    const vitest = await startVitest("test", [], {
      root: SUITE_DIR,
      config: false,
      run: true,
      watch: false,
      include: ["**/*.test.{js,ts}"],
      globalSetup: ["./global-setup"],
      ...SUITE_SPEED,
      // Requests go to a local Prism on a machine that may be busy with other CI jobs.
      testTimeout: 20_000,
      reporters: options.reporters ?? ["default"],
      ...(outputFile ? { outputFile } : {}),
      ...(options.testNamePattern ? { testNamePattern: options.testNamePattern } : {}),
    });
    try {
      const tests = vitest.state.getFiles().flatMap((file) => leaves(file.tasks, []));
      const failed = tests.filter((test) => test.state === "fail").map((test) => test.name);
      const passed = tests.filter((test) => test.state === "pass").length;
      const errors = vitest.state.getUnhandledErrors().length;
      const broken = vitest.state.getFiles().some((file) => file.result?.state === "fail");
      return {
        ok: failed.length === 0 && errors === 0 && !broken && passed > 0,
        spec,
        passed,
        failed,
      };
    } finally {
      await vitest.close();
    }
  } finally {
    if (previous === undefined) delete process.env.CONTRACT_SPEC;
    else process.env.CONTRACT_SPEC = previous;
    // The caller decides the exit code from the result; Vitest's own setting is not ours to keep.
    process.exitCode = exitCode;
  }
}

/** Every test under `tasks`, named as the reporters name it: `describe > it`. */
function leaves(tasks: RunnerTask[], parents: string[]): { name: string; state?: string }[] {
  return tasks.flatMap((task) =>
    task.type === "suite"
      ? leaves(task.tasks, [...parents, task.name])
      : [{ name: [...parents, task.name].join(" > "), state: task.result?.state }],
  );
}

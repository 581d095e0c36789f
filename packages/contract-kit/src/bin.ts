#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ContractSpecError } from "./contract-spec.js";
import { describeSpec } from "./describe-spec.js";
import { runContractSuite } from "./run-suite.js";

const USAGE = `Usage: yunxin-im-contract [--spec <file>] [options]

Runs the @yunxin-im contract suite: the installed @yunxin-im/core client, signed by
@yunxin-im/signing, against a Prism mock of the spec. The spec is --spec (or the first
argument), else $CONTRACT_SPEC, else the spec shipped with the installed @yunxin-im/core.

Options:
  --spec <file>                     the OpenAPI document to test against
  -t, --test-name-pattern <regexp>  run only the tests whose full name matches
  --reporter <name>                 a Vitest reporter (default, verbose, junit, json, ...); repeatable
  --output-file <file>              where the junit or json reporter writes
  -h, --help                        this text
  -v, --version                     the kit's version

Exit status: 0 when every test passed, 1 when a test failed or none ran, 2 on a usage or
spec error.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      "test-name-pattern": { type: "string", short: "t" },
      reporter: { type: "string", multiple: true },
      "output-file": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.version) {
    const manifest = new URL("../package.json", import.meta.url);
    console.log(JSON.parse(readFileSync(manifest, "utf8")).version);
    return 0;
  }
  if (positionals.length > 1 || (positionals.length === 1 && values.spec)) {
    throw new UsageError("name one spec, with --spec or as the only argument");
  }
  const result = await runContractSuite({
    spec: values.spec ?? positionals[0],
    reporters: values.reporter ?? ["default"],
    outputFile: values["output-file"],
    testNamePattern: values["test-name-pattern"],
  });
  const about = describeSpec(result.spec);
  if (result.ok) {
    console.log(`\nContract kept: ${result.passed} tests passed against ${about}`);
    return 0;
  }
  if (result.failed.length === 0 && result.passed === 0) {
    console.error(`\nNo contract test ran against ${about}: does --test-name-pattern match one?`);
    return 1;
  }
  console.error(`\nContract broken against ${about}`);
  for (const name of result.failed) console.error(`  ✗ ${name}`);
  if (result.failed.length === 0) {
    console.error("  (the run failed outside the tests: see Vitest's report above)");
  }
  return 1;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof ContractSpecError ||
      String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
    const message = error instanceof Error ? error.message : String(error);
    console.error(`yunxin-im-contract: ${message}${known ? `\n\n${USAGE}` : ""}`);
    process.exitCode = 2;
  },
);

#!/usr/bin/env node
// Checks the built package in the current directory the way a consumer's tools see it:
// publint (package.json and files), @arethetypeswrong/cli (types resolve for ESM consumers), and
// what the npm page and a licence scanner need (see scripts/release-checks.mjs).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { apiReport } from "./api-report.mjs";
import { releaseProblems } from "./release-checks.mjs";

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin");
const run = (name, args) => execFileSync(join(bin, name), args, { stdio: "inherit" });

// Exports of data files (core's `./openapi.yaml`) are not modules: TypeScript resolves no types
// for them by design, so attw would report them as unresolvable.
const { exports = {} } = JSON.parse(readFileSync("package.json", "utf8"));
const dataEntrypoints = Object.entries(typeof exports === "object" ? exports : {})
  .filter(([, target]) => typeof target === "string" && /\.ya?ml$/.test(target))
  .map(([entry]) => entry);

run("publint", ["--strict"]);
// ESM-only by design: the CommonJS `require` rows of the matrix are not a target.
run("attw", [
  "--pack",
  ".",
  "--profile",
  "esm-only",
  ...(dataEntrypoints.length > 0 ? ["--exclude-entrypoints", ...dataEntrypoints] : []),
]);

const problems = releaseProblems(process.cwd());
if (problems.length > 0) {
  console.error(
    `${problems.length} release problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}

// The public API must match the committed report (etc/<name>.api.md): `pnpm api:update` after a
// deliberate change.
if (!apiReport(process.cwd(), { update: false })) process.exit(1);

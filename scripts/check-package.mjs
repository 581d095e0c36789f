#!/usr/bin/env node
// Checks the built package in the current directory the way a consumer's tools see it:
// publint (package.json and files) and @arethetypeswrong/cli (types resolve for ESM consumers).
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin");
const run = (name, args) => execFileSync(join(bin, name), args, { stdio: "inherit" });

run("publint", ["--strict"]);
// ESM-only by design: the CommonJS `require` rows of the matrix are not a target.
run("attw", ["--pack", ".", "--profile", "esm-only"]);

#!/usr/bin/env node
// Builds the package in the current directory: a clean dist/ from `tsc -p tsconfig.build.json`,
// plus what tsc does not copy from src/: hand-kept or generated `.d.ts` files, and hand-kept
// JavaScript modules with their types (`.mjs` + `.d.mts`, used without a build), plus each
// `--asset <file>` copied into dist/ under its own name (core ships the spec this way).
//
//   node ../../scripts/build-package.mjs [--asset ../../spec/openapi.yaml]...
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative } from "node:path";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

rmSync("dist", { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

for (const file of walk("src")) {
  if (/\.(d\.ts|mjs|d\.mts)$/.test(file)) cpSync(file, join("dist", relative("src", file)));
}
if (existsSync("dist/bin.js")) chmodSync("dist/bin.js", 0o755);
process.argv.slice(2).forEach((arg, index, args) => {
  if (arg !== "--asset") return;
  const asset = args[index + 1];
  if (!asset || !existsSync(asset)) throw new Error(`--asset: no such file ${asset}`);
  cpSync(asset, join("dist", basename(asset)));
});

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

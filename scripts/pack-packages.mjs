#!/usr/bin/env node
// Packs every published workspace package (not `private`) the way `changeset publish` would
// (`pnpm pack`: `workspace:` ranges become real versions, `files` decides the contents) into one
// folder, so tests can install exactly what a user gets, outside the workspace.
//
//   node scripts/pack-packages.mjs [out-dir]   → prints {"@yunxin-im/core": "/abs/core.tgz", …}
//
// The packages must be built first (`pnpm build`); a package without dist/ is refused.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The workspace packages a user installs from the registry: name, version and folder. */
export function publishedPackages() {
  const dir = join(ROOT, "packages");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .map((entry) => {
      const path = join(dir, entry.name);
      const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
      return {
        name: manifest.name,
        version: manifest.version,
        private: manifest.private === true,
        path,
      };
    })
    .filter((pkg) => !pkg.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The pnpm that runs this script (`pnpm run …`), else the version pinned in `packageManager`. */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath ?? "";
  if (/pnpm/.test(execPath)) {
    return /\.(c|m)?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  const { packageManager } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return ["npx", ["-y", packageManager]];
}

/**
 * Packs each published package (or only those named in `only`) into `outDir` and returns
 * `{ [name]: absoluteTarballPath }`.
 * @param {string} outDir
 * @param {{ only?: string[] }} [options]
 */
export function packPackages(outDir, options = {}) {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const [command, prefix] = pnpmCommand();
  const tarballs = {};
  const packages = publishedPackages().filter(
    (pkg) => !options.only || options.only.includes(pkg.name),
  );
  const missing = (options.only ?? []).filter((name) => !packages.some((pkg) => pkg.name === name));
  if (missing.length > 0)
    throw new Error(`Not published workspace packages: ${missing.join(", ")}`);
  for (const pkg of packages) {
    if (!existsSync(join(pkg.path, "dist"))) {
      throw new Error(`${pkg.name} has no dist/: run \`pnpm build\` before packing`);
    }
    const printed = execFileSync(command, [...prefix, "pack", "--pack-destination", out], {
      cwd: pkg.path,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const file = printed
      .trim()
      .split("\n")
      .map((line) => line.trim())
      .reverse()
      .find((line) => line.endsWith(".tgz"));
    if (!file) throw new Error(`pnpm pack printed no tarball for ${pkg.name}:\n${printed}`);
    tarballs[pkg.name] = resolve(out, file);
  }
  return tarballs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(ROOT, "node_modules", ".cache", "packed");
  process.stdout.write(`${JSON.stringify(packPackages(outDir), null, 2)}\n`);
}

// What a published package needs beyond publint and attw, checked on the package folder:
// - the licence text (the root LICENSE, byte for byte) at the package root, so it is in the tarball;
// - `repository` (with this package's `directory`), `homepage`, `bugs` and a provenance-ready
//   `publishConfig`, all on the one repository URL;
// - README links that work on the npm page (absolute, or anchors), since only the README is shipped;
// - source maps that carry their sources (src/ is not shipped) and no declaration maps that point
//   at src/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY_URL = "https://github.com/yunxin-im/yunxin-im-v2";
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** @param {string} packageDir @returns {string[]} one sentence per problem */
export function releaseProblems(packageDir) {
  return [
    ...licenceProblems(packageDir),
    ...metadataProblems(packageDir),
    ...readmeLinkProblems(packageDir),
    ...sourceMapProblems(packageDir),
  ];
}

function licenceProblems(packageDir) {
  const copy = join(packageDir, "LICENSE");
  if (!existsSync(copy)) return ["no LICENSE: copy the root LICENSE into the package"];
  const same = readFileSync(copy, "utf8") === readFileSync(join(ROOT, "LICENSE"), "utf8");
  return same ? [] : ["LICENSE differs from the root LICENSE: copy it again"];
}

function metadataProblems(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const directory = relative(ROOT, packageDir).split("\\").join("/");
  const expected = {
    license: "MIT",
    "repository.type": "git",
    "repository.url": `git+${REPOSITORY_URL}.git`,
    "repository.directory": directory,
    homepage: `${REPOSITORY_URL}/tree/main/${directory}#readme`,
    "bugs.url": `${REPOSITORY_URL}/issues`,
    "publishConfig.access": "public",
    "publishConfig.provenance": true,
  };
  const problems = [];
  for (const [path, value] of Object.entries(expected)) {
    const actual = path.split(".").reduce((object, key) => object?.[key], manifest);
    if (actual !== value) {
      problems.push(
        `package.json ${path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`,
      );
    }
  }
  if (!manifest.files?.includes("LICENSE")) problems.push('package.json "files" lacks "LICENSE"');
  return problems;
}

function readmeLinkProblems(packageDir) {
  const readme = join(packageDir, "README.md");
  if (!existsSync(readme)) return ["no README.md"];
  const problems = [];
  const text = readFileSync(readme, "utf8");
  // Markdown links and images `](target)`, and HTML `href=`/`src=` attributes.
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]),
    ...[...text.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
  ];
  for (const target of targets) {
    if (!/^(https?:|mailto:|#)/.test(target)) {
      problems.push(
        `README link "${target}" is relative and breaks on the npm page: make it absolute`,
      );
    }
  }
  return problems;
}

function sourceMapProblems(packageDir) {
  const dist = join(packageDir, "dist");
  if (!existsSync(dist)) return ["no dist/: build first"];
  const problems = [];
  for (const file of walk(dist)) {
    if (file.endsWith(".d.ts.map")) {
      problems.push(
        `${relative(packageDir, file)} points at unshipped sources: no declaration maps`,
      );
    } else if (file.endsWith(".map")) {
      const map = JSON.parse(readFileSync(file, "utf8"));
      const carried = map.sourcesContent?.filter((content) => typeof content === "string") ?? [];
      if (carried.length !== map.sources.length) {
        problems.push(`${relative(packageDir, file)} does not carry its sources (inlineSources)`);
      }
    }
  }
  return problems;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

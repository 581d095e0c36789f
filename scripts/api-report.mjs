#!/usr/bin/env node
// The public API report of each published package (API Extractor), committed as
// packages/<name>/etc/<name>.api.md so a reviewer sees every change to what users can call.
//
//   node ../../scripts/api-report.mjs         in a package (its `lint`): fails when the built
//                                             package's API differs from its committed report
//   node scripts/api-report.mjs --update      at the root (`pnpm api:update`, after a build):
//                                             rewrites the reports of every published package
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";
import { publishedPackages, ROOT } from "./pack-packages.mjs";

/** @param {string} dir @param {{ update: boolean }} options @returns {boolean} report up to date */
export function apiReport(dir, { update }) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const name = basename(dir);
  const entry = join(dir, "dist", "index.d.ts");
  if (!existsSync(entry)) throw new Error(`${manifest.name} has no dist/index.d.ts: build first`);
  const tempFolder = join(ROOT, "node_modules", ".cache", "api-extractor", name);
  mkdirSync(tempFolder, { recursive: true });
  if (update) mkdirSync(join(dir, "etc"), { recursive: true });
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: entry,
      compiler: {
        // What a consumer without @types/node compiles against.
        overrideTsconfig: {
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2023", "DOM", "DOM.Iterable"],
            module: "NodeNext",
            moduleResolution: "NodeNext",
            types: [],
            skipLibCheck: true,
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFolder: join(dir, "etc"),
        reportTempFolder: tempFolder,
        reportFileName: `${name}.api.md`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The report is about the shape of the API; doc-comment style is Biome's and the READMEs'.
        extractorMessageReporting: { default: { logLevel: "none" } },
        tsdocMessageReporting: { default: { logLevel: "none" } },
        compilerMessageReporting: { default: { logLevel: "error" } },
      },
    },
    configObjectFullPath: join(dir, "api-extractor.json"),
    packageJsonFullPath: join(dir, "package.json"),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
  if (result.errorCount > 0) throw new Error(`API Extractor failed for ${manifest.name}`);
  if (result.apiReportChanged && !update) {
    console.error(
      `${manifest.name}: the public API differs from etc/${name}.api.md (the new report is in ` +
        `${join(tempFolder, `${name}.api.md`)}). If the change is intended, run \`pnpm api:update\` ` +
        "and commit the report with a changeset.",
    );
    return false;
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--update")) {
    for (const pkg of publishedPackages()) apiReport(pkg.path, { update: true });
  } else if (!apiReport(process.cwd(), { update: false })) {
    process.exit(1);
  }
}

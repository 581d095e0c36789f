#!/usr/bin/env node
// Builds the documentation site: TypeDoc's pages (home, guide, one section per published package)
// and the API reference from spec/openapi.yaml in api/. `pnpm run docs` writes it to <repo>/site;
// `node scripts/build-site.mjs <dir>` writes it elsewhere.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildApiReference } from "./api-reference.mjs";
import { buildPackageReference } from "./package-reference.mjs";
import { defaultSiteDir } from "./paths.mjs";

export async function buildSite(siteDir = defaultSiteDir) {
  // TypeDoc empties its output directory first, so the API reference comes second.
  await buildPackageReference(siteDir);
  buildApiReference(siteDir);
  return siteDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const siteDir = resolve(process.argv[2] ?? defaultSiteDir);
  const started = performance.now();
  await buildSite(siteDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Site built in ${seconds} s: open ${siteDir}/index.html, or serve it:`);
  console.log("  pnpm --filter @yunxin-im/docs serve");
}

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const docsRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(docsRoot, "..", "..");
export const specPath = join(repoRoot, "spec", "openapi.yaml");
/** Where `pnpm run docs` writes the site (gitignored). */
export const defaultSiteDir = join(repoRoot, "site");

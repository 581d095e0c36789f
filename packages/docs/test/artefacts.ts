import { join } from "node:path";
import { docsRoot } from "../scripts/paths.mjs";

/** Test outputs, gitignored: the site the tests build and the browser's screenshots of it. */
export const artefactsDir = join(docsRoot, "artefacts");
export const testSiteDir = join(artefactsDir, "site");
export const screenshotsDir = join(artefactsDir, "screenshots");

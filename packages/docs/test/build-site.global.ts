import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildSite } from "../scripts/build-site.mjs";
import { screenshotsDir, testSiteDir } from "./artefacts.js";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  rmSync(screenshotsDir, { recursive: true, force: true });
  await buildSite(testSiteDir);
  project.provide("siteDir", testSiteDir);
}

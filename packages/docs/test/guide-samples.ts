import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { docsRoot } from "../scripts/paths.mjs";

export const samplesDir = join(docsRoot, "samples");
export const guidePath = join(docsRoot, "pages", "guide.md");

export interface GuideSample {
  /** The file name under `samples/`. */
  file: string;
  text: string;
}

export function guideSamples(): GuideSample[] {
  return readdirSync(samplesDir)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(samplesDir, file), "utf8") }));
}

/** The `{@includeCode ../samples/…}` targets of the guide, in order. */
export function includedSamples(): string[] {
  const guide = readFileSync(guidePath, "utf8");
  return [...guide.matchAll(/\{@includeCode \.\.\/samples\/([^}\s#]+)\}/g)].map(
    (m) => m[1] as string,
  );
}

import { readFileSync } from "node:fs";

/** The version in this package's package.json (src/ and dist/ both sit next to it). */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return String(manifest.version);
}

import { SERVERS } from "./generated/contract.js";
import type { Region } from "./types.js";

/** The hosts of a region, primary first then backup, as the spec's `servers` list them. */
export function hostsForRegion(region: Region): [primary: string, backup: string] {
  const hosts = SERVERS[region];
  if (!hosts) {
    throw new TypeError(
      `Unknown region ${JSON.stringify(region)}: use one of ${Object.keys(SERVERS).join(", ")}`,
    );
  }
  return [hosts.primary, hosts.backup];
}

/** Resolves the hosts a client tries in order: an explicit base URL (or list), else a region's. */
export function resolveBaseUrls(options: {
  region?: Region;
  baseUrl?: string | readonly string[];
}): string[] {
  if (options.baseUrl !== undefined) {
    const urls = typeof options.baseUrl === "string" ? [options.baseUrl] : [...options.baseUrl];
    if (urls.length === 0) throw new TypeError("baseUrl must name at least one URL");
    for (const url of urls) {
      if (!URL.canParse(url)) throw new TypeError(`baseUrl ${JSON.stringify(url)} is not a URL`);
    }
    return urls.map((url) => url.replace(/\/+$/, ""));
  }
  return hostsForRegion(options.region ?? "cn");
}

/** Builds the documentation site into `siteDir` (default: `<repo>/site`) and returns the directory. */
export function buildSite(siteDir?: string): Promise<string>;

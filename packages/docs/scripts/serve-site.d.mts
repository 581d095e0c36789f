export interface ServedSite {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The paths asked for that were not there, in order. */
  notFound: string[];
  close(): Promise<void>;
}
/** Serves `siteDir` on the loopback interface; port 0 (the default) lets the kernel pick one. */
export function serveSite(
  siteDir: string,
  options?: { port?: number; host?: string },
): Promise<ServedSite>;

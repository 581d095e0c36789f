import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's chromium (apt); playwright-core drives it and never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  /** Every URL a page asked for that is not on `origin` (and not data:/blob:); each was refused. */
  offsiteRequests: string[];
  /** Console errors and uncaught page errors, with the page they happened on. */
  errors: string[];
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile that may only talk to `origin`: any other request is
 * recorded and aborted before it leaves the machine.
 */
export async function openBrowser(origin: string): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "yunxin-docs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  const offsiteRequests: string[] = [];
  const errors: string[] = [];
  const isOffsite = (url: string) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url);
  context.on("request", (request) => {
    if (isOffsite(request.url())) offsiteRequests.push(request.url());
  });
  await context.route(
    () => true,
    (route) =>
      isOffsite(route.request().url()) ? route.abort("blockedbyclient") : route.continue(),
  );
  await context.routeWebSocket(
    () => true,
    (socket) => {
      offsiteRequests.push(socket.url());
      return socket.close();
    },
  );
  context.on("console", (message) => {
    if (message.type() === "error")
      errors.push(`${message.page()?.url()}: console: ${message.text()}`);
  });
  context.on("weberror", (error) =>
    errors.push(`${error.page()?.url()}: ${error.error().message}`),
  );
  return {
    context,
    offsiteRequests,
    errors,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`, { waitUntil: "load" });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

#!/usr/bin/env node
// A static file server for the built site, on the loopback interface only. Used by the browser
// test and by `pnpm --filter @yunxin-im/docs serve` (port 4173 or $PORT).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultSiteDir } from "./paths.mjs";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".yaml": "text/yaml; charset=utf-8",
  ".sh": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export async function serveSite(siteDir, { port = 0, host = "127.0.0.1" } = {}) {
  const root = resolve(siteDir);
  const notFound = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://site").pathname);
    let file = join(root, pathname);
    if (file !== root && !file.startsWith(root + sep)) return end(response, 403);
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const size = statSync(file).size;
      response.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": size,
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(file).pipe(response);
    } catch {
      notFound.push(pathname);
      end(response, 404);
    }
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    notFound,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function end(response, status) {
  response.writeHead(status, { "content-type": "text/plain" }).end(String(status));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const siteDir = resolve(process.argv[2] ?? defaultSiteDir);
  const { url } = await serveSite(siteDir, { port: Number(process.env.PORT ?? 4173) });
  console.log(`Serving ${siteDir} at ${url}/ (Ctrl-C to stop)`);
}

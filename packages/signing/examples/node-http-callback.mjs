// A callback (抄送) endpoint on Node's own http server.
//   YUNXIN_APP_SECRET=... PORT=8080 node examples/node-http-callback.mjs
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { verifyNodeCallback } from "@yunxin-im/signing";

export function createCallbackServer({ appSecret, onMessage, log = console.warn }) {
  return createServer(async (request, response) => {
    if (request.method !== "POST") return response.writeHead(405).end();
    const result = await verifyNodeCallback(request, { appSecret });
    if (!result.ok) {
      // When the callback URL is configured, Yunxin checks it with a POST of `{}`: answer it.
      if (result.reason === "missing-header" && result.body?.trim() === "{}") {
        return response.writeHead(200).end();
      }
      log(`rejected a callback: ${result.reason}: ${result.message}`);
      return response.writeHead(result.reason === "body-too-large" ? 413 : 401).end(result.reason);
    }
    await onMessage(JSON.parse(result.body));
    response.writeHead(200).end();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = createCallbackServer({
    appSecret: process.env.YUNXIN_APP_SECRET ?? "",
    onMessage: (message) => console.log("callback", message),
  });
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? "127.0.0.1", () => {
    const { address, port } = server.address();
    console.log(`listening on http://${address}:${port}/`);
  });
}

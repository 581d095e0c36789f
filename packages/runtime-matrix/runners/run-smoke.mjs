// Entry point on Node, Bun and Deno: `<runtime> run-smoke.mjs '<fixture JSON>'` prints the
// report of runSmoke as one JSON line. The callback check also posts to a callback endpoint
// served the way a user serves one on that runtime: Deno.serve or Bun.serve with the fetch-style
// verifier, Node's http server with the Node adapter.
import { verifyCallbackRequest, verifyNodeCallback } from "@yunxin-im/signing";
import { runSmoke } from "./smoke.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const fixture = JSON.parse(args[0]);
const report = await runSmoke(fixture, { serveCallbacks });
console.log(JSON.stringify(report));

/** Serves `/yunxin/callback` on a free loopback port; resolves to `{ url, close }`. */
async function serveCallbacks(appSecret) {
  const answer = (result) => {
    if (!result.ok) return { status: 401, text: result.reason };
    return { status: 200, text: JSON.stringify({ received: JSON.parse(result.body).msgidServer }) };
  };
  const fetchHandler = async (request) => {
    const { status, text } = answer(await verifyCallbackRequest(request, { appSecret }));
    return new Response(text, { status });
  };
  if (globalThis.Deno) {
    const server = globalThis.Deno.serve(
      { hostname: "127.0.0.1", port: 0, onListen() {} },
      fetchHandler,
    );
    return { url: `http://127.0.0.1:${server.addr.port}`, close: () => server.shutdown() };
  }
  if (globalThis.Bun) {
    const server = globalThis.Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: fetchHandler });
    return { url: `http://127.0.0.1:${server.port}`, close: () => server.stop(true) };
  }
  const { createServer } = await import("node:http");
  const server = createServer(async (request, response) => {
    const { status, text } = answer(await verifyNodeCallback(request, { appSecret }));
    response.writeHead(status).end(text);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// A callback (抄送) endpoint as a fetch-style handler: (Request) => Promise<Response>.
// Deno:    Deno.serve(createCallbackHandler({ appSecret, onMessage }))
// Bun:     Bun.serve({ fetch: createCallbackHandler({ appSecret, onMessage }) })
// Workers: export default { fetch: createCallbackHandler({ appSecret, onMessage }) }
import { verifyCallbackRequest } from "@yunxin-im/signing";

export function createCallbackHandler({ appSecret, onMessage, log = console.warn }) {
  return async (request) => {
    if (request.method !== "POST") return new Response("POST only", { status: 405 });
    const result = await verifyCallbackRequest(request, { appSecret });
    if (!result.ok) {
      // When the callback URL is configured, Yunxin checks it with a POST of `{}`: answer it.
      if (result.reason === "missing-header" && result.body?.trim() === "{}") {
        return new Response(null, { status: 200 });
      }
      log(`rejected a callback: ${result.reason}: ${result.message}`);
      return new Response(result.reason, {
        status: result.reason === "body-too-large" ? 413 : 401,
      });
    }
    await onMessage(JSON.parse(result.body));
    return new Response(null, { status: 200 });
  };
}

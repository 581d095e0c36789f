// A Cloudflare Worker as a user deploys it: the callback endpoint verifies Yunxin's callbacks in
// its fetch handler, `/send` sends through one client kept for the isolate and used by every
// request, and `/smoke` runs the smoke suite from inside a request (Workers allow outbound fetch
// and timers only while a request is being handled).
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware, verifyCallbackRequest } from "@yunxin-im/signing";
import { runSmoke } from "./smoke.mjs";

/** One client for the isolate, made on the first request (env only exists in a request), as users do. */
let client;
function sharedClient(env) {
  if (!client) {
    client = createYunxinClient({ baseUrl: `${env.STUB_URL}/ok/worker-shared-client` });
    client.use(
      createSigningMiddleware({ appKey: env.YUNXIN_APP_KEY, appSecret: env.YUNXIN_APP_SECRET }),
    );
  }
  return client;
}

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/yunxin/callback") return handleCallback(request, env);
    if (pathname === "/send" && request.method === "POST") {
      const { receiver } = await request.json();
      const result = await sharedClient(env).sendBatch({
        sender_id: "alice",
        receiver_ids: [receiver],
        message: { message_type: 0, text: "from a Worker's shared client" },
      });
      return Response.json({ id: result.sent[0]?.messageServerId ?? null });
    }
    if (pathname === "/smoke" && request.method === "POST") {
      return Response.json(await runSmoke(await request.json()));
    }
    return new Response("not found", { status: 404 });
  },
};

/** The handler of the signing package's README, verbatim in behaviour. */
async function handleCallback(request, env) {
  if (request.method !== "POST") return new Response("POST only", { status: 405 });
  const result = await verifyCallbackRequest(request, { appSecret: env.YUNXIN_APP_SECRET });
  if (!result.ok) {
    if (result.reason === "missing-header" && result.body?.trim() === "{}") {
      return new Response(null, { status: 200 });
    }
    return new Response(result.reason, { status: result.reason === "body-too-large" ? 413 : 401 });
  }
  const callback = JSON.parse(result.body);
  return Response.json({ received: callback.msgidServer ?? null });
}

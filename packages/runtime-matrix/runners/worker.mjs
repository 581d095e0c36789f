// A Cloudflare Worker as a user deploys it: the callback endpoint verifies Yunxin's callbacks in
// its fetch handler, and a second route runs the smoke suite from inside a request (Workers allow
// outbound fetch, timers and Web Crypto only while a request is being handled).
import { verifyCallbackRequest } from "@yunxin-im/signing";
import { runSmoke } from "./smoke.mjs";

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/yunxin/callback") return handleCallback(request, env);
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

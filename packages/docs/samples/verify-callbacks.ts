import { verifyCallbackRequest } from "@yunxin-im/signing";

const appSecret = process.env.YUNXIN_APP_SECRET ?? "";

/** A callback (抄送) endpoint for any fetch-style server: Deno.serve, Bun.serve, Workers, Hono… */
export async function handleCallback(request: Request): Promise<Response> {
  const result = await verifyCallbackRequest(request, { appSecret });
  if (!result.ok) {
    // When the callback URL is configured, Yunxin checks it with an unsigned POST of `{}`.
    if (result.reason === "missing-header" && result.body?.trim() === "{}") {
      return new Response(null, { status: 200 });
    }
    return new Response(result.reason, { status: 401 }); // forged, tampered or stale
  }
  const event: unknown = JSON.parse(result.body);
  console.log("callback", event);
  return new Response(null, { status: 200 }); // answer within 5 s; queue slow work
}

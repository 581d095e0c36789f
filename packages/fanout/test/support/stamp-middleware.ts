import type { YunxinClient } from "@yunxin-im/core";

type Middleware = Parameters<YunxinClient["use"]>[0];

/**
 * Stands in for the signer: stamps each request it sees with a fresh `Nonce` and a `CurTime`, as
 * the signing middleware does, so a test can tell that every attempt passed through middleware.
 */
export function stampMiddleware(): Middleware {
  let stamped = 0;
  return {
    onRequest({ request }) {
      stamped++;
      request.headers.set("Nonce", `nonce-${stamped}`);
      request.headers.set("CurTime", String(Math.floor(Date.now() / 1000)));
      return request;
    },
  };
}

import type { Middleware } from "openapi-fetch";
import { createYunxinClient as createOnFetch } from "../../src/index.js";
import { createYunxinClient as createOnNode } from "../../src/node.js";

/**
 * The client on each transport it can have on Node: the default entry's `fetch` (what Deno, Bun
 * and Workers get) and the `node` entry's undici dispatcher. Transport-level tests run on both.
 */
export const TRANSPORTS = [
  { transport: "fetch", createYunxinClient: createOnFetch },
  { transport: "undici", createYunxinClient: createOnNode },
] as const;

/**
 * Each transport on each way an attempt is sent: through openapi-fetch and the middleware, or
 * `direct`, as plain values, when the signer is the only middleware. Transport-level tests that
 * install a signer run on all four, with the signer {@link signerFor} gives.
 */
export const ATTEMPT_PATHS = TRANSPORTS.flatMap((each) => [
  { ...each, path: "openapi-fetch" as const },
  { ...each, path: "direct" as const },
]);

export type AttemptPath = (typeof ATTEMPT_PATHS)[number]["path"];

/** The key @yunxin-im/signing's middleware carries its plain signer under. */
export const SIGN_HEADERS = Symbol.for("@yunxin-im/signing/sign-headers");

/**
 * A signer setting `headers()` as @yunxin-im/signing does: in place on the Request through
 * openapi-fetch; on the direct path as the plain function its middleware carries, and then its
 * `onRequest` fails the call, so a test on the direct path cannot pass through openapi-fetch.
 */
export function signerFor(path: AttemptPath, headers: () => Record<string, string>): Middleware {
  if (path === "openapi-fetch") {
    return {
      onRequest({ request }) {
        for (const [name, value] of Object.entries(headers())) request.headers.set(name, value);
      },
    };
  }
  const middleware: Middleware = {
    onRequest() {
      throw new Error("the direct path ran the middleware");
    },
  };
  return Object.defineProperty(middleware, SIGN_HEADERS, {
    value: (traceId: string) => ({ ...headers(), "X-custom-traceid": traceId }),
  });
}

import type { Middleware } from "openapi-fetch";

/**
 * The key under which `@yunxin-im/signing`'s middleware carries its signer as a plain function
 * (a registered symbol: neither package imports the other for it).
 */
const SIGN_HEADERS = Symbol.for("@yunxin-im/signing/sign-headers");

/**
 * The signature headers of one request carrying `traceId`, trace id included: exactly what the
 * middleware's `onRequest` sets on the request. A promise when its credentials come from a provider.
 */
export type SignHeaders = (
  traceId: string,
) => Record<string, string> | Promise<Record<string, string>>;

/**
 * The signer, when the signing middleware is the only middleware installed: then a call can be
 * sent as plain values (no Request, Headers or Response), since nothing else may look at it.
 */
export function soleSigner(middleware: readonly Middleware[]): SignHeaders | undefined {
  if (middleware.length !== 1) return undefined;
  const sign = (middleware[0] as { [SIGN_HEADERS]?: unknown })[SIGN_HEADERS];
  return typeof sign === "function" ? (sign as SignHeaders) : undefined;
}

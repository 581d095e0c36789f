/** The statuses fetch treats as redirects. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * The `redirect` mode that keeps a request from following redirects on this runtime. A signed
 * call must never be re-sent to another address. `"error"` where the runtime has it (it also
 * spares Node's fetch a copy of every body, kept in case it has to follow); Cloudflare Workers
 * refuse `"error"` and offer only `"follow"` and `"manual"`, so there the redirect answer comes
 * back and {@link isRedirect} catches it.
 */
export function noRedirectMode(RequestClass: typeof Request = globalThis.Request): RequestRedirect {
  try {
    new RequestClass("http://localhost/", { redirect: "error" });
    return "error";
  } catch {
    return "manual";
  }
}

/** A redirect answer, as `redirect: "manual"` hands it back (opaque in browsers). */
export function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || isRedirectStatus(response.status);
}

/** A status fetch would follow as a redirect. */
export function isRedirectStatus(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

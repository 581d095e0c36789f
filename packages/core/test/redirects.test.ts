import { describe, expect, it } from "vitest";
import { isRedirect, noRedirectMode } from "../src/redirects.js";

describe("noRedirectMode", () => {
  it('is "error" where the runtime\'s Request accepts it', () => {
    expect(noRedirectMode()).toBe("error");
  });

  it('falls back to "manual" where Request refuses "error", as Cloudflare Workers do', () => {
    class WorkersRequest extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        if (init?.redirect === "error") {
          throw new TypeError('Invalid redirect value, must be one of "follow" or "manual"');
        }
        super(input, init);
      }
    }
    expect(noRedirectMode(WorkersRequest)).toBe("manual");
  });
});

describe("isRedirect", () => {
  it("recognises the redirect statuses and opaque redirects, and nothing else", () => {
    for (const status of [301, 302, 303, 307, 308]) {
      expect(isRedirect(new Response(null, { status })), String(status)).toBe(true);
    }
    for (const status of [200, 204, 300, 304, 400, 502]) {
      expect(isRedirect(new Response(null, { status })), String(status)).toBe(false);
    }
    expect(isRedirect({ type: "opaqueredirect", status: 0 } as Response)).toBe(true);
  });
});

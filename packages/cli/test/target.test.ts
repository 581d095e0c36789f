import { describe, expect, it } from "vitest";
import type { MockAvailability } from "../src/embedded-mock.js";
import { resolveTarget } from "../src/target.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "key", YUNXIN_APP_SECRET: "secret-value" };
const AVAILABLE = (): MockAvailability => ({
  available: true,
  launcher: new URL("file:///repo/scripts/prism.mjs"),
  spec: "/repo/spec/openapi.yaml",
  specLabel: "spec/openapi.yaml",
});
const INSTALLED = (): MockAvailability => ({
  available: false,
  why: "this copy is installed on its own",
  instead: "start a mock yourself and pass --base-url",
});

describe("resolveTarget", () => {
  it("uses the mock with no credentials and no host", () => {
    expect(resolveTarget({}, {}, AVAILABLE)).toEqual({ kind: "mock" });
  });

  it("uses the mainland region with credentials and no host", () => {
    expect(resolveTarget({}, CREDENTIALS, AVAILABLE)).toEqual({
      kind: "api",
      region: "cn",
      appKey: "key",
      appSecret: "secret-value",
    });
  });

  it("uses an explicit base URL without its trailing slash", () => {
    expect(
      resolveTarget({ baseUrl: "http://127.0.0.1:8080/" }, CREDENTIALS, AVAILABLE),
    ).toMatchObject({
      kind: "api",
      baseUrl: "http://127.0.0.1:8080",
    });
  });

  it("uses the mock when asked, even with credentials", () => {
    expect(resolveTarget({ mock: true }, CREDENTIALS, AVAILABLE)).toEqual({ kind: "mock" });
  });

  it("refuses a real host without the secret, naming the variable", () => {
    expect(() =>
      resolveTarget({ baseUrl: "http://127.0.0.1:8080" }, { YUNXIN_APP_KEY: "key" }, AVAILABLE),
    ).toThrow(/^YUNXIN_APP_SECRET is not set: sending to http:\/\/127\.0\.0\.1:8080 needs/);
    expect(() => resolveTarget({ region: "sg" }, {}, AVAILABLE)).toThrow(
      /^YUNXIN_APP_KEY and YUNXIN_APP_SECRET are not set: sending to the sg region/,
    );
  });

  it("refuses half the credentials rather than guessing between mock and real", () => {
    expect(() =>
      resolveTarget({}, { YUNXIN_APP_KEY: "key", YUNXIN_APP_SECRET: " " }, AVAILABLE),
    ).toThrow(/^YUNXIN_APP_SECRET is not set/);
  });

  it("refuses conflicting hosts", () => {
    expect(() => resolveTarget({ mock: true, region: "cn" }, {}, AVAILABLE)).toThrow(
      "--mock cannot be combined with --region or --base-url",
    );
    expect(() =>
      resolveTarget({ region: "cn", baseUrl: "http://x.test" }, CREDENTIALS, AVAILABLE),
    ).toThrow("use either --region or --base-url, not both");
  });

  it("refuses an unknown region and a base URL that is not http(s)", () => {
    expect(() => resolveTarget({ region: "us" }, CREDENTIALS, AVAILABLE)).toThrow(
      '--region must be cn or sg, got "us"',
    );
    expect(() => resolveTarget({ baseUrl: "ftp://x.test" }, CREDENTIALS, AVAILABLE)).toThrow(
      '--base-url must be an http(s) URL, got "ftp://x.test"',
    );
  });

  it("never puts the secret in an error", () => {
    const attempts = [
      () => resolveTarget({ region: "us" }, CREDENTIALS, AVAILABLE),
      () => resolveTarget({ mock: true, baseUrl: "http://x.test" }, CREDENTIALS, AVAILABLE),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow();
      try {
        attempt();
      } catch (error) {
        expect(String(error)).not.toContain("secret-value");
      }
    }
  });

  it("where the mock cannot start, asks for credentials or --base-url and says how to try without an account", () => {
    expect(() => resolveTarget({}, {}, INSTALLED)).toThrow(
      "no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET to send to your app, or pass --base-url <url> of a test server. To try yunxin-im without an account, start a mock yourself and pass --base-url (this copy is installed on its own)",
    );
    expect(() => resolveTarget({ mock: true }, {}, INSTALLED)).toThrow(
      "--mock cannot start: this copy is installed on its own. Instead, start a mock yourself and pass --base-url",
    );
  });

  it("suggests --mock for missing credentials only where the mock can start", () => {
    expect(() => resolveTarget({ region: "sg" }, {}, AVAILABLE)).toThrow(/\(or pass --mock\)$/);
    const refusal = () => resolveTarget({ region: "sg" }, {}, INSTALLED);
    expect(refusal).toThrow(/\(both come from your app in the Yunxin console\)$/);
    expect(refusal).not.toThrow(/mock/);
  });
});

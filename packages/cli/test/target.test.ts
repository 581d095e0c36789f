import { describe, expect, it } from "vitest";
import { resolveTarget } from "../src/target.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "key", YUNXIN_APP_SECRET: "secret-value" };

describe("resolveTarget", () => {
  it("uses the mock with no credentials and no host", () => {
    expect(resolveTarget({}, {})).toEqual({ kind: "mock" });
  });

  it("uses the mainland region with credentials and no host", () => {
    expect(resolveTarget({}, CREDENTIALS)).toEqual({
      kind: "api",
      region: "cn",
      appKey: "key",
      appSecret: "secret-value",
    });
  });

  it("uses an explicit base URL without its trailing slash", () => {
    expect(resolveTarget({ baseUrl: "http://127.0.0.1:8080/" }, CREDENTIALS)).toMatchObject({
      kind: "api",
      baseUrl: "http://127.0.0.1:8080",
    });
  });

  it("uses the mock when asked, even with credentials", () => {
    expect(resolveTarget({ mock: true }, CREDENTIALS)).toEqual({ kind: "mock" });
  });

  it("refuses a real host without the secret, naming the variable", () => {
    expect(() =>
      resolveTarget({ baseUrl: "http://127.0.0.1:8080" }, { YUNXIN_APP_KEY: "key" }),
    ).toThrow(/^YUNXIN_APP_SECRET is not set: sending to http:\/\/127\.0\.0\.1:8080 needs/);
    expect(() => resolveTarget({ region: "sg" }, {})).toThrow(
      /^YUNXIN_APP_KEY and YUNXIN_APP_SECRET are not set: sending to the sg region/,
    );
  });

  it("refuses half the credentials rather than guessing between mock and real", () => {
    expect(() => resolveTarget({}, { YUNXIN_APP_KEY: "key", YUNXIN_APP_SECRET: " " })).toThrow(
      /^YUNXIN_APP_SECRET is not set/,
    );
  });

  it("refuses conflicting hosts", () => {
    expect(() => resolveTarget({ mock: true, region: "cn" }, {})).toThrow(
      "--mock cannot be combined with --region or --base-url",
    );
    expect(() => resolveTarget({ region: "cn", baseUrl: "http://x.test" }, CREDENTIALS)).toThrow(
      "use either --region or --base-url, not both",
    );
  });

  it("refuses an unknown region and a base URL that is not http(s)", () => {
    expect(() => resolveTarget({ region: "us" }, CREDENTIALS)).toThrow(
      '--region must be cn or sg, got "us"',
    );
    expect(() => resolveTarget({ baseUrl: "ftp://x.test" }, CREDENTIALS)).toThrow(
      '--base-url must be an http(s) URL, got "ftp://x.test"',
    );
  });

  it("never puts the secret in an error", () => {
    const attempts = [
      () => resolveTarget({ region: "us" }, CREDENTIALS),
      () => resolveTarget({ mock: true, baseUrl: "http://x.test" }, CREDENTIALS),
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
});

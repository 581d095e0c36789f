import { describe, expect, it } from "vitest";
import { hostsForRegion, resolveBaseUrls } from "../src/regions.js";

describe("hostsForRegion", () => {
  it("lists the primary host then its backup, from the spec's servers", () => {
    expect(hostsForRegion("cn")).toEqual([
      "https://open.yunxinapi.com",
      "https://open-bak.yunxinapi.com",
    ]);
    expect(hostsForRegion("sg")).toEqual([
      "https://open-sg.yunxinapi.com",
      "https://open-sg-bak.yunxinapi.com",
    ]);
  });
});

describe("resolveBaseUrls", () => {
  it("defaults to the mainland region", () => {
    expect(resolveBaseUrls({})).toEqual(hostsForRegion("cn"));
  });

  it("prefers explicit base URLs, without trailing slashes", () => {
    expect(resolveBaseUrls({ region: "sg", baseUrl: ["http://a.test/", "http://b.test"] })).toEqual(
      ["http://a.test", "http://b.test"],
    );
  });

  it("refuses an empty list", () => {
    expect(() => resolveBaseUrls({ baseUrl: [] })).toThrow(/at least one URL/);
  });
});

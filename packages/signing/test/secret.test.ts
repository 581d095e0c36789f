import { format, inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Secret, SigningConfigError } from "../src/index.js";

const value = "s3cr3t-云信-🔐";

describe("Secret", () => {
  it("gives the value back only through reveal()", () => {
    expect(new Secret(value).reveal()).toBe(value);
  });

  it("redacts itself in JSON, String(), template literals, concatenation and inspect", () => {
    const secret = new Secret(value);
    const shown = [
      JSON.stringify(secret),
      JSON.stringify({ appSecret: secret }),
      String(secret),
      `${secret}`,
      // biome-ignore lint/style/useTemplate: concatenation goes through Symbol.toPrimitive
      "" + secret,
      inspect(secret),
      inspect({ nested: { secret } }, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      format("%s %o %O %j", secret, secret, secret, secret),
    ];
    for (const text of shown) {
      expect(text).not.toContain(value);
      expect(text).toContain("[redacted]");
    }
  });

  it("has no enumerable property that would carry the value", () => {
    const secret = new Secret(value);
    expect(Object.keys(secret)).toEqual([]);
    expect(Object.getOwnPropertyNames(secret)).toEqual([]);
    expect({ ...secret }).toEqual({});
    expect(structuredClone(secret)).toEqual({});
  });

  it("is frozen, so nothing can be attached to it", () => {
    expect(Object.isFrozen(new Secret(value))).toBe(true);
  });

  it.each([
    ["a trailing newline", "c5b4b3d6e3f0\n"],
    ["a trailing CRLF", "c5b4b3d6e3f0\r\n"],
    ["a leading space", " c5b4b3d6e3f0"],
    ["a trailing tab", "c5b4b3d6e3f0\t"],
    ["a byte order mark", "\uFEFFc5b4b3d6e3f0"],
    ["a no-break space", "c5b4b3d6e3f0\u00A0"],
  ])("refuses a value with %s, as read from a file, without echoing it", (_, bad) => {
    let thrown: unknown;
    try {
      new Secret(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SigningConfigError);
    expect(thrown).toMatchObject({ field: "appSecret" });
    const { message } = thrown as Error;
    expect(message).toMatch(/appSecret must not start or end with whitespace/);
    expect(message).not.toContain("c5b4b3d6e3f0");
  });

  it("keeps whitespace inside a value: only the ends are refused", () => {
    expect(new Secret("two words").reveal()).toBe("two words");
  });

  it("refuses an empty or non-string value without echoing it", () => {
    for (const bad of ["", 123456789, null, {}]) {
      let thrown: unknown;
      try {
        new Secret(bad as string);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SigningConfigError);
      expect(thrown).toMatchObject({ field: "appSecret" });
      expect(String((thrown as Error).message)).not.toContain("123456789");
    }
  });
});

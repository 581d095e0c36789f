import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { md5Hex } from "../src/index.js";
import { bodyBytes, callbackVectors, independentHex } from "./support/vectors.js";

describe("md5Hex", () => {
  it.each(callbackVectors)("matches md5sum for $description", (vector) => {
    expect(md5Hex(bodyBytes(vector))).toBe(vector.md5);
  });

  it("matches the RFC 1321 test suite", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(md5Hex(encode(""))).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5Hex(encode("abc"))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(md5Hex(encode("message digest"))).toBe("f96b697d7cb7938d525a2f31aaf161d0");
  });

  it("equals node:crypto's MD5 for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(md5Hex(bytes)).toBe(independentHex("md5", bytes));
      }),
    );
  });
});

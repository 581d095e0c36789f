import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableSha1Hex, sha1HexSync } from "../src/check-sum.js";
import { computeCheckSum, Secret, SigningConfigError } from "../src/index.js";
import { acceptedSecrets } from "./support/secrets.js";
import { checkSumVectors, independentHex } from "./support/vectors.js";

describe("computeCheckSum", () => {
  it("reproduces the vector of the reference document", async () => {
    await expect(computeCheckSum("c5b4b3d6e3f0", "8dfdb33d2840", "1443592222")).resolves.toBe(
      "8d06c2b786da53e93e5a9144fb93fc5adacd44b4",
    );
  });

  it.each(checkSumVectors)("matches sha1sum for $description", async (vector) => {
    await expect(computeCheckSum(vector.appSecret, vector.nonce, vector.curTime)).resolves.toBe(
      vector.checkSum,
    );
  });

  it("accepts the secret wrapped in a Secret", async () => {
    const [vector] = checkSumVectors;
    if (!vector) throw new Error("no vectors");
    await expect(
      computeCheckSum(new Secret(vector.appSecret), vector.nonce, vector.curTime),
    ).resolves.toBe(vector.checkSum);
  });

  it("equals an independent SHA-1 of the UTF-8 concatenation for any strings", async () => {
    await fc.assert(
      fc.asyncProperty(
        acceptedSecrets(),
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        async (secret, nonce, curTime) => {
          const expected = independentHex("sha1", secret + nonce + curTime);
          expect(await computeCheckSum(secret, nonce, curTime)).toBe(expected);
        },
      ),
    );
  });

  it("returns 40 lowercase hex characters", async () => {
    await expect(computeCheckSum("S", "N", "1")).resolves.toMatch(/^[0-9a-f]{40}$/);
  });

  it("rejects an empty or non-string secret with a SigningConfigError naming appSecret", async () => {
    for (const secret of ["", 42, undefined]) {
      const error = await computeCheckSum(secret as string, "n", "1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field: "appSecret" });
    }
  });

  it("rejects a secret with a lone surrogate instead of signing a replacement character", async () => {
    await expect(computeCheckSum("abc\ud800", "n", "1")).rejects.toThrow(/lone surrogate/);
  });
});

describe("the portable SHA-1 (runtimes without node:crypto's hash)", () => {
  it("is not what Node signs with: Node has the one-shot hash", () => {
    expect(sha1HexSync).not.toBe(portableSha1Hex);
  });

  it.each(checkSumVectors)("matches sha1sum for $description", (vector) => {
    expect(portableSha1Hex(vector.appSecret + vector.nonce + vector.curTime)).toBe(vector.checkSum);
  });

  it("gives the digest node:crypto gives for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(portableSha1Hex(text)).toBe(sha1HexSync(text));
      }),
    );
  });
});

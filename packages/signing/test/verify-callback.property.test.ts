import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CallbackRejectionReason,
  DEFAULT_TOLERANCE_MS,
  verifyCallback,
} from "../src/index.js";
import { acceptedSecrets } from "./support/secrets.js";
import { independentCallbackHeaders } from "./support/vectors.js";

const secrets = acceptedSecrets(40);
const bodies = fc.uint8Array({ maxLength: 512 });
const times = fc.integer({ min: 0, max: 4_102_444_800_000 });
/** Random casing of a header name. */
const casing = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((upper) =>
      [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""),
    );

describe("verifyCallback, for any correctly signed callback", () => {
  it("accepts it, whatever the secret, body bytes, time within the window and header case", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        bodies,
        times,
        fc.integer({ min: -DEFAULT_TOLERANCE_MS, max: DEFAULT_TOLERANCE_MS }),
        fc.tuple(casing("MD5"), casing("CheckSum"), casing("CurTime")),
        async (secret, body, curTime, skew, [md5Name, checkSumName, curTimeName]) => {
          const signed = independentCallbackHeaders(secret, body, curTime);
          const headers = {
            [md5Name]: signed.MD5,
            [checkSumName]: signed.CheckSum,
            [curTimeName]: signed.CurTime,
          };
          const result = await verifyCallback(
            { headers, body },
            { appSecret: secret, now: () => curTime + skew },
          );
          expect(result).toEqual({ ok: true, body: new TextDecoder().decode(body), curTime });
        },
      ),
    );
  });

  it("accepts it given as text, whatever the text", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, fc.string({ unit: "binary" }), times, async (secret, text, t) => {
        const headers = independentCallbackHeaders(secret, text, t);
        const result = await verifyCallback(
          { headers, body: text },
          { appSecret: secret, now: () => t },
        );
        expect(result).toEqual({ ok: true, body: text, curTime: t });
      }),
    );
  });

  it("rejects it after any single-byte change of the body", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        times,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (secret, body, curTime, position, flip) => {
          const headers = independentCallbackHeaders(secret, body, curTime);
          const tampered = body.slice();
          const index = position % tampered.length;
          tampered[index] = (tampered[index] as number) ^ flip;
          const result = await verifyCallback(
            { headers, body: tampered },
            { appSecret: secret, now: () => curTime },
          );
          expect(result).toMatchObject({ ok: false, reason: "md5-mismatch" });
        },
      ),
    );
  });

  const headerNames = ["MD5", "CheckSum", "CurTime"] as const;
  const expectedReasons: Record<(typeof headerNames)[number], CallbackRejectionReason[]> = {
    MD5: ["md5-mismatch"],
    CheckSum: ["checksum-mismatch"],
    // A digit changed into another digit breaks the checksum; into anything else, the format.
    CurTime: ["checksum-mismatch", "malformed-header"],
  };

  it("rejects it after any single-character change of MD5, CheckSum or CurTime", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        bodies,
        times,
        fc.constantFrom(...headerNames),
        fc.nat(),
        fc.integer({ min: 0x21, max: 0x7e }),
        async (secret, body, curTime, name, position, replacement) => {
          const headers = independentCallbackHeaders(secret, body, curTime);
          const original = headers[name];
          const index = position % original.length;
          const character = String.fromCharCode(replacement);
          fc.pre(original[index] !== character);
          headers[name] = original.slice(0, index) + character + original.slice(index + 1);
          const result = await verifyCallback(
            { headers, body },
            { appSecret: secret, now: () => curTime },
          );
          expect(result.ok).toBe(false);
          // A comma makes the value a list, which is how a repeated header arrives joined.
          const expected: CallbackRejectionReason[] =
            character === "," ? ["malformed-header"] : expectedReasons[name];
          expect(expected).toContain(result.ok ? "accepted" : result.reason);
        },
      ),
    );
  });

  it("rejects it as stale once CurTime is outside the window", async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        bodies,
        times,
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 1, max: 10 * DEFAULT_TOLERANCE_MS }),
        fc.boolean(),
        async (secret, body, curTime, toleranceMs, beyond, future) => {
          const headers = independentCallbackHeaders(secret, body, curTime);
          const now = future ? curTime - toleranceMs - beyond : curTime + toleranceMs + beyond;
          const result = await verifyCallback(
            { headers, body },
            { appSecret: secret, now: () => now, toleranceMs },
          );
          expect(result).toMatchObject({ ok: false, reason: "stale" });
        },
      ),
    );
  });

  it("rejects it under any other secret", async () => {
    await fc.assert(
      fc.asyncProperty(secrets, secrets, bodies, times, async (secret, other, body, curTime) => {
        fc.pre(secret !== other);
        const headers = independentCallbackHeaders(secret, body, curTime);
        const result = await verifyCallback(
          { headers, body },
          { appSecret: other, now: () => curTime },
        );
        expect(result).toMatchObject({ ok: false, reason: "checksum-mismatch" });
      }),
    );
  });
});

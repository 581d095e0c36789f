import { describe, expect, it } from "vitest";
import {
  type CallbackVerification,
  DEFAULT_TOLERANCE_MS,
  type HeaderSource,
  SigningConfigError,
  verifyCallback,
} from "../src/index.js";
import {
  bodyBytes,
  callbackVectors,
  independentCallbackHeaders,
  independentHex,
} from "./support/vectors.js";

const SECRET = "c5b4b3d6e3f0";
const NOW = 1_700_000_000_000;
const BODY = '{"eventType":"1","convType":"PERSON","fromAccount":"alice","to":"bob","body":"你好"}';
const signed = independentCallbackHeaders(SECRET, BODY, NOW);
const options = { appSecret: SECRET, now: () => NOW };

function verify(headers: HeaderSource, body: string | Uint8Array = BODY, extra = {}) {
  return verifyCallback({ headers, body }, { ...options, ...extra });
}

function rejection(result: CallbackVerification) {
  if (result.ok) throw new Error("expected a rejection");
  return { reason: result.reason, message: result.message };
}

describe("verifyCallback", () => {
  it.each(callbackVectors)("accepts the vector $description", async (vector) => {
    const headers = { MD5: vector.md5, CheckSum: vector.checkSum, CurTime: vector.curTime };
    const result = await verifyCallback(
      { headers, body: bodyBytes(vector) },
      { appSecret: vector.appSecret, now: () => Number(vector.curTime) },
    );
    expect(result).toEqual({
      ok: true,
      body: new TextDecoder().decode(bodyBytes(vector)),
      curTime: Number(vector.curTime),
    });
    if (vector.body !== undefined) {
      const fromText = await verifyCallback(
        { headers, body: vector.body },
        { appSecret: vector.appSecret, now: () => Number(vector.curTime) },
      );
      expect(fromText).toEqual({ ok: true, body: vector.body, curTime: Number(vector.curTime) });
    }
  });

  it("accepts the body as a Buffer, a Uint8Array or an ArrayBuffer", async () => {
    const bytes = new TextEncoder().encode(BODY);
    for (const body of [Buffer.from(BODY), bytes, bytes.buffer as ArrayBuffer]) {
      const result = await verifyCallback({ headers: signed, body }, options);
      expect(result).toEqual({ ok: true, body: BODY, curTime: NOW });
    }
  });

  it("finds the headers in any case and in any common shape", async () => {
    const shapes: HeaderSource[] = [
      signed,
      { md5: signed.MD5, checksum: signed.CheckSum, curtime: signed.CurTime },
      { MD5: [signed.MD5], CHECKSUM: signed.CheckSum, cUrTiMe: signed.CurTime, other: undefined },
      new Headers(signed),
      Object.entries(signed) as [string, string][],
      new Map(Object.entries(signed)),
    ];
    for (const headers of shapes) {
      await expect(verify(headers)).resolves.toMatchObject({ ok: true });
    }
  });

  it.each(["MD5", "CheckSum", "CurTime"] as const)(
    "rejects a callback without %s as missing-header",
    async (name) => {
      const headers: Record<string, string> = { ...signed };
      delete headers[name];
      expect(rejection(await verify(headers))).toEqual({
        reason: "missing-header",
        message: `No ${name} header`,
      });
      expect(rejection(await verify({ ...signed, [name]: "" })).reason).toBe("missing-header");
    },
  );

  it("rejects a repeated header as malformed-header", async () => {
    const result = await verify({ ...signed, checksum: [signed.CheckSum, signed.CheckSum] });
    expect(rejection(result)).toEqual({
      reason: "malformed-header",
      message: "The CheckSum header is repeated",
    });
    const twice = await verify({ ...signed, checksum: signed.CheckSum });
    expect(rejection(twice).reason).toBe("malformed-header");
  });

  it("rejects a header whose repeats were joined into one value, as Node and fetch join them", async () => {
    const joined = `${signed.MD5}, ${signed.MD5}`;
    expect(rejection(await verify({ ...signed, MD5: joined }))).toEqual({
      reason: "malformed-header",
      message: "The MD5 header is repeated (it arrived as a comma-separated list)",
    });
    const headers = new Headers(signed);
    headers.append("CurTime", signed.CurTime);
    expect(rejection(await verify(headers))).toEqual({
      reason: "malformed-header",
      message: "The CurTime header is repeated (it arrived as a comma-separated list)",
    });
  });

  it("rejects a CurTime that is not decimal milliseconds as malformed-header", async () => {
    for (const curTime of ["1.7e12", "-1700000000000", " 1700000000000", "0x10", "1".repeat(17)]) {
      const headers = independentCallbackHeaders(SECRET, BODY, NOW);
      const result = await verify({ ...headers, CurTime: curTime });
      expect(rejection(result).reason).toBe("malformed-header");
    }
  });

  it("rejects an altered body as md5-mismatch", async () => {
    const result = await verify(signed, BODY.replace("你好", "你坏"));
    expect(rejection(result)).toEqual({
      reason: "md5-mismatch",
      message: "MD5 is not the MD5 of the body: the body was altered",
    });
  });

  it("rejects an upper-case MD5 or CheckSum: the hex is compared exactly", async () => {
    const upperMd5 = await verify({ ...signed, MD5: signed.MD5.toUpperCase() });
    expect(rejection(upperMd5).reason).toBe("md5-mismatch");
    const upperSum = await verify({ ...signed, CheckSum: signed.CheckSum.toUpperCase() });
    expect(rejection(upperSum).reason).toBe("checksum-mismatch");
  });

  it("rejects a callback signed with another secret as checksum-mismatch", async () => {
    const forged = independentCallbackHeaders("another-secret", BODY, NOW);
    expect(rejection(await verify(forged)).reason).toBe("checksum-mismatch");
  });

  it("rejects a consistent body and MD5 whose CheckSum was not recomputed", async () => {
    const body = BODY.replace("alice", "mallory");
    const result = await verify({ ...signed, MD5: independentHex("md5", body) }, body);
    expect(rejection(result).reason).toBe("checksum-mismatch");
  });

  it("rejects a CurTime moved without re-signing as checksum-mismatch", async () => {
    const result = await verify({ ...signed, CurTime: String(NOW + 1) });
    expect(rejection(result).reason).toBe("checksum-mismatch");
  });

  it("accepts CurTime up to the window either way and rejects it beyond as stale", async () => {
    const at = (curTime: number) => verify(independentCallbackHeaders(SECRET, BODY, curTime));
    await expect(at(NOW - DEFAULT_TOLERANCE_MS)).resolves.toMatchObject({ ok: true });
    await expect(at(NOW + DEFAULT_TOLERANCE_MS)).resolves.toMatchObject({ ok: true });
    expect(rejection(await at(NOW - DEFAULT_TOLERANCE_MS - 1))).toEqual({
      reason: "stale",
      message: `CurTime ${NOW - DEFAULT_TOLERANCE_MS - 1} is 300001 ms from now, outside the 300000 ms window`,
    });
    expect(rejection(await at(NOW + DEFAULT_TOLERANCE_MS + 1)).reason).toBe("stale");
  });

  it("uses a configured window", async () => {
    const headers = independentCallbackHeaders(SECRET, BODY, NOW - 2000);
    await expect(verify(headers, BODY, { toleranceMs: 2000 })).resolves.toMatchObject({ ok: true });
    const result = await verify(headers, BODY, { toleranceMs: 1999 });
    expect(rejection(result).reason).toBe("stale");
  });

  it("hints at seconds when a correctly signed CurTime is in seconds", async () => {
    const headers = independentCallbackHeaders(SECRET, BODY, Math.floor(NOW / 1000));
    expect(rejection(await verify(headers)).message).toMatch(/looks like seconds/);
  });

  it("hands back the body text with a rejection", async () => {
    const result = await verify(signed, "{}");
    expect(result).toMatchObject({ ok: false, body: "{}" });
  });

  it("reads the clock for every callback", async () => {
    let now = NOW;
    const clock = { appSecret: SECRET, now: () => now };
    await expect(verifyCallback({ headers: signed, body: BODY }, clock)).resolves.toMatchObject({
      ok: true,
    });
    now += DEFAULT_TOLERANCE_MS + 1;
    await expect(verifyCallback({ headers: signed, body: BODY }, clock)).resolves.toMatchObject({
      ok: false,
      reason: "stale",
    });
  });

  describe("refuses bad options before judging the callback", () => {
    const cases: [string, unknown, string][] = [
      ["no options", undefined, "options"],
      ["no secret", {}, "appSecret"],
      ["an empty secret", { appSecret: "" }, "appSecret"],
      ["a negative window", { appSecret: "s", toleranceMs: -1 }, "toleranceMs"],
      ["an infinite window", { appSecret: "s", toleranceMs: Infinity }, "toleranceMs"],
      ["a clock that is no function", { appSecret: "s", now: 5 }, "now"],
    ];
    it.each(cases)("%s", async (_, bad, field) => {
      const error = await verifyCallback({ headers: signed, body: BODY }, bad as never).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field });
    });

    it("a clock that gives NaN", async () => {
      await expect(
        verifyCallback(
          { headers: signed, body: BODY },
          { appSecret: SECRET, now: () => Number.NaN },
        ),
      ).rejects.toMatchObject({ field: "now" });
    });

    it("a body that is neither text nor bytes", async () => {
      await expect(
        verifyCallback({ headers: signed, body: { eventType: "1" } as never }, options),
      ).rejects.toThrow(TypeError);
    });
  });
});

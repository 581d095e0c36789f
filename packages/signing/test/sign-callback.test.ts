import { describe, expect, it } from "vitest";
import { SigningConfigError, signCallback, verifyCallback } from "../src/index.js";
import { bodyBytes, callbackVectors } from "./support/vectors.js";

describe("signCallback", () => {
  it.each(callbackVectors)("makes the headers of the vector $description", async (vector) => {
    const headers = await signCallback(bodyBytes(vector), {
      appSecret: vector.appSecret,
      now: () => Number(vector.curTime),
    });
    expect(headers).toEqual({
      MD5: vector.md5,
      CheckSum: vector.checkSum,
      CurTime: vector.curTime,
    });
  });

  it("signs a text body as its UTF-8 bytes, in whole milliseconds", async () => {
    const vector = callbackVectors.find((each) => each.body?.includes("你好"));
    if (!vector?.body) throw new Error("no P2P vector");
    const headers = await signCallback(vector.body, {
      appSecret: vector.appSecret,
      now: () => Number(vector.curTime) + 0.75,
    });
    expect(headers).toEqual({
      MD5: vector.md5,
      CheckSum: vector.checkSum,
      CurTime: vector.curTime,
    });
  });

  it("produces what verifyCallback accepts", async () => {
    const now = () => 1_700_000_000_000;
    const headers = await signCallback('{"eventType":"1"}', { appSecret: "s", now });
    await expect(
      verifyCallback({ headers, body: '{"eventType":"1"}' }, { appSecret: "s", now }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("refuses an empty secret and a clock that gives no number", async () => {
    await expect(signCallback("{}", { appSecret: "" })).rejects.toBeInstanceOf(SigningConfigError);
    await expect(
      signCallback("{}", { appSecret: "s", now: () => Number.NaN }),
    ).rejects.toMatchObject({ field: "now" });
    await expect(signCallback("{}", { appSecret: "s", now: () => -5 })).rejects.toMatchObject({
      field: "now",
    });
  });
});

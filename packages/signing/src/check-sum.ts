import { toHex } from "./hex.js";
import { type Secret, toSecret } from "./secret.js";

const encoder = new TextEncoder();

/** Lowercase hex SHA-1 of the UTF-8 bytes of `text`, with Web Crypto. */
export async function sha1Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-1", encoder.encode(text)));
}

/**
 * The request signature: lowercase hex `SHA-1(AppSecret + Nonce + CurTime)` over UTF-8, plain
 * concatenation. `curTime` is Unix time in seconds as a string. Pure; uses Web Crypto.
 */
export async function computeCheckSum(
  appSecret: string | Secret,
  nonce: string,
  curTime: string,
): Promise<string> {
  return sha1Hex(toSecret(appSecret).reveal() + nonce + curTime);
}

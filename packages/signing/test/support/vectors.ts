import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** Made by scripts/make-vectors.sh with sha1sum (checked against openssl). */
export interface CheckSumVector {
  description: string;
  appSecret: string;
  nonce: string;
  curTime: string;
  checkSum: string;
}

/** Made by scripts/make-vectors.sh with md5sum and sha1sum (checked against openssl). */
export interface CallbackVector {
  description: string;
  appSecret: string;
  curTime: string;
  bodyBase64: string;
  /** Present when the body is valid UTF-8. */
  body?: string;
  md5: string;
  checkSum: string;
}

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as T;
}

export const checkSumVectors = fixture<CheckSumVector[]>("check-sum-vectors.json");
export const callbackVectors = fixture<CallbackVector[]>("callback-vectors.json");

export function bodyBytes(vector: CallbackVector): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(vector.bodyBase64, "base64"));
}

/** node:crypto (OpenSSL), independent of the package's Web Crypto and @noble/hashes code. */
export function independentHex(algorithm: "sha1" | "md5", data: string | Uint8Array): string {
  return createHash(algorithm).update(data).digest("hex");
}

/** Signs a callback the way the reference describes, with node:crypto. */
export function independentCallbackHeaders(
  appSecret: string,
  body: string | Uint8Array,
  curTimeMs: number,
): { MD5: string; CheckSum: string; CurTime: string } {
  const MD5 = independentHex("md5", body);
  const CurTime = String(curTimeMs);
  return { MD5, CurTime, CheckSum: independentHex("sha1", appSecret + MD5 + CurTime) };
}

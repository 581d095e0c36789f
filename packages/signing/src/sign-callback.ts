import { sha1Hex } from "./check-sum.js";
import { describeType, SigningConfigError } from "./errors.js";
import { md5Hex } from "./md5.js";
import { toBytes } from "./read-body.js";
import { type Secret, toSecret } from "./secret.js";

export interface SignCallbackOptions {
  appSecret: string | Secret;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
}

/** The headers Yunxin puts on a callback. */
export type CallbackHeaders = {
  MD5: string;
  CheckSum: string;
  CurTime: string;
};

/**
 * Signs a body the way Yunxin signs its callbacks: `MD5 = md5hex(body)`, `CurTime` in ms,
 * `CheckSum = sha1hex(AppSecret + MD5 + CurTime)`. For testing your own callback endpoint.
 */
export async function signCallback(
  body: string | Uint8Array | ArrayBuffer,
  options: SignCallbackOptions,
): Promise<CallbackHeaders> {
  const appSecret = toSecret(options.appSecret);
  const milliseconds = (options.now ?? Date.now)();
  if (typeof milliseconds !== "number" || !Number.isSafeInteger(Math.floor(milliseconds))) {
    throw new SigningConfigError(
      "now",
      `now() must return milliseconds since the epoch, got ${describeType(milliseconds)}`,
    );
  }
  if (milliseconds < 0) {
    throw new SigningConfigError("now", `now() must not be negative, got ${milliseconds}`);
  }
  const MD5 = md5Hex(toBytes(body));
  const CurTime = String(Math.floor(milliseconds));
  const CheckSum = await sha1Hex(appSecret.reveal() + MD5 + CurTime);
  return { MD5, CheckSum, CurTime };
}

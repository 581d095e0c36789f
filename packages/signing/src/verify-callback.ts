import { type HeaderSource, lookUpHeader } from "./callback-headers.js";
import { sha1Hex } from "./check-sum.js";
import { constantTimeEqual } from "./constant-time.js";
import { describeType, SigningConfigError } from "./errors.js";
import { md5Hex } from "./md5.js";
import { toBytes } from "./read-body.js";
import { type Secret, toSecret } from "./secret.js";

/** How far a callback's `CurTime` may be from now, either way: 5 minutes, as for requests. */
export const DEFAULT_TOLERANCE_MS = 5 * 60_000;

export interface VerifyCallbackOptions {
  appSecret: string | Secret;
  /** Replay window: the largest accepted distance of `CurTime` from now, in ms. Default 5 minutes. */
  toleranceMs?: number;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
}

/** A callback as it arrived: its headers and its raw body, byte for byte. */
export interface CallbackInput {
  headers: HeaderSource;
  /** The raw body. A string is taken as its UTF-8 bytes; pass bytes when you have them. */
  body: string | Uint8Array | ArrayBuffer;
}

/**
 * Why a callback was rejected:
 * - `missing-header`: `MD5`, `CheckSum` or `CurTime` is absent or empty;
 * - `malformed-header`: one of them is repeated (as separate values, or joined into one
 *   comma-separated value as Node's `request.headers` and fetch's `Headers` deliver repeats), or
 *   `CurTime` is not a decimal number of ms;
 * - `md5-mismatch`: `MD5` is not the lowercase hex MD5 of the body (the body was altered);
 * - `checksum-mismatch`: `CheckSum` is not `sha1hex(AppSecret + MD5 + CurTime)` (not signed with
 *   this AppSecret, or a header was altered);
 * - `stale`: correctly signed, but `CurTime` is outside the replay window;
 * - `body-too-large`: the body is longer than `maxBodyBytes` (adapters that read a stream only).
 */
export type CallbackRejectionReason =
  | "missing-header"
  | "malformed-header"
  | "md5-mismatch"
  | "checksum-mismatch"
  | "stale"
  | "body-too-large";

export interface CallbackAccepted {
  ok: true;
  /** The raw body as text (UTF-8), ready for `JSON.parse`. */
  body: string;
  /** The callback's `CurTime`, in milliseconds since the epoch. */
  curTime: number;
}

export interface CallbackRejected {
  ok: false;
  reason: CallbackRejectionReason;
  /** What was wrong, for a log line. Never contains the AppSecret or an expected checksum. */
  message: string;
  /** The raw body as text, when it was read (not for `body-too-large`). */
  body: string | undefined;
}

export type CallbackVerification = CallbackAccepted | CallbackRejected;

export interface CheckedVerifyOptions {
  appSecret: Secret;
  toleranceMs: number;
  now: () => number;
}

const CUR_TIME_MS = /^\d{1,16}$/;
const decoder = new TextDecoder();

/**
 * Checks that a callback (抄送) comes from Yunxin and is fresh: `MD5` equals the hex MD5 of the
 * raw body, `CheckSum` equals `sha1hex(AppSecret + MD5 + CurTime)`, and `CurTime` (milliseconds)
 * is within `toleranceMs` of now. Comparisons run in constant time; header names match in any case.
 *
 * @throws {SigningConfigError} for bad options (nothing about the callback is judged then).
 */
export async function verifyCallback(
  callback: CallbackInput,
  options: VerifyCallbackOptions,
): Promise<CallbackVerification> {
  return judgeCallback(callback.headers, callback.body, checkVerifyOptions(options));
}

/** The verdict on a raw body (the text is kept as given, or decoded as UTF-8 from bytes). */
export async function judgeCallback(
  headers: HeaderSource,
  body: CallbackInput["body"],
  options: CheckedVerifyOptions,
): Promise<CallbackVerification> {
  const bytes = toBytes(body);
  const text = typeof body === "string" ? body : decoder.decode(bytes);
  const reject = (reason: CallbackRejectionReason, message: string): CallbackRejected => ({
    ok: false,
    reason,
    message,
    body: text,
  });
  const found: Record<"MD5" | "CheckSum" | "CurTime", string> = {
    MD5: "",
    CheckSum: "",
    CurTime: "",
  };
  for (const name of ["MD5", "CheckSum", "CurTime"] as const) {
    const header = lookUpHeader(headers, name);
    if (header.found) found[name] = header.value;
    else if (header.problem === "missing") return reject("missing-header", `No ${name} header`);
    else if (header.problem === "repeated") {
      return reject("malformed-header", `The ${name} header is repeated`);
    } else {
      return reject(
        "malformed-header",
        `The ${name} header is repeated (it arrived as a comma-separated list)`,
      );
    }
  }
  if (!CUR_TIME_MS.test(found.CurTime)) {
    return reject(
      "malformed-header",
      "CurTime must be decimal digits (milliseconds since the epoch)",
    );
  }
  if (!constantTimeEqual(found.MD5, md5Hex(bytes))) {
    return reject("md5-mismatch", "MD5 is not the MD5 of the body: the body was altered");
  }
  const expected = await sha1Hex(options.appSecret.reveal() + found.MD5 + found.CurTime);
  if (!constantTimeEqual(found.CheckSum, expected)) {
    return reject(
      "checksum-mismatch",
      "CheckSum does not match: not signed with this AppSecret, or MD5/CurTime was altered",
    );
  }
  const curTime = Number(found.CurTime);
  const now = currentTime(options.now);
  const distance = Math.abs(now - curTime);
  if (distance > options.toleranceMs) {
    const hint = curTime < 1e11 ? " (it looks like seconds; callbacks carry milliseconds)" : "";
    return reject(
      "stale",
      `CurTime ${found.CurTime} is ${distance} ms from now, outside the ${options.toleranceMs} ms window${hint}`,
    );
  }
  return { ok: true, body: text, curTime };
}

export function checkVerifyOptions(options: VerifyCallbackOptions): CheckedVerifyOptions {
  if (typeof options !== "object" || options === null) {
    throw new SigningConfigError(
      "options",
      `Callback verification needs an options object with appSecret, got ${describeType(options)}`,
    );
  }
  const toleranceMs = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  if (typeof toleranceMs !== "number" || !Number.isFinite(toleranceMs) || toleranceMs < 0) {
    throw new SigningConfigError(
      "toleranceMs",
      `toleranceMs must be a finite number of milliseconds, 0 or more, got ${
        typeof toleranceMs === "number" ? toleranceMs : describeType(toleranceMs)
      }`,
    );
  }
  const now = options.now ?? Date.now;
  if (typeof now !== "function") {
    throw new SigningConfigError("now", `now must be a function, got ${describeType(now)}`);
  }
  return { appSecret: toSecret(options.appSecret), toleranceMs, now };
}

function currentTime(now: () => number): number {
  const value = now();
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new SigningConfigError(
      "now",
      `now() must return milliseconds since the epoch, got ${
        typeof value === "number" ? value : describeType(value)
      }`,
    );
  }
  return value;
}

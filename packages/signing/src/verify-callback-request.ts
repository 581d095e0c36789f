import { SigningConfigError } from "./errors.js";
import { declaredLength, readWebBody } from "./read-body.js";
import {
  type CallbackVerification,
  checkVerifyOptions,
  judgeCallback,
  type VerifyCallbackOptions,
} from "./verify-callback.js";

/** Options of the adapters that read the body themselves. */
export interface VerifyCallbackStreamOptions extends VerifyCallbackOptions {
  /** The longest body read, in bytes; a longer one is rejected as `body-too-large`. Default 1 MiB. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Verifies a callback arriving as a Web `Request` (Deno, Bun, Cloudflare Workers, Next.js route
 * handlers, Hono...). Reads the request's body, so the result carries it as text: parse
 * `result.body` rather than reading the request again.
 *
 * @throws {TypeError} when the body was already read (pass the raw body to `verifyCallback` then).
 * @throws {SigningConfigError} for bad options.
 */
export async function verifyCallbackRequest(
  request: Request,
  options: VerifyCallbackStreamOptions,
): Promise<CallbackVerification> {
  const checked = checkVerifyOptions(options);
  const maxBodyBytes = checkMaxBodyBytes(options.maxBodyBytes);
  if (request.bodyUsed) {
    throw new TypeError(
      "The request body was already read; pass the raw body to verifyCallback({ headers, body }) instead",
    );
  }
  const declared = declaredLength(request.headers.get("content-length"));
  const bytes =
    declared !== undefined && declared > maxBodyBytes
      ? undefined
      : request.body
        ? await readWebBody(request.body, maxBodyBytes)
        : new Uint8Array();
  if (bytes === undefined) return tooLarge(maxBodyBytes);
  return judgeCallback(request.headers, bytes, checked);
}

export function tooLarge(maxBodyBytes: number): CallbackVerification {
  return {
    ok: false,
    reason: "body-too-large",
    message: `The body is longer than maxBodyBytes (${maxBodyBytes})`,
    body: undefined,
  };
}

export function checkMaxBodyBytes(value: unknown): number {
  const maxBodyBytes = value ?? DEFAULT_MAX_BODY_BYTES;
  if (typeof maxBodyBytes !== "number" || !Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new SigningConfigError(
      "maxBodyBytes",
      `maxBodyBytes must be a positive whole number of bytes, got ${String(maxBodyBytes)}`,
    );
  }
  return maxBodyBytes;
}

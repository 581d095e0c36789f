import { declaredLength, readNodeBody } from "./read-body.js";
import { type CallbackVerification, checkVerifyOptions, judgeCallback } from "./verify-callback.js";
import {
  checkMaxBodyBytes,
  tooLarge,
  type VerifyCallbackStreamOptions,
} from "./verify-callback-request.js";

/**
 * The parts of a Node `http.IncomingMessage` (or an Express request) the adapter uses. Declared
 * structurally so the package needs no Node types.
 */
export interface NodeCallbackRequest {
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /**
   * Every header's values as sent (Node >= 18.3). Preferred: `headers` joins a repeated header's
   * lines into one comma-separated value.
   */
  headersDistinct?: Readonly<Record<string, readonly string[] | undefined>>;
  /** Set by a body parser: Express' `express.raw()` gives a Buffer, `express.text()` a string. */
  body?: unknown;
  readableEnded?: boolean;
  [Symbol.asyncIterator]?(): AsyncIterator<unknown>;
}

/**
 * Verifies a callback arriving at a Node `http` server or an Express app. Uses `request.body` when
 * a raw-body parser has set it to a Buffer or a string, and otherwise reads the request stream
 * (the result then carries the body as text).
 *
 * @throws {TypeError} when the body was already parsed into an object (e.g. by `express.json()`)
 * or consumed, so the raw bytes are gone.
 * @throws {SigningConfigError} for bad options.
 */
export async function verifyNodeCallback(
  request: NodeCallbackRequest,
  options: VerifyCallbackStreamOptions,
): Promise<CallbackVerification> {
  const checked = checkVerifyOptions(options);
  const maxBodyBytes = checkMaxBodyBytes(options.maxBodyBytes);
  const { body } = request;
  const headers = request.headersDistinct ?? request.headers;
  if (typeof body === "string" || body instanceof Uint8Array) {
    return judgeCallback(headers, body, checked);
  }
  const stream = request[Symbol.asyncIterator];
  if (typeof stream !== "function" || request.readableEnded === true) {
    throw new TypeError(
      "The raw callback body is gone: it was parsed or read before verification. Mount " +
        'express.raw({ type: "*/*" }) on this route instead of express.json(), or verify first',
    );
  }
  const header = request.headers["content-length"];
  const declared = declaredLength(typeof header === "string" ? header : undefined);
  if (declared !== undefined && declared > maxBodyBytes) return tooLarge(maxBodyBytes);
  const bytes = await readNodeBody(request as AsyncIterable<unknown>, maxBodyBytes);
  if (bytes === undefined) return tooLarge(maxBodyBytes);
  return judgeCallback(headers, bytes, checked);
}

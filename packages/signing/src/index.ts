export type { HeaderSource } from "./callback-headers.js";
export { computeCheckSum } from "./check-sum.js";
export type { Credentials, CredentialsProvider } from "./credentials.js";
export { SigningConfigError, type SigningConfigField } from "./errors.js";
export { md5Hex } from "./md5.js";
export { createRandomNonce, MAX_NONCE_LENGTH } from "./nonce.js";
export { Secret } from "./secret.js";
export { type CallbackHeaders, type SignCallbackOptions, signCallback } from "./sign-callback.js";
export {
  createSigningMiddleware,
  type ProvidedCredentialsOptions,
  type SigningMiddleware,
  type SigningMiddlewareOptions,
  type SigningSources,
  type StaticCredentialsOptions,
  TRACE_ID_HEADER,
} from "./signing-middleware.js";
export {
  type CallbackAccepted,
  type CallbackInput,
  type CallbackRejected,
  type CallbackRejectionReason,
  type CallbackVerification,
  DEFAULT_TOLERANCE_MS,
  type VerifyCallbackOptions,
  verifyCallback,
} from "./verify-callback.js";
export {
  DEFAULT_MAX_BODY_BYTES,
  type VerifyCallbackStreamOptions,
  verifyCallbackRequest,
} from "./verify-callback-request.js";
export { type NodeCallbackRequest, verifyNodeCallback } from "./verify-node-callback.js";

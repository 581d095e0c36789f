export { type BackoffOptions, backoffDelay, type Sleep, sleep } from "./backoff.js";
export {
  createYunxinClient,
  type FetchLike,
  type RetryOptions,
  type SendOptions,
  type YunxinClient,
  type YunxinClientOptions,
} from "./client.js";
export {
  type ValidationIssue,
  YunxinAbortError,
  YunxinApiError,
  YunxinConnectionError,
  YunxinError,
  type YunxinErrorContext,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "./errors.js";
export type { ExtraRequestFields } from "./extra-fields.js";
export {
  LOSSLESS_INTEGER_KEYS,
  SEND_BATCH_PATH,
  SEND_BATCH_REQUEST_SCHEMA,
  SERVERS,
  SPEC_SHA256,
  SPEC_VERSION,
} from "./generated/contract.js";
export { parseJsonLossless } from "./lossless-json.js";
export {
  type FailedReceiver,
  parseEnvelope,
  type SendBatchResult,
  type SentReceiver,
  toResult,
  type UnmatchedEntry,
} from "./outcome.js";
export { hostsForRegion, resolveBaseUrls } from "./regions.js";
export * from "./types.js";
export { assertValidSendBatchRequest, type Schema, validateAgainst } from "./validate.js";

export { type BackoffOptions, backoffDelay, type Sleep, sleep } from "./backoff.js";
export type { CallOptions } from "./call-options.js";
export {
  createYunxinClient,
  type FetchLike,
  type RetryOptions,
  type YunxinClient,
  type YunxinClientOptions,
} from "./client.js";
export { type CallContext, type Envelope, parseEnvelope } from "./envelope.js";
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
  SCHEMAS,
  SERVERS,
  SPEC_SHA256,
  SPEC_VERSION,
  TRACE_ID_HEADER,
} from "./generated/contract.js";
export type {
  OperationId,
  OperationInput,
  OperationMethods,
  OperationOutput,
  OperationTypes,
} from "./generated/operation-types.js";
export { OPERATIONS } from "./generated/operations.js";
export { parseJsonLossless } from "./lossless-json.js";
export type { OperationFacts, ParameterFacts } from "./operation-facts.js";
export {
  type FailedReceiver,
  type SendBatchResult,
  type SentReceiver,
  toResult,
  type UnmatchedEntry,
} from "./outcome.js";
export { parameterFromText } from "./parameter-text.js";
export { hostsForRegion, resolveBaseUrls } from "./regions.js";
export { resolveSchema } from "./schema-refs.js";
export {
  assertValidSendBatchMessage,
  assertValidSendBatchRequest,
  SEND_BATCH_MAX_RECEIVERS,
  SEND_BATCH_OPERATION,
  SEND_BATCH_PATH,
  SEND_BATCH_REQUEST_SCHEMA,
} from "./send-batch.js";
export type {
  MeterProviderLike,
  TelemetryOptions,
  TracerProviderLike,
} from "./telemetry-options.js";
export * from "./types.js";
export { type Schema, validateAgainst } from "./validate.js";
export { type CallInput, inputIssues } from "./validate-input.js";

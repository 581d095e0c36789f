import type { ExtraRequestFields } from "./extra-fields.js";

/**
 * Per-call options of `call`, the generated methods and `sendBatch` (whose `extraFields` may not
 * name a field of its `Body`).
 */
export interface CallOptions<Body = unknown> {
  /** Aborts the call, including waits between attempts. */
  signal?: AbortSignal;
  /**
   * The call's `X-custom-traceid`, kept across its retries: visible ASCII without spaces (the
   * spec's header schema), else a `YunxinValidationError` and nothing is sent. Default: a
   * fresh one from the client's `createTraceId`.
   */
  traceId?: string;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /**
   * Overrides the client's `retry.retryRateLimited` for this call. A caller that paces many calls
   * (the fan-out sender) sets `false`: it sees the 416 at once and pauses all of its calls itself.
   */
  retryRateLimited?: boolean;
  /**
   * Overrides the client's `validate` for this call. A caller that has already checked the input
   * against the spec (the fan-out sender checks the message once and each receiver as it is read)
   * sets `false` so the check is not repeated on every call.
   */
  validate?: boolean;
  /**
   * Top-level body fields the spec does not know yet, sent as they are next to the body's: the
   * escape hatch for a field the server added before this package knows it. The body is still
   * checked field by field (a typo in it is still refused); a field the spec knows is refused.
   */
  extraFields?: ExtraRequestFields<Body>;
}

import type { Schema } from "./validate.js";

/** A path or query parameter of an operation, as the spec declares it. */
export interface ParameterFacts {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
  /**
   * Query arrays only: `true` repeats the name (`ids=1&ids=2`), `false` joins the values with
   * commas (`ids=1,2`, the spec's `style: form, explode: false`).
   */
  readonly explode?: boolean;
}

/**
 * What the client knows of one operation of the spec, generated into `OPERATIONS`: enough to
 * validate, encode, send and decode a call, and to list the operation (the CLI's `operations`).
 */
export interface OperationFacts {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template, e.g. `/im/v2/conversations/{conversation_id}/messages`. */
  readonly path: string;
  readonly summary: string;
  /** The spec's tags: the SDKs' service, e.g. `Message`. */
  readonly tags: readonly string[];
  /** The spec's `x-rate-limit-category`. */
  readonly rateLimitCategory: "single-call" | "batch-send" | "broadcast";
  /**
   * The spec's `x-idempotent`: repeating the call under the same trace id cannot apply it twice,
   * so ambiguous failures (timeout, broken connection, unreadable answer) are retried.
   */
  readonly idempotent: boolean;
  readonly pathParameters: readonly ParameterFacts[];
  readonly queryParameters: readonly ParameterFacts[];
  /** The JSON request body, if the operation takes one (a DELETE may). */
  readonly body?: { readonly schema: Schema; readonly required: boolean };
  /** Whether the answer's envelope declares `data` (what a call resolves with). */
  readonly hasData: boolean;
  /**
   * Batch operations only (the `batch-send` category: one body to many receivers): the body
   * field holding the receivers. Its `data` has a `success_list` and a `failed_list`.
   */
  readonly batch?: { readonly receivers: string };
  /** Where int64 values are, exchanged as exact decimal strings: parameter names and JSON keys. */
  readonly int64: {
    readonly path: readonly string[];
    readonly query: readonly string[];
    readonly body: readonly string[];
    readonly answer: readonly string[];
    /** The keys of `answer` that hold arrays of int64 (a list of ids). */
    readonly answerLists: readonly string[];
  };
}

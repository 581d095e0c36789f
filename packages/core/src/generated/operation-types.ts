/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

import type { CallOptions } from "../call-options.js";
import type { operations } from "./schema.js";

/** Per operationId: the `call` input (openapi-fetch's shape) and what it resolves with (the envelope's `data`). */
export interface OperationTypes {
  sendBatchMessages: {
    input: { body: NonNullable<operations["sendBatchMessages"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendBatchMessages"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
}

/** The operationId of an operation of the spec. */
export type OperationId = keyof OperationTypes;
/** What `call(operationId, input)` takes: `{ params: { path, query }, body }` as the spec declares them. */
export type OperationInput<Id extends OperationId> = OperationTypes[Id]["input"];
/** What `call(operationId, input)` resolves with: the envelope's `data` (int64 as decimal strings). */
export type OperationOutput<Id extends OperationId> = OperationTypes[Id]["output"];

/** A method per operation of the spec, named by its operationId. */
export interface OperationMethods {
  /**
   * Send one message to up to 100 single-chat receivers (批量发送单聊消息)
   *
   * Sends the same message from `sender_id` into the P2P conversation with each of
   * `receiver_ids` (1..100 accounts per call). The batch-send category is rate limited per app
   * (120 calls a minute by default, see `code` 416).
   *
   * The answer is always HTTP 200: `code` 200 with `data.success_list` (one item per delivered
   * receiver) and, on partial success, `data.failed_list` (one item per refused receiver);
   * any other `code` means nothing was sent and `msg` says why.
   *
   * `POST /im/v2/conversations/messages` · rate-limit category `batch-send` · idempotent under the trace id: ambiguous failures are retried
   */
  sendBatchMessages(input: OperationInput<"sendBatchMessages">, options?: CallOptions): Promise<OperationOutput<"sendBatchMessages">>;
}

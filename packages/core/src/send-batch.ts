import type { CallOptions } from "./call-options.js";
import type { createCallPath } from "./call-path.js";
import { YunxinValidationError } from "./errors.js";
import { SCHEMAS } from "./generated/contract.js";
import { OPERATIONS } from "./generated/operations.js";
import { type SendBatchResult, toResult } from "./outcome.js";
import type { SendBatchRequest } from "./types.js";
import { inputIssues } from "./validate-input.js";

/** The operation behind `sendBatch`. */
export const SEND_BATCH_OPERATION = "sendBatchMessages";
const FACTS = OPERATIONS[SEND_BATCH_OPERATION];

/** The path of the batch-send operation. */
export const SEND_BATCH_PATH = FACTS.path as "/im/v2/conversations/messages";

/** The batch-send request body's schema, as the validator reads it (`$ref`s into `SCHEMAS`). */
export const SEND_BATCH_REQUEST_SCHEMA = SCHEMAS.SendBatchRequest;

/** The most receivers one batch-send call takes: the spec's `receiver_ids.maxItems`. */
export const SEND_BATCH_MAX_RECEIVERS: number =
  SEND_BATCH_REQUEST_SCHEMA.properties.receiver_ids.maxItems;

/** Throws a {@link YunxinValidationError} naming each field and limit the body breaks. */
export function assertValidSendBatchRequest(body: unknown): asserts body is SendBatchRequest {
  const issues = inputIssues(FACTS, { body });
  if (issues.length > 0)
    throw new YunxinValidationError(issues, { operationId: SEND_BATCH_OPERATION });
}

/**
 * Throws a {@link YunxinValidationError} naming each field and limit that everything of a batch
 * body but its receivers breaks: what a sender of many batches checks once, before reading the
 * receivers (which it checks one by one, or per call).
 */
export function assertValidSendBatchMessage(message: Omit<SendBatchRequest, "receiver_ids">): void {
  const issues = inputIssues(FACTS, { body: { ...message, receiver_ids: [] } }).filter(
    (issue) => issue.path !== "receiver_ids",
  );
  if (issues.length > 0)
    throw new YunxinValidationError(issues, { operationId: SEND_BATCH_OPERATION });
}

/** `sendBatch` on the one call path: the answer turned into an outcome per requested receiver. */
export function sendBatchOn(run: ReturnType<typeof createCallPath>) {
  return (body: SendBatchRequest, options: CallOptions<SendBatchRequest> = {}) =>
    run<SendBatchResult>(
      SEND_BATCH_OPERATION,
      FACTS,
      { body },
      options,
      (envelope, context) => toResult(envelope, body.receiver_ids, context),
      {
        receivers: Array.isArray(body?.receiver_ids) ? body.receiver_ids.length : 0,
        counts: (result) => ({
          sent: result.sent.length,
          failed: result.failed.length,
          unreported: result.unreported.length,
        }),
      },
    );
}

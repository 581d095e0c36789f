import {
  inputIssues,
  OPERATIONS,
  type OperationInput,
  type OperationOutput,
  resolveSchema,
  YunxinValidationError,
} from "@yunxin-im/core";

/** The operations `sendToMany` fans out over: one body to many receivers per call. */
export type BatchOperationId = "sendBatchMessages" | "sendBatchCustomNotification";

/** The default operation: batch P2P send (`POST /im/v2/conversations/messages`). */
export const DEFAULT_BATCH_OPERATION: BatchOperationId = "sendBatchMessages";

type BodyOf<Id extends BatchOperationId> =
  OperationInput<Id> extends { body: infer Body } ? Body : never;

/** The request body of `operation` without its receivers: what one run sends to everyone. */
export type BatchMessage<Id extends BatchOperationId = "sendBatchMessages"> = Omit<
  BodyOf<Id>,
  "receiver_ids"
>;

/** What the fan-out reads from the spec about one batch operation. */
export interface BatchOperation {
  readonly operationId: BatchOperationId;
  /** The body field holding the receivers. */
  readonly receiversField: string;
  /** The most receivers one call takes: the field's `maxItems`. */
  readonly maxReceivers: number;
  /** The spec's `x-rate-limit-category`: operations of one category share an app's limit. */
  readonly rateLimitCategory: string;
  /**
   * How `data.success_list` names a served receiver: `"ids"` (a list of account ids) or
   * `"items"` (objects with `receiver_id` and `message_server_id`).
   */
  readonly successList: "ids" | "items";
}

type SuccessEntry<Id extends BatchOperationId> = NonNullable<
  OperationOutput<Id>["success_list"]
>[number];

/**
 * How each answer's `success_list` names a served receiver. The runtime facts say only that the
 * answer has `data`; its shape is in the generated types, and `satisfies` ties this table to
 * them: a spec whose list changes shape fails the type check here.
 */
const SUCCESS_LISTS = {
  sendBatchMessages: "items",
  sendBatchCustomNotification: "ids",
} as const satisfies {
  [Id in BatchOperationId]: SuccessEntry<Id> extends string ? "ids" : "items";
};

function describeOperation(operationId: BatchOperationId): BatchOperation {
  const facts = OPERATIONS[operationId];
  // The generator refuses a batch-send operation without a single bounded receivers list.
  const receiversField = facts.batch?.receivers;
  const receivers = receiversField
    ? resolveSchema(facts.body?.schema ?? {}).properties?.[receiversField]
    : undefined;
  if (!receiversField || typeof receivers?.maxItems !== "number") {
    throw new TypeError(`${operationId}: the spec gives it no bounded receivers list`);
  }
  return Object.freeze({
    operationId,
    receiversField,
    maxReceivers: receivers.maxItems,
    rateLimitCategory: facts.rateLimitCategory,
    successList: SUCCESS_LISTS[operationId],
  });
}

/** The batch operations as the spec describes them. */
export const BATCH_OPERATIONS: Readonly<Record<BatchOperationId, BatchOperation>> = Object.freeze({
  sendBatchMessages: describeOperation("sendBatchMessages"),
  sendBatchCustomNotification: describeOperation("sendBatchCustomNotification"),
});

/** The operation an option names; a TypeError listing the known ones otherwise. */
export function batchOperationOf(operation: unknown): BatchOperation {
  const id = operation ?? DEFAULT_BATCH_OPERATION;
  if (typeof id !== "string" || !Object.hasOwn(BATCH_OPERATIONS, id)) {
    throw new TypeError(
      `operation must be one of ${Object.keys(BATCH_OPERATIONS).join(", ")}, got ${typeof id === "string" ? JSON.stringify(id) : typeof id}`,
    );
  }
  return BATCH_OPERATIONS[id as BatchOperationId];
}

/**
 * Throws a `YunxinValidationError` naming each field and limit that everything of the body but
 * its receivers breaks: checked once, before any receiver is read.
 */
export function assertValidBatchMessage(operation: BatchOperation, message: object): void {
  const { operationId, receiversField } = operation;
  const body = { ...message, [receiversField]: [] };
  const issues = inputIssues(OPERATIONS[operationId], { body }).filter(
    (issue) => issue.path !== receiversField,
  );
  if (issues.length > 0) throw new YunxinValidationError(issues, { operationId });
}

/** The body of one call: the message and a chunk of receivers. */
export function batchBody(operation: BatchOperation, message: object, chunk: string[]): object {
  return { ...message, [operation.receiversField]: chunk };
}

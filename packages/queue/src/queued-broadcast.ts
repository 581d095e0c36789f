import {
  inputIssues,
  OPERATIONS,
  SPEC_SHA256,
  SPEC_VERSION,
  YunxinValidationError,
} from "@yunxin-im/core";
import {
  BATCH_OPERATIONS,
  type BatchOperation,
  batchBody,
  DEFAULT_BATCH_OPERATION,
  type FailedOutcome,
  outcomesOfError,
} from "@yunxin-im/fanout";
import { DEFAULT_RETENTION_MS } from "./options.js";

/** The fields of a broadcast's record a worker reads, in this order. */
export const QUEUED_BROADCAST_FIELDS = [
  "message",
  "retentionMs",
  "operation",
  "specVersion",
  "specSha256",
] as const;

/** What a worker knows of a broadcast from its record. */
export interface QueuedBroadcast {
  /** undefined when the record names an operation this worker's build does not know. */
  operation: BatchOperation | undefined;
  operationId: string;
  message: object;
  retentionMs: number;
  /**
   * The broadcast was checked against another spec than this worker's (or one not recorded):
   * each chunk's body is checked again before its call.
   */
  recheck: boolean;
  specVersion: string | undefined;
}

export function readQueuedBroadcast(fields: (string | null)[]): QueuedBroadcast {
  const [message, retention, recorded, specVersion, specSha256] = fields;
  const operationId = recorded ?? DEFAULT_BATCH_OPERATION;
  return {
    operation: Object.hasOwn(BATCH_OPERATIONS, operationId)
      ? BATCH_OPERATIONS[operationId as keyof typeof BATCH_OPERATIONS]
      : undefined,
    operationId,
    message: JSON.parse(message ?? "{}") as object,
    retentionMs: Number(retention ?? DEFAULT_RETENTION_MS),
    recheck: specSha256 !== SPEC_SHA256,
    specVersion: specVersion ?? undefined,
  };
}

/**
 * When the broadcast was checked against another spec: the chunk's body checked against this
 * worker's, and if it no longer passes, one failed outcome per receiver naming the operation,
 * the fields and their limits (nothing is sent). undefined: the chunk may be sent.
 */
export function refusedChunk(
  broadcast: QueuedBroadcast,
  chunk: string[],
): FailedOutcome[] | undefined {
  const { operation, operationId } = broadcast;
  if (!operation) {
    return outcomesOfError(
      chunk,
      new YunxinValidationError(
        [
          {
            path: "operation",
            keyword: "enum",
            limit: Object.keys(BATCH_OPERATIONS),
            message: `operation ${JSON.stringify(operationId)} is not one this worker (spec ${SPEC_VERSION}) can send: one of ${Object.keys(BATCH_OPERATIONS).join(", ")}`,
          },
        ],
        { operationId },
      ),
      0,
      false,
    ) as FailedOutcome[];
  }
  if (!broadcast.recheck) return undefined;
  const body = batchBody(operation, broadcast.message, chunk);
  const issues = inputIssues(OPERATIONS[operation.operationId], { body });
  if (issues.length === 0) return undefined;
  const error = new YunxinValidationError(issues, { operationId });
  const enqueued = broadcast.specVersion ? `spec ${broadcast.specVersion}` : "an unrecorded spec";
  const why = ` (checked against ${enqueued} when enqueued; this worker's spec ${SPEC_VERSION} refuses it)`;
  return (outcomesOfError(chunk, error, 0, false) as FailedOutcome[]).map((outcome) => ({
    ...outcome,
    errorMsg: outcome.errorMsg + why,
  }));
}

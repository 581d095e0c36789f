import type { CallOptions, SendBatchRequest, YunxinClient } from "@yunxin-im/core";
import {
  type AnyReceiverOutcome,
  type BatchOperation,
  batchBody,
  outcomesOfIdList,
  outcomesOfResult,
} from "@yunxin-im/fanout";

export interface ChunkCallOptions {
  traceId: string;
  signal: AbortSignal;
}

/**
 * One call of the broadcast's operation for one chunk, its answer turned into one outcome per
 * receiver: batch send's `success_list` names each receiver with its message id, batch custom
 * notification's lists account ids. Not validated again by the client: the body was checked
 * against this worker's spec, at enqueue (same spec digest) or just before the call.
 */
export async function callChunk(
  client: YunxinClient,
  operation: BatchOperation,
  message: object,
  chunk: string[],
  { traceId, signal }: ChunkCallOptions,
): Promise<AnyReceiverOutcome[]> {
  const body = batchBody(operation, message, chunk);
  const options = { traceId, retryRateLimited: false, validate: false, signal };
  if (operation.successList === "items") {
    const result = await client.sendBatch(body as SendBatchRequest, options);
    return outcomesOfResult(chunk, result, result.attempts);
  }
  const data = await client.call(operation.operationId, { body } as never, options as CallOptions);
  return outcomesOfIdList(chunk, data as never, traceId, 1);
}

import {
  type BatchOperationId,
  batchOperationOf,
  MAX_BATCH_SIZE,
  type OutcomeOf,
} from "@yunxin-im/fanout";
import type { RedisClient } from "./connection.js";
import type { BroadcastKeys } from "./keys.js";
import type { BroadcastStatus } from "./status.js";
import { decodeOutcomes } from "./stored-outcomes.js";

/** Which outcomes `outcomes` reads: those of a broadcast of `operation`. */
export interface OutcomesOptions<Id extends BatchOperationId = "sendBatchMessages"> {
  /**
   * The broadcast's operation (its status says it). Default `"sendBatchMessages"`; a broadcast of
   * another operation is refused with a `TypeError`, since its outcomes have another shape (a
   * custom notification's sent outcome has no message id).
   */
  operation?: Id;
}

/** A broadcast's outcomes as recorded so far: chunks in order, then the duplicates. */
export async function* readOutcomes<Id extends BatchOperationId>(
  redis: RedisClient,
  keys: BroadcastKeys,
  status: () => Promise<BroadcastStatus>,
  options: OutcomesOptions<Id> = {},
): AsyncGenerator<OutcomeOf<Id>> {
  const current = await status();
  const asked = batchOperationOf(options.operation).operationId;
  if (current.operation !== asked) {
    throw new TypeError(
      `broadcast ${JSON.stringify(current.broadcastId)} is a ${current.operation} broadcast, not ${asked}: read its outcomes with { operation: "${current.operation}" }`,
    );
  }
  const meta = await redis.hmget(keys.meta, "skippedGroups");
  const fields: string[] = [];
  for (let index = 0; index < (current.chunks ?? 0); index++) fields.push(String(index));
  for (let group = 0; group < Number(meta[0] ?? 0); group++) fields.push(`skipped:${group}`);
  for (let from = 0; from < fields.length; from += MAX_BATCH_SIZE) {
    const values = await redis.hmget(keys.outcomes, ...fields.slice(from, from + MAX_BATCH_SIZE));
    for (const value of values) {
      if (value !== null) yield* decodeOutcomes(value) as OutcomeOf<Id>[];
    }
  }
}

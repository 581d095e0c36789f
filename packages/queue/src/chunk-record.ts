import { YunxinError } from "@yunxin-im/core";
import { type AnyReceiverOutcome, outcomesOfError } from "@yunxin-im/fanout";
import type { BroadcastScripts } from "./broadcast-scripts.js";
import { cancelChunkRange } from "./cancelled-chunks.js";
import { type BroadcastKeys, cancelKeys } from "./keys.js";
import { countOutcomes, encodeOutcomes } from "./stored-outcomes.js";

/** Writes a chunk's outcomes to its broadcast's record, once: a second record of it adds nothing. */
export async function recordChunk(
  redis: BroadcastScripts,
  keys: BroadcastKeys,
  index: number,
  outcomes: AnyReceiverOutcome[],
  retentionMs: number,
): Promise<void> {
  const { sent, failed, notAttempted } = countOutcomes(outcomes);
  await redis.yqRecord(
    ...cancelKeys(keys),
    index,
    encodeOutcomes(outcomes),
    sent,
    failed,
    notAttempted,
    retentionMs,
  );
}

/** A chunk of a cancelled broadcast: not sent, unless a call that may have delivered was made. */
export async function settleCancelledChunk(
  redis: BroadcastScripts,
  keys: BroadcastKeys,
  index: number,
  chunk: string[],
  inDoubt: number,
  retentionMs: number,
): Promise<void> {
  if (inDoubt === 0) {
    await cancelChunkRange(redis, keys, index, index + 1, retentionMs);
    return;
  }
  const error = new YunxinError(
    "The broadcast was cancelled after a call for this chunk started in a worker that stopped: it may have delivered",
  );
  await recordChunk(redis, keys, index, outcomesOfError(chunk, error, 1, true), retentionMs);
}

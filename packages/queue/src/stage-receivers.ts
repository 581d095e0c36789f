import { YunxinValidationError } from "@yunxin-im/core";
import { type AnyReceiverOutcome, ReceiverChunks } from "@yunxin-im/fanout";
import type { BroadcastScripts } from "./broadcast-scripts.js";
import type { RedisClient } from "./connection.js";
import type { BroadcastKeys } from "./keys.js";
import { encodeOutcomes } from "./stored-outcomes.js";

/** How many chunks one staging or cancelling script handles. */
export const CHUNKS_PER_SCRIPT = 200;

export interface StageOptions {
  receivers: Iterable<string> | AsyncIterable<string>;
  /** The operation's `maxItems` of receivers a call. */
  maxReceivers: number;
  duplicates: "skip" | "send";
  retentionMs: number;
}

/** What staging wrote: the counts the broadcast's commit records. */
export interface StagedReceivers {
  chunks: number;
  /** Receivers read from the input, duplicates included. */
  read: number;
  duplicates: number;
  /** The `skipped:n` groups of duplicates' outcomes. */
  skippedGroups: number;
}

/**
 * Reads the receivers, each checked as it is read, and writes them to the broadcast's chunks in
 * Redis, at most `maxReceivers` a chunk; skipped duplicates get their outcomes at once. The first
 * invalid receiver throws its validation error.
 */
export async function stageReceivers(
  redis: RedisClient & BroadcastScripts,
  keys: BroadcastKeys,
  { receivers, maxReceivers, duplicates: policy, retentionMs }: StageOptions,
): Promise<StagedReceivers> {
  let chunks = 0;
  let duplicates = 0;
  let skippedGroups = 0;
  const reader = new ReceiverChunks(receivers, maxReceivers, policy);
  const skipped = async (outcomes: AnyReceiverOutcome[]) => {
    const invalid = outcomes.find((outcome) => outcome.status === "failed");
    if (invalid?.status === "failed") throw invalid.error ?? new YunxinValidationError([]);
    duplicates += outcomes.length;
    await redis.hset(keys.outcomes, `skipped:${skippedGroups++}`, encodeOutcomes(outcomes));
  };
  let staged: string[] = [];
  const flush = async () => {
    if (staged.length === 0) return;
    await redis.yqStage(keys.chunks, retentionMs, chunks - staged.length, ...staged);
    staged = [];
  };
  try {
    for (;;) {
      const chunk = await reader.next(skipped);
      if (!chunk) break;
      staged.push(JSON.stringify(chunk));
      chunks++;
      if (staged.length >= CHUNKS_PER_SCRIPT) await flush();
    }
    await flush();
    return { chunks, read: reader.read, duplicates, skippedGroups };
  } finally {
    await reader.close();
  }
}

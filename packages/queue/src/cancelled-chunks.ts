import type { BroadcastScripts } from "./broadcast-scripts.js";
import { type BroadcastKeys, cancelKeys } from "./keys.js";

/** The reason of a receiver whose chunk was not sent because its broadcast was cancelled. */
export const CANCELLED_REASON = "cancelled";

/**
 * Every chunk in [from, to) with no outcome and no call that may have delivered gets one
 * `not_attempted` outcome (reason `"cancelled"`) per receiver; resolves with how many chunks.
 */
export function cancelChunkRange(
  redis: BroadcastScripts,
  keys: BroadcastKeys,
  from: number,
  to: number,
  retentionMs: number,
): Promise<number> {
  return redis.yqCancelRange(...cancelKeys(keys), from, to, retentionMs, CANCELLED_REASON);
}

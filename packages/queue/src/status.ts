import { type BatchOperationId, DEFAULT_BATCH_OPERATION } from "@yunxin-im/fanout";

/** The spec a broadcast was checked against when it was enqueued: its `info.version` and digest. */
export interface BroadcastSpec {
  /** The spec's `info.version` (core's `SPEC_VERSION`). */
  version: string;
  /** SHA-256 of the spec's content (core's `SPEC_SHA256`). */
  sha256: string;
}

/** Where a broadcast is in its life. */
export type BroadcastState =
  /** Its receivers are being read and written; no chunk is queued yet. */
  | "enqueueing"
  /** Every chunk is queued; no call was made yet. */
  | "queued"
  /** Calls are being made. */
  | "running"
  /** Every receiver has its outcome. */
  | "completed"
  /** Cancelled: chunks not yet sent become `not_attempted` (`finished` once all have outcomes). */
  | "cancelled";

export interface BroadcastStatus {
  broadcastId: string;
  /** The operation its calls make (`"sendBatchMessages"` for broadcasts enqueued before there was a choice). */
  operation: BatchOperationId;
  /** The spec its message and receivers were checked against; undefined for broadcasts enqueued before it was recorded. */
  spec: BroadcastSpec | undefined;
  state: BroadcastState;
  /** Every receiver has its outcome (completed, or cancelled and settled). */
  finished: boolean;
  /** Input receivers (duplicates included); undefined while enqueueing. */
  receivers: number | undefined;
  /** Chunks (calls of at most the operation's receivers: 100 or 500), and how many have their outcomes. */
  chunks: number | undefined;
  chunksDone: number;
  sent: number;
  failed: number;
  notAttempted: number;
  /** `sent + failed + notAttempted`. */
  done: number;
  /** `done / receivers`, from 0 to 1 (0 while enqueueing). */
  progress: number;
  /** Calls made, re-sends after 416 and re-runs after a crash included. */
  calls: number;
  /** `code` 416 answers received. */
  rateLimited: number;
  /** Calls per minute achieved between the first and the last call (0 before two calls). */
  callsPerMinute: number;
  /** Unix milliseconds (Redis's clock). */
  createdAt: number;
  firstCallAt: number | undefined;
  lastCallAt: number | undefined;
  finishedAt: number | undefined;
}

export function statusOf(broadcastId: string, meta: Record<string, string>): BroadcastStatus {
  const number = (key: string) => (meta[key] === undefined ? undefined : Number(meta[key]));
  const count = (key: string) => number(key) ?? 0;
  const sent = count("sent");
  const failed = count("failed");
  const notAttempted = count("notAttempted");
  const done = sent + failed + notAttempted;
  const receivers = number("receivers");
  const calls = count("calls");
  const firstCallAt = number("firstCallAt");
  const lastCallAt = number("lastCallAt");
  const span = firstCallAt !== undefined && lastCallAt !== undefined ? lastCallAt - firstCallAt : 0;
  const finishedAt = number("finishedAt");
  return {
    broadcastId,
    operation: (meta.operation ?? DEFAULT_BATCH_OPERATION) as BatchOperationId,
    spec:
      meta.specVersion === undefined || meta.specSha256 === undefined
        ? undefined
        : { version: meta.specVersion, sha256: meta.specSha256 },
    state: meta.state as BroadcastState,
    finished: finishedAt !== undefined,
    receivers,
    chunks: number("chunks"),
    chunksDone: count("chunksDone"),
    sent,
    failed,
    notAttempted,
    done,
    progress: receivers ? done / receivers : receivers === 0 ? 1 : 0,
    calls,
    rateLimited: count("rateLimited"),
    callsPerMinute: calls > 1 && span > 0 ? ((calls - 1) / span) * 60_000 : 0,
    createdAt: count("createdAt"),
    firstCallAt,
    lastCallAt,
    finishedAt,
  };
}

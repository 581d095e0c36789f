/** The key prefix when none is given; BullMQ's own keys share it. */
export const DEFAULT_PREFIX = "yunxin-im";
/** The BullMQ queue name when none is given. */
export const DEFAULT_QUEUE_NAME = "broadcasts";

/**
 * The keys of one broadcast. They share the hash tag `{id}`, so each Lua script touches one
 * Redis Cluster slot, and different broadcasts spread over the cluster.
 */
export interface BroadcastKeys {
  /** Hash: state, message, counts, timestamps. */
  meta: string;
  /** Hash: chunk index → JSON array of its receivers, until the chunk has its outcomes. */
  chunks: string;
  /** Hash: chunk index → the chunk's outcomes (see stored-outcomes.ts); `skipped:n` → duplicates. */
  outcomes: string;
  /** Hash: chunk index → calls that may have delivered; `g<index>` → the trace id generation. */
  calls: string;
  /** Pub/sub channel told of every change. */
  events: string;
}

export function broadcastKeys(prefix: string, broadcastId: string): BroadcastKeys {
  const base = `${prefix}:bc:{${broadcastId}}`;
  return {
    meta: `${base}:meta`,
    chunks: `${base}:chunks`,
    outcomes: `${base}:outcomes`,
    calls: `${base}:calls`,
    events: `${base}:events`,
  };
}

/**
 * The keys of one app's shared rate limiter for one rate category (the spec's
 * `x-rate-limit-category`), under the hash tag `{appKey}`. They hold no queue name: every queue
 * of the app, whichever operation its broadcasts use, shares the category's one limit, and each
 * limiter script touches these keys only (one slot, wherever the queues' own tags hash to).
 */
export interface LimiterKeys {
  /** Sorted set: one member per call that still counts, scored by when it stops counting. */
  log: string;
  /** The earliest time (Redis clock, ms) the next call may start. */
  next: string;
  /** Until when (Redis clock, ms) every call is held after a 416. */
  block: string;
  /** Sorted set: calls refused with 416 that go before any other once the block ends, scored by until when they keep their place. */
  first: string;
  /** Sorted set: worker id → until when its heartbeat says it is alive. */
  alive: string;
  /** Hash: `<worker id>|<claim>` → the BullMQ lock token of a chunk the worker holds (`!` before it once its call started). */
  claims: string;
}

export function limiterKeys(prefix: string, appKey: string, category: string): LimiterKeys {
  const base = `${prefix}:limiter:{${appKey}}:${category}`;
  return {
    log: `${base}:log`,
    next: `${base}:next`,
    block: `${base}:block`,
    first: `${base}:first`,
    alive: `${base}:alive`,
    claims: `${base}:claims`,
  };
}

/** The BullMQ job id of a chunk: deterministic, so enqueueing it again adds nothing. */
export function chunkJobId(broadcastId: string, index: number): string {
  return `${broadcastId}.${index}`;
}

export function checkPrefix(prefix: string): string {
  if (typeof prefix !== "string" || !/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) {
    throw new TypeError(
      `prefix must be 1 to 64 characters of A-Z a-z 0-9 _ . : - (no braces: the keys carry their own hash tags), got ${JSON.stringify(prefix)}`,
    );
  }
  return prefix;
}

export function checkQueueName(name: string): string {
  if (typeof name !== "string" || !/^[A-Za-z0-9_.{}-]{1,64}$/.test(name)) {
    throw new TypeError(
      `queueName must be 1 to 64 characters of A-Z a-z 0-9 _ . - { }, got ${JSON.stringify(name)}`,
    );
  }
  return name;
}

/** The keys the record, begin and cancel scripts take, in their order. */
export function cancelKeys(keys: BroadcastKeys): [string, string, string, string, string] {
  return [keys.meta, keys.outcomes, keys.chunks, keys.calls, keys.events];
}

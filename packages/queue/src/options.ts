import { checkPrefix, checkQueueName, DEFAULT_PREFIX, DEFAULT_QUEUE_NAME } from "./keys.js";

/** How long a broadcast's record (outcomes included) stays after its last change: 7 days. */
export const DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Where a queue lives in Redis; producers and workers of one queue must agree on both. */
export interface QueueLocation {
  /** The BullMQ queue name. Default `"broadcasts"`. In Redis Cluster give it a hash tag: `"{app-a}"`. */
  queueName?: string;
  /** The key prefix of every key (BullMQ's and this package's). Default `"yunxin-im"`. */
  prefix?: string;
}

export function readLocation(location: QueueLocation): { queueName: string; prefix: string } {
  return {
    queueName: checkQueueName(location.queueName ?? DEFAULT_QUEUE_NAME),
    prefix: checkPrefix(location.prefix ?? DEFAULT_PREFIX),
  };
}

export function positiveWhole(value: number, name: string, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(`${name} must be a whole number from ${min}, got ${String(value)}`);
  }
  return value;
}

import type { RedisClient } from "./connection.js";
import type { BroadcastKeys } from "./keys.js";
import {
  QUEUED_BROADCAST_FIELDS,
  type QueuedBroadcast,
  readQueuedBroadcast,
} from "./queued-broadcast.js";

/** Broadcasts whose message a worker keeps in memory. */
const MESSAGE_CACHE_SIZE = 256;

/** The broadcasts a worker read from Redis, the oldest forgotten first once it holds too many. */
export class QueuedBroadcastCache {
  private readonly broadcasts = new Map<string, QueuedBroadcast>();

  constructor(private readonly redis: RedisClient) {}

  async get(keys: BroadcastKeys, id: string): Promise<QueuedBroadcast> {
    const cached = this.broadcasts.get(id);
    if (cached) return cached;
    const entry = readQueuedBroadcast(
      await this.redis.hmget(keys.meta, ...QUEUED_BROADCAST_FIELDS),
    );
    if (this.broadcasts.size >= MESSAGE_CACHE_SIZE)
      this.broadcasts.delete(this.broadcasts.keys().next().value as string);
    this.broadcasts.set(id, entry);
    return entry;
  }
}

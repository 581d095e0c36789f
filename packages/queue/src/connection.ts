import { Redis, type RedisOptions } from "ioredis";

/** Where Redis is: a `redis://` / `rediss://` URL, or ioredis options. */
export type RedisConnection = string | RedisOptions;

/**
 * An ioredis client that waits for Redis instead of failing a command while the connection is
 * down (`maxRetriesPerRequest: null`, what BullMQ requires of a worker's connection): a Redis
 * restart or a dropped connection delays work, it does not lose it.
 */
export function connect(connection: RedisConnection): Redis {
  const waitForever: RedisOptions = { maxRetriesPerRequest: null };
  if (typeof connection === "string") {
    if (!/^rediss?:\/\//.test(connection)) {
      throw new TypeError(
        `connection must be a redis:// or rediss:// URL or ioredis options, got ${JSON.stringify(connection.slice(0, 40))}`,
      );
    }
    return new Redis(connection, waitForever);
  }
  if (typeof connection !== "object" || connection === null) {
    throw new TypeError(
      `connection must be a Redis URL or ioredis options, got ${typeof connection}`,
    );
  }
  return new Redis({ ...connection, ...waitForever });
}

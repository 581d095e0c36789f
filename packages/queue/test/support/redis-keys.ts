import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { inject } from "vitest";

/** A key prefix of this test's own: a shared Redis is never flushed, only these keys deleted. */
export function testPrefix(): string {
  return `yq-test-${randomUUID().slice(0, 8)}`;
}

export function redisUrl(): string {
  return inject("redisUrl");
}

/** Every key under the prefix. */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0");
  return keys;
}

/** Deletes every key under the prefix. */
export async function deleteKeysUnder(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys = await keysUnder(redis, prefix);
    for (let from = 0; from < keys.length; from += 500)
      await redis.del(...keys.slice(from, from + 500));
  } finally {
    redis.disconnect();
  }
}

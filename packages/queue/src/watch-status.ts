import type { RedisClient } from "./connection.js";
import type { BroadcastKeys } from "./keys.js";
import type { Scripts } from "./scripts.js";
import type { BroadcastStatus } from "./status.js";

export interface WatchOptions {
  signal?: AbortSignal;
  /** Also look every this many ms (changes are announced, this covers a missed announcement). Default 1000. */
  intervalMs?: number;
}

/**
 * A broadcast's status each time it changes, until it finishes: woken by the broadcast's event
 * channel, and every `intervalMs` in case an announcement was missed.
 */
export async function* watchStatus(
  redis: RedisClient & Scripts,
  keys: BroadcastKeys,
  read: () => Promise<BroadcastStatus>,
  { signal, intervalMs = 1000 }: WatchOptions,
  onError: (error: Error) => void,
): AsyncGenerator<BroadcastStatus> {
  const subscriber = redis.duplicate();
  subscriber.on("error", onError);
  let wake: (() => void) | undefined;
  let changed = false;
  const onMessage = () => {
    changed = true;
    wake?.();
  };
  subscriber.on("message", onMessage);
  try {
    await subscriber.subscribe(keys.events);
    let last = "";
    for (;;) {
      signal?.throwIfAborted();
      changed = false;
      const current = await read();
      const text = JSON.stringify(current);
      if (text !== last) {
        last = text;
        yield current;
      }
      if (current.finished) return;
      if (!changed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, intervalMs);
          function done() {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            wake = undefined;
            resolve();
          }
          wake = done;
          signal?.addEventListener("abort", done, { once: true });
        });
      }
    }
  } finally {
    subscriber.disconnect();
  }
}

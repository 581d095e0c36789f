import { createYunxinClient, type YunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { onTestFinished } from "vitest";
import {
  type BroadcastQueue,
  type BroadcastQueueOptions,
  type BroadcastWorker,
  type BroadcastWorkerOptions,
  createBroadcastQueue,
  startBroadcastWorker,
} from "../../src/index.js";
import { deleteKeysUnder, redisUrl, testPrefix } from "./redis-keys.js";
import { TEST_APP_KEY, TEST_APP_SECRET } from "./signed-stub.js";

export const message = {
  sender_id: "announcer",
  message: { message_type: 0, text: "hello" },
} as const;

/** A queue on the shared test Redis under a prefix of this test's own, deleted afterwards. */
export function testQueue(options: Partial<BroadcastQueueOptions> = {}): {
  queue: BroadcastQueue;
  prefix: string;
  url: string;
} {
  const url = redisUrl();
  const prefix = options.prefix ?? testPrefix();
  const queue = createBroadcastQueue({ connection: url, prefix, ...options });
  onTestFinished(async () => {
    await queue.close();
    await deleteKeysUnder(url, prefix);
  });
  return { queue, prefix, url };
}

/** The real client, signed with the test credentials, against a stub. */
export function signedClient(baseUrl: string, rateLimitBlockMs = 300): YunxinClient {
  const client = createYunxinClient({
    baseUrl,
    timeoutMs: 5000,
    rateLimitBlockMs,
    sleep: async () => {},
  });
  client.use(createSigningMiddleware({ appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET }));
  return client;
}

/** An in-process worker on the test Redis, closed when the test ends. */
export async function testWorker(
  options: Partial<BroadcastWorkerOptions> & Pick<BroadcastWorkerOptions, "client" | "prefix">,
): Promise<BroadcastWorker> {
  const worker = startBroadcastWorker({
    connection: redisUrl(),
    appKey: TEST_APP_KEY,
    rateLimit: { callsPerMinute: 600 },
    windowMs: 1000,
    lockDurationMs: 2000,
    stalledIntervalMs: 1000,
    ...options,
  });
  onTestFinished(() => worker.close());
  await worker.ready();
  return worker;
}

export async function untilFinished(queue: BroadcastQueue, broadcastId: string) {
  let last: Awaited<ReturnType<BroadcastQueue["status"]>> | undefined;
  for await (const status of queue.watch(broadcastId, { intervalMs: 200 })) last = status;
  return last;
}

export async function* fromAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

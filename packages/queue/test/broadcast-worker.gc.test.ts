import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  collect,
  expectEveryReceiverAccountedFor,
  receiverIds,
} from "../../fanout/test/support/accounting.js";
import { message, testQueue, testWorker, untilFinished } from "./support/fixtures.js";
import {
  type SignedStub,
  startSignedStub,
  TEST_APP_KEY,
  TEST_APP_SECRET,
} from "./support/signed-stub.js";

const TIMEOUT_MS = 400;

let stub: SignedStub | undefined;
let collector: ReturnType<typeof setInterval> | undefined;
beforeEach(() => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (the queue package's `gc` vitest project)");
  collector = setInterval(gc, 20);
});
afterEach(async () => {
  clearInterval(collector);
  await stub?.server.close();
});

it("frees its slots on time when every answer's body stalls while the garbage collector runs", async () => {
  // Every answer: 200 headers and half the body, then nothing, for as long as the test runs.
  stub = await startSignedStub({ fault: () => ({ kind: "stalled-body" }) });
  const client = createYunxinClient({
    baseUrl: stub.server.url,
    timeoutMs: TIMEOUT_MS,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  client.use(createSigningMiddleware({ appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET }));
  const { queue, prefix } = testQueue();
  await testWorker({ client, prefix, concurrency: 2 });
  const receivers = receiverIds(400); // 4 chunks
  const started = performance.now();
  await queue.enqueue({ broadcastId: "stalled", message, receivers });
  const status = await untilFinished(queue, "stalled");
  const elapsedMs = performance.now() - started;

  expect(status).toMatchObject({ state: "completed", failed: 400 });
  const outcomes = await collect(queue.outcomes("stalled"));
  expectEveryReceiverAccountedFor(receivers, outcomes, stub.server);
  expect(outcomes.every((outcome) => outcome.status === "failed" && outcome.maybeDelivered)).toBe(
    true,
  );
  // 2 rounds of 2 chunks, 2 attempts each: a bound on a hang (the worker's own call timeout is
  // 120 s), with room for the limiter's pacing and the loaded machine.
  expect(elapsedMs).toBeLessThan(2 * 2 * TIMEOUT_MS + 10_000);
});

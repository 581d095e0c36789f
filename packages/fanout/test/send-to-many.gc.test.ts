import { createYunxinClient } from "@yunxin-im/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type FanoutOptions, sendToMany } from "../src/index.js";
import { collect, expectEveryReceiverAccountedFor, receiverIds } from "./support/accounting.js";
import { stampMiddleware } from "./support/stamp-middleware.js";
import { type StubServer, startStubServer } from "./support/stub-server.js";

const TIMEOUT_MS = 400;
const message: FanoutOptions["message"] = {
  sender_id: "admin",
  message: { message_type: 0, text: "hello" },
};

let server: StubServer | undefined;
let collector: ReturnType<typeof setInterval> | undefined;
beforeEach(() => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (the fanout package's `gc` vitest project)");
  collector = setInterval(gc, 20);
});
afterEach(async () => {
  clearInterval(collector);
  await server?.close();
});

it("ends every call on time when every answer's body stalls while the garbage collector runs", async () => {
  // Every answer: 200 headers and half the body, then nothing, for as long as the test runs.
  server = await startStubServer({ fault: () => ({ kind: "stalled-body" }) });
  const client = createYunxinClient({
    baseUrl: server.url,
    timeoutMs: TIMEOUT_MS,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  client.use(stampMiddleware());
  const receivers = receiverIds(1200); // 12 chunks of 100
  const concurrency = 4;
  const started = performance.now();
  const run = sendToMany({ client, message, receivers, rateLimit: false, concurrency });
  const outcomes = await collect(run);
  const elapsedMs = performance.now() - started;

  expectEveryReceiverAccountedFor(receivers, outcomes, server);
  // Each delivered, but no answer ever completed: every receiver may have got the message.
  expect(outcomes.every((outcome) => outcome.status === "failed" && outcome.maybeDelivered)).toBe(
    true,
  );
  // 3 rounds of 4 chunks, 2 attempts each: a bound on a hang, which lasts the whole test.
  expect(elapsedMs).toBeLessThan((12 / concurrency) * 2 * TIMEOUT_MS + 3_000);
});

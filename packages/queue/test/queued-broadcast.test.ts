import { OPERATIONS, resolveSchema, SPEC_VERSION } from "@yunxin-im/core";
import { Redis } from "ioredis";
import { describe, expect, it, onTestFinished } from "vitest";
import { collect, receiverIds } from "../../fanout/test/support/accounting.js";
import { broadcastKeys } from "../src/keys.js";
import { signedClient, testQueue, testWorker, untilFinished } from "./support/fixtures.js";
import { redisUrl } from "./support/redis-keys.js";
import { signedStubsPerTest } from "./support/signed-stub.js";

const OPERATION = "sendBatchCustomNotification";
/** This build's limit on a notification's content: the spec's, not a number copied here. */
const CONTENT_LIMIT = resolveSchema(
  resolveSchema(OPERATIONS[OPERATION].body?.schema ?? {}).properties?.content ?? {},
).maxLength as number;
const notification = { sender_id: "system", content: '{"kind":"order_shipped"}' };

const signedStub = signedStubsPerTest();

/**
 * A producer built from an older spec, whose limits were looser, recorded the broadcast: the
 * record names that spec (its version and digest, not this build's) and holds what that spec
 * let through. Written into the record of a broadcast this build enqueued, as that producer would
 * have written it: no build of the package from another spec is at hand in a test.
 */
async function recordedUnderOlderSpec(
  prefix: string,
  broadcastId: string,
  change: { message?: object; chunk?: [number, string[]] } = {},
): Promise<void> {
  const redis = new Redis(redisUrl());
  onTestFinished(() => redis.disconnect());
  const keys = broadcastKeys(prefix, broadcastId);
  await redis.hset(keys.meta, { specVersion: "2.21.0", specSha256: "0".repeat(64) });
  if (change.message) await redis.hset(keys.meta, "message", JSON.stringify(change.message));
  if (change.chunk) await redis.hset(keys.chunks, change.chunk[0], JSON.stringify(change.chunk[1]));
}

/** Enqueued with no worker running, recorded under the older spec, then a worker of this build started. */
async function runUnderOlderSpec(
  broadcastId: string,
  receivers: string[],
  change: Parameters<typeof recordedUnderOlderSpec>[2],
) {
  const stub = await signedStub();
  const { queue, prefix } = testQueue();
  await queue.enqueue({ broadcastId, operation: OPERATION, message: notification, receivers });
  await recordedUnderOlderSpec(prefix, broadcastId, change);
  await testWorker({ client: signedClient(stub.server.url), prefix });
  const status = await untilFinished(queue, broadcastId);
  const outcomes = await collect(queue.outcomes(broadcastId, { operation: OPERATION }));
  return { server: stub.server, status, outcomes };
}

describe("a broadcast recorded under another spec than the worker's", () => {
  it("gets a failure for every receiver, naming the operation, field and limit, and nothing is sent, when the worker's spec refuses its body", async () => {
    const receivers = receiverIds(1200);
    const tooLong = { ...notification, content: "x".repeat(CONTENT_LIMIT + 1) };
    const { server, status, outcomes } = await runUnderOlderSpec("older-body", receivers, {
      message: tooLong,
    });
    expect(server.stats.requests).toBe(0);
    expect(status).toMatchObject({ state: "completed", failed: 1200, sent: 0, calls: 0 });
    expect(outcomes).toHaveLength(1200);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ status: "failed", attempts: 0, maybeDelivered: false });
    }
    const [first] = outcomes;
    expect(first?.status === "failed" && first.errorMsg).toBe(
      `Invalid ${OPERATION} request, nothing was sent: content must be at most ${CONTENT_LIMIT} characters, got ${CONTENT_LIMIT + 1}` +
        ` (checked against spec 2.21.0 when enqueued; this worker's spec ${SPEC_VERSION} refuses it)`,
    );
  });

  it("is checked chunk by chunk: a chunk whose receivers the worker's spec refuses fails, the others are sent", async () => {
    const receivers = receiverIds(1200);
    const refusedChunk = receivers.slice(500, 1000);
    refusedChunk[3] = "A-receiver-the-older-spec-let-through";
    const { server, status, outcomes } = await runUnderOlderSpec("older-chunk", receivers, {
      chunk: [1, refusedChunk],
    });
    expect(status).toMatchObject({ state: "completed", sent: 700, failed: 500, calls: 2 });
    expect(server.stats.deliveries).toBe(700);
    const failed = outcomes.filter((outcome) => outcome.status === "failed");
    expect(failed.map((outcome) => outcome.receiverId)).toEqual(refusedChunk);
    expect(failed[0]?.errorMsg).toMatch(
      new RegExp(
        `^Invalid ${OPERATION} request, nothing was sent: receiver_ids\\[3\\] .*checked against spec 2\\.21\\.0`,
      ),
    );
  });

  it("is sent as usual when it still passes the worker's spec", async () => {
    const receivers = receiverIds(600);
    const { server, status } = await runUnderOlderSpec("older-valid", receivers, {});
    expect(status).toMatchObject({ state: "completed", sent: 600, calls: 2 });
    expect(server.stats.deliveries).toBe(600);
  });
});

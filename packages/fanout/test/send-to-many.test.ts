import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  createYunxinClient,
  type YunxinClient,
  type YunxinClientOptions,
  YunxinConnectionError,
  YunxinInvalidResponseError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "@yunxin-im/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FanoutOptions,
  type FanoutProgress,
  type ReceiverOutcome,
  sendToMany,
} from "../src/index.js";
import { MAX_RATE_LIMITED_ANSWERS } from "../src/send-to-many.js";
import { collect, expectEveryReceiverAccountedFor, receiverIds } from "./support/accounting.js";
import { stampMiddleware } from "./support/stamp-middleware.js";
import {
  type Fault,
  type StubServer,
  type StubServerOptions,
  startStubServer,
} from "./support/stub-server.js";
import { virtualClock } from "./support/virtual-clock.js";

const message: FanoutOptions["message"] = {
  sender_id: "admin",
  message: { message_type: 0, text: "hello" },
};

const servers: StubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function stub(options: StubServerOptions = {}): Promise<StubServer> {
  const server = await startStubServer(options);
  servers.push(server);
  return server;
}

/** The real client against the stub; retry backoff does not wait, so tests stay fast. */
function clientFor(
  baseUrl: string | string[],
  options: Partial<YunxinClientOptions> = {},
): YunxinClient {
  const client = createYunxinClient({
    baseUrl,
    timeoutMs: 5000,
    sleep: async () => {},
    ...options,
  });
  client.use(stampMiddleware());
  return client;
}

async function* fromAsync(receivers: Iterable<string>) {
  for (const receiver of receivers) yield receiver;
}

describe("sendToMany", () => {
  it("sends to every receiver in calls of at most 100 and reports each one sent with its exact message id", async () => {
    const server = await stub();
    const receivers = receiverIds(250);
    const outcomes = await collect(
      sendToMany({ client: clientFor(server.url), message, receivers, rateLimit: false }),
    );
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.deliveringCalls).toBe(3);
    expect(
      outcomes.map((outcome) => outcome.status === "sent" && outcome.messageServerId),
    ).toContain("158844553334358020");
  });

  it("delivers to 25 000 receivers from an async iterable, each accounted for exactly once", async () => {
    const server = await stub();
    const receivers = receiverIds(25_000);
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: fromAsync(receivers),
      rateLimit: false,
      concurrency: 8,
    });
    const outcomes = await collect(run);
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    expect(await run.summary()).toMatchObject({
      sent: 25_000,
      failed: 0,
      notAttempted: 0,
      calls: 250,
      rateLimited: 0,
      aborted: false,
    });
  });

  it("sends calls of the chosen batch size", async () => {
    const server = await stub();
    const receivers = receiverIds(25);
    await sendToMany({
      client: clientFor(server.url),
      message,
      receivers,
      rateLimit: false,
      batchSize: 10,
    }).summary();
    expect(server.stats.deliveringCalls).toBe(3);
    expect(server.stats.deliveries).toBe(25);
  });

  it("drains the run for its summary when nobody iterates", async () => {
    const server = await stub();
    const summary = await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(300),
      rateLimit: false,
    }).summary();
    expect(summary).toMatchObject({
      sent: 300,
      failed: 0,
      notAttempted: 0,
      calls: 3,
      aborted: false,
    });
    expect(server.stats.deliveries).toBe(300);
  });

  it("reports a receiver listed twice once as sent and once as a duplicate not attempted", async () => {
    const server = await stub();
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: ["a", "b", "a"],
        rateLimit: false,
      }),
    );
    expect(outcomes).toContainEqual({
      status: "not_attempted",
      receiverId: "a",
      reason: "duplicate",
    });
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toHaveLength(2);
    expect(server.deliveriesTo("a")).toBe(1);
  });

  it("sends a receiver listed twice twice, in separate calls, when duplicates are sent", async () => {
    const server = await stub();
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: ["a", "b", "a"],
        rateLimit: false,
        duplicates: "send",
      }),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["sent", "sent", "sent"]);
    expect(server.deliveriesTo("a")).toBe(2);
    expect(server.stats.deliveringCalls).toBe(2);
  });

  it("sends to the sender like any other receiver when it is among the receivers", async () => {
    const server = await stub();
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: ["admin", "bob"],
        rateLimit: false,
      }),
    );
    expect(outcomes.map((outcome) => [outcome.receiverId, outcome.status])).toEqual([
      ["admin", "sent"],
      ["bob", "sent"],
    ]);
    expect(server.deliveriesTo("admin")).toBe(1);
  });

  it("fails a receiver id that breaks the spec on its own and sends the rest", async () => {
    const server = await stub();
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: ["a", "", "b"],
        rateLimit: false,
      }),
    );
    expect(outcomes).toContainEqual(
      expect.objectContaining({ status: "failed", receiverId: "", maybeDelivered: false }),
    );
    expect(server.deliveriesTo("a") + server.deliveriesTo("b")).toBe(2);
  });

  it("refuses receiver ids no account can have, upper case included, and delivers the lower-case one once", async () => {
    const server = await stub();
    const tooLong = "a".repeat(33);
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: ["Alice", "alice", "ALICE", tooLong, "bob smith"],
        rateLimit: false,
      }),
    );
    expect(outcomes).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toEqual([
      expect.objectContaining({ receiverId: "alice" }),
    ]);
    for (const receiverId of ["Alice", "ALICE", tooLong, "bob smith"]) {
      const outcome = outcomes.find((candidate) => candidate.receiverId === receiverId);
      expect(outcome).toMatchObject({ status: "failed", maybeDelivered: false, attempts: 0 });
      expect(outcome?.status === "failed" && outcome.error).toBeInstanceOf(YunxinValidationError);
    }
    expect(server.stats.deliveries).toBe(1);
    expect(server.deliveriesTo("alice")).toBe(1);
  });

  it("reports progress after each call: done, remaining, the call rate and calls in flight", async () => {
    const server = await stub();
    const progress: FanoutProgress[] = [];
    await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(450),
      rateLimit: false,
      concurrency: 2,
      onProgress: (update) => progress.push(update),
    }).summary();
    expect(progress.length).toBeGreaterThanOrEqual(5);
    const dones = progress.map((update) => update.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    for (const update of progress) {
      expect(update.done).toBe(update.sent + update.failed + update.notAttempted);
      expect(update.remaining).toBe(450 - update.done);
      expect(update.inFlight).toBeLessThanOrEqual(2);
      expect(update.callsPerMinute).toBeGreaterThan(0);
    }
    expect(progress.at(-1)).toMatchObject({ done: 450, sent: 450, remaining: 0, inFlight: 0 });
  });

  it("reports remaining for an iterable when told the total", async () => {
    const server = await stub();
    const progress: FanoutProgress[] = [];
    await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: fromAsync(receiverIds(150)),
      total: 150,
      rateLimit: false,
      onProgress: (update) => progress.push(update),
    }).summary();
    expect(progress[0]?.remaining).toBe(50);
    expect(progress.at(-1)?.remaining).toBe(0);
  });

  it("holds back new calls while outcomes wait to be taken, so a slow consumer keeps memory bounded", async () => {
    const server = await stub();
    let read = 0;
    let taken = 0;
    let mostAhead = 0;
    function* receivers() {
      for (let index = 0; index < 20_000; index++) {
        read++;
        mostAhead = Math.max(mostAhead, read - taken);
        yield `user-${index}`;
      }
    }
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receivers(),
      rateLimit: false,
      concurrency: 2,
      batchSize: 50,
    });
    for await (const _outcome of run) {
      taken++;
      // A consumer that does real work: it gives the event loop a turn per outcome.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(taken).toBe(20_000);
    // Buffered outcomes (2 × 50) + calls in flight (2 × 50) + the chunk being read (50).
    expect(mostAhead).toBeLessThanOrEqual(250);
  });

  it("cannot be iterated twice, nor after summary() drained it", async () => {
    const server = await stub();
    const options = {
      client: clientFor(server.url),
      message,
      receivers: ["a"],
      rateLimit: false,
    } as const;
    const iterated = sendToMany(options);
    await collect(iterated);
    expect(() => iterated[Symbol.asyncIterator]()).toThrow("can be iterated only once");
    const drained = sendToMany(options);
    await drained.summary();
    expect(() => drained[Symbol.asyncIterator]()).toThrow("already drained by summary()");
  });
});

describe("sendToMany input checks", () => {
  it("throws the message's YunxinValidationError from the first next() and sends nothing", async () => {
    const server = await stub();
    const run = sendToMany({
      client: clientFor(server.url),
      message: { sender_id: "admin", message: { message_type: 0, text: "x".repeat(5001) } },
      receivers: receiverIds(10),
    });
    const error = await run[Symbol.asyncIterator]()
      .next()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(YunxinValidationError);
    expect((error as YunxinValidationError).issues[0]).toMatchObject({
      path: "message.text",
      keyword: "maxLength",
      limit: 5000,
    });
    await expect(run.summary()).rejects.toBeInstanceOf(YunxinValidationError);
    expect(server.stats.requests).toBe(0);
  });

  it("rejects the message from summary() too, before reading any receiver", async () => {
    const server = await stub();
    let read = 0;
    function* receivers() {
      read++;
      yield "a";
    }
    const run = sendToMany({
      client: clientFor(server.url),
      message: { sender_id: "", message: { message_type: 0, text: "hi" } },
      receivers: receivers(),
    });
    await expect(run.summary()).rejects.toThrow(/sender_id must be at least 1 characters/);
    expect(read).toBe(0);
    expect(server.stats.requests).toBe(0);
  });

  it("rejects bad options at once, before anything is read or sent", async () => {
    const server = await stub();
    expect(() =>
      sendToMany({ client: clientFor(server.url), message, receivers: ["a"], batchSize: 101 }),
    ).toThrow(TypeError);
    expect(server.stats.requests).toBe(0);
  });
});

describe("sendToMany pacing", () => {
  it("keeps every 60-second window at or under the plan's rate and gets no 416 from a server enforcing it", async () => {
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      rateLimit: { calls: 120, windowMs: 60_000, blockMs: 60_000 },
    });
    const summary = await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(36_000),
      rateLimit: "standard",
      concurrency: 1,
      clock,
    }).summary();
    expect(summary).toMatchObject({ sent: 36_000, calls: 360, rateLimited: 0 });
    expect(server.stats.rateLimited).toBe(0);
    expect(server.stats.maxCallsInWindow).toBeLessThanOrEqual(120);
    const { acceptedCalls, firstAcceptedAt, lastAcceptedAt } = server.stats;
    const achieved = ((acceptedCalls - 1) / (lastAcceptedAt - firstAcceptedAt)) * 60_000;
    expect(achieved).toBeGreaterThanOrEqual(0.98 * 120);
    expect(achieved).toBeLessThanOrEqual(120);
  });

  it("pauses every call for the block when a 416 burst arrives, then re-sends the refused calls", async () => {
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      fault: ({ index }) =>
        index >= 3 && index <= 6 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
    });
    const receivers = receiverIds(1000);
    const run = sendToMany({
      client: clientFor(server.url, { rateLimitBlockMs: 60_000 }),
      message,
      receivers,
      rateLimit: false,
      concurrency: 4,
      clock,
    });
    const outcomes = await collect(run);
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(await run.summary()).toMatchObject({ rateLimited: 4, calls: 14 });
    // Nothing started between the first 416 and the end of its block.
    const afterBurst = server.requests.filter((request) => request.index > 6);
    expect(afterBurst.every((request) => request.at >= 60_000)).toBe(true);
    expect(clock.sleeps).toContain(60_000);
  });

  it("re-sends a call refused on its first attempt under a fresh trace id: nothing was delivered", async () => {
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      fault: ({ index }) =>
        index === 1 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
    });
    await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: ["a"],
      clock,
    }).summary();
    const [refused, resent] = server.requests;
    expect(resent?.traceId).not.toBe(refused?.traceId);
    expect(server.deliveriesTo("a")).toBe(1);
  });

  it("re-sends under the same trace id when an attempt before the 416 may have delivered", async () => {
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      fault: ({ index }) =>
        index === 1
          ? { kind: "reset-after-read" }
          : index === 2
            ? { kind: "envelope", code: 416, msg: "rate limited" }
            : undefined,
    });
    const outcomes = await collect(
      sendToMany({ client: clientFor(server.url), message, receivers: ["a", "b"], clock }),
    );
    expectEveryReceiverAccountedFor(["a", "b"], outcomes, server);
    expect(new Set(server.requests.map((request) => request.traceId)).size).toBe(1);
    expect(server.stats.replays).toBe(1);
    expect(outcomes[0]).toMatchObject({ status: "sent", attempts: 3 });
  });

  it(`stops after ${MAX_RATE_LIMITED_ANSWERS} 416 answers in a row for one call: it fails, the rest is not attempted`, async () => {
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      fault: ({ index }) =>
        index >= 2 ? { kind: "envelope", code: 416, msg: "rate limited" } : undefined,
    });
    const receivers = receiverIds(500);
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers,
      concurrency: 1,
      clock,
    });
    const outcomes = await collect(run);
    const summary = await run.summary();
    expect(summary).toMatchObject({
      sent: 100,
      failed: 100,
      notAttempted: 300,
      rateLimited: MAX_RATE_LIMITED_ANSWERS,
      aborted: true,
    });
    expect(outcomes.filter((outcome) => outcome.status === "failed")[0]).toMatchObject({
      errorCode: 416,
      maybeDelivered: false,
    });
    expect(outcomes).toHaveLength(500);
    expect(outcomes.slice(200).every((outcome) => outcome.status === "not_attempted")).toBe(true);
    expect(server.stats.deliveries).toBe(100);
  });
});

describe("sendToMany stopping", () => {
  it("stops cleanly on abort: the call in flight finishes, nothing new starts, each receiver read is reported once", async () => {
    const controller = new AbortController();
    const server = await stub({
      fault: ({ index }) => {
        if (index === 3) controller.abort();
        return undefined;
      },
    });
    const receivers = receiverIds(2000);
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: fromAsync(receivers),
      rateLimit: false,
      concurrency: 1,
      signal: controller.signal,
    });
    const outcomes = await collect(run);
    const summary = await run.summary();
    expect(summary).toMatchObject({ sent: 300, aborted: true, calls: 3 });
    expect(server.stats.requests).toBe(3);
    const reported = outcomes.map((outcome) => outcome.receiverId);
    expectEveryReceiverAccountedFor(reported, outcomes, server);
    expect(outcomes.filter((outcome) => outcome.status === "not_attempted")).toEqual(
      outcomes.slice(300).map((outcome) => ({
        status: "not_attempted",
        receiverId: outcome.receiverId,
        reason: "aborted",
      })),
    );
  });

  it("resumes an aborted job with the receivers not sent, delivering to every receiver exactly once", async () => {
    const controller = new AbortController();
    const server = await stub({
      fault: ({ index }) => {
        if (index === 4) controller.abort();
        return undefined;
      },
    });
    const client = clientFor(server.url);
    const receivers = receiverIds(1500);
    const first = await collect(
      sendToMany({
        client,
        message,
        receivers,
        rateLimit: false,
        concurrency: 3,
        signal: controller.signal,
      }),
    );
    const done = new Set(
      first
        .filter(
          (outcome) =>
            outcome.status === "sent" || (outcome.status === "failed" && outcome.maybeDelivered),
        )
        .map((outcome) => outcome.receiverId),
    );
    expect(done.size).toBeGreaterThan(0);
    expect(done.size).toBeLessThan(1500);
    const resumed = await collect(
      sendToMany({
        client,
        message,
        receivers: receivers.filter((receiverId) => !done.has(receiverId)),
        rateLimit: false,
      }),
    );
    expect(resumed.every((outcome) => outcome.status === "sent")).toBe(true);
    for (const receiverId of receivers) expect(server.deliveriesTo(receiverId)).toBe(1);
  });

  it("sends nothing when the signal is aborted before the run starts", async () => {
    const server = await stub();
    const summary = await sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(10),
      signal: AbortSignal.abort(),
    }).summary();
    expect(summary).toMatchObject({
      sent: 0,
      failed: 0,
      notAttempted: 10,
      calls: 0,
      aborted: true,
    });
    expect(server.stats.requests).toBe(0);
  });

  it("reports every unread receiver of an array input as not attempted when aborted", async () => {
    const controller = new AbortController();
    const server = await stub({
      fault: ({ index }) => {
        if (index === 1) controller.abort();
        return undefined;
      },
    });
    const receivers = receiverIds(250);
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers,
        rateLimit: false,
        concurrency: 1,
        signal: controller.signal,
      }),
    );
    expect(outcomes.map((outcome) => outcome.receiverId).sort()).toEqual([...receivers].sort());
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toHaveLength(100);
    expect(
      outcomes.filter(
        (outcome) => outcome.status === "not_attempted" && outcome.reason === "aborted",
      ),
    ).toHaveLength(150);
    expect(server.stats.requests).toBe(1);
  });

  it("reports a receiver held back for the next call as not attempted when aborted", async () => {
    const controller = new AbortController();
    const server = await stub({
      fault: ({ index }) => {
        if (index === 1) controller.abort();
        return undefined;
      },
    });
    const outcomes = await collect(
      sendToMany({
        client: clientFor(server.url),
        message,
        receivers: fromAsync(["a", "b", "a", "c"]),
        duplicates: "send",
        rateLimit: false,
        concurrency: 1,
        signal: controller.signal,
      }),
    );
    // In completion order: the held-back receiver is reported while the call is still in flight.
    expect(outcomes.map(({ status, receiverId }) => `${status} ${receiverId}`).sort()).toEqual([
      "not_attempted a",
      "sent a",
      "sent b",
    ]);
  });

  it("reports receivers waiting for the rate limit as not attempted when aborted", async () => {
    const controller = new AbortController();
    const server = await stub();
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(1000),
      rateLimit: { callsPerMinute: 1 },
      concurrency: 2,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.sent === 100) controller.abort();
      },
    });
    const outcomes = await collect(run);
    expect(await run.summary()).toMatchObject({ sent: 100, notAttempted: 900, aborted: true });
    expect(outcomes).toHaveLength(1000);
    expect(outcomes.slice(100).every((outcome) => outcome.status === "not_attempted")).toBe(true);
    expect(server.stats.requests).toBe(1);
  });

  it("leaving the loop early stops the run and settles the calls in flight before the loop exits", async () => {
    const server = await stub();
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(5000),
      rateLimit: false,
      concurrency: 3,
    });
    for await (const _outcome of run) break;
    const summary = await run.summary();
    const requestsAtExit = server.stats.requests;
    expect(summary.aborted).toBe(true);
    expect(summary.sent + summary.failed).toBe(server.stats.deliveries);
    expect(summary.calls).toBe(requestsAtExit);
    expect(requestsAtExit).toBeLessThan(50);
  });

  it("keeps the outcomes of the calls in flight when the loop is left, for the next loop: each receiver gets exactly one", async () => {
    const server = await stub();
    const receivers = receiverIds(2000);
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers,
      rateLimit: false,
      concurrency: 4,
    });
    const outcomes: ReceiverOutcome[] = [];
    for await (const outcome of run) {
      outcomes.push(outcome);
      if (outcomes.length === 600) break;
    }
    const requestsAtExit = server.stats.requests;
    outcomes.push(...(await collect(run)));
    const summary = await run.summary();

    expect(server.stats.requests).toBe(requestsAtExit);
    expect(server.stats.deliveries).toBeGreaterThan(600);
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    const sent = outcomes.filter((outcome) => outcome.status === "sent");
    expect(sent).toHaveLength(server.stats.deliveries);
    expect(summary).toMatchObject({ sent: sent.length, aborted: true });
    expect(outcomes.slice(sent.length).every((outcome) => outcome.status === "not_attempted")).toBe(
      true,
    );
  });

  it("keeps the outcomes of the calls in flight when the loop body throws, for the next loop", async () => {
    const server = await stub();
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: fromAsync(receiverIds(2000)),
      rateLimit: false,
      concurrency: 4,
    });
    const outcomes: ReceiverOutcome[] = [];
    const thrown = await (async () => {
      for await (const outcome of run) {
        outcomes.push(outcome);
        if (outcomes.length === 150) throw new Error("the consumer gave up");
      }
    })().catch((caught: unknown) => caught);
    expect(thrown).toEqual(new Error("the consumer gave up"));
    for await (const outcome of run) outcomes.push(outcome);

    const reported = outcomes.map((outcome) => outcome.receiverId);
    expectEveryReceiverAccountedFor(reported, outcomes, server);
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toHaveLength(
      server.stats.deliveries,
    );
    expect(() => run[Symbol.asyncIterator]()).toThrow("can be iterated only once");
  });

  it("resumes a job left with break by the README's recipe, delivering to every receiver exactly once", async () => {
    const server = await stub();
    const client = clientFor(server.url);
    const directory = await mkdtemp(join(tmpdir(), "fanout-resume-"));
    const receiversFile = join(directory, "receivers.txt");
    const outcomesFile = join(directory, "outcomes.jsonl");
    const all = receiverIds(2000);
    await writeFile(receiversFile, `${all.join("\n")}\n`);

    // The README's example, left with break after 600 outcomes, then its second loop.
    {
      const receivers = createInterface({ input: createReadStream(receiversFile) });
      const log = createWriteStream(outcomesFile);
      const run = sendToMany({ client, message, receivers, rateLimit: false, concurrency: 4 });
      let taken = 0;
      for await (const outcome of run) {
        if (!log.write(`${JSON.stringify(outcome)}\n`)) await once(log, "drain");
        if (++taken === 600) break;
      }
      for await (const outcome of run) {
        if (!log.write(`${JSON.stringify(outcome)}\n`)) await once(log, "drain");
      }
      log.end();
      await once(log, "finish");
    }
    const deliveredBeforeResume = server.stats.deliveries;
    expect(deliveredBeforeResume).toBeGreaterThan(600);

    // The README's resume recipe, word for word, appending to the log.
    {
      const delivered = new Set<string>();
      for await (const line of createInterface({ input: createReadStream(outcomesFile) })) {
        const outcome = JSON.parse(line);
        if (outcome.status === "sent" || (outcome.status === "failed" && outcome.maybeDelivered)) {
          delivered.add(outcome.receiverId);
        }
      }
      async function* notYetDelivered() {
        for await (const id of createInterface({ input: createReadStream(receiversFile) })) {
          if (!delivered.has(id)) yield id;
        }
      }
      const log = createWriteStream(outcomesFile, { flags: "a" });
      for await (const outcome of sendToMany({
        client,
        message,
        receivers: notYetDelivered(),
        rateLimit: false,
      })) {
        if (!log.write(`${JSON.stringify(outcome)}\n`)) await once(log, "drain");
      }
      log.end();
      await once(log, "finish");
    }

    for (const receiverId of all) expect(server.deliveriesTo(receiverId)).toBe(1);
    expect(server.stats.duplicateDeliveries).toBe(0);
    const lines = (await readFile(outcomesFile, "utf8")).trim().split("\n");
    const sentIn = (outcome: ReceiverOutcome) => outcome.status === "sent";
    const sent = lines.map((line) => JSON.parse(line) as ReceiverOutcome).filter(sentIn);
    expect(new Set(sent.map((outcome) => outcome.receiverId)).size).toBe(2000);
    expect(sent).toHaveLength(2000);
  });

  it("stops when the input throws: the outcomes of calls made come first, then the input's error", async () => {
    const server = await stub();
    function* receivers() {
      yield* receiverIds(250);
      throw new Error("receiver list unreadable");
    }
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receivers(),
      rateLimit: false,
      concurrency: 1,
    });
    const outcomes: ReceiverOutcome[] = [];
    const error = await (async () => {
      for await (const outcome of run) outcomes.push(outcome);
    })().catch((caught: unknown) => caught);
    expect(error).toEqual(new Error("receiver list unreadable"));
    expect(outcomes.length).toBeGreaterThanOrEqual(200);
    expect(outcomes.every((outcome) => outcome.status !== "failed")).toBe(true);
    await expect(run.summary()).rejects.toThrow("receiver list unreadable");
  });

  it("stops when onProgress throws, and surfaces that error", async () => {
    const server = await stub();
    const run = sendToMany({
      client: clientFor(server.url),
      message,
      receivers: receiverIds(1000),
      rateLimit: false,
      onProgress: () => {
        throw new Error("progress display broke");
      },
    });
    await expect(run.summary()).rejects.toThrow("progress display broke");
    expect(server.stats.requests).toBeLessThan(10);
  });
});

/** Scenarios of section 3: after each, every receiver is accounted for exactly once. */
describe("sendToMany under injected faults", () => {
  async function runWith(
    fault: StubServerOptions["fault"],
    receivers = receiverIds(500),
    serverOptions: StubServerOptions = {},
    clientOptions: Partial<YunxinClientOptions> = {},
  ) {
    const server = await stub({ fault, ...serverOptions });
    const run = sendToMany({
      client: clientFor(server.url, clientOptions),
      message,
      receivers,
      rateLimit: false,
      concurrency: 3,
    });
    const outcomes = await collect(run);
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    return { server, outcomes, summary: await run.summary() };
  }

  const firstAttempt =
    (kind: Fault, indexes: number[]): StubServerOptions["fault"] =>
    ({ index, attempt }) =>
      attempt === 1 && indexes.includes(index) ? kind : undefined;

  it("retries a connection reset before the request was read, and delivers once", async () => {
    const { server, outcomes } = await runWith(firstAttempt({ kind: "reset-before-read" }, [1, 2]));
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.requests).toBe(7);
  });

  it("retries a reset after the request was read under the same trace id, re-signed, and the server's de-duplication keeps it to one delivery", async () => {
    const { server, outcomes } = await runWith(firstAttempt({ kind: "reset-after-read" }, [1]));
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
    const [first] = server.requests;
    const retry = server.requests.find(
      (request) => request.traceId === first?.traceId && request.attempt === 2,
    );
    expect(retry).toBeDefined();
    expect(retry?.headers.nonce).not.toBe(first?.headers.nonce);
    const retried = outcomes.filter(
      (outcome) => outcome.status === "sent" && outcome.attempts === 2,
    );
    expect(retried).toHaveLength(100);
  });

  it("times out a slow answer, retries under the same trace id and delivers once", async () => {
    const { server, outcomes } = await runWith(
      firstAttempt({ kind: "delay", ms: 30_000 }, [2]),
      receiverIds(300),
      {},
      { timeoutMs: 1000 },
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
  });

  it("times out an answer whose body stalls after the headers, retries and delivers once", async () => {
    const { server, outcomes } = await runWith(
      firstAttempt({ kind: "stalled-body" }, [1]),
      receiverIds(200),
      {},
      { timeoutMs: 1000 },
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
  });

  it("fails the receivers as maybe delivered, with a typed timeout, when every attempt is too slow", async () => {
    const { outcomes } = await runWith(
      ({ index }) => (index <= 3 ? { kind: "delay", ms: 30_000 } : undefined),
      receiverIds(100),
      {},
      { timeoutMs: 300, retry: { maxAttempts: 3 } },
    );
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({ status: "failed", maybeDelivered: true, attempts: 3 });
    const error = outcome?.status === "failed" ? outcome.error : undefined;
    expect(error).toBeInstanceOf(YunxinTimeoutError);
    expect(error).toMatchObject({
      attempts: 3,
      traceId: outcome?.status === "failed" && outcome.traceId,
    });
  });

  it("retries an HTML 502 page from a proxy and delivers once", async () => {
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const { outcomes, server } = await runWith(
      firstAttempt({ kind: "http", status: 502, body: page }, [1, 3]),
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(0);
  });

  it("retries a 502 that came after the server delivered, and the replay keeps it to one delivery", async () => {
    const page = "<html><body>504 Gateway Time-out</body></html>";
    const { outcomes, server } = await runWith(
      firstAttempt({ kind: "http", status: 504, body: page, deliver: true }, [2]),
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
  });

  it("retries a truncated JSON answer under the same trace id, and the de-duplicated answer gives exact outcomes", async () => {
    const { outcomes, server } = await runWith(
      firstAttempt({ kind: "truncated-json" }, [1]),
      receiverIds(200),
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
    const [first] = server.requests;
    expect(
      server.requests.filter((request) => request.traceId === first?.traceId).map((r) => r.attempt),
    ).toEqual([1, 2]);
    for (const outcome of outcomes.filter((candidate) => candidate.status === "sent")) {
      if (outcome.traceId === first?.traceId) expect(outcome.attempts).toBe(2);
    }
  });

  it("fails the receivers as maybe delivered, with a typed invalid-response error, when no answer is readable", async () => {
    const { outcomes, server } = await runWith(
      ({ index }) =>
        index === 1 || (index > 2 && index < 5) ? { kind: "truncated-json" } : undefined,
      receiverIds(200),
      {},
      { retry: { maxAttempts: 3 } },
    );
    const failed = outcomes.filter((outcome) => outcome.status === "failed");
    expect(failed).toHaveLength(100);
    for (const outcome of failed) {
      expect(outcome).toMatchObject({ maybeDelivered: true, attempts: 3 });
      expect(outcome.status === "failed" && outcome.error).toBeInstanceOf(
        YunxinInvalidResponseError,
      );
      expect(outcome.status === "failed" && outcome.traceId).toBe(server.requests[0]?.traceId);
    }
    expect(server.stats.requests).toBe(4);
  });

  it("retries an answer whose connection broke mid-body, and delivers once", async () => {
    const { outcomes, server } = await runWith(firstAttempt({ kind: "truncated-body" }, [1, 2]));
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(2);
  });

  it("retries an answer that is not JSON under the same trace id and delivers once", async () => {
    const { outcomes, server } = await runWith(
      firstAttempt({ kind: "invalid-json" }, [2]),
      receiverIds(300),
    );
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(server.stats.replays).toBe(1);
  });

  it("reports each receiver of a partial failed_list failed with its own code and message", async () => {
    for (const failedListKey of ["account_id", "receiver_id"] as const) {
      const refuse = (receiverId: string) =>
        receiverId.endsWith("7") ? { code: 102404, msg: "account does not exist" } : undefined;
      const { outcomes } = await runWith(undefined, receiverIds(300), { refuse, failedListKey });
      const failed = outcomes.filter((outcome) => outcome.status === "failed");
      expect(failed).toHaveLength(30);
      for (const outcome of failed) {
        expect(outcome).toMatchObject({
          errorCode: 102404,
          errorMsg: "account does not exist",
          maybeDelivered: false,
        });
      }
    }
  });

  it("reports receivers the answer leaves out of both lists failed as unreported, maybe delivered", async () => {
    const { outcomes } = await runWith(
      firstAttempt({ kind: "unreported", receivers: (id) => id === "user-5" }, [1]),
      receiverIds(100),
    );
    expect(outcomes.find((outcome) => outcome.receiverId === "user-5")).toMatchObject({
      status: "failed",
      maybeDelivered: true,
      errorMsg: expect.stringMatching(/^unreported/),
    });
  });

  it("fails the receivers of a call refused with 414 as not delivered, without retrying", async () => {
    const { outcomes, server } = await runWith(
      firstAttempt({ kind: "envelope", code: 414, msg: "parameter error" }, [1]),
      receiverIds(100),
    );
    expect(outcomes[0]).toMatchObject({
      status: "failed",
      errorCode: 414,
      errorMsg: "parameter error",
      maybeDelivered: false,
      attempts: 1,
    });
    expect(server.stats.requests).toBe(1);
  });

  it("fails the receivers as maybe delivered, with a typed connection error, when every attempt breaks", async () => {
    const { outcomes, server } = await runWith(
      () => ({ kind: "reset-after-read" }),
      receiverIds(100),
    );
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({ status: "failed", maybeDelivered: true, attempts: 3 });
    const error = outcome?.status === "failed" ? outcome.error : undefined;
    expect(error).toBeInstanceOf(YunxinConnectionError);
    expect(error?.traceId).toBe(server.requests[0]?.traceId);
    expect(server.stats.requests).toBe(3);
    expect(server.stats.replays).toBe(2);
  });

  it("fails over to the backup host when the primary drops connections, and stays there", async () => {
    const primary = await stub({ name: "primary", fault: () => ({ kind: "reset-before-read" }) });
    const backup = await stub({ name: "backup" });
    const receivers = receiverIds(500);
    const outcomes = await collect(
      sendToMany({
        client: clientFor([primary.url, backup.url]),
        message,
        receivers,
        rateLimit: false,
        concurrency: 1,
      }),
    );
    expectEveryReceiverAccountedFor(receivers, outcomes, primary, backup);
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    expect(primary.stats.requests).toBe(1);
    expect(backup.stats.requests).toBe(5);
  });

  for (const primaryDown of ["refuses connections", "never answers"] as const) {
    it(`fails over for good from a primary that ${primaryDown} and retries the backup's transient 502s on the backup`, async () => {
      const primary = await stub({
        name: "primary",
        fault: () =>
          primaryDown === "refuses connections"
            ? { kind: "reset-before-read" }
            : { kind: "black-hole" },
      });
      // About one request in seven gets a transient 502 (never the retry of the same call).
      const backup = await stub({
        name: "backup",
        fault: ({ index, attempt }) =>
          attempt === 1 && index % 7 === 0
            ? { kind: "http", status: 502, body: "<html>502</html>" }
            : undefined,
      });
      const receivers = receiverIds(3000);
      const run = sendToMany({
        client: clientFor([primary.url, backup.url], { timeoutMs: 1000 }),
        message,
        receivers,
        rateLimit: false,
        concurrency: 4,
      });
      const outcomes = await collect(run);
      expectEveryReceiverAccountedFor(receivers, outcomes, primary, backup);
      expect(outcomes.filter((outcome) => outcome.status !== "sent")).toEqual([]);
      // Only the calls started before the primary's first failure was known went there.
      expect(primary.stats.requests).toBeLessThanOrEqual(4);
    });
  }

  it("accounts for every receiver exactly once under a mix of every fault", async () => {
    const random = mulberry32(20_240_601);
    const kinds: (Fault | undefined)[] = [
      { kind: "reset-before-read" },
      { kind: "reset-after-read" },
      { kind: "delay", ms: 30_000 },
      { kind: "http", status: 502, body: "<html>502</html>" },
      { kind: "http", status: 503, body: "<html>503</html>", deliver: true },
      { kind: "truncated-json" },
      { kind: "truncated-body" },
      { kind: "stalled-body" },
      { kind: "invalid-json" },
      { kind: "envelope", code: 416, msg: "rate limited" },
      { kind: "envelope", code: 500, msg: "internal error" },
      { kind: "unreported", receivers: (id) => id.endsWith("3") },
    ];
    const clock = virtualClock();
    const server = await stub({
      now: clock.now,
      refuse: (id) => (id.endsWith("11") ? { code: 102404, msg: "no such account" } : undefined),
      fault: () => (random() < 0.4 ? kinds[Math.floor(random() * kinds.length)] : undefined),
    });
    const receivers = receiverIds(5000);
    const run = sendToMany({
      client: clientFor(server.url, { timeoutMs: 1000 }),
      message,
      receivers: fromAsync(receivers),
      rateLimit: false,
      concurrency: 6,
      clock,
    });
    const outcomes = await collect(run);
    expectEveryReceiverAccountedFor(receivers, outcomes, server);
    const summary = await run.summary();
    expect(summary.sent + summary.failed + summary.notAttempted).toBe(5000);
    expect(summary.sent).toBeGreaterThan(2500);
  });
});

/** A small seeded PRNG, so the mixed-fault scenario is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface ObservedCall {
  path: string;
  traceId: string | null;
  body: { receiver_ids: string[]; [field: string]: unknown };
  at: number;
}

/**
 * A client whose fetch records each request and answers with `answer(body)` (default: every
 * receiver served, in the shape of the path's operation).
 */
function observedClient(
  clock: { now(): number } = { now: () => 0 },
  answer?: (call: ObservedCall) => unknown,
): { client: YunxinClient; calls: ObservedCall[] } {
  const calls: ObservedCall[] = [];
  const client = createYunxinClient({
    baseUrl: "http://127.0.0.1:9",
    sleep: async () => {},
    fetch: async (request: Request) => {
      const call: ObservedCall = {
        path: new URL(request.url).pathname,
        traceId: request.headers.get("X-custom-traceid"),
        body: await request.json(),
        at: clock.now(),
      };
      calls.push(call);
      const data =
        answer?.(call) ??
        (call.path === "/im/v2/custom_notification/batch"
          ? { success_list: call.body.receiver_ids, failed_list: [] }
          : {
              success_list: call.body.receiver_ids.map((receiver_id, index) => ({
                receiver_id,
                message_server_id: 1000 + index,
              })),
              failed_list: [],
            });
      return new Response(JSON.stringify({ code: 200, msg: "success", data }), {
        headers: { "Content-Type": "application/json" },
      });
    },
  });
  client.use(stampMiddleware());
  return { client, calls };
}

const notification: FanoutOptions<"sendBatchCustomNotification">["message"] = {
  sender_id: "system",
  content: '{"kind":"order_shipped"}',
};

describe("sendToMany over batch custom notifications", () => {
  it("sends custom notifications in calls of the spec's 500 receivers to its path, each receiver sent", async () => {
    const { client, calls } = observedClient();
    const receivers = receiverIds(1200);
    const outcomes = await collect(
      sendToMany({
        client,
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers,
        rateLimit: false,
        concurrency: 1,
      }),
    );
    expect(calls.map((call) => call.path)).toEqual(
      Array(3).fill("/im/v2/custom_notification/batch"),
    );
    expect(calls.map((call) => call.body.receiver_ids.length)).toEqual([500, 500, 200]);
    expect(calls[0]?.body).toEqual({ ...notification, receiver_ids: receivers.slice(0, 500) });
    expect(outcomes.map((outcome) => outcome.receiverId).sort()).toEqual([...receivers].sort());
    expect(outcomes.every((outcome) => outcome.status === "sent")).toBe(true);
    const first = outcomes[0];
    expect(first?.status === "sent" && first.traceId).toBe(calls[0]?.traceId);
  });

  it("still sends batch P2P messages in calls of 100 when no operation is named", async () => {
    const { client, calls } = observedClient();
    await sendToMany({ client, message, receivers: receiverIds(250), rateLimit: false }).summary();
    expect(calls.map((call) => [call.path, call.body.receiver_ids.length])).toEqual([
      ["/im/v2/conversations/messages", 100],
      ["/im/v2/conversations/messages", 100],
      ["/im/v2/conversations/messages", 50],
    ]);
  });

  it("reports each receiver sent, failed with its code, or maybe delivered, from a success_list of account ids", async () => {
    const { client } = observedClient(undefined, () => ({
      success_list: ["alice", "BOB"],
      failed_list: [{ account_id: "ghost1", error_code: 102404, error_msg: "account not exist" }],
    }));
    const outcomes = await collect(
      sendToMany({
        client,
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers: ["alice", "bob", "ghost1", "carol"],
        rateLimit: false,
      }),
    );
    const byReceiver = new Map(outcomes.map((outcome) => [outcome.receiverId, outcome]));
    expect(byReceiver.get("alice")).toMatchObject({ status: "sent", attempts: 1 });
    expect(byReceiver.get("bob")).toMatchObject({ status: "sent" });
    expect(byReceiver.get("ghost1")).toMatchObject({
      status: "failed",
      errorCode: 102404,
      errorMsg: "account not exist",
      maybeDelivered: false,
    });
    expect(byReceiver.get("carol")).toMatchObject({ status: "failed", maybeDelivered: true });
    expect(outcomes).toHaveLength(4);
  });

  it("paces a notification run and a message run of one app with one limiter: together at most the plan's rate", async () => {
    const clock = virtualClock();
    const { client, calls } = observedClient(clock);
    const runs = [
      sendToMany({
        client,
        message,
        receivers: receiverIds(100 * 150),
        rateLimit: "standard",
        concurrency: 1,
        clock,
      }).summary(),
      sendToMany({
        client,
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers: receiverIds(500 * 150),
        rateLimit: "standard",
        concurrency: 1,
        clock,
      }).summary(),
    ];
    const [messages, notifications] = await Promise.all(runs);
    expect(messages).toMatchObject({ sent: 15_000, calls: 150 });
    expect(notifications).toMatchObject({ sent: 75_000, calls: 150 });
    const starts = calls.map((call) => call.at).sort((a, b) => a - b);
    const paths = new Set(calls.slice(0, 120).map((call) => call.path));
    expect(paths.size).toBe(2);
    let most = 0;
    for (let first = 0, last = 0; last < starts.length; last++) {
      while ((starts[last] as number) - (starts[first] as number) >= 60_000) first++;
      most = Math.max(most, last - first + 1);
    }
    expect(most).toBeLessThanOrEqual(120);
    expect(starts.at(-1)).toBeGreaterThanOrEqual(120_000);
  });

  it("shares the limit between two clients given the same appKey", async () => {
    const clock = virtualClock();
    const one = observedClient(clock);
    const other = observedClient(clock);
    const options = { rateLimit: { callsPerMinute: 10 }, concurrency: 1, clock, appKey: "app-1" };
    await Promise.all([
      sendToMany({
        ...options,
        client: one.client,
        message,
        receivers: receiverIds(1000),
      }).summary(),
      sendToMany({
        ...options,
        client: other.client,
        operation: "sendBatchCustomNotification",
        message: notification,
        receivers: receiverIds(5000),
      }).summary(),
    ]);
    const starts = [...one.calls, ...other.calls].map((call) => call.at).sort((a, b) => a - b);
    expect(starts).toHaveLength(20);
    expect(starts.filter((at) => at < 60_000).length).toBeLessThanOrEqual(10);
  });

  it("refuses a notification missing its content, or carrying a message body, before reading a receiver or sending", async () => {
    const { client, calls } = observedClient();
    let read = 0;
    function* receivers() {
      read++;
      yield "alice";
    }
    const missing = sendToMany({
      client,
      operation: "sendBatchCustomNotification",
      message: { sender_id: "system" } as typeof notification,
      receivers: receivers(),
      rateLimit: false,
    });
    await expect(missing.summary()).rejects.toThrow(YunxinValidationError);
    await expect(missing.summary()).rejects.toThrow(/content/);
    const wrongShape = sendToMany({
      client,
      operation: "sendBatchCustomNotification",
      message: { ...notification, ...message } as typeof notification,
      receivers: receivers(),
      rateLimit: false,
    });
    await expect(wrongShape.summary()).rejects.toThrow(YunxinValidationError);
    expect(read).toBe(0);
    expect(calls).toHaveLength(0);
  });

  it("refuses at once a batch size above the operation's limit and an unknown operation", () => {
    const { client } = observedClient();
    const base = { client, message: notification, receivers: ["alice"] };
    expect(() =>
      sendToMany({ ...base, operation: "sendBatchCustomNotification", batchSize: 501 }),
    ).toThrow(/batchSize must be a whole number from 1 to 500/);
    expect(() => sendToMany({ ...base, message, batchSize: 101 })).toThrow(/from 1 to 100/);
    expect(() =>
      sendToMany({ ...base, operation: "sendBroadcastNotification" as "sendBatchMessages" }),
    ).toThrow(/operation must be one of sendBatchMessages, sendBatchCustomNotification/);
  });
});

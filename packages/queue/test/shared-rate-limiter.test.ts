import { Redis } from "ioredis";
import { describe, expect, it, onTestFinished } from "vitest";
import { ClaimLostError, type ReclaimedClaim, SharedRateLimiter } from "../src/index.js";
import { limiterKeys } from "../src/keys.js";
import { deleteKeysUnder, redisUrl, testPrefix } from "./support/redis-keys.js";
import { busiestWindow } from "./support/windows.js";

/**
 * `count` limiters sharing one app, each on its own connection. The connections are open before
 * the limiters are returned, so a first grant's latency is not a connection set-up that would
 * skew the measured start times against the grants (which are spaced on Redis's clock).
 */
async function limiters(
  count: number,
  callsPerMinute: number,
  windowMs: number,
): Promise<SharedRateLimiter[]> {
  const prefix = testPrefix();
  const url = redisUrl();
  onTestFinished(() => deleteKeysUnder(url, prefix));
  const connections = Array.from({ length: count }, () => {
    const redis = new Redis(url);
    onTestFinished(() => redis.disconnect());
    return redis;
  });
  await Promise.all(connections.map((redis) => redis.ping()));
  return connections.map((redis) => {
    return new SharedRateLimiter(redis, {
      appKey: "app",
      rateLimit: { callsPerMinute },
      windowMs,
      leaseMs: 5000,
      prefix,
    });
  });
}

/**
 * Each limiter makes `calls` calls of `latencyMs`, one after another; returns when each call
 * started here, and the start each grant reserved on Redis's clock.
 */
async function run(
  limiter: SharedRateLimiter,
  calls: number,
  latencyMs: number,
): Promise<{ times: number[]; reserved: number[] }> {
  const times: number[] = [];
  const reserved: number[] = [];
  const signal = new AbortController().signal;
  for (let call = 0; call < calls; call++) {
    const slot = await limiter.acquire(signal);
    times.push(performance.now());
    reserved.push(slot.startsAt);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    await limiter.settle(slot);
  }
  return { times, reserved };
}

describe("SharedRateLimiter", () => {
  it("keeps every sliding window of the calls of all its sharers at the limit, spread over the window", async () => {
    const sharers = await limiters(3, 10, 500);
    const runs = await Promise.all(sharers.map((limiter) => run(limiter, 8, 5)));
    const times = runs.flatMap((calls) => calls.times);
    expect(times).toHaveLength(24);
    expect(busiestWindow(times, 500)).toBeLessThanOrEqual(10);
    // Spread, not a burst: on Redis's clock, where the grants are made, every start is at least a
    // spacing of 50.5 ms after the one before, across all sharers (a bare sliding log would grant
    // ten at once). The starts seen here are later by the timers' delays, by varying amounts.
    const reserved = runs.flatMap((calls) => calls.reserved).sort((a, b) => a - b);
    const gaps = reserved.slice(1).map((start, index) => start - (reserved[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(
      (sharers[0] as SharedRateLimiter).intervalMs - 0.002,
    );
  });

  it("holds every sharer after a block", async () => {
    const [first, second] = (await limiters(2, 600, 1000)) as [
      SharedRateLimiter,
      SharedRateLimiter,
    ];
    await first.block(300);
    const blockedAt = performance.now();
    await second.acquire(new AbortController().signal);
    expect(performance.now() - blockedAt).toBeGreaterThanOrEqual(250);
  });

  it("starts no call inside a block set while a granted call waited for its reserved start", async () => {
    const prefix = testPrefix();
    const url = redisUrl();
    onTestFinished(() => deleteKeysUnder(url, prefix));
    // One connection for both: Redis runs the grant, then the block, in the order they were sent.
    const redis = new Redis(url);
    onTestFinished(() => redis.disconnect());
    const options = {
      appKey: "app",
      rateLimit: { callsPerMinute: 2 },
      windowMs: 1000,
      leaseMs: 5000,
      prefix,
    };
    const [first, second] = [
      new SharedRateLimiter(redis, options),
      new SharedRateLimiter(redis, options),
    ];
    const signal = new AbortController().signal;
    await first.acquire(signal); // starts now; the next start is reserved half a window later
    const waiting = second.acquire(signal); // granted that later start: it waits for it
    await first.block(1500); // the 416 of the first call
    const blockedAt = performance.now();
    await waiting;
    expect(performance.now() - blockedAt).toBeGreaterThanOrEqual(1400);
  });

  it("grants the next call a window after a call in flight settles, not at the end of its lease", async () => {
    // One call a window: the first call's entry fills the log while it is in flight.
    const [first, second] = (await limiters(2, 1, 300)) as [SharedRateLimiter, SharedRateLimiter];
    const signal = new AbortController().signal;
    const slot = await first.acquire(signal);
    const startedAt = performance.now();
    const waiting = second.acquire(signal);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the call's latency
    await first.settle(slot);
    await waiting;
    // A window after the answer (350 ms), far from the lease of 5 s the unsettled entry was given.
    expect(performance.now() - startedAt).toBeLessThan(2000);
  });

  it("hands the unstarted claims of a sharer whose heartbeat ran out to a live one, and starts no call of the dead one", async () => {
    const prefix = testPrefix();
    const url = redisUrl();
    onTestFinished(() => deleteKeysUnder(url, prefix));
    const redis = new Redis(url);
    onTestFinished(() => redis.disconnect());
    const options = {
      appKey: "app",
      rateLimit: { callsPerMinute: 600 },
      windowMs: 1000,
      leaseMs: 5000,
      prefix,
    };
    let reclaimed: (claims: ReclaimedClaim[]) => void = () => {};
    const handedBack = new Promise<ReclaimedClaim[]>((resolve) => {
      reclaimed = resolve;
    });
    // The one that dies beats once a minute; the live one ten times a second.
    const dying = new SharedRateLimiter(redis, { ...options, heartbeatMs: 60_000 });
    const live = new SharedRateLimiter(redis, {
      ...options,
      heartbeatMs: 100,
      onReclaim: async (claims) => reclaimed(claims),
    });
    onTestFinished(async () => {
      await Promise.all([dying.close(), live.close()]);
    });
    const started = await dying.claim("chunk-1", "lock-token-1");
    const waiting = await dying.claim("chunk-2", "lock-token-2");
    await dying.acquire(new AbortController().signal, { claim: started }); // its call starts
    await live.acquire(new AbortController().signal); // the live one beats from now on
    // Its last heartbeat is over: as if it died just now.
    await redis.zadd(limiterKeys(prefix, "app", "batch-send").alive, Date.now() - 1, started.owner);

    // Only the claim whose call never started comes back; the started one waits for its lock.
    expect(await handedBack).toEqual([{ key: "chunk-2", token: "lock-token-2" }]);
    // Not dead after all (a long pause): it starts no call for what it held.
    await expect(
      dying.acquire(new AbortController().signal, { claim: waiting }),
    ).rejects.toBeInstanceOf(ClaimLostError);
  });

  it("lets a waiting acquire go when its signal aborts", async () => {
    const [limiter] = (await limiters(1, 600, 1000)) as [SharedRateLimiter];
    await limiter.block(10_000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("closing"));
    await expect(waiting).rejects.toThrow("closing");
  });

  it("refuses to run unpaced", () => {
    expect(
      () =>
        new SharedRateLimiter({} as Redis, {
          appKey: "app",
          rateLimit: false as never,
          leaseMs: 1,
          prefix: "p",
        }),
    ).toThrow(/always paced/);
  });
});

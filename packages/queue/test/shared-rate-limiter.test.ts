import { Redis } from "ioredis";
import { describe, expect, it, onTestFinished } from "vitest";
import { SharedRateLimiter } from "../src/index.js";
import { deleteKeysUnder, redisUrl, testPrefix } from "./support/redis-keys.js";
import { busiestWindow } from "./support/windows.js";

function limiters(count: number, callsPerMinute: number, windowMs: number): SharedRateLimiter[] {
  const prefix = testPrefix();
  const url = redisUrl();
  onTestFinished(() => deleteKeysUnder(url, prefix));
  return Array.from({ length: count }, () => {
    const redis = new Redis(url);
    onTestFinished(() => redis.disconnect());
    return new SharedRateLimiter(redis, {
      appKey: "app",
      rateLimit: { callsPerMinute },
      windowMs,
      leaseMs: 5000,
      prefix,
    });
  });
}

/** Each limiter makes `calls` calls of `latencyMs`, one after another; returns the call times. */
async function run(
  limiter: SharedRateLimiter,
  calls: number,
  latencyMs: number,
): Promise<number[]> {
  const times: number[] = [];
  const signal = new AbortController().signal;
  for (let call = 0; call < calls; call++) {
    const slot = await limiter.acquire(signal);
    times.push(performance.now());
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    await limiter.settle(slot);
  }
  return times;
}

describe("SharedRateLimiter", () => {
  it("keeps every sliding window of the calls of all its sharers at the limit, spread over the window", async () => {
    const sharers = limiters(3, 10, 500);
    const times = (await Promise.all(sharers.map((limiter) => run(limiter, 8, 5)))).flat();
    expect(times).toHaveLength(24);
    expect(busiestWindow(times, 500)).toBeLessThanOrEqual(10);
    // Spread, not a burst: the first 10 starts are at least 9 spacings of 50.5 ms apart (a late
    // timer only spreads them more), where a bare sliding log would grant them all at once.
    const sorted = [...times].sort((a, b) => a - b);
    expect((sorted[9] as number) - (sorted[0] as number)).toBeGreaterThanOrEqual(9 * 50);
  });

  it("holds every sharer after a block", async () => {
    const [first, second] = limiters(2, 600, 1000) as [SharedRateLimiter, SharedRateLimiter];
    await first.block(300);
    const blockedAt = performance.now();
    await second.acquire(new AbortController().signal);
    expect(performance.now() - blockedAt).toBeGreaterThanOrEqual(250);
  });

  it("lets a waiting acquire go when its signal aborts", async () => {
    const [limiter] = limiters(1, 600, 1000) as [SharedRateLimiter];
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

import { describe, expect, it } from "vitest";
import type { Clock } from "../src/clock.js";
import { RATE_SAFETY_MARGIN, RATE_WINDOW_MS, RateLimiter } from "../src/rate-limiter.js";
import { virtualClock } from "./support/virtual-clock.js";

const never = new AbortController().signal;

/** Start times of `count` calls that each start as soon as the limiter lets them. */
async function startTimes(limiter: RateLimiter, clock: Clock, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    await limiter.acquire(never);
    times.push(clock.now());
  }
  return times;
}

/** The most starts in any window (t - 60 s, t]. */
function busiestWindow(times: readonly number[]): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[first] as number) <= (times[last] as number) - RATE_WINDOW_MS) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("RateLimiter", () => {
  for (const callsPerMinute of [1, 7, 120, 200, 2000, 10_000]) {
    it(`never lets more than ${callsPerMinute} calls start in any 60-second window`, async () => {
      const clock = virtualClock();
      const limiter = new RateLimiter(callsPerMinute, clock);
      const times = await startTimes(limiter, clock, callsPerMinute * 3 + 1);
      expect(busiestWindow(times)).toBeLessThanOrEqual(callsPerMinute);
    });

    it(`starts ${callsPerMinute} calls a minute at 98 % of the rate or more`, async () => {
      const clock = virtualClock();
      const limiter = new RateLimiter(callsPerMinute, clock);
      const times = await startTimes(limiter, clock, callsPerMinute * 3 + 1);
      const minutes = ((times.at(-1) as number) - (times[0] as number)) / RATE_WINDOW_MS;
      const achieved = (times.length - 1) / minutes;
      expect(achieved).toBeGreaterThanOrEqual(0.98 * callsPerMinute);
      expect(achieved).toBeLessThanOrEqual(callsPerMinute);
    });

    it(`leaves half the margin as slack between any ${callsPerMinute + 1} starts and a minute`, async () => {
      const clock = virtualClock();
      const limiter = new RateLimiter(callsPerMinute, clock);
      const times = await startTimes(limiter, clock, callsPerMinute * 2 + 1);
      const slack = (RATE_WINDOW_MS * RATE_SAFETY_MARGIN) / 2;
      for (let index = 0; index + callsPerMinute < times.length; index++) {
        const span = (times[index + callsPerMinute] as number) - (times[index] as number);
        expect(span).toBeGreaterThanOrEqual(RATE_WINDOW_MS + slack - 1e-6);
      }
    });
  }

  it("spreads starts evenly instead of sending a minute's calls at once", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(120, clock);
    const times = await startTimes(limiter, clock, 5);
    const gaps = times.slice(1).map((time, index) => time - (times[index] as number));
    const interval = (RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN)) / 120;
    for (const gap of gaps) expect(gap).toBeCloseTo(interval, 6);
  });

  it("catches up after a late start without breaking the window", async () => {
    let time = 0;
    // Every sleep overshoots by 3 ms, as a busy timer queue does.
    const lateClock: Clock = {
      now: () => time,
      sleep: async (ms) => {
        time += ms + 3;
      },
    };
    const limiter = new RateLimiter(2000, lateClock);
    const times = await startTimes(limiter, lateClock, 6001);
    expect(busiestWindow(times)).toBeLessThanOrEqual(2000);
    const minutes = ((times.at(-1) as number) - (times[0] as number)) / RATE_WINDOW_MS;
    expect((times.length - 1) / minutes).toBeGreaterThanOrEqual(0.98 * 2000);
  });

  it("lets calls start at once, without sleeping, when there is no limit", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(undefined, clock);
    await startTimes(limiter, clock, 1000);
    expect(clock.sleeps).toEqual([]);
  });

  it("holds every start until a block has passed, then paces again", async () => {
    const clock = virtualClock(1000);
    const limiter = new RateLimiter(undefined, clock);
    limiter.block(60_000);
    const times = await startTimes(limiter, clock, 3);
    expect(times).toEqual([61_000, 61_000, 61_000]);
  });

  it("extends a running block but never shortens it", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(undefined, clock);
    limiter.block(60_000);
    limiter.block(10);
    await limiter.acquire(never);
    expect(clock.now()).toBe(60_000);
    limiter.block(5000);
    limiter.block(20_000);
    await limiter.acquire(never);
    expect(clock.now()).toBe(80_000);
  });

  it("grants starts in the order they were asked for", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(60, clock);
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((caller) => limiter.acquire(never).then(() => order.push(caller))),
    );
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives up a wait with the signal's reason when the signal aborts", async () => {
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
    };
    const limiter = new RateLimiter(undefined, clock);
    limiter.block(60_000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    const queued = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    await expect(queued).rejects.toThrow("stop");
  });
});

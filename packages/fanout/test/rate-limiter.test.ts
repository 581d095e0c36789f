import { describe, expect, it } from "vitest";
import type { Clock } from "../src/clock.js";
import { RATE_SAFETY_MARGIN, RATE_WINDOW_MS, RateLimiter } from "../src/rate-limiter.js";
import { eventClock } from "./support/event-clock.js";
import { virtualClock } from "./support/virtual-clock.js";

const never = new AbortController().signal;

/** Start times of `count` calls that each start as soon as the limiter lets them. */
async function startTimes(limiter: RateLimiter, clock: Clock, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = await limiter.acquire(never);
    times.push(clock.now());
    limiter.settle(start);
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
  }

  it("spreads starts evenly after a burst of a token or two, instead of a minute's calls at once", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(120, clock);
    expect(limiter.burst).toBe(2);
    const times = await startTimes(limiter, clock, 6);
    expect(times.slice(0, 2)).toEqual([0, 0]);
    const interval = (RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN)) / 120;
    times.slice(2).forEach((time, index) => {
      expect(time).toBeCloseTo((index + 1) * interval, 6);
    });
  });

  it("keeps the burst within what the window allows", () => {
    const clock = virtualClock();
    expect(new RateLimiter(1, clock).burst).toBe(1);
    expect(new RateLimiter(100, clock).burst).toBe(1);
    expect(new RateLimiter(600, clock).burst).toBe(6);
    expect(new RateLimiter(10_000, clock).burst).toBe(100);
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

  it("keeps any R + 1 calls a minute apart at the server, however long they take to arrive", async () => {
    const clock = eventClock();
    const limiter = new RateLimiter(120, clock);
    const arrivals: number[] = [];
    let next = 0;
    // Four calls in flight; the first ten sit 30 s on a slow connection before they arrive,
    // the others arrive within 0 to 2 s. The answer comes 50 ms after the request arrived.
    const worker = async () => {
      while (next < 600) {
        const call = next++;
        const start = await limiter.acquire(never);
        const delay = call < 10 ? 30_000 : (call * 7919) % 2000;
        await clock.sleep(delay);
        arrivals.push(clock.now());
        await clock.sleep(50);
        limiter.settle(start);
      }
    };
    await clock.run(Promise.all([worker(), worker(), worker(), worker()]));
    expect(arrivals).toHaveLength(600);
    expect(busiestWindow(arrivals.sort((a, b) => a - b))).toBeLessThanOrEqual(120);
  });

  it("starts call n only a minute after the answer to call n - R arrived", async () => {
    const clock = eventClock();
    const limiter = new RateLimiter(2, clock);
    const startedAt: number[] = [];
    const run = async () => {
      const first = await limiter.acquire(never);
      const second = await limiter.acquire(never);
      startedAt.push(clock.now());
      limiter.settle(second);
      await clock.sleep(90_000);
      limiter.settle(first);
      await limiter.acquire(never);
      startedAt.push(clock.now());
    };
    await clock.run(run());
    const interval = (RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN)) / 2;
    expect(startedAt[0]).toBeCloseTo(interval, 6);
    expect(startedAt[1]).toBeCloseTo(
      interval + 90_000 + RATE_WINDOW_MS * (1 + RATE_SAFETY_MARGIN),
      6,
    );
  });

  it("gives up waiting for an earlier call's answer when the signal aborts", async () => {
    const limiter = new RateLimiter(1, virtualClock());
    await limiter.acquire(never);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });
});

import type { Clock } from "../../src/clock.js";

/**
 * A clock whose time moves only when someone sleeps on it: a sleep of `ms` returns at once with
 * the time `ms` later. Waits of a minute take no real time, and what happened at which
 * (virtual) moment is exact.
 */
export interface VirtualClock extends Clock {
  /** Every sleep asked for, in order. */
  readonly sleeps: readonly number[];
}

export function virtualClock(start = 0): VirtualClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      time += ms;
    },
  };
}

import type { Clock } from "../../src/clock.js";

/**
 * A discrete-event clock for simulations with several tasks: time stands still while any task
 * can run, and jumps to the earliest pending sleep once every task waits on the clock. `run`
 * drives it until the given work settles.
 */
export interface EventClock extends Clock {
  run<T>(work: Promise<T>): Promise<T>;
}

interface Timer {
  at: number;
  order: number;
  wake: () => void;
}

export function eventClock(): EventClock {
  let time = 0;
  let order = 0;
  const timers: Timer[] = [];
  return {
    now: () => time,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        signal?.throwIfAborted();
        const timer: Timer = { at: time + ms, order: order++, wake: resolve };
        timers.push(timer);
        signal?.addEventListener(
          "abort",
          () => {
            timers.splice(timers.indexOf(timer), 1);
            reject(signal.reason);
          },
          { once: true },
        );
      }),
    async run(work) {
      let settled = false;
      work.then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
      for (;;) {
        // A macrotask turn: every task runs until it waits on the clock (or finishes).
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) return work;
        timers.sort((a, b) => a.at - b.at || a.order - b.order);
        const next = timers.shift();
        if (!next) throw new Error("Every task waits, and on nothing the clock can end");
        time = Math.max(time, next.at);
        next.wake();
      }
    },
  };
}

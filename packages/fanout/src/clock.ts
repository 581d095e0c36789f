import { sleep } from "@yunxin-im/core";

/** Where the sender takes time from: pacing, the 416 pause and the progress rate all use it. */
export interface Clock {
  /** Milliseconds on a monotonic clock (only differences matter). */
  now(): number;
  /** Resolves after `ms` of this clock, or rejects with the signal's reason once it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `performance.now()` and timers. */
export const systemClock: Clock = {
  now: () => performance.now(),
  sleep,
};

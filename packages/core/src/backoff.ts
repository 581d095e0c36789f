/** Retry timing: exponential backoff with jitter, and a sleep that an AbortSignal cuts short. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** Upper bound of any backoff delay. Default 8000 ms. */
  maxDelayMs?: number;
}

/** "Equal jitter": half the exponential delay fixed, half random, so retries never stampede. */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number): number {
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 8000;
  const exponential = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  return exponential / 2 + random() * (exponential / 2);
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

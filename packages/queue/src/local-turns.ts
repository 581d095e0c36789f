/**
 * One turn at a time among the callers of one process, in order, with a way to go to the front.
 * The limiter hands out its reservations through it, so a process holds at most one reserved start
 * at a time: if the process dies, the app loses at most that one start, not a row of them.
 */
export class LocalTurns {
  private held = false;
  private readonly waiting: { resolve: () => void; reject: (reason: unknown) => void }[] = [];

  /** Resolves once the caller has the turn; `front` goes before every caller already waiting. */
  take(signal: AbortSignal, front = false): Promise<void> {
    signal.throwIfAborted();
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        resolve: () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        reject,
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      if (front) this.waiting.unshift(waiter);
      else this.waiting.push(waiter);
    });
  }

  /** Passes the turn on to the next caller waiting, if any. */
  give(): void {
    const next = this.waiting.shift();
    if (next) next.resolve();
    else this.held = false;
  }
}

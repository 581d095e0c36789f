/**
 * The buffer between the calls and the one consumer of a run. Producers ask for room before they
 * start more work, which keeps the buffer near `highWaterMark` however many receivers there are.
 * With nobody to read (the run is drained for its summary) it keeps nothing.
 */
export class OutcomeQueue<T> {
  private items: T[] = [];
  private head = 0;
  private discarding = false;
  private unbounded = false;
  private closed = false;
  private failure: { error: unknown } | undefined;
  private consumerWaiting: (() => void) | undefined;
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly highWaterMark: number) {}

  get size(): number {
    return this.items.length - this.head;
  }

  push(items: readonly T[]): void {
    if (this.discarding || this.closed) return;
    for (const item of items) this.items.push(item);
    this.wakeConsumer();
  }

  /** Resolves once the buffer is below its high-water mark (at once when nothing is kept). */
  waitForRoom(): Promise<void> {
    if (this.discarding || this.unbounded || this.size < this.highWaterMark) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /**
   * Keeps everything pushed from now on without making producers wait: the consumer left early,
   * the run winds down at once, and the consumer may come back for what it did not take.
   */
  keepAll(): void {
    this.unbounded = true;
    this.wakeRoomWaiters();
  }

  /** Drops what is buffered and everything pushed from now on: nobody will read it. */
  discard(): void {
    this.discarding = true;
    this.items = [];
    this.head = 0;
    this.wakeRoomWaiters();
    this.wakeConsumer();
  }

  /** No more items will come; the consumer gets what is buffered, then `error` if there is one. */
  close(error?: { error: unknown }): void {
    this.closed = true;
    this.failure = error;
    this.wakeConsumer();
  }

  async take(): Promise<IteratorResult<T, undefined>> {
    for (;;) {
      if (this.size > 0) {
        const value = this.items[this.head] as T;
        this.items[this.head] = undefined as T;
        this.head++;
        this.compact();
        if (this.size < this.highWaterMark) this.wakeRoomWaiters();
        return { value, done: false };
      }
      if (this.closed || this.discarding) {
        const failure = this.failure;
        this.failure = undefined;
        if (failure) throw failure.error;
        return { value: undefined, done: true };
      }
      await new Promise<void>((resolve) => {
        this.consumerWaiting = resolve;
      });
    }
  }

  private compact(): void {
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  private wakeConsumer(): void {
    const wake = this.consumerWaiting;
    this.consumerWaiting = undefined;
    wake?.();
  }

  private wakeRoomWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }
}

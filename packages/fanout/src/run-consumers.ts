import type { OutcomeQueue } from "./outcome-queue.js";

/**
 * Who takes a run's outcomes: loops, one at a time, or `summary()`, which drains them unseen. A
 * loop left early (break, return, an exception) may be followed by another loop, which takes the
 * outcomes the first one did not; a run drained by `summary()` cannot be iterated any more.
 */
export class RunConsumers<T> {
  private consumer: "iterator" | "summary" | undefined;
  /** A loop is taking outcomes. */
  private iterating = false;
  /** The last loop was left before the outcomes ended: another loop may take the rest. */
  private leftEarly = false;

  /**
   * @param start starts the run (once) and resolves when it is over
   * @param stopEarly called when a loop is left early: no new call may start
   */
  constructor(
    private readonly queue: OutcomeQueue<T>,
    private readonly start: () => Promise<unknown>,
    private readonly stopEarly: () => void,
  ) {}

  iterate(): AsyncIterator<T, undefined> {
    if (this.consumer === "summary") {
      throw new TypeError("This run is already drained by summary(): iterate it before that");
    }
    if (this.consumer === "iterator" && (this.iterating || !this.leftEarly)) {
      throw new TypeError(
        this.iterating
          ? "A sendToMany run can be iterated by one loop at a time"
          : "A sendToMany run can be iterated only once",
      );
    }
    this.consumer = "iterator";
    this.iterating = true;
    this.leftEarly = false;
    const finished = this.start();
    let active = true;
    const ended = () => {
      active = false;
      this.iterating = false;
    };
    return {
      next: async () => {
        try {
          const step = await this.queue.take();
          if (step.done) ended();
          return step;
        } catch (error) {
          ended();
          throw error;
        }
      },
      return: async () => {
        if (active) {
          ended();
          this.leftEarly = true;
          // No new call starts; the calls in flight finish, and their outcomes and those of the
          // receivers not sent are kept for another loop.
          this.stopEarly();
          this.queue.keepAll();
        }
        await finished.catch(() => {});
        return { value: undefined, done: true };
      },
    };
  }

  /** `summary()` was asked for: if nobody iterates, the outcomes are dropped as they come. */
  summarising(): void {
    if (this.consumer === undefined) {
      this.consumer = "summary";
      this.queue.discard();
    }
  }
}

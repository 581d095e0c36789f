import { type AttemptDeadline, DeadlineExpired } from "./attempt-deadline.js";

/**
 * An abort signal in the EventEmitter shape undici's dispatcher also takes (`on`/`once`/
 * `removeListener`, `aborted`, `reason`), aborted when its attempt's deadline fires: the Node
 * transport's direct path gives it instead of an AbortSignal, which costs more to build than the
 * rest of the deadline. Node only: the default entry never bundles it.
 */
export class DeadlineEmitter {
  aborted = false;
  reason: unknown;
  #listeners: (() => void)[] = [];

  constructor(deadline: AttemptDeadline) {
    deadline.onExpire(() => this.abort(new DeadlineExpired(deadline.reason ?? "timeout")));
  }

  on(_event: "abort", listener: () => void): this {
    this.#listeners.push(listener);
    return this;
  }
  once(event: "abort", listener: () => void): this {
    return this.on(event, listener);
  }
  removeListener(_event: "abort", listener: () => void): this {
    const index = this.#listeners.indexOf(listener);
    if (index !== -1) this.#listeners.splice(index, 1);
    return this;
  }
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.#listeners.splice(0)) listener();
  }
}

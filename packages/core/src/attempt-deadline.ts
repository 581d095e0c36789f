/** Why an {@link AttemptDeadline} ended its attempt. */
export type DeadlineReason = "timeout" | "abort";

/** What {@link AttemptDeadline.race} rejects with once the attempt's time is up or it is aborted. */
export class DeadlineExpired extends Error {
  constructor(readonly reason: DeadlineReason) {
    super(reason === "timeout" ? "the attempt's deadline passed" : "the caller aborted");
  }
}

/**
 * The deadline of one attempt of any operation, over the answer's headers and its whole body.
 *
 * It does not trust abort propagation alone: a runtime's `Request` may follow its signal through a
 * weak reference, so once the garbage collector takes a Request whose answer is still being read,
 * an abort no longer reaches the connection (nodejs/node#55428, undici#4627). So:
 * - one controller per attempt (made when {@link signal} is asked for: building an AbortSignal
 *   costs more than the rest of the deadline), kept alive by its own timer; its signal goes to
 *   `fetch`;
 * - a caller's signal is followed by one listener, removed in {@link release} — nothing
 *   accumulates on a long-lived signal across calls, and no `AbortSignal.any` composite is made;
 * - every await of the attempt is {@link race}d against the deadline, so it ends on time whatever
 *   the runtime or a middleware does with the signal — except on undici's dispatcher, which holds
 *   the signal strongly, so its abort ends the waits by itself (node-transport.ts);
 * - when it fires, every body handed to {@link onExpire} is cancelled explicitly, which releases
 *   the connection (racing alone would leave the socket open to a stalled server).
 */
export class AttemptDeadline {
  #controller: AbortController | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  /** What {@link race} loses to, made by the first race (the Node transport never races). */
  #expired: Promise<never> | undefined;
  readonly #cleanups: (() => void)[] = [];
  #reject: ((error: DeadlineExpired) => void) | undefined;
  #reason: DeadlineReason | undefined;
  #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort = () => this.#fire("abort");

  constructor(timeoutMs: number, callerSignal?: AbortSignal) {
    this.#timer = setTimeout(() => this.#fire("timeout"), timeoutMs);
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) this.#fire("abort");
    else callerSignal?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }

  /** Aborts when the deadline fires or the caller aborts; give it to `fetch`. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#reason) this.#controller.abort(this.#abortReason());
    }
    return this.#controller.signal;
  }

  /** `undefined` while the attempt may go on; why it ended otherwise. */
  get reason(): DeadlineReason | undefined {
    return this.#reason;
  }

  /** `work`, or a {@link DeadlineExpired} rejection as soon as the deadline fires. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.#reason) {
      work.catch(() => {}); // its outcome no longer matters
      return Promise.reject(new DeadlineExpired(this.#reason));
    }
    if (!this.#expired) {
      this.#expired = new Promise<never>((_, reject) => {
        this.#reject = reject;
      });
      // Nobody may be racing when it fires (between two awaits): not an unhandled rejection.
      this.#expired.catch(() => {});
    }
    return Promise.race([work, this.#expired]);
  }

  /** Runs `cancel` when the deadline fires, at once if it has fired already (a late answer). */
  onExpire(cancel: () => unknown): void {
    const safely = () => {
      try {
        Promise.resolve(cancel()).catch(() => {});
      } catch {
        // A body that is already closed or errored has nothing left to release.
      }
    };
    if (this.#reason) safely();
    else this.#cleanups.push(safely);
  }

  /** Ends the deadline: the timer and the caller's listener are gone. Call it when the attempt ends. */
  release(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener("abort", this.#onCallerAbort);
    this.#callerSignal = undefined;
    this.#cleanups.length = 0;
  }

  #fire(reason: DeadlineReason): void {
    if (this.#reason) return;
    this.#reason = reason;
    clearTimeout(this.#timer);
    this.#controller?.abort(this.#abortReason());
    // Reject first: a read that the cancellation ends early must not pass for the whole body.
    this.#reject?.(new DeadlineExpired(reason));
    for (const cancel of this.#cleanups.splice(0)) cancel();
  }

  #abortReason(): unknown {
    return this.#reason === "abort"
      ? this.#callerSignal?.reason
      : new DOMException("The attempt's deadline passed", "TimeoutError");
  }
}

/**
 * Reads a body as text under `deadline`: through a reader the deadline cancels when it fires, so a
 * server that stalls or drips the body cannot hold the attempt or its connection.
 */
export async function readText(response: Response, deadline: AttemptDeadline): Promise<string> {
  const body = response.body;
  if (!body) return "";
  const reader = body.getReader();
  deadline.onExpire(() => reader.cancel());
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await deadline.race(reader.read());
    if (deadline.reason) throw new DeadlineExpired(deadline.reason);
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

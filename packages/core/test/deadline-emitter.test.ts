import { describe, expect, it } from "vitest";
import { AttemptDeadline, DeadlineExpired } from "../src/attempt-deadline.js";
import { DeadlineEmitter } from "../src/deadline-emitter.js";

describe("DeadlineEmitter", () => {
  it("tells its listeners once, when the deadline fires, and not those removed", () => {
    const caller = new AbortController();
    const deadline = new AttemptDeadline(60_000, caller.signal);
    const emitter = new DeadlineEmitter(deadline);
    const heard: unknown[] = [];
    const removed = () => heard.push("removed");
    emitter.once("abort", () => heard.push((emitter.reason as DeadlineExpired).reason));
    emitter.on("abort", removed).removeListener("abort", removed);
    caller.abort("stop");
    caller.abort("again");
    expect(heard).toEqual(["abort"]);
    expect(emitter.aborted).toBe(true);
    expect(emitter.reason).toBeInstanceOf(DeadlineExpired);
  });

  it("is aborted from the start for a deadline that fired already", async () => {
    const deadline = new AttemptDeadline(1);
    await deadline.race(new Promise(() => {})).catch(() => {});
    const emitter = new DeadlineEmitter(deadline);
    expect(emitter.aborted).toBe(true);
    expect((emitter.reason as DeadlineExpired).reason).toBe("timeout");
  });

  it("stays quiet once its deadline is released", () => {
    const deadline = new AttemptDeadline(60_000);
    const emitter = new DeadlineEmitter(deadline);
    deadline.release();
    expect(emitter.aborted).toBe(false);
  });
});

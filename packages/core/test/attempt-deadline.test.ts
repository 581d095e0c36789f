import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { AttemptDeadline, DeadlineExpired, readText } from "../src/attempt-deadline.js";

describe("AttemptDeadline", () => {
  it("rejects a pending race with a timeout when its time is up, and aborts its signal", async () => {
    const deadline = new AttemptDeadline(20);
    const error = await deadline.race(new Promise(() => {})).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeadlineExpired);
    expect((error as DeadlineExpired).reason).toBe("timeout");
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe("TimeoutError");
  });

  it("ends with the caller's abort, passing the caller's reason on to fetch", async () => {
    const caller = new AbortController();
    const deadline = new AttemptDeadline(60_000, caller.signal);
    const racing = deadline.race(new Promise(() => {})).catch((caught: unknown) => caught);
    caller.abort("shutting down");
    expect(((await racing) as DeadlineExpired).reason).toBe("abort");
    expect(deadline.signal.reason).toBe("shutting down");
    deadline.release();
  });

  it("gives a signal asked for after it fired already aborted, with its reason", async () => {
    const deadline = new AttemptDeadline(1);
    await deadline.race(new Promise(() => {})).catch(() => {});
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe("TimeoutError");
  });

  it("is aborted from the start when the caller's signal already is", async () => {
    const caller = new AbortController();
    caller.abort("before");
    const deadline = new AttemptDeadline(60_000, caller.signal);
    expect(deadline.reason).toBe("abort");
    await expect(deadline.race(Promise.resolve(1))).rejects.toBeInstanceOf(DeadlineExpired);
  });

  it("leaves no listener on a long-lived caller signal once released", () => {
    const caller = new AbortController();
    for (let index = 0; index < 200; index++) new AttemptDeadline(60_000, caller.signal).release();
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("runs a cancellation registered after it fired at once: a late answer is released", async () => {
    const deadline = new AttemptDeadline(1);
    await deadline.race(new Promise(() => {})).catch(() => {});
    let cancelled = false;
    deadline.onExpire(() => {
      cancelled = true;
    });
    expect(cancelled).toBe(true);
  });

  it("lets a race that settles in time through untouched", async () => {
    const deadline = new AttemptDeadline(60_000);
    await expect(deadline.race(Promise.resolve("answer"))).resolves.toBe("answer");
    deadline.release();
    expect(deadline.reason).toBeUndefined();
  });
});

describe("readText", () => {
  it("reads a whole body in time", async () => {
    const deadline = new AttemptDeadline(60_000);
    const text = await readText(new Response('{"code":200,"msg":"成功"}'), deadline);
    expect(text).toBe('{"code":200,"msg":"成功"}');
    deadline.release();
  });

  it("cancels a body that stalls when the deadline fires, instead of returning what came", async () => {
    let cancelledWith: unknown = "not cancelled";
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":200,"msg":"suc'));
      },
      cancel(reason) {
        cancelledWith = reason;
      },
    });
    const deadline = new AttemptDeadline(20);
    const error = await readText(new Response(stalled), deadline).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DeadlineExpired);
    expect(cancelledWith).not.toBe("not cancelled");
  });
});

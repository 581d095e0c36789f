import { describe, expect, it } from "vitest";
import { shareLimiter } from "../src/shared-limiters.js";
import { virtualClock } from "./support/virtual-clock.js";

describe("shareLimiter", () => {
  it("gives the runs of one app in one category the same limiter, and another category its own", () => {
    const clock = virtualClock();
    const first = shareLimiter("app", "batch-send", 120, clock);
    const second = shareLimiter("app", "batch-send", 120, clock);
    const other = shareLimiter("app", "broadcast", 120, clock);
    const otherApp = shareLimiter("app-2", "batch-send", 120, clock);
    expect(second.limiter).toBe(first.limiter);
    expect(other.limiter).not.toBe(first.limiter);
    expect(otherApp.limiter).not.toBe(first.limiter);
    for (const held of [first, second, other, otherApp]) held.release();
  });

  it("refuses a second rate for an app and category in use, and forgets the limiter once released", () => {
    const clock = virtualClock();
    const first = shareLimiter("app", "batch-send", 120, clock);
    expect(() => shareLimiter("app", "batch-send", 200, clock)).toThrow(
      /differs from the 120\/min of a run in progress/,
    );
    first.release();
    first.release();
    const later = shareLimiter("app", "batch-send", 200, clock);
    expect(later.limiter).not.toBe(first.limiter);
    later.release();
  });

  it("keeps the limiters of different clocks apart", () => {
    const one = shareLimiter("app", "batch-send", 120, virtualClock());
    const other = shareLimiter("app", "batch-send", 120, virtualClock());
    expect(other.limiter).not.toBe(one.limiter);
    one.release();
    other.release();
  });
});

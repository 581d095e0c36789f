import { describe, expect, it } from "vitest";
import { systemClock } from "../src/clock.js";

describe("systemClock", () => {
  it("never goes backwards", () => {
    const readings = Array.from({ length: 1000 }, () => systemClock.now());
    expect(readings).toEqual([...readings].sort((a, b) => a - b));
  });

  it("gives up a sleep with the signal's reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error("stopped"));
    await expect(sleeping).rejects.toThrow("stopped");
  });
});

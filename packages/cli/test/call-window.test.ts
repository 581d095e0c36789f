import { describe, expect, it } from "vitest";
import { CallWindow } from "../src/call-window.js";

function windowAt(starts: readonly number[], now: number) {
  let clock = 0;
  const window = new CallWindow(() => clock);
  for (const start of starts) {
    clock = start;
    window.onStart();
  }
  clock = now;
  return window.count();
}

describe("CallWindow", () => {
  it("counts three calls in the first second as 3, not as 180 a minute", () => {
    expect(windowAt([0, 10, 500], 1000)).toBe(3);
  });

  it("forgets calls older than 60 seconds", () => {
    expect(windowAt([0, 1000, 30_000, 59_000], 60_500)).toBe(3);
    expect(windowAt([0, 1000, 30_000, 59_000], 120_000)).toBe(0);
  });

  it("never shows more than the plan's limit while calls are paced to it", () => {
    // 120 calls a minute, evenly spaced (the fan-out's pacing, with its burst of 2 at the start).
    const limit = 120;
    const spacing = 60_600 / limit;
    const starts = Array.from({ length: 1000 }, (_, n) => (n < 2 ? 0 : (n - 1) * spacing));
    let clock = 0;
    const window = new CallWindow(() => clock);
    let most = 0;
    for (const start of starts) {
      clock = start;
      window.onStart();
      most = Math.max(most, window.count());
    }
    expect(most).toBeLessThanOrEqual(limit);
    expect(most).toBeGreaterThan(limit - 3);
  });
});

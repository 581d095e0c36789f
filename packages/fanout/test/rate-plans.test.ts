import { describe, expect, it } from "vitest";
import { callsPerMinuteOf, RATE_PLANS } from "../src/rate-plans.js";

describe("RATE_PLANS", () => {
  it("holds the batch-send limits of the reference's rate-limit table", () => {
    expect(RATE_PLANS).toEqual({
      standard: { callsPerMinute: 120, maxCallsPerMinute: 120 },
      advanced: { callsPerMinute: 120, maxCallsPerMinute: 2000 },
      flagship: { callsPerMinute: 200, maxCallsPerMinute: 5000 },
      dedicated: { callsPerMinute: 2000, maxCallsPerMinute: 10_000 },
    });
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(RATE_PLANS)).toBe(true);
    expect(Object.isFrozen(RATE_PLANS.standard)).toBe(true);
  });
});

describe("callsPerMinuteOf", () => {
  it("paces to the standard plan's 120 calls a minute by default", () => {
    expect(callsPerMinuteOf(undefined)).toBe(120);
  });

  it("takes a plan's default rate from its name", () => {
    expect(callsPerMinuteOf("flagship")).toBe(200);
    expect(callsPerMinuteOf("dedicated")).toBe(2000);
  });

  it("takes a custom rate, and no pacing for false", () => {
    expect(callsPerMinuteOf({ callsPerMinute: 4500 })).toBe(4500);
    expect(callsPerMinuteOf(false)).toBeUndefined();
  });

  it("rejects an unknown plan name, naming the known ones", () => {
    expect(() => callsPerMinuteOf("gold" as "standard")).toThrow(
      'rateLimit must be one of standard, advanced, flagship, dedicated, { callsPerMinute } or false, got "gold"',
    );
  });

  it("rejects a rate that is not a whole number from 1 to 100 000", () => {
    for (const callsPerMinute of [
      0,
      -5,
      1.5,
      100_001,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "120",
    ]) {
      expect(() => callsPerMinuteOf({ callsPerMinute } as { callsPerMinute: number })).toThrow(
        /rateLimit.callsPerMinute must be a whole number from 1 to 100000/,
      );
    }
  });

  it("rejects a rate limit that is neither a name, an object nor false", () => {
    expect(() => callsPerMinuteOf(true as unknown as false)).toThrow(TypeError);
    expect(() => callsPerMinuteOf(null as unknown as false)).toThrow(TypeError);
  });
});

import { describe, expect, it } from "vitest";
import { RateMeter } from "../src/rate-meter.js";

describe("RateMeter", () => {
  it("reports the calls started over the last minute", () => {
    const meter = new RateMeter(0);
    for (let second = 0; second <= 120; second++) meter.record(second * 1000);
    expect(meter.callsPerMinute(120_000)).toBe(60);
  });

  it("scales a run younger than a minute up to a per-minute rate", () => {
    const meter = new RateMeter(0);
    for (let index = 0; index < 10; index++) meter.record(index * 500);
    expect(meter.callsPerMinute(5000)).toBe(120);
  });

  it("does not report an absurd rate in the first moments of a run", () => {
    const meter = new RateMeter(0);
    meter.record(1);
    meter.record(2);
    expect(meter.callsPerMinute(3)).toBe(120);
  });

  it("drops calls older than a minute", () => {
    const meter = new RateMeter(0);
    for (let index = 0; index < 5000; index++) meter.record(index);
    expect(meter.callsPerMinute(70_000)).toBe(0);
  });

  it("keeps only the last minute of starts, however long the run", () => {
    const meter = new RateMeter(0);
    for (let index = 0; index < 1_000_000; index++) meter.record(index);
    expect((meter as unknown as { starts: number[] }).starts.length).toBeLessThan(120_000);
  });
});

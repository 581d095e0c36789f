import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../src/rate-limiter.js";
import { virtualClock } from "./support/virtual-clock.js";

const readme = (await readFile(new URL("../README.md", import.meta.url), "utf8")).replace(
  /\s+/g,
  " ",
);

describe("the README", () => {
  it("states the token bucket's burst the rate limiter uses, rate by rate", () => {
    const sentence = /a burst of 1 call at R = [^.]*\./.exec(readme)?.[0];
    expect(sentence).toBeDefined();
    const stated = [...(sentence ?? "").matchAll(/(\d+) (?:calls? )?at R = ([\d ]+)/g)].map(
      (match) => ({
        callsPerMinute: Number((match[2] ?? "").replaceAll(" ", "")),
        burst: Number(match[1]),
      }),
    );
    expect(stated.length).toBeGreaterThanOrEqual(4);
    for (const { callsPerMinute, burst } of stated) {
      expect({ callsPerMinute, burst }).toEqual({
        callsPerMinute,
        burst: new RateLimiter(callsPerMinute, virtualClock()).burst,
      });
    }
  });
});

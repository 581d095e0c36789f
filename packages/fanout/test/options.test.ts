import { createYunxinClient } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { systemClock } from "../src/clock.js";
import { type FanoutOptions, readOptions } from "../src/options.js";

const client = createYunxinClient({ baseUrl: "http://stub.test" });
const base: FanoutOptions = {
  client,
  message: { sender_id: "admin", message: { message_type: 0, text: "hi" } },
  receivers: ["a", "b", "c"],
};

describe("readOptions", () => {
  it("fills in the defaults: standard plan, 4 calls in flight, 100 a call, duplicates skipped", () => {
    expect(readOptions(base)).toMatchObject({
      callsPerMinute: 120,
      concurrency: 4,
      batchSize: 100,
      duplicates: "skip",
      clock: systemClock,
      total: 3,
    });
  });

  it("takes the total from an array, and from the option for an iterable", () => {
    expect(readOptions({ ...base, receivers: new Set(["a"]) }).total).toBeUndefined();
    expect(readOptions({ ...base, receivers: new Set(["a"]), total: 1 }).total).toBe(1);
  });

  it("turns pacing off for rateLimit false", () => {
    expect(readOptions({ ...base, rateLimit: false }).callsPerMinute).toBeUndefined();
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    [
      "a batch size over the API's 100",
      { batchSize: 101 },
      /batchSize must be a whole number from 1 to 100, got 101/,
    ],
    [
      "a batch size of 0",
      { batchSize: 0 },
      /batchSize must be a whole number from 1 to 100, got 0/,
    ],
    ["no calls in flight", { concurrency: 0 }, /concurrency must be a whole number from 1, got 0/],
    [
      "a fractional concurrency",
      { concurrency: 1.5 },
      /concurrency must be a whole number from 1, got 1.5/,
    ],
    ["a negative total", { total: -1 }, /total must be a whole number from 0, got -1/],
    [
      "a string of receivers",
      { receivers: "user-1" },
      /receivers must be an array, iterable or async iterable of receiver ids, got the string "user-1"/,
    ],
    [
      "receivers that are not iterable",
      { receivers: 42 },
      /receivers must be an array, iterable or async iterable/,
    ],
    [
      "an unknown duplicates policy",
      { duplicates: "merge" },
      /duplicates must be "skip" or "send"/,
    ],
    [
      "a client without sendBatch",
      { client: {} },
      /client must be a YunxinClient from createYunxinClient\(\)/,
    ],
    [
      "a message that is not an object",
      { message: null },
      /message must be the request body without receiver_ids/,
    ],
    [
      "an unknown plan",
      { rateLimit: "platinum" },
      /rateLimit must be one of standard, advanced, flagship, dedicated/,
    ],
    [
      "a rate of 0",
      { rateLimit: { callsPerMinute: 0 } },
      /rateLimit.callsPerMinute must be a whole number from 1 to 100000/,
    ],
    [
      "an onProgress that is not a function",
      { onProgress: "log" },
      /onProgress must be a function/,
    ],
    ["a signal that is not an AbortSignal", { signal: {} }, /signal must be an AbortSignal/],
    [
      "a clock without sleep",
      { clock: { now: () => 0 } },
      /clock must have now\(\) and sleep\(ms, signal\)/,
    ],
  ];
  for (const [what, options, message] of bad) {
    it(`rejects ${what} with a TypeError naming the option`, () => {
      expect(() => readOptions({ ...base, ...options } as FanoutOptions)).toThrow(TypeError);
      expect(() => readOptions({ ...base, ...options } as FanoutOptions)).toThrow(message);
    });
  }

  it("rejects a missing options object", () => {
    expect(() => readOptions(undefined as unknown as FanoutOptions)).toThrow(
      "sendToMany needs an options object, got undefined",
    );
  });
});

import { describe, expect, it } from "vitest";
import { backoffDelay, sleep } from "../src/backoff.js";

describe("backoffDelay", () => {
  it("doubles per retry, half fixed and half jitter", () => {
    const options = { baseDelayMs: 100, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, options, () => 0))).toEqual([
      50, 100, 200, 400,
    ]);
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, options, () => 0.999_999))).toEqual(
      [100, 200, 400, 800].map((full) => expect.closeTo(full, 0)),
    );
  });

  it("never exceeds the maximum delay", () => {
    expect(
      backoffDelay(30, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 0.999_999),
    ).toBeLessThanOrEqual(1000);
  });
});

describe("sleep", () => {
  it("rejects with the signal's reason as soon as it aborts", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });

  it("rejects at once for an already aborted signal", async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });
});

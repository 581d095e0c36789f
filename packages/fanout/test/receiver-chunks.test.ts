import { YunxinValidationError } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import type { ReceiverOutcome } from "../src/outcomes.js";
import { type DuplicatePolicy, ReceiverChunks } from "../src/receiver-chunks.js";

async function readAll(
  receivers: Iterable<unknown> | AsyncIterable<unknown>,
  batchSize: number,
  duplicates: DuplicatePolicy = "skip",
) {
  const chunks: string[][] = [];
  const skipped: ReceiverOutcome[] = [];
  const reader = new ReceiverChunks(receivers, batchSize, duplicates);
  for (;;) {
    const chunk = await reader.next((outcomes) => {
      skipped.push(...outcomes);
    });
    if (!chunk) break;
    chunks.push(chunk);
  }
  return { chunks, skipped, read: reader.read };
}

async function* fromAsync<T>(items: T[]) {
  for (const item of items) yield item;
}

describe("ReceiverChunks", () => {
  it("cuts receivers into chunks of at most the batch size, in input order", async () => {
    const receivers = Array.from({ length: 250 }, (_, index) => `u${index}`);
    const { chunks } = await readAll(receivers, 100);
    expect(chunks.map((chunk) => chunk.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(receivers);
  });

  it("reads an async iterable the same way as an array", async () => {
    const { chunks } = await readAll(fromAsync(["a", "b", "c", "d", "e"]), 2);
    expect(chunks).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("reports a receiver seen before as not attempted, duplicate, and sends it once", async () => {
    const { chunks, skipped } = await readAll(["a", "b", "a", "c", "b"], 100);
    expect(chunks).toEqual([["a", "b", "c"]]);
    expect(skipped).toEqual([
      { status: "not_attempted", receiverId: "a", reason: "duplicate" },
      { status: "not_attempted", receiverId: "b", reason: "duplicate" },
    ]);
  });

  it("skips duplicates across chunks too", async () => {
    const { chunks, skipped } = await readAll(["a", "b", "c", "a"], 2);
    expect(chunks).toEqual([["a", "b"], ["c"]]);
    expect(skipped.map((outcome) => outcome.receiverId)).toEqual(["a"]);
  });

  it("sends a repeated receiver again when duplicates are sent, but never twice in one call", async () => {
    const { chunks, skipped } = await readAll(["a", "b", "a", "c", "d", "a"], 3, "send");
    expect(skipped).toEqual([]);
    expect(chunks).toEqual([["a", "b"], ["a", "c", "d"], ["a"]]);
  });

  it("fails a receiver that breaks the spec on its own, naming its position, without sending it", async () => {
    const { chunks, skipped } = await readAll(["a", "", 42, "b"], 100);
    expect(chunks).toEqual([["a", "b"]]);
    expect(skipped).toHaveLength(2);
    const [empty, number] = skipped;
    expect(empty).toMatchObject({
      status: "failed",
      receiverId: "",
      attempts: 0,
      maybeDelivered: false,
    });
    expect(empty?.status === "failed" && empty.error).toBeInstanceOf(YunxinValidationError);
    expect(empty?.status === "failed" && empty.errorMsg).toContain("receivers[1]");
    expect(number).toMatchObject({ status: "failed", receiverId: "42", maybeDelivered: false });
    expect(number?.status === "failed" && number.errorMsg).toContain("receivers[2] must be string");
  });

  it("hands skipped receivers over in batches while it reads, not all at the end", async () => {
    const receivers = ["a", ...Array.from({ length: 250 }, () => "a"), "b"];
    const batches: number[] = [];
    const reader = new ReceiverChunks(receivers, 100, "skip");
    const chunk = await reader.next((outcomes) => {
      batches.push(outcomes.length);
    });
    expect(chunk).toEqual(["a", "b"]);
    expect(batches).toEqual([100, 100, 50]);
  });

  it("counts every receiver it took from the input", async () => {
    const { read } = await readAll(["a", "a", "", "b"], 100);
    expect(read).toBe(4);
  });

  it("lets a generator clean up when it is closed before the end", async () => {
    let cleanedUp = false;
    async function* receivers() {
      try {
        for (let index = 0; ; index++) yield `u${index}`;
      } finally {
        cleanedUp = true;
      }
    }
    const reader = new ReceiverChunks(receivers(), 10, "skip");
    await reader.next(() => {});
    await reader.close();
    expect(cleanedUp).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { OutcomeQueue } from "../src/outcome-queue.js";

describe("OutcomeQueue", () => {
  it("hands items to the consumer in the order they were pushed, then ends once closed", async () => {
    const queue = new OutcomeQueue<number>(10);
    queue.push([1, 2]);
    queue.push([3]);
    queue.close();
    const taken = [await queue.take(), await queue.take(), await queue.take(), await queue.take()];
    expect(taken).toEqual([
      { value: 1, done: false },
      { value: 2, done: false },
      { value: 3, done: false },
      { value: undefined, done: true },
    ]);
  });

  it("wakes a consumer that waits for the next item", async () => {
    const queue = new OutcomeQueue<string>(10);
    const next = queue.take();
    queue.push(["late"]);
    await expect(next).resolves.toEqual({ value: "late", done: false });
  });

  it("makes a producer wait while the buffer is at its high-water mark, until the consumer takes", async () => {
    const queue = new OutcomeQueue<number>(2);
    queue.push([1, 2]);
    let room = false;
    const waiting = queue.waitForRoom().then(() => {
      room = true;
    });
    await Promise.resolve();
    expect(room).toBe(false);
    await queue.take();
    await waiting;
    expect(room).toBe(true);
  });

  it("gives the consumer what is buffered before the error the queue was closed with", async () => {
    const queue = new OutcomeQueue<number>(10);
    queue.push([1]);
    queue.close({ error: new Error("input failed") });
    await expect(queue.take()).resolves.toEqual({ value: 1, done: false });
    await expect(queue.take()).rejects.toThrow("input failed");
    await expect(queue.take()).resolves.toEqual({ value: undefined, done: true });
  });

  it("keeps nothing once discarded, and never makes a producer wait again", async () => {
    const queue = new OutcomeQueue<number>(1);
    queue.push([1, 2, 3]);
    const waiting = queue.waitForRoom();
    queue.discard();
    await waiting;
    queue.push([4]);
    expect(queue.size).toBe(0);
    await expect(queue.waitForRoom()).resolves.toBeUndefined();
  });

  it("keeps everything once told to, without making a producer wait, for a consumer that comes back", async () => {
    const queue = new OutcomeQueue<number>(1);
    queue.push([1, 2]);
    const waiting = queue.waitForRoom();
    queue.keepAll();
    await waiting;
    queue.push([3]);
    await expect(queue.waitForRoom()).resolves.toBeUndefined();
    queue.close();
    const taken = [await queue.take(), await queue.take(), await queue.take(), await queue.take()];
    expect(taken.map((step) => step.value)).toEqual([1, 2, 3, undefined]);
  });
});

import { describe, expect, it } from "vitest";
import { ReceiverIdSet } from "../src/receiver-id-set.js";

describe("ReceiverIdSet", () => {
  it("adds an id once and recognises it afterwards", () => {
    const set = new ReceiverIdSet();
    expect(set.has("alice")).toBe(false);
    expect(set.add("alice")).toBe(true);
    expect(set.add("alice")).toBe(false);
    expect(set.has("alice")).toBe(true);
    expect(set.size).toBe(1);
  });

  it("tells apart ids that differ in one character, in length or only in width", () => {
    const set = new ReceiverIdSet();
    const ids = [
      "user-1",
      "user-2",
      "user-10",
      "user-1 ",
      "",
      "é",
      "\u0100",
      "\u00e9\u0000",
      "a\u0101",
    ];
    for (const id of ids) expect(set.add(id)).toBe(true);
    for (const id of ids) expect(set.add(id)).toBe(false);
    expect(set.has("\u0101")).toBe(false);
    expect(set.size).toBe(ids.length);
  });

  it("keeps ids beyond Latin-1 exactly: Chinese characters and surrogate pairs", () => {
    const set = new ReceiverIdSet();
    for (const id of ["用户一", "用户二", "👩‍💻dev", "\ud83d"]) expect(set.add(id)).toBe(true);
    expect(set.has("用户一")).toBe(true);
    expect(set.has("用户三")).toBe(false);
    expect(set.has("👩‍💻dev")).toBe(true);
    expect(set.has("\ud83d\udc69")).toBe(false);
  });

  it("keeps ids with long length headers and ids longer than a page", () => {
    const set = new ReceiverIdSet();
    const long = "x".repeat(200);
    const huge = "y".repeat(3 << 20);
    expect(set.add(long)).toBe(true);
    expect(set.add(huge)).toBe(true);
    expect(set.add("after")).toBe(true);
    expect(set.has(long)).toBe(true);
    expect(set.has(`${long}x`)).toBe(false);
    expect(set.has(huge)).toBe(true);
    expect(set.has("after")).toBe(true);
  });

  it("agrees with a Set<string> over 300 000 ids with repeats, across every growth of its table", () => {
    const set = new ReceiverIdSet();
    const reference = new Set<string>();
    let disagreements = 0;
    let state = 12_345;
    for (let index = 0; index < 300_000; index++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const id = `acc${state % 150_000}${index % 7 === 0 ? "测" : ""}`;
      if (set.add(id) === reference.has(id)) disagreements++;
      reference.add(id);
    }
    expect(disagreements).toBe(0);
    expect(reference.size).toBeGreaterThan(100_000);
    expect(set.size).toBe(reference.size);
    expect([...reference].filter((id) => !set.has(id))).toEqual([]);
  });
});

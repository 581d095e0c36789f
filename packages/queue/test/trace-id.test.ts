import { describe, expect, it } from "vitest";
import { chunkTraceId } from "../src/index.js";

describe("chunkTraceId", () => {
  it("is the same for the same broadcast, chunk and generation, in any process", () => {
    expect(chunkTraceId("launch-2026", 7, 0)).toBe(chunkTraceId("launch-2026", 7, 0));
  });

  it("differs between chunks, generations and broadcasts", () => {
    const ids = new Set([
      chunkTraceId("a", 0, 0),
      chunkTraceId("a", 1, 0),
      chunkTraceId("a", 0, 1),
      chunkTraceId("b", 0, 0),
      chunkTraceId("a1", 0, 0),
    ]);
    expect(ids.size).toBe(5);
  });

  it("is shaped like the client's default trace id (a UUID, 36 visible ASCII characters) whatever the id's length", () => {
    const id = chunkTraceId("x".repeat(100), 99_999, 3);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

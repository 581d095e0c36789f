import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ResultOutput, writeLine } from "../src/io.js";

const epipe = () => Object.assign(new Error("write EPIPE"), { code: "EPIPE" });

describe("ResultOutput", () => {
  it("aborts its signal and writes nothing more once the reader went away", async () => {
    const stream = new PassThrough();
    let written = "";
    stream.on("data", (chunk: Buffer) => {
      written += chunk.toString();
    });
    const output = new ResultOutput(stream);
    await output.writeLine("first");
    stream.destroy(epipe());
    await new Promise((resolve) => stream.once("close", resolve));

    expect(output.closed).toBe(true);
    expect(output.signal.aborted).toBe(true);
    await output.writeLine("second");
    expect(written).toBe("first\n");
    output.dispose();
  });
});

describe("writeLine", () => {
  it("waits for the drain when the reader is behind, and leaves no listener", async () => {
    const held: (() => void)[] = [];
    const stream = new Writable({
      highWaterMark: 1,
      write: (_chunk, _encoding, callback) => {
        held.push(callback);
      },
    });
    let done = false;
    const writing = writeLine(stream, "one").then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    for (const callback of held.splice(0)) callback();
    await writing;
    expect(done).toBe(true);
    const listeners = ["drain", "close", "error"].map((event) => stream.listenerCount(event));
    expect(listeners).toEqual([0, 0, 0]);
  });

  it("does not wait forever for a drain that cannot come", async () => {
    // A reader that never reads, then goes away: the write is refused and the stream destroyed.
    const stream = new Writable({ highWaterMark: 1, write: () => {} });
    stream.on("error", () => {});
    const waiting = writeLine(stream, "x".repeat(100));
    stream.destroy(epipe());
    await expect(waiting).resolves.toBeUndefined();
  });
});

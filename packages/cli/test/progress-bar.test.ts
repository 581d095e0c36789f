import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ProgressBar, renderProgress } from "../src/progress-bar.js";

const CALLS = { count: () => 118 };

/** What the bar writes to erase the terminal line before drawing. */
const CLEAR = "\r\x1b[2K";

const progress = (done: number, failed = 0) => ({
  sent: done - failed,
  failed,
  notAttempted: 0,
  done,
  remaining: 250 - done,
  callsPerMinute: 119.6,
  inFlight: 1,
});

function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let written = "";
  stream.on("data", (chunk: Buffer) => {
    written += chunk.toString();
  });
  return { stream, written: () => written };
}

describe("renderProgress", () => {
  it("draws the share done, the counts and the calls of the last minute", () => {
    expect(renderProgress(progress(125, 2), 250, 118, 100)).toBe(
      `[${"█".repeat(15)}${"░".repeat(15)}] 125/250 50% · sent 123 · failed 2 · 118 calls in last min`,
    );
  });

  it("shows the count of calls, not a rate extrapolated from the first seconds", () => {
    // Three calls in the first second: the fan-out's extrapolated rate says 180 a minute on a
    // 120-a-minute plan; the API counts 3.
    const early = { ...progress(3), callsPerMinute: 180 };
    expect(renderProgress(early, 250, 3, 100)).toMatch(/ · 3 calls in last min$/);
    expect(renderProgress(early, 250, 3, 100)).not.toContain("180");
  });

  it("leaves out the rate before cutting anything on a narrow terminal", () => {
    const line = renderProgress(progress(125, 2), 250, 118, 60);
    expect(line).toBe(`[${"█".repeat(12)}${"░".repeat(11)}] 125/250 50% · sent 123 · failed 2`);
    expect(line.length).toBeLessThan(60);
    expect(renderProgress(progress(125), 250, 118, 30).length).toBeLessThan(30);
  });
});

describe("ProgressBar", () => {
  it("redraws at most every 100 ms, but always the final state", () => {
    let now = 0;
    const { stream, written } = terminal();
    const bar = new ProgressBar(stream, 250, CALLS, () => now);
    bar.update(progress(100));
    now = 50;
    bar.update(progress(150));
    now = 60;
    bar.update(progress(250));
    const frames = written().split(CLEAR).filter(Boolean);
    expect(frames.map((frame) => frame.match(/\] (\d+)\//)?.[1])).toEqual(["100", "250"]);
  });

  it("clears itself around a line written to the terminal and comes back below it", async () => {
    const { stream, written } = terminal();
    const bar = new ProgressBar(stream, 250, CALLS, () => 1000);
    bar.update(progress(100));
    await bar.around(async () => {
      stream.write("✓ bob  message 1\n");
    });
    const [before, drawn, line, redrawn] = written().split(CLEAR);
    expect(before).toBe("");
    expect(drawn).toMatch(/^\[.* 100\/250 /);
    expect(line).toBe("✓ bob  message 1\n");
    expect(redrawn).toBe(drawn);
  });
});

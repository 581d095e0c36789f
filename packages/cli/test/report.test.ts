import { PassThrough } from "node:stream";
import type { ReceiverOutcome } from "@yunxin-im/fanout";
import { describe, expect, it } from "vitest";
import { ResultOutput } from "../src/io.js";
import { type SendDescription, SendReport } from "../src/report.js";

function stream(isTTY: boolean) {
  const output = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let written = "";
  output.on("data", (chunk: Buffer) => {
    written += chunk.toString();
  });
  return { output, written: () => written };
}

const DESCRIPTION: SendDescription = {
  mock: false,
  baseUrl: "https://open.yunxinapi.com",
  senderId: "alice",
  messageType: 0,
  receivers: 150,
  duplicates: 0,
  pacing: "standard plan: up to 120 calls a minute",
};
const SENT: ReceiverOutcome = {
  status: "sent",
  receiverId: "bob",
  messageServerId: "1",
  traceId: "t",
  attempts: 1,
};
const FAILED: ReceiverOutcome = {
  status: "failed",
  receiverId: "ghost1",
  errorCode: 102404,
  errorMsg: "account not exist",
  attempts: 1,
  maybeDelivered: false,
};
const SUMMARY = {
  sent: 1,
  failed: 1,
  notAttempted: 0,
  calls: 1,
  rateLimited: 0,
  durationMs: 200,
  aborted: false,
};
const PROGRESS = {
  sent: 1,
  failed: 1,
  notAttempted: 0,
  done: 2,
  remaining: 148,
  callsPerMinute: 1,
  inFlight: 1,
};

async function play(options: {
  json?: boolean;
  quiet?: boolean;
  tty?: boolean;
  total?: number;
  durationMs?: number;
}) {
  const stdout = stream(false);
  const stderr = stream(options.tty ?? false);
  const report = new SendReport(
    {
      json: options.json ?? false,
      quiet: options.quiet ?? false,
      stdout: new ResultOutput(stdout.output),
      stderr: stderr.output,
    },
    options.total ?? 150,
    { count: () => 1 },
  );
  await report.start({ ...DESCRIPTION, receivers: options.total ?? 150 });
  report.progress(PROGRESS);
  await report.outcome(SENT);
  await report.outcome(FAILED);
  await report.finish({ ...SUMMARY, durationMs: options.durationMs ?? SUMMARY.durationMs }, [
    "a note",
  ]);
  return { stdout: stdout.written(), stderr: stderr.written() };
}

describe("SendReport", () => {
  it("prints the results on stdout and the header and notes on stderr", async () => {
    const { stdout, stderr } = await play({});
    expect(stdout.split("\n")).toEqual([
      "✓ bob  message 1",
      "✗ ghost1  102404 account not exist",
      "sent 1 · failed 1 · not attempted 0 (1 call, 0.2 s)",
      "",
    ]);
    expect(stderr.split("\n")).toEqual([
      "Sending a text message from alice to 150 receivers in 2 calls through https://open.yunxinapi.com (standard plan: up to 120 calls a minute).",
      "a note",
      "",
    ]);
  });

  it("says plainly (on stderr) when it talks to a mock", async () => {
    const stderr = stream(false);
    const report = new SendReport(
      {
        json: false,
        quiet: false,
        stdout: new ResultOutput(stream(false).output),
        stderr: stderr.output,
      },
      1,
      { count: () => 0 },
    );
    await report.start({
      ...DESCRIPTION,
      mock: true,
      baseUrl: "http://127.0.0.1:4010",
      spec: "spec/openapi.yaml",
      receivers: 1,
    });
    expect(stderr.written()).toMatch(
      /^Mock mode: talking to a Prism mock of spec\/openapi\.yaml at http:\/\/127\.0\.0\.1:4010, not to Yunxin\.\n/,
    );
  });

  it("draws a progress bar on a terminal stderr for more than 100 receivers", async () => {
    expect((await play({ tty: true })).stderr).toContain("2/150");
  });

  it("draws no progress bar for 100 receivers or fewer, off a terminal, or when quiet", async () => {
    expect((await play({ tty: true, total: 100 })).stderr).not.toContain("2/100");
    expect((await play({ tty: false })).stderr).not.toContain("2/150");
    expect((await play({ tty: true, quiet: true })).stderr).toBe("a note\n");
  });

  it("prints only the receivers not sent, the summary and its notes when quiet", async () => {
    const { stdout, stderr } = await play({ quiet: true });
    expect(stdout).toBe(
      "✗ ghost1  102404 account not exist\nsent 1 · failed 1 · not attempted 0 (1 call, 0.2 s)\n",
    );
    expect(stderr).toBe("a note\n");
  });

  it("keeps stdout to JSON lines with --json and moves the notices to stderr", async () => {
    const { stdout, stderr } = await play({ json: true });
    const records = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.status ?? "summary")).toEqual([
      "sent",
      "failed",
      "summary",
    ]);
    expect(records[2].summary).toEqual({
      ...SUMMARY,
      duplicatesIgnored: 0,
      mock: false,
      baseUrl: "https://open.yunxinapi.com",
    });
    expect(stderr).toMatch(/^Sending a text message .*\na note\n$/);
  });

  it("writes durationMs as whole milliseconds", async () => {
    const { stdout } = await play({ json: true, durationMs: 212.73 });
    const summary = JSON.parse(stdout.trim().split("\n").at(-1) ?? "").summary;
    expect(summary.durationMs).toBe(213);
  });
});

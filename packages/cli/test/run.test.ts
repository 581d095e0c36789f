import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { type CliIo, EXIT, run } from "../src/index.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

function io(env: Record<string, string> = {}, stdin = "") {
  const capture = () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    return { stream, text: () => text };
  };
  const stdout = capture();
  const stderr = capture();
  const streams: CliIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Object.assign(Readable.from([stdin]), { isTTY: false }),
    env,
  };
  return { streams, stdout: stdout.text, stderr: stderr.text };
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe("run", () => {
  it("prints the help on stderr and exits 2 when no command is given", async () => {
    const { streams, stdout, stderr } = io();
    expect(await run([], streams)).toBe(EXIT.usage);
    expect(stdout()).toBe("");
    expect(stderr()).toContain("Usage:");
  });

  it("refuses an unknown top-level flag in one line", async () => {
    const { streams, stderr } = io();
    expect(await run(["--verbose"], streams)).toBe(EXIT.usage);
    expect(stderr()).toBe("error: unknown flag --verbose (see yunxin-im --help)\n");
  });

  it("sends in-process and resolves with the exit status", async () => {
    stub = await startStubServer((request) => allSent(request));
    const { streams, stdout } = io({ YUNXIN_APP_KEY: "k", YUNXIN_APP_SECRET: "s" }, "bob\ncarol\n");
    const argv = ["send", "--from", "alice", "--text", "Hi", "--base-url", stub.baseUrl];

    expect(await run(argv, streams)).toBe(EXIT.ok);
    expect(stdout()).toContain("✓ carol  message 9897543190001");
    expect(stdout()).toMatch(/sent 2 · failed 0 · not attempted 0 \(1 call, /);
  });

  it("sends nothing once the signal has aborted, and exits 130", async () => {
    stub = await startStubServer((request) => allSent(request));
    const { streams, stderr } = io({ YUNXIN_APP_KEY: "k", YUNXIN_APP_SECRET: "s" });
    const argv = [
      "send",
      "--from",
      "alice",
      "--to",
      "bob",
      "--text",
      "Hi",
      "--base-url",
      stub.baseUrl,
    ];

    expect(await run(argv, { ...streams, signal: AbortSignal.abort() })).toBe(EXIT.interrupted);
    expect(stderr()).toBe("Interrupted before sending: nothing was sent.\n");
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses mock mode outside the repository with one line and status 2", async () => {
    const { streams, stderr } = io();
    const argv = ["send", "--from", "alice", "--to", "bob", "--text", "Hi"];
    const mockLauncher = new URL("file:///nonexistent/scripts/prism.mjs");

    expect(await run(argv, { ...streams, mockLauncher })).toBe(EXIT.usage);
    expect(stderr()).toMatch(
      /^error: no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET, or pass --base-url/,
    );
  });
});

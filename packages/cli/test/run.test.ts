import { afterEach, describe, expect, it } from "vitest";
import { EXIT, run } from "../src/index.js";
import { SEND_FLAGS } from "../src/send-flags.js";
import { captureIo } from "./support/io.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const io = captureIo;

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
      /^error: no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET to send to your app, or pass --base-url <url> of a test server\. To try yunxin-im without an account, install @yunxin-im\/contract-kit next to the CLI/,
    );
    expect(stderr().split("\n")).toHaveLength(2);
  });

  it("does not offer the mock in its help where it cannot start it", async () => {
    const mockLauncher = new URL("file:///nonexistent/scripts/prism.mjs");
    for (const argv of [["--help"], ["send", "--help"], ["help", "send"]]) {
      const { streams, stdout } = io();
      expect(await run(argv, { ...streams, mockLauncher })).toBe(EXIT.ok);
      expect(stdout()).not.toMatch(
        /--base-url the mock is used|talks to a local Prism mock|# the mock|# Against the embedded mock/,
      );
      expect(stdout()).toContain("install @yunxin-im/contract-kit next to the CLI");
    }
  });

  it("lists every flag of send in its help", async () => {
    const { streams, stdout } = io();
    expect(await run(["send", "--help"], streams)).toBe(EXIT.ok);
    for (const [name, spec] of Object.entries(SEND_FLAGS)) {
      expect(stdout()).toContain(`--${name}${spec.type === "string" ? ` ${spec.value}` : ""}`);
    }
  });

  it("offers the mock in its help inside the repository", async () => {
    const { streams, stdout } = io();
    expect(await run(["send", "--help"], streams)).toBe(EXIT.ok);
    expect(stdout()).toContain(
      "Without credentials and without --region/--base-url the mock is used.",
    );
  });

  it("no longer takes -v for --version, and says what to use", async () => {
    const { streams, stdout, stderr } = io();
    expect(await run(["-v"], streams)).toBe(EXIT.usage);
    expect(stdout()).toBe("");
    expect(stderr()).toBe(
      "error: -v is not a flag of yunxin-im: --version prints the version, --debug shows each HTTP attempt (see yunxin-im --help)\n",
    );
  });
});

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lines, runCli } from "./support/cli.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret" };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function receiversFile(count: number, extra = ""): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-dry-run-"));
  const path = join(dir, "receivers.txt");
  const ids = Array.from({ length: count }, (_, index) => `user${index}`);
  await writeFile(path, `${ids.join("\n")}\n${extra}`);
  return path;
}

describe("yunxin-im send --dry-run", () => {
  it("prints the plan (calls, receivers per call, duplicates, time at the plan's rate), sends nothing, exits 0", async () => {
    stub = await startStubServer((request) => allSent(request));
    const path = await receiversFile(250, "user1\nuser2\n");
    const argv = ["send", "--from", "alice", "--text", "Hi", "--to-file", path, "--dry-run"];
    const { code, stdout, stderr } = await runCli([...argv, "--base-url", stub.baseUrl], {
      env: CREDENTIALS,
    });

    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(lines(stdout)).toEqual([
      "Dry run: nothing was sent.",
      `Would send a text message from alice to 250 receivers through ${stub.baseUrl}.`,
      "Calls: 3 (2 of 100 receivers, 1 of 50 receivers).",
      "Duplicates skipped: 2 repeated receiver ids.",
      "Time: at least 1.0 s at 120 calls a minute (standard plan), plus the server's answer times.",
      expect.stringMatching(/^Message fingerprint: sha256:[0-9a-f]{64}$/),
    ]);
    expect(stub.requests).toHaveLength(0);
  });

  it("gives the plan as one JSON object with --json, at the rate of --calls-per-minute", async () => {
    const path = await receiversFile(25_000);
    const argv = ["send", "--from", "alice", "--text", "Hi", "--to-file", path, "--region", "sg"];
    const flags = ["--rate-plan", "flagship", "--calls-per-minute", "1000", "--dry-run", "--json"];
    const { code, stdout } = await runCli([...argv, ...flags], { env: CREDENTIALS });

    expect(code).toBe(0);
    const [record, ...rest] = lines(stdout).map((line) => JSON.parse(line));
    expect(rest).toEqual([]);
    expect(record.plan).toEqual({
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      senderId: "alice",
      messageType: 0,
      receivers: 25_000,
      alreadySent: 0,
      duplicatesIgnored: 0,
      calls: 250,
      callGroups: [{ calls: 250, receivers: 100 }],
      ratePlan: "flagship",
      callsPerMinute: 1000,
      minimumDurationMs: 15_089,
      mock: false,
      baseUrl: "https://open-sg.yunxinapi.com",
      dryRun: true,
    });
  });

  it("checks everything a send checks, and exits 2 on bad input", async () => {
    stub = await startStubServer((request) => allSent(request));
    const argv = ["send", "--from", "alice", "--text", "x".repeat(5001), "--to", "bob"];
    const { code, stdout, stderr } = await runCli(
      [...argv, "--base-url", stub.baseUrl, "--dry-run"],
      { env: CREDENTIALS },
    );

    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: message\.text must be at most 5000 characters/);
    expect(stub.requests).toHaveLength(0);
  });

  it("needs the credentials a real send needs", async () => {
    const { code, stderr } = await runCli(
      ["send", "--from", "alice", "--text", "Hi", "--to", "bob", "--region", "cn", "--dry-run"],
      { env: { YUNXIN_APP_KEY: "stub-app-key" } },
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: YUNXIN_APP_SECRET is not set/);
  });
});

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEarlierRun } from "../src/resume.js";
import { lines, runCli, spawnCli } from "./support/cli.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret" };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "yunxin-im-resume-"));
}

async function receiversFile(dir: string, count: number): Promise<string> {
  const path = join(dir, "receivers.txt");
  const ids = Array.from({ length: count }, (_, index) => `user${String(index).padStart(3, "0")}`);
  await writeFile(path, `${ids.join("\n")}\n`);
  return path;
}

function send(baseUrl: string, ...args: string[]) {
  return ["send", "--from", "alice", "--text", "Hello", "--base-url", baseUrl, ...args];
}

const receiversOf = (requests: StubServer["requests"]) =>
  requests.flatMap((request) => request.body.receiver_ids ?? []);

describe("yunxin-im send --resume", () => {
  it("sends only the receivers an interrupted run did not send, and its output is complete again", async () => {
    // The first run: 250 receivers, one call at a time; Ctrl-C while the second call is held.
    stub = await startStubServer((request, index) => (index === 0 ? allSent(request) : "hold"));
    const dir = await tempDir();
    const path = await receiversFile(dir, 250);
    const first = spawnCli(send(stub.baseUrl, "--to-file", path, "--concurrency", "1", "--json"), {
      env: CREDENTIALS,
    });
    await stub.received(2);
    first.child.kill("SIGINT");
    await first.stderrMatches(/^Stopping: no new calls start/m);
    stub.release(() => ({ body: { code: 500, msg: "server error", data: {} } }));
    const firstRun = await first.result;
    expect(firstRun.code).toBe(130);
    const outcomes = join(dir, "outcomes.jsonl");
    await writeFile(outcomes, firstRun.stdout);
    const sentFirst = receiversOf(stub.requests.slice(0, 1));
    expect(sentFirst).toHaveLength(100);

    // The resumed run sends the other 150, and nobody twice.
    await stub.close();
    stub = await startStubServer((request) => allSent(request, 9_897_543_192_000));
    const resumed = await runCli(
      send(stub.baseUrl, "--to-file", path, "--resume", outcomes, "--json"),
      { env: CREDENTIALS },
    );

    expect(resumed.code).toBe(0);
    const sentNow = receiversOf(stub.requests);
    expect(sentNow).toHaveLength(150);
    expect(sentNow.filter((id) => sentFirst.includes(id))).toEqual([]);
    expect(resumed.stderr).toContain(
      `Resuming: 100 receivers already sent in ${outcomes} are skipped.`,
    );
    const records = lines(resumed.stdout).map((line) => JSON.parse(line));
    expect(records[0].plan).toMatchObject({ receivers: 150, alreadySent: 100 });
    const sentRecords = records.filter((record) => record.status === "sent");
    expect(sentRecords).toHaveLength(250);
    expect(sentRecords.filter((record) => record.resumed === true)).toHaveLength(100);
    expect(records.at(-1).summary).toMatchObject({ sent: 150, alreadySent: 100, failed: 0 });
    expect(records.at(-1).summary.fingerprint).toBe(records[0].plan.fingerprint);

    // Resuming from the resumed run's output: nothing left to send, and success.
    const complete = join(dir, "complete.jsonl");
    await writeFile(complete, resumed.stdout);
    const again = await runCli(send(stub.baseUrl, "--to-file", path, "--resume", complete), {
      env: CREDENTIALS,
    });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("Nothing to send: every receiver (250) was already sent.");
    expect(lines(again.stdout).at(-1)).toMatch(/^sent 0 · already sent 250 · failed 0 /);
    expect(stub.requests).toHaveLength(2);
  });

  it("refuses the output of a different message, and sends nothing", async () => {
    stub = await startStubServer((request) => allSent(request));
    const dir = await tempDir();
    const outcomes = join(dir, "outcomes.jsonl");
    const earlier = await runCli(send(stub.baseUrl, "--to", "bob", "--json"), { env: CREDENTIALS });
    await writeFile(outcomes, earlier.stdout);

    const other = ["send", "--from", "alice", "--text", "Another text", "--base-url", stub.baseUrl];
    const { code, stdout, stderr } = await runCli(
      [...other, "--to", "bob,carol", "--resume", outcomes],
      {
        env: CREDENTIALS,
      },
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      new RegExp(
        `^error: --resume ${outcomes} is the output of a different message \\(fingerprint sha256:`,
      ),
    );
    expect(stub.requests).toHaveLength(1);
  });

  it("refuses a file that is not the --json output of a send", async () => {
    const dir = await tempDir();
    const human = join(dir, "results.txt");
    await writeFile(human, "✓ bob  message 1\n");
    const { code, stderr } = await runCli(
      ["send", "--from", "alice", "--text", "Hi", "--to", "bob", "--resume", human, "--dry-run"],
      { env: { ...CREDENTIALS }, stdin: "" },
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^error: --resume ${human} has no plan or summary line with the message's fingerprint`,
      ),
    );
  });
});

describe("readEarlierRun", () => {
  const PLAN = { plan: { fingerprint: "sha256:abc", mock: false } };
  const sent = (id: string) => ({
    status: "sent",
    receiverId: id,
    messageServerId: "1",
    traceId: "t",
    attempts: 1,
  });

  async function earlier(...records: (object | string)[]): Promise<string> {
    const path = join(await tempDir(), "outcomes.jsonl");
    await writeFile(
      path,
      records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n"),
    );
    return path;
  }

  it("keeps the sent receivers asked about, and those that may have been delivered", async () => {
    const path = await earlier(
      PLAN,
      sent("bob"),
      sent("zed"),
      { status: "failed", receiverId: "carol", maybeDelivered: true, errorMsg: "x", attempts: 1 },
      { status: "call_failed", receiverIds: ["dave", "erin"], maybeDelivered: true },
      { status: "call_failed", receiverIds: ["fay"], maybeDelivered: false },
      "",
    );
    const run = await readEarlierRun(path, new Set(["bob", "carol", "dave", "fay"]));
    expect([...run.sent.keys()]).toEqual(["bob"]);
    expect([...run.maybeDelivered].sort()).toEqual(["carol", "dave"]);
    expect(run.fingerprint).toBe("sha256:abc");
    expect(run.cutOff).toBe(false);
  });

  it("takes the fingerprint from the summary when the plan line is missing", async () => {
    const path = await earlier(sent("bob"), { summary: { fingerprint: "sha256:def", mock: true } });
    const run = await readEarlierRun(path, new Set(["bob"]));
    expect(run).toMatchObject({ fingerprint: "sha256:def", mock: true });
  });

  it("ignores a last line cut off mid-write, and refuses a broken line before others", async () => {
    const cut = await earlier(PLAN, sent("bob"), '{"status":"sent","receiverId":"ca');
    expect((await readEarlierRun(cut, new Set(["bob"]))).cutOff).toBe(true);
    const broken = await earlier(PLAN, '{"status":', sent("bob"));
    await expect(readEarlierRun(broken, new Set(["bob"]))).rejects.toThrow(
      new RegExp(`^--resume ${broken} line 2 is not JSON`),
    );
  });

  it("refuses a file that holds two different messages, or no fingerprint", async () => {
    const two = await earlier(PLAN, sent("bob"), { summary: { fingerprint: "sha256:other" } });
    await expect(readEarlierRun(two, new Set(["bob"]))).rejects.toThrow(
      /holds runs of two different messages \(line 3\)/,
    );
    const none = await earlier(sent("bob"));
    await expect(readEarlierRun(none, new Set(["bob"]))).rejects.toThrow(
      /has no plan or summary line with the message's fingerprint/,
    );
  });

  it("names a file it cannot read", async () => {
    await expect(readEarlierRun("/nonexistent/outcomes.jsonl", new Set())).rejects.toThrow(
      "cannot read --resume /nonexistent/outcomes.jsonl: no such file",
    );
  });
});

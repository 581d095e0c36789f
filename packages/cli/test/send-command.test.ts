import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lines, runCli, spawnCli } from "./support/cli.js";
import { closedPort } from "./support/io.js";
import { allSent, apiError, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret-4f1c" };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function send(...args: string[]) {
  if (!stub) throw new Error("start the stub first");
  return ["send", "--from", "alice", "--text", "Hello", "--base-url", stub.baseUrl, ...args];
}

async function receiversFile(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-cli-"));
  const path = join(dir, "receivers.txt");
  const ids = Array.from({ length: count }, (_, index) => `user${String(index).padStart(3, "0")}`);
  await writeFile(path, `# ${count} receivers\n${ids.join("\n")}\n`);
  return path;
}

describe("yunxin-im send against a scripted server", () => {
  it("prints each receiver of a partial failed_list, the summary, and exits 1", async () => {
    // 158844553334358021 is above 2^53: JSON.parse would turn it into …020.
    stub = await startStubServer(() => ({
      raw: `{"code":200,"msg":"success","data":{
        "success_list":[{"message_server_id":158844553334358021,"receiver_id":"bob"}],
        "failed_list":[
          {"account_id":"ghost1","error_code":102404,"error_msg":"account not exist"},
          {"receiver_id":"ghost2","error_code":102404,"error_msg":"account not exist"}]}}`,
    }));
    const { code, stdout } = await runCli(send("--to", "bob,ghost1,ghost2"), {
      env: CREDENTIALS,
    });

    expect(code).toBe(1);
    const output = lines(stdout);
    expect(output).toContain("✓ bob  message 158844553334358021");
    expect(output).toContain("✗ ghost1  102404 account not exist");
    expect(output).toContain("✗ ghost2  102404 account not exist");
    expect(output.at(-1)).toMatch(/^sent 1 · failed 2 · not attempted 0 \(1 call, /);
    expect(stub.requests).toHaveLength(1);
  });

  it("reports a 414 call once, with its receivers, trace id and a hint, and does not retry it", async () => {
    stub = await startStubServer(() => apiError(414, "parameter error"));
    const { code, stdout } = await runCli(send("--to", "bob", "--to", "carol"), {
      env: CREDENTIALS,
    });

    expect(code).toBe(1);
    const traceId = stub.requests[0]?.headers["x-custom-traceid"];
    expect(lines(stdout)).toEqual([
      `✗ call failed for 2 receivers (bob, carol): 414 parameter error · trace id ${traceId} · not delivered · hint: 414 is also the answer to a bad signature: check YUNXIN_APP_KEY and YUNXIN_APP_SECRET, and this machine's clock (a signature is valid for 5 minutes); otherwise a field the server refuses`,
      expect.stringMatching(/^sent 0 · failed 2 · not attempted 0 \(1 call, /),
    ]);
    expect(stub.requests).toHaveLength(1);
  });

  it("prints one error per failed call, not one line per receiver", async () => {
    stub = await startStubServer(() => apiError(414, "parameter error"));
    const path = await receiversFile(250);
    const { code, stdout } = await runCli(send("--to-file", path), { env: CREDENTIALS });

    expect(code).toBe(1);
    const output = lines(stdout);
    expect(output).toHaveLength(4);
    expect(output.slice(0, 3).sort()).toEqual([
      expect.stringMatching(
        /^✗ call failed for 100 receivers \(user000, user001, user002 and 97 more\): 414 parameter error · trace id /,
      ),
      expect.stringMatching(
        /^✗ call failed for 100 receivers \(user100, user101, user102 and 97 more\): 414 /,
      ),
      expect.stringMatching(
        /^✗ call failed for 50 receivers \(user200, user201, user202 and 47 more\): 414 /,
      ),
    ]);
    expect(output[3]).toMatch(/^sent 0 · failed 250 · not attempted 0 \(3 calls, /);
  });

  it("lists every receiver of a failed call in one --json record", async () => {
    stub = await startStubServer(() => apiError(414, "parameter error"));
    const path = await receiversFile(150);
    const { stdout } = await runCli(send("--to-file", path, "--json"), { env: CREDENTIALS });

    const records = lines(stdout).map((line) => JSON.parse(line));
    const failures = records.filter((record) => record.status === "call_failed");
    expect(failures).toHaveLength(2);
    const traceIds = stub.requests.map((request) => request.headers["x-custom-traceid"]);
    for (const failure of failures) {
      expect(failure).toMatchObject({
        errorCode: 414,
        errorMsg: "parameter error",
        cause: "414 parameter error",
        error: "YunxinApiError",
        maybeDelivered: false,
        attempts: 1,
        hint: expect.stringContaining("YUNXIN_APP_SECRET"),
      });
      expect(traceIds).toContain(failure.traceId);
      expect(failure.receivers).toBe(failure.receiverIds.length);
    }
    const listed = failures.flatMap((failure) => failure.receiverIds).sort();
    expect(listed).toEqual(
      Array.from({ length: 150 }, (_, i) => `user${String(i).padStart(3, "0")}`),
    );
    expect(records.at(-1).summary).toMatchObject({ sent: 0, failed: 150 });
  });

  it("says a call refused at the connection was not delivered, and names the cause", async () => {
    const port = await closedPort();
    const argv = ["send", "--from", "alice", "--text", "Hi", "--to", "bob,carol"];
    const { code, stdout } = await runCli(
      [...argv, "--base-url", `http://127.0.0.1:${port}`, "--json"],
      { env: CREDENTIALS },
    );

    expect(code).toBe(1);
    const [plan, failure] = lines(stdout).map((line) => JSON.parse(line));
    expect(plan.plan).toMatchObject({ receivers: 2, calls: 1 });
    expect(failure).toMatchObject({
      status: "call_failed",
      receivers: 2,
      receiverIds: ["bob", "carol"],
      cause: `connection refused (127.0.0.1:${port}): ECONNREFUSED`,
      causeCode: "ECONNREFUSED",
      error: "YunxinConnectionError",
      maybeDelivered: false,
      hint: "nothing accepts connections there: check --base-url or --region, and the network",
    });
    expect(failure.attempts).toBeGreaterThan(1);
  });

  it("waits out a 416 answer and sends the same receivers again", async () => {
    stub = await startStubServer((request, index) =>
      index === 0 ? apiError(416, "the request frequency exceeds the limit") : allSent(request),
    );
    const { code, stdout } = await runCli(send("--to", "bob"), {
      env: { ...CREDENTIALS, YUNXIN_RATE_LIMIT_BLOCK_MS: "20" },
    });

    expect(code).toBe(0);
    expect(lines(stdout)).toContain("✓ bob  message 9897543190000");
    expect(stub.requests.map((request) => request.body.receiver_ids)).toEqual([["bob"], ["bob"]]);
    expect(lines(stdout).at(-1)).toMatch(
      /^sent 1 · failed 0 · not attempted 0 \(2 calls, 1 answered 416, /,
    );
  });

  it("reports 416 for every receiver when the rate limit never lifts, and exits 1", async () => {
    stub = await startStubServer(() => apiError(416, "the request frequency exceeds the limit"));
    const { code, stdout, stderr } = await runCli(send("--to", "bob"), {
      env: { ...CREDENTIALS, YUNXIN_RATE_LIMIT_BLOCK_MS: "5" },
    });

    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatch(
      /^✗ call failed for 1 receiver \(bob\): 416 the request frequency exceeds the limit · trace id \S+ · not delivered · hint: rate limited: /,
    );
    expect(lines(stdout).at(-1)).toMatch(/^sent 0 · failed 1 · not attempted 0 /);
    expect(lines(stderr).at(-1)).toMatch(/^Stopped early: the API kept answering 416/);
  });

  it("sends 250 receivers from --to-file in exactly 3 calls", async () => {
    stub = await startStubServer((request) => allSent(request));
    const path = await receiversFile(250);
    const { code, stdout } = await runCli(send("--to-file", path), { env: CREDENTIALS });

    expect(code).toBe(0);
    expect(stub.requests).toHaveLength(3);
    const sizes = stub.requests.map((request) => request.body.receiver_ids?.length).sort();
    expect(sizes).toEqual([100, 100, 50]);
    const called = new Set(stub.requests.flatMap((request) => request.body.receiver_ids));
    expect(called.size).toBe(250);
    const output = lines(stdout);
    expect(output.filter((line) => line.startsWith("✓ user"))).toHaveLength(250);
    expect(output.at(-1)).toMatch(/^sent 250 · failed 0 · not attempted 0 \(3 calls, /);
  });

  it("writes only the results to stdout, and the header and notes to stderr", async () => {
    stub = await startStubServer(() => apiError(416, "the request frequency exceeds the limit"));
    const { stdout, stderr } = await runCli(send("--to", "bob,bob"), {
      env: { ...CREDENTIALS, YUNXIN_RATE_LIMIT_BLOCK_MS: "5" },
    });

    expect(lines(stdout)).toEqual([
      expect.stringMatching(/^✗ call failed for 1 receiver \(bob\): 416 /),
      expect.stringMatching(/^sent 0 · failed 1 · not attempted 0 /),
    ]);
    expect(lines(stderr)).toEqual([
      expect.stringMatching(/^Sending a text message from alice to 1 receiver in 1 call through /),
      "1 repeated receiver id ignored: each receiver gets the message once.",
      expect.stringMatching(/^Stopped early: the API kept answering 416/),
    ]);
  });

  it('refuses an empty --to after a valid one, as it refuses --to "" alone', async () => {
    stub = await startStubServer((request) => allSent(request));
    for (const to of [
      ["--to", ""],
      ["--to", "bob", "--to", ""],
    ]) {
      const { code, stdout, stderr } = await runCli(send(...to), { env: CREDENTIALS });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe('error: --to needs a receiver id, got ""\n');
    }
    expect(stub.requests).toHaveLength(0);
  });

  it("reads the receivers from stdin when none are given as flags", async () => {
    stub = await startStubServer((request) => allSent(request));
    const { code, stdout } = await runCli(send(), {
      env: CREDENTIALS,
      stdin: "bob\n# a comment\ncarol\n",
    });

    expect(code).toBe(0);
    expect(stub.requests[0]?.body.receiver_ids).toEqual(["bob", "carol"]);
    expect(lines(stdout).at(-1)).toMatch(/^sent 2 · failed 0 /);
  });

  it("writes one JSON object per receiver outcome and a summary object with --json", async () => {
    stub = await startStubServer(() => ({
      body: {
        code: 200,
        msg: "success",
        data: {
          success_list: [{ message_server_id: 42, receiver_id: "bob" }],
          failed_list: [
            { account_id: "ghost1", error_code: 102404, error_msg: "account not exist" },
          ],
        },
      },
    }));
    const { code, stdout, stderr } = await runCli(send("--to", "bob,ghost1", "--json"), {
      env: CREDENTIALS,
    });

    expect(code).toBe(1);
    const [plan, ...records] = lines(stdout).map((line) => JSON.parse(line));
    const traceId = stub.requests[0]?.headers["x-custom-traceid"];
    // The plan comes first: with the message's fingerprint, for --resume.
    expect(plan.plan).toMatchObject({
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      receivers: 2,
      calls: 1,
      baseUrl: stub.baseUrl,
    });
    expect(records).toHaveLength(3);
    expect(records).toContainEqual({
      status: "sent",
      receiverId: "bob",
      messageServerId: "42",
      traceId,
      attempts: 1,
    });
    expect(records).toContainEqual({
      status: "failed",
      receiverId: "ghost1",
      errorCode: 102404,
      errorMsg: "account not exist",
      maybeDelivered: false,
      traceId,
      attempts: 1,
    });
    expect(records[2].summary).toMatchObject({
      fingerprint: plan.plan.fingerprint,
      sent: 1,
      failed: 1,
      notAttempted: 0,
      calls: 1,
      aborted: false,
      mock: false,
      baseUrl: stub.baseUrl,
    });
    // Notices for people go to stderr, so stdout stays machine-readable.
    expect(stderr).toMatch(/^Sending a text message from alice to 2 receivers in 1 call through /);
  });

  it("signs each call with the environment's credentials and never prints the secret", async () => {
    stub = await startStubServer((request) => allSent(request));
    const { code, stdout, stderr } = await runCli(send("--to", "bob"), { env: CREDENTIALS });

    expect(code).toBe(0);
    const headers = stub.requests[0]?.headers ?? {};
    expect(headers.appkey).toBe(CREDENTIALS.YUNXIN_APP_KEY);
    const expected = createHash("sha1")
      .update(`${CREDENTIALS.YUNXIN_APP_SECRET}${headers.nonce}${headers.curtime}`)
      .digest("hex");
    expect(headers.checksum).toBe(expected);
    expect(stdout + stderr).not.toContain(CREDENTIALS.YUNXIN_APP_SECRET);
  });

  it("on Ctrl-C starts no new call, lets the call in flight finish, reports all, and exits 130", async () => {
    stub = await startStubServer(() => "hold");
    const path = await receiversFile(250);
    const cli = spawnCli(send("--to-file", path, "--concurrency", "1"), { env: CREDENTIALS });
    await stub.received(1);
    cli.child.kill("SIGINT");
    await cli.stderrMatches(/^Stopping: no new calls start/m);
    stub.release((request) => allSent(request));
    const { code, stdout, stderr } = await cli.result;

    expect(code).toBe(130);
    const output = lines(stdout);
    expect(output.filter((line) => /^✓ user\d+ {2}message /.test(line))).toHaveLength(100);
    expect(
      output.filter((line) => /^- user\d+ {2}not attempted: aborted$/.test(line)),
    ).toHaveLength(150);
    expect(output.at(-1)).toMatch(/^sent 100 · failed 0 · not attempted 150 /);
    expect(lines(stderr).at(-1)).toMatch(/^Interrupted: /);
    expect(stub.requests).toHaveLength(1);
  });

  it("stops and exits 1 when stdout's reader goes away, saying on stderr who was and was not sent", async () => {
    // `yunxin-im send … --json | head -1`: the first call is answered, the second is held until
    // the reader is gone. The CLI learns of it at its next write, so the third call may or may
    // not have started by then: it is refused, so that either way 50 receivers are not sent.
    stub = await startStubServer((request, index) => {
      if (index === 0) return allSent(request);
      if (index === 1) return "hold";
      return apiError(414, "parameter error");
    });
    const path = await receiversFile(250);
    const cli = spawnCli(send("--to-file", path, "--concurrency", "1", "--json"), {
      env: CREDENTIALS,
    });
    const firstLine = new Promise<string>((resolve) => {
      let text = "";
      cli.child.stdout?.on("data", (chunk: string) => {
        text += chunk;
        // The plan line, then the first outcome.
        if (text.split("\n").length > 2) resolve(text.split("\n")[1] ?? "");
      });
    });
    expect(JSON.parse(await firstLine)).toMatchObject({ status: "sent" });
    await stub.received(2);
    cli.child.stdout?.destroy();
    stub.release((request) => allSent(request, 9_897_543_191_000));
    const { code, stderr } = await cli.result;

    expect(code).toBe(1);
    expect(stderr).toMatch(
      /error: stdout was closed before all results were written \(no call starts once that is noticed\)\. Of 250 receivers, 200 were sent and 50 were not \((0 failed, 50 not attempted|50 failed, 0 not attempted)\)/,
    );
    expect(stub.requests.length).toBeLessThanOrEqual(3);
  });
});

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lines, runCli } from "./support/cli.js";
import { type StubRequest, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret-4f1c" };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function notify(...args: string[]) {
  if (!stub) throw new Error("start the stub first");
  return [
    "notify",
    "--from",
    "system",
    "--content",
    '{"kind":"ping"}',
    "--base-url",
    stub.baseUrl,
    ...args,
  ];
}

const everyoneServed = (request: StubRequest) => ({
  body: {
    code: 200,
    msg: "success",
    data: { success_list: request.body.receiver_ids ?? [], failed_list: [] },
  },
});

async function receiversFile(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-cli-"));
  const path = join(dir, "receivers.txt");
  const ids = Array.from({ length: count }, (_, index) => `user${String(index).padStart(3, "0")}`);
  await writeFile(path, `${ids.join("\n")}\n`);
  return path;
}

describe("yunxin-im notify against a scripted server", () => {
  it("sends the custom notification in calls of 500 to the batch custom notification path and reports each receiver", async () => {
    stub = await startStubServer(everyoneServed);
    const { code, stdout } = await runCli(notify("--to-file", await receiversFile(600)), {
      env: CREDENTIALS,
    });

    expect(code).toBe(0);
    expect(stub.requests.map((request) => request.url)).toEqual([
      "/im/v2/custom_notification/batch",
      "/im/v2/custom_notification/batch",
    ]);
    expect(stub.requests.map((request) => request.body.receiver_ids?.length)).toEqual([500, 100]);
    expect(JSON.parse(stub.requests[0]?.text ?? "{}")).toMatchObject({
      sender_id: "system",
      content: '{"kind":"ping"}',
    });
    const output = lines(stdout);
    expect(output).toContain("✓ user000  notified");
    expect(output).toHaveLength(601);
    expect(output.at(-1)).toMatch(/^sent 600 · failed 0 · not attempted 0 \(2 calls, /);
  });

  it("reports a receiver in failed_list with its code and one in neither list as maybe delivered, and exits 1", async () => {
    stub = await startStubServer(() => ({
      body: {
        code: 200,
        msg: "success",
        data: {
          success_list: ["bob"],
          failed_list: [
            { account_id: "ghost1", error_code: 102404, error_msg: "account not exist" },
          ],
        },
      },
    }));
    const { code, stdout } = await runCli(notify("--to", "bob,ghost1,carol", "--json"), {
      env: CREDENTIALS,
    });

    expect(code).toBe(1);
    const records = lines(stdout).map((line) => JSON.parse(line));
    const traceId = stub.requests[0]?.headers["x-custom-traceid"];
    expect(records).toContainEqual({ status: "sent", receiverId: "bob", traceId, attempts: 1 });
    expect(records).toContainEqual(
      expect.objectContaining({ receiverId: "ghost1", status: "failed", errorCode: 102404 }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ receiverId: "carol", status: "failed", maybeDelivered: true }),
    );
    expect(records.at(-1)).toMatchObject({ summary: { sent: 1, failed: 2, calls: 1 } });
  });

  it("refuses a notification without content, or with a bad sender id, and sends nothing", async () => {
    stub = await startStubServer(everyoneServed);
    const noContent = await runCli(
      ["notify", "--from", "system", "--to", "bob", "--base-url", stub.baseUrl],
      { env: CREDENTIALS },
    );
    expect(noContent.code).toBe(2);
    expect(noContent.stderr).toMatch(/--content <text> is required/);
    const badSender = await runCli(
      [
        "notify",
        "--from",
        "Not A Sender!",
        "--content",
        "x",
        "--to",
        "bob",
        "--base-url",
        stub.baseUrl,
      ],
      { env: CREDENTIALS },
    );
    expect(badSender.code).toBe(2);
    expect(badSender.stderr).toMatch(/sender_id.*nothing was sent/);
    expect(stub.requests).toHaveLength(0);
  });
});

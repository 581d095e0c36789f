import { OPERATIONS } from "@yunxin-im/core";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret" };
const INT64_MAX = "9223372036854775807";

const stubs: StubServer[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.close()));
});

async function stub(raw: string) {
  const server = await startStubServer(() => ({ raw }));
  stubs.push(server);
  return server;
}

describe("yunxin-im call", () => {
  it("calls a GET with an int64 path id beyond 2^53, signed, and prints data with the id exact", async () => {
    const server = await stub(
      `{"code":200,"msg":"success","data":{"room_id":${INT64_MAX},"valid":true}}`,
    );
    const { code, stdout } = await runCli(
      [
        "call",
        "getChatroomInfo",
        "--path",
        `room_id=${INT64_MAX}`,
        "--query",
        "need_online_user_count=true",
        "--base-url",
        server.baseUrl,
      ],
      { env: CREDENTIALS },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout.replace(/"room_id": (\d+)/, '"room_id": "$1"'))).toEqual({
      room_id: INT64_MAX,
      valid: true,
    });
    expect(stdout).toContain(`"room_id": "${INT64_MAX}"`);
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe(`/im/v2/chatrooms/${INT64_MAX}?need_online_user_count=true`);
    expect(request?.headers.checksum).toMatch(/^[0-9a-f]{40}$/);
    expect(request?.headers["x-custom-traceid"]).toBeTruthy();
  });

  it("sends a body read from stdin with its int64 field as the exact JSON number", async () => {
    const server = await stub('{"code":200,"msg":"success","data":{}}');
    const { code } = await runCli(
      [
        "call",
        "updateChatroomInfo",
        "--path",
        `room_id=${INT64_MAX}`,
        "--body",
        "-",
        "--base-url",
        server.baseUrl,
      ],
      { env: CREDENTIALS, stdin: `{"room_id": ${INT64_MAX}, "room_name": "launch"}` },
    );
    expect(code).toBe(0);
    expect(server.requests[0]?.method).toBe("PATCH");
    expect(server.requests[0]?.text).toContain(`"room_id":${INT64_MAX}`);
  });

  it("calls a DELETE with its query parameters", async () => {
    const server = await stub('{"code":200,"msg":"success"}');
    const { code, stdout } = await runCli(
      [
        "call",
        "recallChatroomMessage",
        "--path",
        "room_id=12345",
        "--path",
        "message_client_id=c-1",
        "--query",
        "operator_id=alice",
        "--query",
        "sender_id=alice",
        "--query",
        "create_time=1717401600000",
        "--query",
        "notification_enabled=false",
        "--base-url",
        server.baseUrl,
      ],
      { env: CREDENTIALS },
    );
    expect(code).toBe(0);
    expect(stdout).toBe("null\n");
    expect(server.requests[0]?.method).toBe("DELETE");
    expect(server.requests[0]?.url).toBe(
      "/im/v2/chatrooms/12345/messages/c-1?operator_id=alice&sender_id=alice&create_time=1717401600000&notification_enabled=false",
    );
  });

  it("refuses input the spec refuses, naming the operation, the field and the rule, and sends nothing", async () => {
    const server = await stub('{"code":200,"msg":"success","data":{}}');
    const cases: [string[], RegExp][] = [
      [["--path", "room_id=abc"], /getChatroomInfo: path parameter room_id must be an int64/],
      [[], /getChatroomInfo: .*room_id.*required/],
      [
        ["--path", "room_id=1", "--query", "nope=1"],
        /getChatroomInfo has no query parameter "nope" \(its query parameters: need_online_user_count/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runCli(
        ["call", "getChatroomInfo", ...args, "--base-url", server.baseUrl],
        { env: CREDENTIALS },
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("names the closest operations for an unknown operationId", async () => {
    const { code, stderr } = await runCli(["call", "getChatroomInf"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown operation "getChatroomInf" (did you mean getChatroomInfo');
  });

  it("exits 1 with the API's code and msg when the API refuses the call", async () => {
    const server = await stub('{"code":414,"msg":"room not found"}');
    const { code, stderr, stdout } = await runCli(
      ["call", "getChatroomInfo", "--path", "room_id=1", "--base-url", server.baseUrl],
      { env: CREDENTIALS },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /getChatroomInfo refused by the API: code 414 room not found \(trace id /,
    );
  });

  it("calls the embedded mock without credentials and prints the spec's example data", async () => {
    const { code, stdout, stderr } = await runCli([
      "call",
      "getChatroomInfo",
      "--path",
      "room_id=1234567",
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("Mock mode: calling getChatroomInfo on a Prism mock");
    expect(typeof JSON.parse(stdout).room_id).toBe("string");
  });
});

describe("yunxin-im operations", () => {
  it("lists every operation of the spec, grouped by tag", async () => {
    const { code, stdout } = await runCli(["operations"]);
    expect(code).toBe(0);
    for (const [operationId, facts] of Object.entries(OPERATIONS)) {
      expect(stdout).toContain(operationId);
      expect(stdout).toContain(facts.summary);
    }
    expect(stdout).toContain(`${Object.keys(OPERATIONS).length} operations`);
  });

  it("gives one JSON object per operation with --json, filtered by --tag", async () => {
    const { code, stdout } = await runCli(["operations", "--json", "--tag", "Chatroom"]);
    expect(code).toBe(0);
    const listed = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const expected = Object.entries(OPERATIONS).filter(([, facts]) =>
      facts.tags.includes("Chatroom"),
    );
    expect(listed.map((entry) => entry.operationId)).toEqual(expected.map(([id]) => id));
    expect(listed[0]).toMatchObject({
      method: expect.any(String),
      path: expect.any(String),
      idempotent: expect.any(Boolean),
    });
  });
});

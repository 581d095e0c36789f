import { afterEach, describe, expect, it } from "vitest";
import { EXIT, run } from "../src/index.js";
import { captureIo, closedPort } from "./support/io.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const SECRET = "stub-secret-7d2e";
const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: SECRET };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function send(baseUrl: string, ...args: string[]) {
  return ["send", "--from", "alice", "--to", "bob", "--text", "Hi", "--base-url", baseUrl, ...args];
}

const debugLines = (stderr: string) =>
  stderr.split("\n").filter((line) => line.startsWith("debug: "));

describe("--debug", () => {
  it("prints one stderr line per HTTP attempt, with the trace id, status, code, duration and attempt", async () => {
    stub = await startStubServer((request, index) =>
      index === 0 ? { status: 502, body: "bad gateway" } : allSent(request),
    );
    const { streams, stdout, stderr } = captureIo(CREDENTIALS);

    expect(await run(send(stub.baseUrl, "--debug"), streams)).toBe(EXIT.ok);
    const traceId = stub.requests[0]?.headers["x-custom-traceid"];
    const host = new URL(stub.baseUrl).host;
    const curTime = stub.requests[1]?.headers.curtime;
    expect(debugLines(stderr())).toEqual([
      expect.stringMatching(
        new RegExp(
          `^debug: POST ${host} trace_id=${traceId} attempt=1 status=502 code=- duration_ms=\\d+ `,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^debug: POST ${host} trace_id=${traceId} attempt=2 status=200 code=200 duration_ms=\\d+ app_key=stub-app-key cur_time=${curTime} app_secret=<redacted> checksum=<redacted>$`,
        ),
      ),
    ]);
    expect(stdout()).not.toContain("debug:");
  });

  it("never shows the AppSecret or the CheckSum", async () => {
    stub = await startStubServer((request) => allSent(request));
    const { streams, stdout, stderr } = captureIo(CREDENTIALS);

    expect(await run(send(stub.baseUrl, "--debug"), streams)).toBe(EXIT.ok);
    const checksum = String(stub.requests[0]?.headers.checksum);
    expect(checksum).toMatch(/^[0-9a-f]{40}$/);
    for (const output of [stdout(), stderr()]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain(checksum);
    }
  });

  it("is turned on by YUNXIN_DEBUG=1 too, and off without either", async () => {
    stub = await startStubServer((request) => allSent(request));
    const on = captureIo({ ...CREDENTIALS, YUNXIN_DEBUG: "1" });
    expect(await run(send(stub.baseUrl), on.streams)).toBe(EXIT.ok);
    expect(debugLines(on.stderr())).toHaveLength(1);

    const off = captureIo({ ...CREDENTIALS, YUNXIN_DEBUG: "0" });
    expect(await run(send(stub.baseUrl), off.streams)).toBe(EXIT.ok);
    expect(debugLines(off.stderr())).toEqual([]);
  });

  it("names the error of an attempt that got no answer, and whether it reached a server", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const { streams, stderr } = captureIo(CREDENTIALS);

    expect(await run(send(baseUrl, "--debug"), streams)).toBe(EXIT.failed);
    const attempts = debugLines(stderr());
    expect(attempts.length).toBeGreaterThan(0);
    for (const [index, line] of attempts.entries()) {
      expect(line).toMatch(
        new RegExp(
          `attempt=${index + 1} status=- code=- duration_ms=\\d+ error="ECONNREFUSED" reached_server=false `,
        ),
      );
    }
  });
});

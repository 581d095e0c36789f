import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { otlpWanted } from "../src/otlp-export.js";
import { runCli } from "./support/cli.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "otlp-app-key", YUNXIN_APP_SECRET: "otlp-app-secret-8b2d" };
const TEXT = "otlp message text 5c0e";

let stub: StubServer | undefined;
let collector: Server | undefined;
afterEach(async () => {
  await stub?.close();
  collector?.closeAllConnections();
  await new Promise((resolve) => (collector ? collector.close(resolve) : resolve(undefined)));
  stub = undefined;
  collector = undefined;
});

/** An OTLP/HTTP receiver: every JSON body posted, by path. */
async function startCollector() {
  const received: { path: string; body: string }[] = [];
  collector = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ path: request.url ?? "", body });
      response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector?.listen(0, "127.0.0.1", resolve));
  const { port } = collector.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received };
}

describe("yunxin-im send --otel", () => {
  it("exports the run's, the calls' and the attempts' spans and the metrics over OTLP/HTTP, with no secret or message text", async () => {
    stub = await startStubServer(allSent);
    const { url, received } = await startCollector();

    const result = await runCli(
      [
        "send",
        "--from",
        "alice",
        "--text",
        TEXT,
        "--to",
        "bob,carol",
        "--base-url",
        stub.baseUrl,
        "--otel",
      ],
      { env: { ...CREDENTIALS, OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_SERVICE_NAME: "otlp-test" } },
    );

    expect(result.code, result.stderr).toBe(0);
    const traces = received.filter((each) => each.path === "/v1/traces").map((each) => each.body);
    const metrics = received.filter((each) => each.path === "/v1/metrics").map((each) => each.body);
    expect(traces.length).toBeGreaterThan(0);
    expect(metrics.length).toBeGreaterThan(0);
    const spans = traces.join("\n");
    for (const name of [
      '"sendToMany"',
      '"sendBatchMessages"',
      '"POST /im/v2/conversations/messages"',
      '"otlp-test"',
    ]) {
      expect(spans).toContain(name);
    }
    expect(metrics.join("\n")).toContain('"yunxin.calls"');
    for (const body of [...traces, ...metrics]) {
      expect(body).not.toContain(CREDENTIALS.YUNXIN_APP_SECRET);
      expect(body).not.toContain(TEXT);
    }
  }, 60_000);

  it("is on for the standard variables asking for OTLP, off for OTEL_SDK_DISABLED", () => {
    expect(otlpWanted(false, {})).toBe(false);
    expect(otlpWanted(true, {})).toBe(true);
    expect(otlpWanted(false, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
    expect(otlpWanted(false, { OTEL_TRACES_EXPORTER: "otlp" })).toBe(true);
    expect(otlpWanted(true, { OTEL_SDK_DISABLED: "true" })).toBe(false);
  });
});

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createCallbackHandler } from "../examples/fetch-callback-handler.mjs";
import { createCallbackServer } from "../examples/node-http-callback.mjs";
import { independentCallbackHeaders } from "./support/vectors.js";

const appSecret = "c5b4b3d6e3f0";
const message = {
  eventType: "1",
  convType: "PERSON",
  fromAccount: "alice",
  to: "bob",
  body: "你好",
};
const BODY = JSON.stringify(message);

/** Collects what the example hands to the application and what it logs. */
function sink() {
  const messages: unknown[] = [];
  const logs: string[] = [];
  return {
    messages,
    logs,
    options: {
      appSecret,
      onMessage: async (m: unknown) => void messages.push(m),
      log: (line: string) => void logs.push(line),
    },
  };
}

describe("the fetch-style handler example", () => {
  const post = (body: string, headers: Record<string, string>) =>
    new Request("https://app.example/yunxin", { method: "POST", body, headers });

  it("hands a signed callback to the application and answers 200", async () => {
    const { messages, options } = sink();
    const handler = createCallbackHandler(options);
    const response = await handler(
      post(BODY, independentCallbackHeaders(appSecret, BODY, Date.now())),
    );
    expect(response.status).toBe(200);
    expect(messages).toEqual([message]);
  });

  it("answers 401 to a forged callback, logs why, and hands nothing on", async () => {
    const { messages, logs, options } = sink();
    const handler = createCallbackHandler(options);
    const forged = independentCallbackHeaders("guessed-secret", BODY, Date.now());
    const response = await handler(post(BODY, forged));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("checksum-mismatch");
    expect(messages).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/^rejected a callback: checksum-mismatch/)]);
  });

  it("answers the unsigned {} that checks the URL with 200 and hands nothing on", async () => {
    const { messages, options } = sink();
    const response = await createCallbackHandler(options)(post("{}", {}));
    expect(response.status).toBe(200);
    expect(messages).toEqual([]);
  });
});

describe("the Node http server example", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function start(options: ReturnType<typeof sink>["options"]) {
    server = createCallbackServer(options);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/yunxin`;
  }

  it("hands a signed callback to the application and answers 200", async () => {
    const { messages, options } = sink();
    const url = await start(options);
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(appSecret, BODY, Date.now()),
      body: BODY,
    });
    expect(response.status).toBe(200);
    expect(messages).toEqual([message]);
  });

  it("answers 401 to a stale replay and hands nothing on", async () => {
    const { messages, logs, options } = sink();
    const url = await start(options);
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(appSecret, BODY, Date.now() - 3_600_000),
      body: BODY,
    });
    expect(response.status).toBe(401);
    expect(messages).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/^rejected a callback: stale/)]);
  });
});

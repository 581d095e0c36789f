import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createYunxinClient } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { createSigningMiddleware, type SigningMiddlewareOptions } from "../src/index.js";
import { checkSumVectors } from "./support/vectors.js";

const reference = checkSumVectors[0];
if (!reference) throw new Error("no vectors");
const clock = {
  now: () => Number(reference.curTime) * 1000 + 250,
  createNonce: () => reference.nonce,
};

/** A loopback server answering every request with a success envelope; records the headers. */
async function recordingServer() {
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    headers.push(request.headers);
    request.resume().on("end", () => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end('{"code":200,"msg":"ok","data":{"message_server_id":1}}');
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    headers,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The headers the server saw of one send, with the signer alone or behind another middleware. */
async function signedHeaders(options: SigningMiddlewareOptions, alone: boolean) {
  const server = await recordingServer();
  try {
    const client = createYunxinClient({ baseUrl: server.url, telemetry: false });
    client.use(createSigningMiddleware(options));
    // Any other middleware puts the call back on openapi-fetch, the signer's onRequest signing it.
    if (!alone) client.use({ onRequest() {} });
    await client.sendMessage(
      {
        params: { path: { conversation_id: "alice|1|bob" } },
        body: { message: { message_type: 0, text: "hello" } },
      },
      { traceId: "call-1" },
    );
    const [seen] = server.headers;
    const { host: _host, ...rest } = seen ?? {};
    return rest;
  } finally {
    await server.close();
  }
}

describe("the signer as the core client's only middleware (its direct path)", () => {
  it.each([
    ["fixed credentials", { appKey: "my-app-key", appSecret: reference.appSecret, ...clock }],
    [
      "a credentials provider",
      {
        credentials: async () => ({ appKey: "my-app-key", appSecret: reference.appSecret }),
        ...clock,
      },
    ],
  ] as [string, SigningMiddlewareOptions][])(
    "sends the same signature headers as its onRequest does, with %s",
    async (_, options) => {
      const direct = await signedHeaders(options, true);
      const viaMiddleware = await signedHeaders(options, false);

      expect(direct).toEqual(viaMiddleware);
      expect(direct).toMatchObject({
        appkey: "my-app-key",
        nonce: reference.nonce,
        curtime: reference.curTime,
        checksum: reference.checkSum,
        "x-custom-traceid": "call-1",
      });
    },
  );

  it("refuses a bad nonce on the direct path too, sending nothing", async () => {
    const server = await recordingServer();
    try {
      const client = createYunxinClient({ baseUrl: server.url });
      client.use(
        createSigningMiddleware({ appKey: "k", appSecret: "s", createNonce: () => "has space" }),
      );

      await expect(
        client.sendMessage({
          params: { path: { conversation_id: "alice|1|bob" } },
          body: { message: { message_type: 0, text: "hello" } },
        }),
      ).rejects.toMatchObject({ name: "SigningConfigError", field: "createNonce" });
      expect(server.headers).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import {
  type CallbackVerification,
  type VerifyCallbackStreamOptions,
  verifyNodeCallback,
} from "../src/index.js";
import { independentCallbackHeaders } from "./support/vectors.js";

const SECRET = "云信密钥";
const NOW = 1_700_000_000_000;
const BODY = '{"eventType":"1","convType":"PERSON","fromAccount":"alice","to":"bob","body":"你好"}';
const options = { appSecret: SECRET, now: () => NOW };

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A loopback Node http server whose handler verifies every callback; answers the verdict. */
async function startServer(verifyOptions: VerifyCallbackStreamOptions) {
  const verdicts: CallbackVerification[] = [];
  server = createServer(async (request, response) => {
    const result = await verifyNodeCallback(request, verifyOptions);
    verdicts.push(result);
    const status = result.ok ? 200 : result.reason === "body-too-large" ? 413 : 401;
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/yunxin/callback`, verdicts };
}

describe("verifyNodeCallback with a Node http server", () => {
  it("accepts a signed callback read from the request stream", async () => {
    const { url } = await startServer(options);
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...independentCallbackHeaders(SECRET, BODY, NOW),
      },
      body: BODY,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, body: BODY, curTime: NOW });
  });

  it("rejects a tampered callback with its reason", async () => {
    const { url } = await startServer(options);
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, BODY, NOW),
      body: BODY.replace("alice", "mallory"),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, reason: "md5-mismatch" });
  });

  it("rejects a stale callback", async () => {
    const { url } = await startServer(options);
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, BODY, NOW - 10 * 60_000),
      body: BODY,
    });
    expect(await response.json()).toMatchObject({ ok: false, reason: "stale" });
  });

  it("answers a too-large chunked body after reading it to the end", async () => {
    const { url, verdicts } = await startServer({ ...options, maxBodyBytes: 100 });
    const chunk = new TextEncoder().encode("x".repeat(1000));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, BODY, NOW),
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(verdicts).toEqual([
      {
        ok: false,
        reason: "body-too-large",
        message: "The body is longer than maxBodyBytes (100)",
        body: undefined,
      },
    ]);
  });

  it("refuses a declared Content-Length over the limit", async () => {
    const { url } = await startServer({ ...options, maxBodyBytes: 10 });
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, BODY, NOW),
      body: BODY,
    });
    expect(response.status).toBe(413);
  });
});

/** POSTs over real HTTP with a header sent as several lines (fetch would join them into one). */
function postWithRepeatedHeader(
  url: string,
  headers: Record<string, string>,
  repeated: string,
  body: string,
): Promise<{ status: number; verdict: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string | string[]> = { ...headers };
    outgoing[repeated] = [headers[repeated] as string, headers[repeated] as string];
    const request = httpRequest(url, { method: "POST", headers: outgoing }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, verdict: JSON.parse(text) }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("verifyNodeCallback with repeated headers over real HTTP", () => {
  it.each(["MD5", "CheckSum", "CurTime"])(
    "rejects a %s header sent twice as repeated, although Node joins the two lines",
    async (name) => {
      const { url } = await startServer(options);
      const { status, verdict } = await postWithRepeatedHeader(
        url,
        independentCallbackHeaders(SECRET, BODY, NOW),
        name,
        BODY,
      );
      expect(status).toBe(401);
      expect(verdict).toMatchObject({
        ok: false,
        reason: "malformed-header",
        message: `The ${name} header is repeated`,
      });
    },
  );

  it("rejects it the same way when a raw-body parser set the body", async () => {
    const verdicts: CallbackVerification[] = [];
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      // What express.raw() leaves: the IncomingMessage itself, read, with a Buffer body.
      const result = await verifyNodeCallback(
        Object.assign(request, { body: Buffer.concat(chunks) }),
        options,
      );
      verdicts.push(result);
      response.writeHead(result.ok ? 200 : 401).end(JSON.stringify(result));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await postWithRepeatedHeader(
      `http://127.0.0.1:${port}/`,
      independentCallbackHeaders(SECRET, BODY, NOW),
      "MD5",
      BODY,
    );
    expect(verdicts).toEqual([
      expect.objectContaining({
        reason: "malformed-header",
        message: "The MD5 header is repeated",
      }),
    ]);
  });
});

describe("verifyNodeCallback with an Express-style request", () => {
  const headers = Object.fromEntries(
    Object.entries(independentCallbackHeaders(SECRET, BODY, NOW)).map(([k, v]) => [
      k.toLowerCase(),
      v,
    ]),
  );

  it("uses a raw Buffer body set by express.raw()", async () => {
    const request = { headers, body: Buffer.from(BODY), readableEnded: true };
    await expect(verifyNodeCallback(request, options)).resolves.toEqual({
      ok: true,
      body: BODY,
      curTime: NOW,
    });
  });

  it("uses a text body set by express.text()", async () => {
    const request = { headers, body: BODY, readableEnded: true };
    await expect(verifyNodeCallback(request, options)).resolves.toMatchObject({ ok: true });
  });

  it("reads the stream when a parser left a placeholder object and did not read it", async () => {
    const stream = Readable.from([Buffer.from(BODY.slice(0, 10)), Buffer.from(BODY.slice(10))]);
    const request = Object.assign(stream, { headers, body: {} });
    await expect(verifyNodeCallback(request, options)).resolves.toEqual({
      ok: true,
      body: BODY,
      curTime: NOW,
    });
  });

  it("reads string chunks of a stream with an encoding set", async () => {
    const stream = Readable.from(BODY.match(/.{1,7}/gsu) ?? []);
    const request = Object.assign(stream, { headers });
    await expect(verifyNodeCallback(request, options)).resolves.toMatchObject({ ok: true });
  });

  it("rejects a tampered Buffer body", async () => {
    const request = { headers, body: Buffer.from(BODY.replace("bob", "eve")) };
    await expect(verifyNodeCallback(request, options)).resolves.toMatchObject({
      ok: false,
      reason: "md5-mismatch",
    });
  });

  it("throws a TypeError with guidance when express.json() already parsed the body", async () => {
    const stream = Readable.from([]);
    await new Promise((resolve) => stream.on("end", resolve).resume());
    const request = Object.assign(stream, { headers, body: JSON.parse(BODY) });
    await expect(verifyNodeCallback(request, options)).rejects.toThrow(
      /raw callback body is gone.*express\.raw/,
    );
    await expect(verifyNodeCallback({ headers, body: JSON.parse(BODY) }, options)).rejects.toThrow(
      TypeError,
    );
  });
});

import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import {
  type CallbackVerification,
  SigningConfigError,
  verifyCallbackRequest,
} from "../src/index.js";
import { bodyBytes, callbackVectors, independentCallbackHeaders } from "./support/vectors.js";

const SECRET = "c5b4b3d6e3f0";
const NOW = 1_700_000_000_000;
const BODY = '{"eventType":"1","msgType":"TEXT","body":"云信 👋"}';
const options = { appSecret: SECRET, now: () => NOW };

function callbackRequest(body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request("https://app.example/yunxin/callback", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body that arrives in chunks, without a Content-Length. */
function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe("verifyCallbackRequest", () => {
  it.each(callbackVectors)("accepts the vector $description", async (vector) => {
    const request = callbackRequest(bodyBytes(vector), {
      MD5: vector.md5,
      CheckSum: vector.checkSum,
      CurTime: vector.curTime,
    });
    const result = await verifyCallbackRequest(request, {
      appSecret: vector.appSecret,
      now: () => Number(vector.curTime),
    });
    expect(result).toEqual({
      ok: true,
      body: new TextDecoder().decode(bodyBytes(vector)),
      curTime: Number(vector.curTime),
    });
  });

  it("hands back the raw body it read, ready for JSON.parse", async () => {
    const request = callbackRequest(BODY, independentCallbackHeaders(SECRET, BODY, NOW));
    const result = await verifyCallbackRequest(request, options);
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(result.body)).toEqual({ eventType: "1", msgType: "TEXT", body: "云信 👋" });
  });

  it("verifies a body that arrives in chunks split inside a character", async () => {
    const bytes = new TextEncoder().encode(BODY);
    const split = BODY.indexOf("云") + 1 + 1; // in the middle of a 3-byte character
    const request = callbackRequest(
      streamOf(bytes.slice(0, split), bytes.slice(split)),
      independentCallbackHeaders(SECRET, BODY, NOW),
    );
    await expect(verifyCallbackRequest(request, options)).resolves.toEqual({
      ok: true,
      body: BODY,
      curTime: NOW,
    });
  });

  it("rejects a tampered body as md5-mismatch and hands it back", async () => {
    const tampered = BODY.replace("TEXT", "TEXX");
    const request = callbackRequest(tampered, independentCallbackHeaders(SECRET, BODY, NOW));
    await expect(verifyCallbackRequest(request, options)).resolves.toMatchObject({
      ok: false,
      reason: "md5-mismatch",
      body: tampered,
    });
  });

  it("rejects a stale callback", async () => {
    const request = callbackRequest(BODY, independentCallbackHeaders(SECRET, BODY, NOW - 600_000));
    await expect(verifyCallbackRequest(request, options)).resolves.toMatchObject({
      ok: false,
      reason: "stale",
    });
  });

  it("rejects a request without signature headers", async () => {
    const request = callbackRequest("{}", {});
    await expect(verifyCallbackRequest(request, options)).resolves.toMatchObject({
      ok: false,
      reason: "missing-header",
      message: "No MD5 header",
    });
  });

  it("treats a request without a body as an empty body", async () => {
    const request = new Request("https://app.example/cb", {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, "", NOW),
    });
    await expect(verifyCallbackRequest(request, options)).resolves.toEqual({
      ok: true,
      body: "",
      curTime: NOW,
    });
  });

  it("refuses a declared Content-Length over maxBodyBytes without reading the body", async () => {
    const request = callbackRequest(BODY, {
      ...independentCallbackHeaders(SECRET, BODY, NOW),
      "Content-Length": "2000000",
    });
    const result = await verifyCallbackRequest(request, options);
    expect(result).toEqual({
      ok: false,
      reason: "body-too-large",
      message: "The body is longer than maxBodyBytes (1048576)",
      body: undefined,
    });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body once it passes maxBodyBytes", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
      },
    });
    const request = callbackRequest(endless, independentCallbackHeaders(SECRET, BODY, NOW));
    const result = await verifyCallbackRequest(request, { ...options, maxBodyBytes: 1000 });
    expect(result).toMatchObject({ ok: false, reason: "body-too-large" });
    expect(pulled).toBeLessThan(40);
  });

  it("accepts a body of exactly maxBodyBytes", async () => {
    const bytes = new TextEncoder().encode(BODY);
    const request = callbackRequest(bytes, independentCallbackHeaders(SECRET, BODY, NOW));
    await expect(
      verifyCallbackRequest(request, { ...options, maxBodyBytes: bytes.byteLength }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("throws a TypeError when the body was already read", async () => {
    const request = callbackRequest(BODY, independentCallbackHeaders(SECRET, BODY, NOW));
    await request.text();
    await expect(verifyCallbackRequest(request, options)).rejects.toThrow(
      /already read; pass the raw body to verifyCallback/,
    );
  });

  it("refuses bad options before reading anything", async () => {
    for (const [bad, field] of [
      [{ maxBodyBytes: 0 }, "maxBodyBytes"],
      [{ maxBodyBytes: 1.5 }, "maxBodyBytes"],
      [{ appSecret: "" }, "appSecret"],
      [{ toleranceMs: Number.NaN }, "toleranceMs"],
    ] as const) {
      const request = callbackRequest(BODY, independentCallbackHeaders(SECRET, BODY, NOW));
      const error = await verifyCallbackRequest(request, { ...options, ...bad }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field });
      expect(request.bodyUsed).toBe(false);
    }
  });
});

describe("verifyCallbackRequest with repeated headers over real HTTP", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /**
   * A loopback server handing each request to the verifier as a Web Request built the way
   * fetch-style adapters for Node build it (@hono/node-server: every raw header line appended),
   * so a header sent twice arrives as one value joined with ", ", as in Deno, Bun and Workers.
   */
  async function startFetchStyleServer() {
    const verdicts: CallbackVerification[] = [];
    server = createServer(async (incoming, response) => {
      const headers = new Headers();
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
        headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
      }
      const request = new Request(`http://127.0.0.1${incoming.url}`, {
        method: incoming.method,
        headers,
        body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>,
        duplex: "half",
      } as RequestInit);
      const result = await verifyCallbackRequest(request, options);
      verdicts.push(result);
      response.writeHead(result.ok ? 200 : 401).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/yunxin/callback`, verdicts };
  }

  /** Sends `name` as two header lines (fetch itself would join them before sending). */
  function postTwice(url: string, name: string): Promise<number> {
    const headers: Record<string, string | string[]> = independentCallbackHeaders(
      SECRET,
      BODY,
      NOW,
    );
    headers[name] = [headers[name] as string, headers[name] as string];
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { method: "POST", headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", reject);
      request.end(BODY);
    });
  }

  it("accepts a signed callback, so the server is faithful", async () => {
    const { url, verdicts } = await startFetchStyleServer();
    const response = await fetch(url, {
      method: "POST",
      headers: independentCallbackHeaders(SECRET, BODY, NOW),
      body: BODY,
    });
    expect(response.status).toBe(200);
    expect(verdicts).toEqual([{ ok: true, body: BODY, curTime: NOW }]);
  });

  it.each(["MD5", "CheckSum", "CurTime"])(
    "rejects a %s header sent twice as repeated, from the joined value it receives",
    async (name) => {
      const { url, verdicts } = await startFetchStyleServer();
      expect(await postTwice(url, name)).toBe(401);
      expect(verdicts).toEqual([
        expect.objectContaining({
          reason: "malformed-header",
          message: `The ${name} header is repeated (it arrived as a comma-separated list)`,
        }),
      ]);
    },
  );
});

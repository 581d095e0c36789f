import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createYunxinClient as createOnFetch, type YunxinClient } from "../src/index.js";
import { jsonResponse } from "./support/observed-fetch.js";
import { SIGN_HEADERS, TRANSPORTS } from "./support/transports.js";
import { answerWith, wireServer } from "./support/wire-server.js";

const ok = '{"code":200,"msg":"ok","data":{"message_server_id":158844553334358020}}';
const signature = { AppKey: "app-key-1", Nonce: "nonce-1", CurTime: "1700000000", CheckSum: "c" };

/** A signer like @yunxin-im/signing's: the plain function and onRequest set the same headers. */
function countingSigner() {
  const runs = { direct: 0, middleware: 0 };
  const middleware: Middleware = {
    onRequest({ request }) {
      runs.middleware++;
      for (const [name, value] of Object.entries(signature)) request.headers.set(name, value);
    },
  };
  Object.defineProperty(middleware, SIGN_HEADERS, {
    value: (traceId: string) => {
      runs.direct++;
      return { ...signature, "X-custom-traceid": traceId };
    },
  });
  return { middleware, runs };
}

const noop: Middleware = { onRequest() {} };

/**
 * Calls that cover a path value to encode, an int64 path id, a `..` path value (which the URL
 * resolves), a query with an array and a `'` (which the URL encodes), a body and none.
 */
async function someCalls(client: YunxinClient) {
  await client.call("getChatroomInfo", { params: { path: { room_id: "9007199254740993" } } });
  await client.sendMessage(
    {
      params: { path: { conversation_id: ".." } },
      body: { message: { message_type: 0, text: "up" } },
    },
    { validate: false },
  );
  await client.queryMessagesByPage(
    {
      params: {
        path: { conversation_id: "a'b" },
        query: { begin_time: 0, end_time: 1, limit: 20, page_token: "it's" } as never,
      },
    },
    { validate: false },
  );
  await client.sendMessage(
    {
      params: { path: { conversation_id: "alice|1|bob" } },
      body: { message: { message_type: 0, text: "héllo & 'quoted'" } },
    },
    { traceId: "trace-1" },
  );
  await client.queryMessagesByPage(
    {
      params: {
        path: { conversation_id: "alice|1|bob" },
        query: { begin_time: 0, end_time: 1, limit: 20, message_type: [0, 1] },
      },
    },
    { traceId: "trace-2" },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(TRANSPORTS)(
  "the direct path on the $transport transport",
  ({ createYunxinClient }) => {
    it("sends the same request line, headers and body as the path through openapi-fetch", async () => {
      const server = await wireServer(answerWith(ok));
      try {
        const direct = countingSigner();
        const viaMiddleware = countingSigner();
        for (const middleware of [[direct.middleware], [viaMiddleware.middleware, noop]]) {
          let calls = 0;
          const client = createYunxinClient({
            baseUrl: `${server.url}/`,
            telemetry: false,
            createTraceId: () => `trace-${++calls}`,
          });
          client.use(...middleware);
          await someCalls(client);
        }

        expect(direct.runs).toEqual({ direct: 5, middleware: 0 });
        expect(viaMiddleware.runs).toEqual({ direct: 0, middleware: 5 });
        const half = server.seen.length / 2;
        const sentDirect = server.seen.slice(0, half);
        expect(sentDirect).toEqual(server.seen.slice(half));
        expect(sentDirect.map((seen) => seen.url)).toEqual([
          "/im/v2/chatrooms/9007199254740993",
          "/im/v2/messages",
          "/im/v2.1/conversations/a'b/messages?begin_time=0&end_time=1&limit=20&page_token=it%27s",
          "/im/v2/conversations/alice%7C1%7Cbob/messages",
          "/im/v2.1/conversations/alice%7C1%7Cbob/messages?begin_time=0&end_time=1&limit=20&message_type=0,1",
        ]);
      } finally {
        await server.close();
      }
    });

    it("goes through openapi-fetch while another middleware is installed, directly again once it is ejected", async () => {
      const server = await wireServer(answerWith(ok));
      try {
        const signer = countingSigner();
        const seen: string[] = [];
        const observer: Middleware = {
          onRequest({ request }) {
            seen.push(request.headers.get("x-custom-traceid") ?? "");
          },
        };
        const client = createYunxinClient({ baseUrl: server.url });
        client.use(signer.middleware);
        const send = (traceId: string) =>
          client.sendMessage(
            {
              params: { path: { conversation_id: "a|1|b" } },
              body: { message: { message_type: 0, text: "hi" } },
            },
            { traceId },
          );

        await send("direct-1");
        client.use(observer);
        await send("through-middleware");
        client.eject(observer);
        await send("direct-2");
        client.api.use(observer);
        await send("through-client-api");

        expect(seen).toEqual(["through-middleware", "through-client-api"]);
        expect(signer.runs).toEqual({ direct: 2, middleware: 2 });
        expect(server.seen.map((each) => each.headers["x-custom-traceid"])).toEqual([
          "direct-1",
          "through-middleware",
          "direct-2",
          "through-client-api",
        ]);
      } finally {
        await server.close();
      }
    });

    it("refuses the call, sending nothing, when the signer throws", async () => {
      const server = await wireServer(answerWith(ok));
      try {
        const failing = new Error("no credentials");
        const middleware: Middleware = { onRequest() {} };
        Object.defineProperty(middleware, SIGN_HEADERS, {
          value: async () => {
            throw failing;
          },
        });
        const client = createYunxinClient({ baseUrl: server.url });
        client.use(middleware);

        await expect(
          client.sendMessage({
            params: { path: { conversation_id: "a|1|b" } },
            body: { message: { message_type: 0, text: "hi" } },
          }),
        ).rejects.toBe(failing);
        expect(server.seen).toHaveLength(0);
      } finally {
        await server.close();
      }
    });
  },
);

describe("the direct path on fetch", () => {
  it("hands the runtime's fetch a URL and a plain init, never a Request or Headers", async () => {
    const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      calls.push([input, init]);
      return jsonResponse(ok);
    });
    const client = createOnFetch({ baseUrl: "https://example.test", createTraceId: () => "t-1" });
    client.use(countingSigner().middleware);

    await client.sendMessage({
      params: { path: { conversation_id: "a|1|b" } },
      body: { message: { message_type: 0, text: "hi" } },
    });

    const [input, init] = calls[0] ?? [];
    expect(input).toBe("https://example.test/im/v2/conversations/a%7C1%7Cb/messages");
    expect(init?.headers).toEqual({
      "Content-Type": "application/json;charset=UTF-8",
      ...signature,
      "X-custom-traceid": "t-1",
    });
    expect(init).toMatchObject({ method: "POST", redirect: "error" });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });
});

import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createYunxinClient, type SendBatchRequest, YunxinConnectionError } from "../src/index.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const answer =
  '{"code":200,"msg":"success","data":{"success_list":[{"message_server_id":1,"receiver_id":"bob"}]}}';
const endpoint = "https://open.yunxinapi.com/im/v2/conversations/messages";

const stamp: Middleware = {
  onRequest({ request }) {
    request.headers.set("AppKey", "key-1");
    return request;
  },
};

/** The global fetch, observed: records its arguments and answers `answer`. */
function observeGlobalFetch() {
  const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    calls.push([input, init]);
    return jsonResponse(answer);
  });
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the client's transport", () => {
  it("hands the global fetch a URL and plain init, so the runtime builds the request once", async () => {
    const calls = observeGlobalFetch();
    const client = createYunxinClient({ createTraceId: () => "trace-1" });
    client.use(stamp);

    const result = await client.sendBatch(body);

    expect(result.sent.map((sent) => sent.receiverId)).toEqual(["bob"]);
    const [input, init] = calls[0] ?? [];
    expect(input).toBe(endpoint);
    expect(init).toMatchObject({ method: "POST", redirect: "error" });
    expect(JSON.parse(init?.body as string)).toEqual(body);
    const headers = new Headers(init?.headers);
    expect(headers.get("appkey")).toBe("key-1");
    expect(headers.get("x-custom-traceid")).toBe("trace-1");
    expect(headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it("sends a native Request with the last middleware's headers once a middleware took the body stream", async () => {
    const calls = observeGlobalFetch();
    const read: string[] = [];
    const client = createYunxinClient();
    client.use(
      {
        async onRequest({ request }) {
          if (!request.body) throw new Error("no body");
          read.push(await request.clone().text());
        },
      },
      stamp,
    );

    await client.sendBatch(body);

    expect(JSON.parse(read[0] ?? "")).toEqual(body);
    const [input] = calls[0] ?? [];
    expect(input).toBeInstanceOf(Request);
    const sent = input as Request;
    expect(sent.headers.get("appkey")).toBe("key-1");
    expect(sent.redirect).toBe("error");
    expect(JSON.parse(await sent.text())).toEqual(body);
  });

  it("sends a native Request a middleware returned in place of the one it was given", async () => {
    const calls = observeGlobalFetch();
    const client = createYunxinClient();
    client.use({
      async onRequest({ request }) {
        return new Request(request.url, {
          method: request.method,
          headers: { ...Object.fromEntries(request.headers), "X-Replaced": "yes" },
          body: await request.text(),
        });
      },
    });

    await client.sendBatch(body);

    const [input] = calls[0] ?? [];
    expect(input).toBeInstanceOf(Request);
    expect((input as Request).headers.get("x-replaced")).toBe("yes");
    expect(JSON.parse(await (input as Request).text())).toEqual(body);
  });

  it("gives a caller's fetch a native Request carrying every header", async () => {
    const fetch = observedFetch(jsonResponse(answer));
    const client = createYunxinClient({ fetch, createTraceId: () => "trace-2" });
    client.use(stamp);

    await client.sendBatch(body);

    const [request] = fetch.requests;
    expect(request).toBeInstanceOf(Request);
    expect(request?.headers.get("appkey")).toBe("key-1");
    expect(request?.headers.get("x-custom-traceid")).toBe("trace-2");
    expect(request?.redirect).toBe("error");
  });

  it("retries a 200 answer that breaks off mid-body as a connection failure, with the same trace id", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":200,"data":{"succ'));
        controller.error(new Error("socket hang up"));
      },
    });
    const fetch = observedFetch(new Response(broken, { status: 200 }), jsonResponse(answer));
    const client = createYunxinClient({ fetch, sleep: async () => {} });

    const result = await client.sendBatch(body);

    expect(result.attempts).toBe(2);
    const traceIds = fetch.requests.map((request) => request.headers.get("x-custom-traceid"));
    expect(traceIds[0]).toBe(traceIds[1]);
  });

  it("fails a redirect answer handed back by a fetch that does not follow it, without retrying elsewhere", async () => {
    const fetch = observedFetch(
      new Response(null, { status: 307, headers: { Location: "https://elsewhere.test/" } }),
    );
    const client = createYunxinClient({ fetch, retry: { maxAttempts: 1 } });

    const error = await client.sendBatch(body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinConnectionError);
    expect(((error as Error).cause as Error).message).toMatch(/unexpected redirect \(307\)/);
    expect(fetch.requests.map((request) => request.url)).toEqual([endpoint]);
  });

  it("does not follow a redirect: the signed request is never re-sent to another address", async () => {
    const seen: string[] = [];
    const server = await listen((request, response) => {
      seen.push(request.url ?? "");
      response.writeHead(307, { Location: "/elsewhere" }).end();
    });
    try {
      const client = createYunxinClient({ baseUrl: server.url, retry: { maxAttempts: 1 } });

      const error = await client.sendBatch(body).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(YunxinConnectionError);
      expect(seen).toEqual(["/im/v2/conversations/messages"]);
    } finally {
      await server.close();
    }
  });
});

async function listen(handler: Parameters<typeof createServer>[1]) {
  const server: Server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

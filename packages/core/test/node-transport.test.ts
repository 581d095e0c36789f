import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type SendBatchRequest,
  YunxinAbortError,
  YunxinApiError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinInvalidResponseError,
} from "../src/index.js";
import { createYunxinClient } from "../src/node.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";
import { ATTEMPT_PATHS, signerFor } from "./support/transports.js";
import { type Answer, answerWith, refusingUrl, wireServer } from "./support/wire-server.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const BEYOND_2_53 = "158844553334358020";
const delivered = answerWith(
  `{"code":200,"msg":"success","data":{"success_list":[{"receiver_id":"bob","message_server_id":${BEYOND_2_53}}]}}`,
);

const signatureHeaders = () => ({ AppKey: "app-key-1", CheckSum: "0".repeat(40) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(ATTEMPT_PATHS)(
  "the $transport transport ($path), on a loopback server",
  ({ createYunxinClient, path }) => {
    const signer = signerFor(path, signatureHeaders);
    const clientFor = (baseUrl: string | string[], maxAttempts = 3, middleware = signer) => {
      const client = createYunxinClient({
        baseUrl,
        retry: { maxAttempts },
        sleep: async () => {},
      });
      client.use(middleware);
      return client;
    };

    it("sends the signed JSON body and delivers an int64 beyond 2^53 as its exact digits", async () => {
      const server = await wireServer(delivered);
      try {
        const result = await clientFor(server.url).sendBatch(body, { traceId: "trace-1" });

        expect(result.sent.map((sent) => sent.messageServerId)).toEqual([BEYOND_2_53]);
        const [seen] = server.seen;
        expect(seen?.method).toBe("POST");
        expect(seen?.url).toBe("/im/v2/conversations/messages");
        expect(JSON.parse(seen?.body ?? "")).toEqual(body);
        expect(seen?.headers).toMatchObject({
          appkey: "app-key-1",
          checksum: "0".repeat(40),
          "x-custom-traceid": "trace-1",
          "content-type": "application/json;charset=UTF-8",
        });
      } finally {
        await server.close();
      }
    });

    it("sends a GET with its query and no body or Content-Type, int64 ids in the answer exact", async () => {
      const server = await wireServer(
        answerWith(
          `{"code":200,"msg":"ok","data":{"items":[{"message_server_id":${BEYOND_2_53}}]}}`,
        ),
      );
      try {
        const page = await clientFor(server.url).queryMessagesByPage({
          params: {
            path: { conversation_id: "alice|1|bob" },
            query: { begin_time: 0, end_time: 1, limit: 20, message_type: [0, 1] },
          },
        });

        expect(page?.items?.[0]?.message_server_id).toBe(BEYOND_2_53);
        const [seen] = server.seen;
        expect(seen?.method).toBe("GET");
        expect(seen?.url).toBe(
          "/im/v2.1/conversations/alice%7C1%7Cbob/messages?begin_time=0&end_time=1&limit=20&message_type=0,1",
        );
        expect(seen?.body).toBe("");
        expect(seen?.headers["content-type"]).toBeUndefined();
      } finally {
        await server.close();
      }
    });

    it("sends consecutive calls over kept-alive connections, not one each", async () => {
      const server = await wireServer(delivered);
      try {
        const client = clientFor(server.url);
        for (let call = 0; call < 10; call++) await client.sendBatch(body);
        expect(server.seen).toHaveLength(10);
        // A connection is free again a moment after its answer is read: the next call may open one more.
        expect(server.connections()).toBeLessThanOrEqual(2);
      } finally {
        await server.close();
      }
    });

    it("retries an HTTP 503 under the call's one trace id, re-signed", async () => {
      const server = await wireServer(answerWith("<html>busy</html>", 503), delivered);
      try {
        const result = await clientFor(server.url).sendBatch(body);

        expect(result.attempts).toBe(2);
        const traceIds = server.seen.map((seen) => seen.headers["x-custom-traceid"]);
        expect(traceIds[0]).toBe(result.traceId);
        expect(traceIds[1]).toBe(result.traceId);
        expect(server.seen.every((seen) => seen.headers.appkey === "app-key-1")).toBe(true);
      } finally {
        await server.close();
      }
    });

    it("retries a 200 answer whose body breaks off as a connection failure, under the same trace id", async () => {
      const breakOff: Answer = (response) => {
        response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "500" });
        response.write('{"code":200,"data":{"succ');
        response.socket?.destroy();
      };
      const server = await wireServer(breakOff, delivered);
      try {
        const result = await clientFor(server.url).sendBatch(body);

        expect(result.attempts).toBe(2);
        expect(new Set(server.seen.map((seen) => seen.headers["x-custom-traceid"])).size).toBe(1);
      } finally {
        await server.close();
      }
    });

    it("fails over from a primary that refuses the connection to the backup, and stays there", async () => {
      const primary = await refusingUrl();
      const backup = await wireServer(delivered);
      try {
        const client = clientFor([primary, backup.url]);

        const first = await client.sendBatch(body);
        const second = await client.sendBatch(body);

        expect(first).toMatchObject({ attempts: 2, baseUrl: backup.url });
        expect(second).toMatchObject({ attempts: 1, baseUrl: backup.url });
      } finally {
        await backup.close();
      }
    });

    it("reports a refused connection as never applied", async () => {
      const error = await clientFor(await refusingUrl(), 1)
        .sendBatch(body)
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(YunxinConnectionError);
      expect((error as YunxinConnectionError).maybeApplied).toBe(false);
    });

    it("ends with the caller's abort once the server has the request, without a retry", async () => {
      const caller = new AbortController();
      const server = await wireServer(() => caller.abort("stop"));
      try {
        const error = await clientFor(server.url)
          .sendBatch(body, { signal: caller.signal })
          .catch((caught: unknown) => caught);

        expect(error).toBeInstanceOf(YunxinAbortError);
        expect(server.seen).toHaveLength(1);
      } finally {
        await server.close();
      }
    });

    it("throws the typed error of a refusal, an HTTP error and an unreadable 200 answer", async () => {
      const server = await wireServer(
        answerWith('{"code":414,"msg":"parameter error"}'),
        answerWith("<html>Internal Server Error</html>", 500, { "Content-Type": "text/html" }),
        answerWith('{"code":200,"msg":"succ'),
      );
      try {
        const client = clientFor(server.url, 1);
        const refusal = await client.sendBatch(body).catch((caught: unknown) => caught);
        const http = await client.sendBatch(body).catch((caught: unknown) => caught);
        const unreadable = await client.sendBatch(body).catch((caught: unknown) => caught);

        expect(refusal).toBeInstanceOf(YunxinApiError);
        expect(refusal).toMatchObject({ code: 414, msg: "parameter error" });
        expect(http).toBeInstanceOf(YunxinHttpError);
        expect(http).toMatchObject({
          status: 500,
          bodySnippet: "<html>Internal Server Error</html>",
        });
        expect(unreadable).toBeInstanceOf(YunxinInvalidResponseError);
        expect(unreadable).toMatchObject({ bodySnippet: '{"code":200,"msg":"succ' });
      } finally {
        await server.close();
      }
    });

    it("answers the raw openapi-fetch escape hatch, `client.api`, through the same transport", async () => {
      const server = await wireServer(answerWith('{"code":200,"msg":"ok","data":{"room_id":7}}'));
      try {
        // The escape hatch always runs the middleware: the signer's onRequest signs it.
        const viaMiddleware = signerFor("openapi-fetch", signatureHeaders);
        const { data, response } = await clientFor(server.url, 1, viaMiddleware).api.GET(
          "/im/v2/chatrooms/{room_id}",
          { params: { path: { room_id: "7" } } } as never,
        );

        expect(response.status).toBe(200);
        expect(data).toEqual({ code: 200, msg: "ok", data: { room_id: 7 } });
        expect(server.seen[0]?.headers.appkey).toBe("app-key-1");
      } finally {
        await server.close();
      }
    });

    it("does not follow a redirect: the signed request is never re-sent to another address", async () => {
      const redirect: Answer = (response) => {
        response.writeHead(307, { Location: "/elsewhere" }).end();
      };
      const server = await wireServer(redirect);
      try {
        const error = await clientFor(server.url, 1)
          .sendBatch(body)
          .catch((caught: unknown) => caught);

        expect(error).toBeInstanceOf(YunxinConnectionError);
        expect(server.seen.map((seen) => seen.url)).toEqual(["/im/v2/conversations/messages"]);
      } finally {
        await server.close();
      }
    });
  },
);

describe("the client of the node entry", () => {
  it("sends through undici, not the global fetch", async () => {
    const globalFetch = vi.spyOn(globalThis, "fetch");
    const server = await wireServer(delivered);
    try {
      await createYunxinClient({ baseUrl: server.url }).sendBatch(body);

      expect(server.seen).toHaveLength(1);
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });

  it("sends through the runtime's fetch on Deno, whose require() takes the node entry too", async () => {
    vi.stubGlobal("Deno", {});
    const globalFetch = vi.spyOn(globalThis, "fetch");
    const server = await wireServer(delivered);
    try {
      await createYunxinClient({ baseUrl: server.url }).sendBatch(body);

      expect(globalFetch).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
      await server.close();
    }
  });

  it("sends through the `fetch` option when one is given, with a native Request", async () => {
    const fetch = observedFetch(
      jsonResponse('{"code":200,"msg":"ok","data":{"success_list":[{"receiver_id":"bob"}]}}'),
    );

    await createYunxinClient({ baseUrl: "http://stub.test", fetch }).sendBatch(body);

    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]).toBeInstanceOf(Request);
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/conversations/messages");
  });
});

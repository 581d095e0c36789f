import { describe, expect, it } from "vitest";
import {
  createYunxinClient,
  parseJsonLossless,
  type SendBatchRequest,
  YunxinApiError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
} from "../src/index.js";

const body: SendBatchRequest = {
  sender_id: "sender",
  receiver_ids: ["alice"],
  message: { message_type: 0, text: "hello" },
};

const rateLimited = JSON.stringify({ code: 416, msg: "rate limited", data: {} });
// Raw text: the id is above 2^53, so it must not pass through a JS number.
const delivered =
  '{"code":200,"msg":"success","data":{"success_list":[{"receiver_id":"alice",' +
  '"message_server_id":158844553334358020}],"failed_list":[]}}';

/** A fetch that answers from a script and records every request it was given. */
function scriptedFetch(answers: string[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const answer = answers[requests.length - 1] ?? delivered;
    return new Response(answer, { status: 200, headers: { "Content-Type": "application/json" } });
  };
  return { fetch, requests };
}

describe("retryRateLimited per call", () => {
  it("throws a 416 at once, without waiting for the block, when the call turns it off", async () => {
    const { fetch, requests } = scriptedFetch([rateLimited]);
    const waits: number[] = [];
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      rateLimitBlockMs: 60_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    const error = await client
      .sendBatch(body, { retryRateLimited: false })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinRateLimitError);
    expect(error).toMatchObject({ code: 416, blockMs: 60_000, attempts: 1 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("still waits out the block and retries with the same trace id when the call leaves it on", async () => {
    const { fetch, requests } = scriptedFetch([rateLimited, delivered]);
    const waits: number[] = [];
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      rateLimitBlockMs: 1234,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    const result = await client.sendBatch(body, { traceId: "trace-1" });

    expect(result.attempts).toBe(2);
    expect(result.sent.map((sent) => sent.messageServerId)).toEqual(["158844553334358020"]);
    expect(waits).toEqual([1234]);
    expect(requests.map((request) => request.headers.get("X-custom-traceid"))).toEqual([
      "trace-1",
      "trace-1",
    ]);
  });

  it("overrides a client that turned 416 retries off, turning them on for one call", async () => {
    const { fetch, requests } = scriptedFetch([rateLimited, delivered]);
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      retry: { retryRateLimited: false },
      sleep: async () => {},
    });

    const result = await client.sendBatch(body, { retryRateLimited: true });

    expect(result.attempts).toBe(2);
    expect(requests).toHaveLength(2);
  });
});

describe("parseJsonLossless object keys", () => {
  const keys = new Set(["message_server_id"]);

  it("keeps a `__proto__` key as an own data property, as JSON.parse does, without changing the prototype", () => {
    const parsed = parseJsonLossless('{"__proto__":{"polluted":true},"a":1}', keys) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, "__proto__")).toBe(true);
    expect(parsed.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(Object.keys(JSON.parse('{"__proto__":{},"a":1}')));
  });

  it("makes keys named like Object.prototype members own properties", () => {
    const parsed = parseJsonLossless(
      '{"constructor":1,"toString":"x","hasOwnProperty":null}',
      keys,
    );
    expect(parsed).toEqual({ constructor: 1, toString: "x", hasOwnProperty: null });
    expect(Object.keys(parsed as object)).toEqual(["constructor", "toString", "hasOwnProperty"]);
  });

  it("keeps the last of repeated keys, as JSON.parse does", () => {
    expect(parseJsonLossless('{"a":1,"a":2}', keys)).toEqual(JSON.parse('{"a":1,"a":2}'));
  });
});

describe("an HTTP 200 answer that is not the envelope", () => {
  const unreadable = "<html><body>Service temporarily unavailable</body></html>";

  it("is retried under the same trace id, and the answer to the retry gives the outcomes", async () => {
    const { fetch, requests } = scriptedFetch([unreadable, '{"code":200,"msg":"succ', delivered]);
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      sleep: async () => {},
    });

    const result = await client.sendBatch(body, { traceId: "trace-1" });

    expect(result.attempts).toBe(3);
    expect(result.sent.map((sent) => sent.receiverId)).toEqual(["alice"]);
    expect(requests.map((request) => request.headers.get("X-custom-traceid"))).toEqual([
      "trace-1",
      "trace-1",
      "trace-1",
    ]);
  });

  it("ends in a typed invalid-response error naming every attempt when no answer is readable", async () => {
    const { fetch } = scriptedFetch([unreadable, unreadable, unreadable]);
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      sleep: async () => {},
    });

    const error = await client.sendBatch(body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinInvalidResponseError);
    expect(error).toMatchObject({ attempts: 3, bodySnippet: unreadable });
  });

  it("surfaces a duplicate-request answer to the retry as an API error after more than one attempt", async () => {
    const duplicate = JSON.stringify({ code: 431, msg: "duplicate request", data: {} });
    const { fetch } = scriptedFetch([unreadable, duplicate]);
    const client = createYunxinClient({
      baseUrl: "http://stub.test",
      fetch,
      sleep: async () => {},
    });

    const error = await client.sendBatch(body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinApiError);
    expect(error).toMatchObject({ code: 431, attempts: 2 });
  });
});

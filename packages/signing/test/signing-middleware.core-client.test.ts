import {
  createYunxinClient,
  type SendBatchRequest,
  TRACE_ID_HEADER as SPEC_TRACE_ID_HEADER,
  YunxinValidationError,
} from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { createSigningMiddleware, SigningConfigError, TRACE_ID_HEADER } from "../src/index.js";
import { headersOf, jsonResponse, observedFetch, sequence } from "./support/observed-fetch.js";
import { checkSumVectors, independentHex } from "./support/vectors.js";

const validBody: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob", "carol"],
  message: { message_type: 0, text: "你好" },
};
const success = () =>
  jsonResponse(
    '{"code":200,"msg":"success","data":{"success_list":[' +
      '{"message_server_id":158844553334358020,"receiver_id":"bob"},' +
      '{"message_server_id":158844553334358021,"receiver_id":"carol"}]}}',
  );

describe("the signer in the core client", () => {
  it("reads the trace id from the header the spec names (the signer has no dependency on core)", () => {
    expect(TRACE_ID_HEADER).toBe(SPEC_TRACE_ID_HEADER);
  });

  it("puts headers on a sendBatch request that an independent SHA-1 reproduces", async () => {
    const reference = checkSumVectors[0];
    if (!reference) throw new Error("no vectors");
    const fetch = observedFetch(success());
    const client = createYunxinClient({
      baseUrl: "https://example.test",
      fetch,
      retry: { maxAttempts: 1 },
      createTraceId: () => "call-1",
    });
    client.use(
      createSigningMiddleware({
        appKey: "my-app-key",
        appSecret: reference.appSecret,
        now: () => Number(reference.curTime) * 1000 + 250,
        createNonce: () => reference.nonce,
      }),
    );

    const result = await client.sendBatch(validBody);

    expect(result.sent.map((sent) => sent.receiverId)).toEqual(["bob", "carol"]);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.url).toBe("https://example.test/im/v2/conversations/messages");
    expect(headersOf(fetch.requests[0])).toEqual({
      appkey: "my-app-key",
      nonce: reference.nonce,
      curtime: reference.curTime,
      checksum: reference.checkSum,
      "content-type": "application/json;charset=UTF-8",
      "x-custom-traceid": "call-1",
    });
  });

  it("re-signs a retried call with a new Nonce and CurTime and the same trace id", async () => {
    const fetch = observedFetch(new Response("busy", { status: 503 }), success());
    const client = createYunxinClient({
      baseUrl: "https://example.test",
      fetch,
      retry: { maxAttempts: 2 },
      sleep: async () => {},
    });
    client.use(
      createSigningMiddleware({
        appKey: "k",
        appSecret: "云信密钥",
        now: sequence(1_700_000_000_000, 1_700_000_003_000),
        createNonce: sequence("first-nonce", "second-nonce"),
        createTraceId: () => {
          throw new Error("the core client sets the trace id");
        },
      }),
    );

    const result = await client.sendBatch(validBody);

    expect(result.attempts).toBe(2);
    const [first, second] = fetch.requests.map(headersOf);
    expect(first).toMatchObject({ nonce: "first-nonce", curtime: "1700000000" });
    expect(second).toMatchObject({ nonce: "second-nonce", curtime: "1700000003" });
    expect(first?.checksum).toBe(independentHex("sha1", "云信密钥first-nonce1700000000"));
    expect(second?.checksum).toBe(independentHex("sha1", "云信密钥second-nonce1700000003"));
    expect(first?.["x-custom-traceid"]).toBe(result.traceId);
    expect(second?.["x-custom-traceid"]).toBe(result.traceId);
  });

  it.each([
    ["an empty", ""],
    ["a blank", "  "],
    ["a non-ASCII", "订单-1"],
  ])(
    "refuses %s trace id as a validation error naming traceId, with nothing sent",
    async (_, traceId) => {
      const fetch = observedFetch(new Response("busy", { status: 503 }), success());
      const client = createYunxinClient({
        baseUrl: "https://example.test",
        fetch,
        retry: { maxAttempts: 2 },
        sleep: async () => {},
      });
      client.use(createSigningMiddleware({ appKey: "k", appSecret: "s" }));

      const error = await client.sendBatch(validBody, { traceId }).catch((caught) => caught);

      expect(error).toBeInstanceOf(YunxinValidationError);
      expect(error.issues[0]).toMatchObject({ path: "traceId" });
      expect(fetch.requests).toHaveLength(0);
    },
  );

  it("lets a signing error through unchanged with nothing sent", async () => {
    const fetch = observedFetch(success());
    const client = createYunxinClient({ baseUrl: "https://example.test", fetch });
    client.use(
      createSigningMiddleware({ appKey: "k", appSecret: "s", createNonce: () => "x".repeat(200) }),
    );
    await expect(client.sendBatch(validBody)).rejects.toBeInstanceOf(SigningConfigError);
    expect(fetch.requests).toHaveLength(0);
  });
});

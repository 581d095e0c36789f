import type { SendBatchResponse, SendBatchResult } from "@yunxin-im/core";
import { computeCheckSum } from "@yunxin-im/signing";
import { describe, expect, expectTypeOf, it } from "vitest";
import { APP_KEY, APP_SECRET, contractClient } from "./support/client.js";
import { findResponseExample, requestExample } from "./support/spec.js";

describe("the seed request (the API page's own example)", () => {
  it("signed by the middleware, gets HTTP 200 and a body that the client's types accept", async () => {
    const seed = requestExample("seed");
    const { client, exchanges } = contractClient();

    const result = await client.sendBatch(seed);

    expect(exchanges.map((exchange) => exchange.status)).toEqual([200]);
    const [{ request, headers }] = exchanges as [(typeof exchanges)[number]];
    expect(headers.get("sl-violations")).toBeNull();
    const nonce = request.headers.get("Nonce") ?? "";
    const curTime = request.headers.get("CurTime") ?? "";
    expect(request.headers.get("AppKey")).toBe(APP_KEY);
    expect(nonce).toMatch(/^[\x21-\x7e]{1,128}$/);
    expect(curTime).toMatch(/^\d{10}$/);
    expect(request.headers.get("CheckSum")).toBe(await computeCheckSum(APP_SECRET, nonce, curTime));
    expect(JSON.stringify([...request.headers])).not.toContain(APP_SECRET);
    expect(await request.json()).toEqual(seed);

    // Prism answers with the operation's first example, the API page's success answer.
    const { example } = findResponseExample(
      "a full success",
      (value) => value.code === 200 && !value.data?.failed_list?.length,
    );
    expectTypeOf(result).toEqualTypeOf<SendBatchResult>();
    expectTypeOf(result.response).toEqualTypeOf<SendBatchResponse>();
    expect(result.response.code).toBe(200);
    expect(result.sent).toEqual(
      (example.data?.success_list ?? []).map((item) => ({
        receiverId: item.receiver_id,
        messageServerId: String(item.message_server_id),
        item: { ...item, message_server_id: String(item.message_server_id) },
      })),
    );
    expect(result.sent.map((sent) => sent.receiverId)).toEqual(seed.receiver_ids);
    expect(result.failed).toEqual([]);
    expect(result.unreported).toEqual([]);
  });
});

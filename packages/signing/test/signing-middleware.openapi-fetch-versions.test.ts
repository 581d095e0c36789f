import { type paths, SEND_BATCH_PATH, type SendBatchRequest } from "@yunxin-im/core";
import newestCreateClient from "openapi-fetch";
import oldestCreateClient from "openapi-fetch-0.10";
import { describe, expect, it } from "vitest";
import { computeCheckSum, createSigningMiddleware } from "../src/index.js";
import {
  headersOf,
  jsonResponse,
  type ObservedFetch,
  observedFetch,
} from "./support/observed-fetch.js";

// signing has no openapi-fetch dependency: its middleware is a structural type. These are the
// oldest and newest openapi-fetch versions it is tested with (its README names the same range).

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};

const signer = () =>
  createSigningMiddleware({
    appKey: "app-key-1",
    appSecret: "c5b4b3d6e3f0",
    now: () => 1_443_592_222_999,
    createNonce: () => "8dfdb33d2840",
    createTraceId: () => "trace-abc",
  });

const answering = () => observedFetch(jsonResponse({ code: 200, msg: "success", data: {} }));

async function expectSigned(fetch: ObservedFetch): Promise<void> {
  expect(headersOf(fetch.requests[0])).toMatchObject({
    appkey: "app-key-1",
    nonce: "8dfdb33d2840",
    curtime: "1443592222",
    checksum: await computeCheckSum("c5b4b3d6e3f0", "8dfdb33d2840", "1443592222"),
    "x-custom-traceid": "trace-abc",
  });
}

describe("the signing middleware in openapi-fetch's client.use()", () => {
  it("signs a request sent through openapi-fetch 0.10", async () => {
    const fetch = answering();
    const client = oldestCreateClient<paths>({ baseUrl: "https://example.test", fetch });
    client.use(signer());
    await client.POST(SEND_BATCH_PATH, { body, params: { header: {} } });
    await expectSigned(fetch);
  });

  it("signs a request sent through openapi-fetch 0.17", async () => {
    const fetch = answering();
    const client = newestCreateClient<paths>({ baseUrl: "https://example.test", fetch });
    client.use(signer());
    await client.POST(SEND_BATCH_PATH, { body, params: { header: {} } });
    await expectSigned(fetch);
  });
});

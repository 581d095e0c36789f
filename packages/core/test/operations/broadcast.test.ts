import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

// Above 2^53: a JavaScript number would round it.
const BROADCAST_ID = "9007199254740993";

function broadcastClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

describe("client.sendBroadcastNotification", () => {
  it("posts the broadcast and delivers SDK-G's numeric id exactly, as a decimal string", async () => {
    const { fetch, client } = broadcastClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"broadcast_id":${BROADCAST_ID},"content":"{}","offline_enabled":true,"target_os":["ios","aos"],"create_time":1717405300123,"expire_time":1717491700123}}`,
      ),
    );
    const sent = await client.sendBroadcastNotification({
      body: { content: "{}", offline_enabled: true, ttl: 24, target_os: ["ios", "aos"] },
    });
    expect(sent?.broadcast_id).toBe(BROADCAST_ID);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/broadcast_notification");
    expect(fetch.bodies[0]).toEqual({
      content: "{}",
      offline_enabled: true,
      ttl: 24,
      target_os: ["ios", "aos"],
    });
  });

  it("keeps SDK-J's string id as it is", async () => {
    const { client } = broadcastClient(
      jsonResponse(`{"code":200,"msg":"success","data":{"broadcast_id":"${BROADCAST_ID}"}}`),
    );
    const sent = await client.sendBroadcastNotification({ body: { content: "{}" } });
    expect(sent?.broadcast_id).toBe(BROADCAST_ID);
  });

  it("does not repeat a broadcast whose answer was lost", async () => {
    const { fetch, client } = broadcastClient(new TypeError("socket hang up"));
    await expect(
      client.sendBroadcastNotification({ body: { content: "{}" } }),
    ).rejects.toMatchObject({ maybeApplied: true });
    expect(fetch.requests).toHaveLength(1);
  });

  it("refuses an empty content, content over 4096 characters and an unknown platform before sending", async () => {
    const { fetch, client } = broadcastClient();
    for (const body of [
      { content: "" },
      { content: "x".repeat(4097) },
      { content: "{}", target_os: ["android" as "aos"] },
    ]) {
      await expect(client.sendBroadcastNotification({ body })).rejects.toBeInstanceOf(
        YunxinValidationError,
      );
    }
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryBroadcastNotification and client.deleteBroadcastNotification", () => {
  it("put the exact int64 id in the path, with no query and no body", async () => {
    const { fetch, client } = broadcastClient(
      jsonResponse(`{"code":200,"msg":"success","data":{"broadcast_id":${BROADCAST_ID}}}`),
      jsonResponse({ code: 200, msg: "success", data: {} }),
    );
    const path = { broadcast_id: BROADCAST_ID };
    const found = await client.queryBroadcastNotification({ params: { path } });
    expect(found?.broadcast_id).toBe(BROADCAST_ID);
    await client.deleteBroadcastNotification({ params: { path } });
    expect(fetch.requests.map((request) => [request.method, request.url])).toEqual([
      ["GET", `http://stub.test/im/v2/broadcast_notification/${BROADCAST_ID}`],
      ["DELETE", `http://stub.test/im/v2/broadcast_notification/${BROADCAST_ID}`],
    ]);
    expect(fetch.bodies).toEqual([undefined, undefined]);
  });

  it("refuse an id that is not a positive integer before sending", async () => {
    const { fetch, client } = broadcastClient();
    await expect(
      client.deleteBroadcastNotification({ params: { path: { broadcast_id: "bc-1" } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.queryBroadcastNotification({ params: { path: { broadcast_id: "0" } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryBroadcastNotificationList", () => {
  it("pages with the type in the query and keeps every id of the page exact", async () => {
    const { fetch, client } = broadcastClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"has_more":true,"next_token":"t2","items":[{"broadcast_id":${BROADCAST_ID}},{"broadcast_id":"48512095732"}]}}`,
      ),
    );
    const page = await client.queryBroadcastNotificationList({
      params: { query: { type: 3, limit: 50, page_token: "t1" } },
    });
    expect(page?.items?.map((item) => item.broadcast_id)).toEqual([BROADCAST_ID, "48512095732"]);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/broadcast_notification?type=3&limit=50&page_token=t1",
    );
  });

  it("refuses a list type other than 1, 2 or 3 before sending", async () => {
    const { fetch, client } = broadcastClient();
    await expect(
      client.queryBroadcastNotificationList({ params: { query: { type: 4 as 1 } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.sendChatroomBroadcastNotification", () => {
  it("posts the message for every chatroom to the v2.1 path", async () => {
    const { fetch, client } = broadcastClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { client_broadcast_id: "bc-1", sender_id: "system", message_type: 0, text: "hi" },
      }),
    );
    const body = {
      client_broadcast_id: "bc-1",
      sender_id: "system",
      message: { message_type: 0 as const, text: "hi" },
      message_config: { high_priority: true, notify_target_tags: '{"tag":"vip"}' },
    };
    const sent = await client.sendChatroomBroadcastNotification({ body });
    expect(sent?.client_broadcast_id).toBe("bc-1");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/broadcast_notification/actions/chatroom",
    );
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses a broadcast without its client id and a message without its type before sending", async () => {
    const { fetch, client } = broadcastClient();
    await expect(
      client.sendChatroomBroadcastNotification({
        // @ts-expect-error -- client_broadcast_id is required
        body: { sender_id: "system", message: { message_type: 0, text: "hi" } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.sendChatroomBroadcastNotification({
        // @ts-expect-error -- the message needs its type
        body: { client_broadcast_id: "bc-1", sender_id: "system", message: { text: "hi" } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

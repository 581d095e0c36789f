import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinHttpError, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function queueClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

// Above 2^53: a JavaScript number would round it to 9007199254740994.
const BIG_ROOM_ID = "9007199254740993";
const badGateway = () => new Response("bad gateway", { status: 502 });

describe("client.initializeChatroomQueue", () => {
  it("posts to the room's queue with an int64 room id beyond 2^53 exact in the path and in SDK-G's body", async () => {
    const { fetch, client } = queueClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.initializeChatroomQueue({
      params: { path: { room_id: BIG_ROOM_ID } },
      body: { room_id: BIG_ROOM_ID, queue_size_limit: 8 },
    });
    const [request] = fetch.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(`http://stub.test/im/v2/room_queues/${BIG_ROOM_ID}`);
    expect(await request?.clone().text()).toBe(`{"room_id":${BIG_ROOM_ID},"queue_size_limit":8}`);
  });

  it("refuses a queue size limit of 0 before sending", async () => {
    const { fetch, client } = queueClient();
    await expect(
      client.initializeChatroomQueue({
        params: { path: { room_id: "1602801663" } },
        body: { queue_size_limit: 0 },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryChatroomQueueElements", () => {
  it("posts the keys to the query action and reads the room id back with every digit", async () => {
    const { fetch, client } = queueClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"room_id":${BIG_ROOM_ID},"queue_size_limit":8,"queue_size":1,"element_list":[{"element_key":"seat_1","element_value":"viewer01","create_time":1717405300123}]}}`,
      ),
    );
    const data = await client.queryChatroomQueueElements({
      params: { path: { room_id: BIG_ROOM_ID } },
      body: { element_key_list: ["seat_1"] },
    });
    expect(data.room_id).toBe(BIG_ROOM_ID);
    expect(data.element_list?.[0]).toMatchObject({
      element_key: "seat_1",
      create_time: 1717405300123,
    });
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/room_queues/${BIG_ROOM_ID}/actions/query`,
    );
    expect(fetch.bodies[0]).toEqual({ element_key_list: ["seat_1"] });
  });
});

describe("client.updateChatroomQueue", () => {
  it("patches the queue with the elements and the notification nested as the SDKs send them", async () => {
    const { fetch, client } = queueClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { queue_size: 1, insert_element_list: ["seat_1"], update_element_list: [] },
      }),
    );
    const body = {
      operator_account_id: "anchor01",
      element_list: [
        {
          element_key: "seat_1",
          element_value: "viewer01",
          element_account_id: "viewer01",
          element_transient: true,
        },
      ],
      notification_config: { notification_enabled: true },
    };
    const data = await client.updateChatroomQueue({
      params: { path: { room_id: "1602801663" } },
      body,
    });
    expect(data.insert_element_list).toEqual(["seat_1"]);
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/room_queues/1602801663");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses an element without its value before sending", async () => {
    const { fetch, client } = queueClient();
    await expect(
      client.updateChatroomQueue({
        params: { path: { room_id: "1602801663" } },
        // @ts-expect-error -- an element needs its element_value
        body: { operator_account_id: "anchor01", element_list: [{ element_key: "seat_1" }] },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.deleteChatroomQueue", () => {
  it("sends a DELETE with an empty JSON object as its body and answers the size the queue had", async () => {
    const { fetch, client } = queueClient(
      jsonResponse(`{"code":200,"msg":"success","data":{"room_id":${BIG_ROOM_ID},"queue_size":3}}`),
    );
    const data = await client.deleteChatroomQueue({
      params: { path: { room_id: BIG_ROOM_ID } },
      body: {},
    });
    expect(data).toEqual({ room_id: BIG_ROOM_ID, queue_size: 3 });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(`http://stub.test/im/v2/room_queues/${BIG_ROOM_ID}`);
    expect(await fetch.requests[0]?.clone().text()).toBe("{}");
  });

  it("repeats a deletion answered with HTTP 502 under the same trace id", async () => {
    const { fetch, client } = queueClient(
      badGateway(),
      jsonResponse({ code: 200, msg: "success", data: { queue_size: 0 } }),
    );
    await client.deleteChatroomQueue({ params: { path: { room_id: "1602801663" } }, body: {} });
    expect(fetch.requests).toHaveLength(2);
    const [first, second] = fetch.requests.map((request) =>
      request.headers.get("X-custom-traceid"),
    );
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });
});

describe("client.pollChatroomQueueElement", () => {
  it("takes an element out with a PATCH, the method SDK-J and the API list use", async () => {
    const { fetch, client } = queueClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { element_key: "seat_1", element_value: "viewer01", element_transient: true },
      }),
    );
    const data = await client.pollChatroomQueueElement({
      params: { path: { room_id: "1602801663" } },
      body: { element_key: "seat_1" },
    });
    expect(data.element_value).toBe("viewer01");
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/room_queues/1602801663/actions/poll",
    );
    expect(fetch.bodies[0]).toEqual({ element_key: "seat_1" });
  });

  it("does not repeat a poll answered with HTTP 502, which may have taken an element already", async () => {
    const { fetch, client } = queueClient(
      badGateway(),
      jsonResponse({ code: 200, msg: "success", data: { element_key: "seat_2" } }),
    );
    const error = await client
      .pollChatroomQueueElement({ params: { path: { room_id: "1602801663" } }, body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(YunxinHttpError);
    expect(error).toMatchObject({ maybeApplied: true, attempts: 1 });
    expect(fetch.requests).toHaveLength(1);
  });
});

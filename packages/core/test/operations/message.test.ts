import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

// Above 2^53: a JavaScript number would round them.
const MESSAGE_ID = "9007199254740993";
const OTHER_ID = "9223372036854775807";
const TEAM_ID = "9007199254740995";

function messageClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const p2p = { conversation_id: "alice|1|bob" };

describe("client.sendMessage", () => {
  it("posts the message to the encoded conversation and resolves with its exact int64 id", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"message_server_id":${MESSAGE_ID},"sender_id":"alice","receiver_id":"bob","conversation_type":1,"create_time":1717405300123,"message_type":0,"text":"hi"}}`,
      ),
    );
    const sent = await client.sendMessage({
      params: { path: p2p },
      body: { message: { message_type: 0, text: "hi" }, p2p_option: { check_friend: true } },
    });
    expect(sent?.message_server_id).toBe(MESSAGE_ID);

    const [request] = fetch.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("http://stub.test/im/v2/conversations/alice%7C1%7Cbob/messages");
    expect(fetch.bodies[0]).toEqual({
      message: { message_type: 0, text: "hi" },
      p2p_option: { check_friend: true },
    });
  });

  it("refuses a conversation id of an unknown type and a tip without text before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.sendMessage({
        params: { path: { conversation_id: "alice|4|bob" } },
        body: { message: { message_type: 0, text: "hi" } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.sendMessage({
        params: { path: p2p },
        // @ts-expect-error -- a tip needs its text
        body: { message: { message_type: 10 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.withdrawMessage", () => {
  it("deletes by the exact int64 id, with everything in the query and no body", async () => {
    const { fetch, client } = messageClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.withdrawMessage({
      params: {
        path: { ...p2p, message_server_id: OTHER_ID },
        query: { type: 2, description: "sent by mistake" },
      },
    });
    const [request] = fetch.requests;
    expect(request?.method).toBe("DELETE");
    expect(request?.url).toBe(
      `http://stub.test/im/v2/conversations/alice%7C1%7Cbob/messages/${OTHER_ID}?type=2&description=sent%20by%20mistake`,
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("refuses a recall type other than 1, 2 or 3 before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.withdrawMessage({
        params: { path: { ...p2p, message_server_id: OTHER_ID }, query: { type: 4 as 1 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryMessagesByPage", () => {
  it("asks the v2.1 path with the types comma-joined and keeps every id of the page exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"has_more":false,"items":[{"message_server_id":${MESSAGE_ID},"conversation_type":2,"sender_id":"alice","team_id":${TEAM_ID},"message_type":0,"create_time":1717405300123,"text":"hi"}]}}`,
      ),
    );
    const page = await client.queryMessagesByPage({
      params: {
        path: { conversation_id: "alice|2|6483937702" },
        query: {
          begin_time: 1717318800000,
          end_time: 1717405200000,
          limit: 50,
          message_type: [0, 1],
        },
      },
    });
    expect(page?.items?.[0]?.message_server_id).toBe(MESSAGE_ID);
    expect(page?.items?.[0]?.team_id).toBe(TEAM_ID);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/conversations/alice%7C2%7C6483937702/messages?begin_time=1717318800000&end_time=1717405200000&limit=50&message_type=0,1",
    );
  });

  it("refuses a limit over 100 before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.queryMessagesByPage({
        params: { path: p2p, query: { begin_time: 0, end_time: 1, limit: 101 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.sendBatchCustomNotification", () => {
  it("keeps the served account ids and the refused receivers of a partial success", async () => {
    const data = {
      success_list: ["alice"],
      failed_list: [{ account_id: "ghost1", error_code: 102404, error_msg: "account not exist" }],
    };
    const { fetch, client } = messageClient(jsonResponse({ code: 200, msg: "success", data }));
    await expect(
      client.sendBatchCustomNotification({
        body: {
          sender_id: "system",
          receiver_ids: ["alice", "ghost1"],
          content: '{"kind":"ping"}',
        },
      }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/custom_notification/batch");
  });

  it("refuses 501 receivers and a content over 4096 characters before sending", async () => {
    const { fetch, client } = messageClient();
    const receivers = Array.from({ length: 501 }, (_, i) => `user${i}`);
    await expect(
      client.sendBatchCustomNotification({
        body: { sender_id: "system", receiver_ids: receivers, content: "{}" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.sendBatchCustomNotification({
        body: { sender_id: "system", receiver_ids: ["alice"], content: "x".repeat(4097) },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

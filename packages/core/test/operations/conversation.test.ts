import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

// Above 2^53: a JavaScript number would round them.
const GROUP_ID = "9007199254740993";
const MESSAGE_ID = "9223372036854775807";
const TEAM_ID = "9007199254740995";

function conversationClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const p2p = { conversation_id: "alice|1|bob" };

describe("client.createConversation", () => {
  it("posts the conversation id to the v2.1 path and keeps its group ids exact", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"conversation_id":"alice|1|bob","sender_id":"alice","receiver_id":"bob","type":1,"stick_top":false,"group_ids":[${GROUP_ID}],"create_time":1733183400000}}`,
      ),
    );
    const created = await client.createConversation({ body: p2p });
    expect(created.group_ids).toEqual([GROUP_ID]);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2.1/conversations");
    expect(fetch.bodies[0]).toEqual({ conversation_id: "alice|1|bob" });
  });

  it("refuses a conversation id of an unknown type before sending", async () => {
    const { fetch, client } = conversationClient();
    await expect(
      client.createConversation({ body: { conversation_id: "alice|4|bob" } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.getConversation", () => {
  it("asks the encoded v2.1 path and keeps the last message's and the recall's ids exact", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"conversation_id":"alice|2|${TEAM_ID}","type":2,"message_state":1,"last_message":{"message_server_id":${MESSAGE_ID},"team_id":${TEAM_ID},"message_type":0,"text":"hi"},"revoke_notification":{"server_id":${MESSAGE_ID},"revoke_type":2},"unread_count":3}}`,
      ),
    );
    const conversation = await client.getConversation({
      params: { path: { conversation_id: `alice|2|${TEAM_ID}` } },
    });
    expect(conversation.last_message?.message_server_id).toBe(MESSAGE_ID);
    expect(conversation.last_message?.team_id).toBe(TEAM_ID);
    expect(conversation.revoke_notification?.server_id).toBe(MESSAGE_ID);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2.1/conversations/alice%7C2%7C${TEAM_ID}`,
    );
  });
});

describe("client.batchGetConversations", () => {
  it("sends the ids comma-joined with GET, as SDK-J and the docs do, and keeps the failures", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: {
          success_list: [{ conversation_id: "alice|1|bob", type: 1 }],
          failed_list: [{ conversation_id: "alice|1|ghost1", error_code: 414, error_msg: "x" }],
        },
      }),
    );
    const data = await client.batchGetConversations({
      params: { query: { conversation_ids: ["alice|1|bob", "alice|1|ghost1"] } },
    });
    expect(data.failed_list?.[0]?.conversation_id).toBe("alice|1|ghost1");
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/conversations/actions/conversation_ids?conversation_ids=alice%7C1%7Cbob,alice%7C1%7Cghost1",
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("refuses an empty list of ids before sending", async () => {
    const { fetch, client } = conversationClient();
    await expect(
      client.batchGetConversations({ params: { query: { conversation_ids: [] } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.listConversations", () => {
  it("pages through an account's conversations with the token and the size in the query", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { has_more: true, next_token: "t2", items: [{ conversation_id: "alice|1|bob" }] },
      }),
    );
    const page = await client.listConversations({
      params: { query: { account_id: "alice", page_token: "t1", limit: 20 } },
    });
    expect(page.next_token).toBe("t2");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/conversations?account_id=alice&page_token=t1&limit=20",
    );
  });
});

describe("client.updateConversation", () => {
  it("patches the server extension, with the conversation in the path only", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse({ code: 200, msg: "success", data: { conversation_id: "alice|1|bob" } }),
    );
    await client.updateConversation({
      params: { path: p2p },
      body: { server_extension: '{"label":"vip"}' },
    });
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/conversations/alice%7C1%7Cbob");
    expect(fetch.bodies[0]).toEqual({ server_extension: '{"label":"vip"}' });
  });

  it("refuses SDK-J's copy of the conversation id in the body before sending", async () => {
    const { fetch, client } = conversationClient();
    const body = { server_extension: "{}", conversation_id: "alice|1|bob" };
    await expect(
      client.updateConversation({
        params: { path: p2p },
        body: body as { server_extension: string },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.deleteConversation", () => {
  it("deletes with clear_message in the query and no body", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse({ code: 200, msg: "success", data: {} }),
    );
    await client.deleteConversation({ params: { path: p2p, query: { clear_message: true } } });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversations/alice%7C1%7Cbob?clear_message=true",
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });
});

describe("client.batchDeleteConversations", () => {
  it("deletes the ids comma-joined and keeps the deleted ids and the failures", async () => {
    const data = {
      success_list: ["alice|1|bob"],
      failed_list: [{ conversation_id: "alice|2|6240128551", error_code: 414, error_msg: "x" }],
    };
    const { fetch, client } = conversationClient(jsonResponse({ code: 200, msg: "success", data }));
    await expect(
      client.batchDeleteConversations({
        params: { query: { conversation_ids: ["alice|1|bob", "alice|2|6240128551"] } },
      }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversations/actions/conversation_ids?conversation_ids=alice%7C1%7Cbob,alice%7C2%7C6240128551",
    );
  });

  it("refuses 101 ids before sending", async () => {
    const { fetch, client } = conversationClient();
    const ids = Array.from({ length: 101 }, (_, i) => `alice|1|user${i}`);
    await expect(
      client.batchDeleteConversations({ params: { query: { conversation_ids: ids } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.stickTopConversation", () => {
  it("posts only top_type, the method SDK-G and the docs use, to the encoded path", async () => {
    const { fetch, client } = conversationClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { conversation_id: "alice|1|bob", stick_top: true, sort_order: 1733190000000 },
      }),
    );
    const pinned = await client.stickTopConversation({
      params: { path: p2p },
      body: { top_type: 1 },
    });
    expect(pinned.stick_top).toBe(true);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversations/alice%7C1%7Cbob/actions/stick_top_conversation",
    );
    expect(fetch.bodies[0]).toEqual({ top_type: 1 });
  });

  it("refuses a top_type other than 0 or 1 before sending", async () => {
    const { fetch, client } = conversationClient();
    await expect(
      client.stickTopConversation({ params: { path: p2p }, body: { top_type: 2 as 1 } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

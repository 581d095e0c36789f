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

const teamMessage = {
  conversation_type: 2 as const,
  sender_id: "alice",
  receiver_id: "6483937702",
  message_server_id: MESSAGE_ID,
  message_client_id: "4e6f1a2b-8c9d-4e0f-a1b2-c3d4e5f60718",
  create_time: 1717405500000,
};

describe("client.streamMessage", () => {
  it("posts a chunk naming the exact int64 id of its stream, without the conversation in the body", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(`{"code":200,"msg":"success","data":{"message_server_id":${MESSAGE_ID}}}`),
    );
    const answer = await client.streamMessage({
      params: { path: p2p },
      body: {
        message: {
          message_server_id: MESSAGE_ID,
          attachment: { text: "and arrives tomorrow.", index: 1, finish: 1 },
        },
      },
    });
    expect(answer?.message_server_id).toBe(MESSAGE_ID);
    const [request] = fetch.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(
      "http://stub.test/im/v2/conversations/alice%7C1%7Cbob/messages/actions/stream_message",
    );
    const sent = await request?.clone().text();
    expect(sent).toContain(`"message_server_id":${MESSAGE_ID}`);
    expect(sent).not.toContain("conversation");
  });

  it("refuses a chunk without its index and a finish flag other than 0 or 1 before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.streamMessage({
        params: { path: p2p },
        // @ts-expect-error -- a chunk needs its index
        body: { message: { attachment: { text: "hi" } } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.streamMessage({
        params: { path: p2p },
        body: { message: { attachment: { text: "hi", index: 0, finish: 2 as 1 } } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.modifyMessage", () => {
  it("posts to modifyMsg with the exact int64 id and the original send time as time", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"message_server_id":${MESSAGE_ID},"modify_account_id":"alice","modify_time":1717405400000,"text":"fixed"}}`,
      ),
    );
    const updated = await client.modifyMessage({
      body: {
        operator: "alice",
        type: 1,
        message: {
          message_server_id: MESSAGE_ID,
          sender_id: "alice",
          receiver_id: "bob",
          time: 1717405300123,
          message_type: 0,
          text: "fixed",
        },
      },
    });
    expect(updated?.message_server_id).toBe(MESSAGE_ID);
    expect(updated?.modify_account_id).toBe("alice");
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/messages/actions/modifyMsg");
    expect(await fetch.requests[0]?.clone().text()).toContain(`"message_server_id":${MESSAGE_ID}`);
  });

  it("refuses a custom message without its sub_type and a conversation type 4 before sending", async () => {
    const { fetch, client } = messageClient();
    const original = {
      message_server_id: MESSAGE_ID,
      sender_id: "alice",
      receiver_id: "bob",
      time: 1,
    };
    await expect(
      client.modifyMessage({
        body: {
          operator: "alice",
          type: 1,
          // @ts-expect-error -- a custom message needs its sub_type
          message: { ...original, message_type: 100, attachment: { kind: "poll" } },
        },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.modifyMessage({
        body: {
          operator: "alice",
          type: 4 as 1,
          message: { ...original, message_type: 0, text: "x" },
        },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.deleteConversationMessages", () => {
  it("deletes the conversation's messages with the type in the query and no body", async () => {
    const { fetch, client } = messageClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.deleteConversationMessages({ params: { path: p2p, query: { type: 3 } } });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversations/alice%7C1%7Cbob/messages?type=3",
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("refuses a deletion type other than 1, 2 or 3 before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.deleteConversationMessages({ params: { path: p2p, query: { type: 0 as 1 } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.sendP2PReadReceipt", () => {
  it("posts the receipt with the exact int64 message id and resolves with its timestamp", async () => {
    const { fetch, client } = messageClient(
      jsonResponse({ code: 200, msg: "success", data: { timestamp: 1717405460000 } }),
    );
    await expect(
      client.sendP2PReadReceipt({
        body: { from_account_id: "bob", to_account_id: "alice", message_server_id: OTHER_ID },
      }),
    ).resolves.toEqual({ timestamp: 1717405460000 });
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/messages/actions/p2p_read_receipt");
    expect(await fetch.requests[0]?.clone().text()).toBe(
      `{"from_account_id":"bob","to_account_id":"alice","message_server_id":${OTHER_ID}}`,
    );
  });

  it("refuses a receipt without its receiver before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      // @ts-expect-error -- to_account_id is required
      client.sendP2PReadReceipt({ body: { from_account_id: "bob", message_server_id: OTHER_ID } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.sendTeamReadReceipt", () => {
  it("sends the team and message ids as exact numbers and keeps the ids of a partial success exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"success_list":[${MESSAGE_ID}],"failed_list":[${OTHER_ID}]}}`,
      ),
    );
    await expect(
      client.sendTeamReadReceipt({
        body: {
          from_account_id: "carol",
          team_id: TEAM_ID,
          message_server_ids: [MESSAGE_ID, OTHER_ID],
        },
      }),
    ).resolves.toEqual({ success_list: [MESSAGE_ID], failed_list: [OTHER_ID] });
    const sent = await fetch.requests[0]?.clone().text();
    expect(sent).toContain(`"team_id":${TEAM_ID}`);
    expect(sent).toContain(`"message_server_ids":[${MESSAGE_ID},${OTHER_ID}]`);
  });

  it("refuses 51 messages in one receipt before sending", async () => {
    const { fetch, client } = messageClient();
    const ids = Array.from({ length: 51 }, (_, i) => String(9899821270000 + i));
    await expect(
      client.sendTeamReadReceipt({
        body: { from_account_id: "carol", team_id: TEAM_ID, message_server_ids: ids },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryTeamReadReceipt", () => {
  it("asks with the exact team and message ids in the query and takes either SDK's answer names", async () => {
    const { fetch, client } = messageClient(
      jsonResponse({ code: 200, msg: "success", data: { read_count: 2, unread_count: 1 } }),
      jsonResponse({
        code: 200,
        msg: "success",
        data: { read_size: 2, unread_size: 1, read_account_ids: ["bob", "carol"] },
      }),
    );
    const query = { team_id: TEAM_ID, message_server_id: MESSAGE_ID };
    await expect(client.queryTeamReadReceipt({ params: { query } })).resolves.toEqual({
      read_count: 2,
      unread_count: 1,
    });
    const detailed = await client.queryTeamReadReceipt({
      params: { query: { ...query, team_type: 1, sender_id: "alice", snapshot: true } },
    });
    expect(detailed?.read_account_ids).toEqual(["bob", "carol"]);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[1]?.url).toBe(
      `http://stub.test/im/v2/messages/actions/team_read_receipt?team_id=${TEAM_ID}&message_server_id=${MESSAGE_ID}&team_type=1&sender_id=alice&snapshot=true`,
    );
  });

  it("refuses a team type other than 1 before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.queryTeamReadReceipt({
        params: { query: { team_id: TEAM_ID, message_server_id: MESSAGE_ID, team_type: 2 as 1 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryMessage", () => {
  it("asks the v2.1 path with the exact int64 id and keeps the message's ids exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"message_server_id":${MESSAGE_ID},"conversation_type":2,"team_id":${TEAM_ID},"sender_id":"alice","message_type":0,"text":"hi","thread_config":{"thread_root":{"message_server_id":${OTHER_ID}}}}}`,
      ),
    );
    const message = await client.queryMessage({
      params: {
        path: { conversation_id: "alice|2|6483937702", message_server_id: MESSAGE_ID },
        query: { message_time: 1717405300123, check_team_member_valid: true },
      },
    });
    expect(message?.team_id).toBe(TEAM_ID);
    expect(message?.thread_config?.thread_root?.message_server_id).toBe(OTHER_ID);
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2.1/conversations/alice%7C2%7C6483937702/messages/${MESSAGE_ID}?message_time=1717405300123&check_team_member_valid=true`,
    );
  });
});

describe("client.searchMessages", () => {
  it("comma-joins senders and types, sends the keywords as one JSON array and keeps the items exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"count":1,"has_more":false,"items":[{"message_server_id":${MESSAGE_ID},"team_id":${TEAM_ID},"text":"refund"}]}}`,
      ),
    );
    const page = await client.searchMessages({
      params: {
        query: {
          operator_id: "alice",
          sender_account_ids: ["bob", "carol"],
          message_types: [0, 100],
          keyword_list: '["refund","A-1001"]',
          keyword_match_type: 1,
          limit: 20,
        },
      },
    });
    expect(page?.items?.[0]?.message_server_id).toBe(MESSAGE_ID);
    expect(page?.items?.[0]?.team_id).toBe(TEAM_ID);
    const url = new URL(fetch.requests[0]?.url ?? "");
    expect(url.pathname).toBe("/im/v2.1/messages/actions/search_messages");
    expect(url.searchParams.get("sender_account_ids")).toBe("bob,carol");
    expect(url.searchParams.get("message_types")).toBe("0,100");
    expect(url.searchParams.get("keyword_list")).toBe('["refund","A-1001"]');
  });

  it("refuses six senders and keywords that are not a JSON array before sending", async () => {
    const { fetch, client } = messageClient();
    const senders = ["a1", "a2", "a3", "a4", "a5", "a6"];
    await expect(
      client.searchMessages({
        params: { query: { operator_id: "alice", sender_account_ids: senders } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.searchMessages({
        params: { query: { operator_id: "alice", keyword_list: "refund" } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.batchQueryMessages", () => {
  it("posts exact ids to the v2.1 path and keeps the found and the missing ones exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"success_list":[{"message_server_id":${MESSAGE_ID},"text":"hi"}],"failed_list":[{"message_server_id":${OTHER_ID},"create_time":2,"error_code":404,"error_msg":"message not exist"}]}}`,
      ),
    );
    const found = await client.batchQueryMessages({
      params: { path: p2p },
      body: {
        messages: [
          { message_server_id: MESSAGE_ID, create_time: 1 },
          { message_server_id: OTHER_ID, create_time: 2 },
        ],
      },
    });
    expect(found?.success_list?.[0]?.message_server_id).toBe(MESSAGE_ID);
    expect(found?.failed_list?.[0]?.message_server_id).toBe(OTHER_ID);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/conversations/alice%7C1%7Cbob/batch_messages",
    );
    expect(await fetch.requests[0]?.clone().text()).toBe(
      `{"messages":[{"message_server_id":${MESSAGE_ID},"create_time":1},{"message_server_id":${OTHER_ID},"create_time":2}]}`,
    );
  });

  it("refuses an empty list and an entry without its create_time before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.batchQueryMessages({ params: { path: p2p }, body: { messages: [] } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.batchQueryMessages({
        params: { path: p2p },
        // @ts-expect-error -- each entry needs its create_time
        body: { messages: [{ message_server_id: MESSAGE_ID }] },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.queryThreadMessages", () => {
  const root = {
    begin_time: 1717318800000,
    end_time: 1717405200000,
    limit: 50,
    conversation_type: 1 as const,
    sender_id: "bob",
    receiver_id: "alice",
    message_server_id: OTHER_ID,
    message_client_id: "7a9d0c55-3b2e-4f8a-b1c6-2e4d5f6a7b80",
    create_time: 1717405300123,
  };

  it("names the root by its documented keys with the exact int64 id and keeps the replies exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"total":1,"thread_root":{"message_server_id":${OTHER_ID}},"messages":[{"message_server_id":${MESSAGE_ID}}]}}`,
      ),
    );
    const thread = await client.queryThreadMessages({ params: { query: root } });
    expect(thread?.thread_root?.message_server_id).toBe(OTHER_ID);
    expect(thread?.messages?.[0]?.message_server_id).toBe(MESSAGE_ID);
    const url = new URL(fetch.requests[0]?.url ?? "");
    expect(url.pathname).toBe("/im/v2.1/messages/actions/thread_messages");
    expect(url.searchParams.get("message_server_id")).toBe(OTHER_ID);
    expect(url.searchParams.get("create_time")).toBe("1717405300123");
  });

  it("refuses a query without the root's client id and a limit of 0 before sending", async () => {
    const { fetch, client } = messageClient();
    const { message_client_id: _, ...withoutClientId } = root;
    await expect(
      // @ts-expect-error -- the root's client id is required
      client.queryThreadMessages({ params: { query: withoutClientId } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.queryThreadMessages({ params: { query: { ...root, limit: 0 } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("quick comments", () => {
  it("adds with a PATCH and removes with a DELETE carrying the same JSON body, the message id exact", async () => {
    const { fetch, client } = messageClient(
      jsonResponse({ code: 200, msg: "success", data: { time: 1717405560000 } }),
      jsonResponse({ code: 200, msg: "success", data: { time: 1717405620000 } }),
    );
    const body = { operator_id: "carol", index: 1, message: teamMessage };
    await expect(client.addQuickComment({ body })).resolves.toEqual({ time: 1717405560000 });
    await client.deleteQuickComment({ body });
    expect(fetch.requests.map((request) => request.method)).toEqual(["PATCH", "DELETE"]);
    for (const request of fetch.requests) {
      expect(request.url).toBe("http://stub.test/im/v2/messages/actions/quick_comment");
      expect(await request.clone().text()).toContain(`"message_server_id":${MESSAGE_ID}`);
    }
  });

  it("queries with a POST and keeps the commented messages' ids exact in SDK-J's and SDK-G's shapes", async () => {
    const { fetch, client } = messageClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"success_list":[{"message_server_id":${MESSAGE_ID},"comments":[{"operator_id":"carol","index":1,"time":1717405560000}]}],"failed_list":[]}}`,
      ),
      jsonResponse(
        `{"code":200,"msg":"success","data":{"items":[{"message_server_id":${MESSAGE_ID},"comments":[{"operator_id":"carol","type":1,"timestamp":1717405560000}]}]}}`,
      ),
    );
    const sdkJ = await client.batchQueryQuickComments({ body: { messages: [teamMessage] } });
    expect(sdkJ?.success_list?.[0]?.message_server_id).toBe(MESSAGE_ID);
    expect(sdkJ?.success_list?.[0]?.comments?.[0]?.index).toBe(1);
    const sdkG = await client.batchQueryQuickComments({ body: { messages: [teamMessage] } });
    expect(sdkG?.items?.[0]?.message_server_id).toBe(MESSAGE_ID);
    expect(fetch.requests[0]?.method).toBe("POST");
  });

  it("refuses a comment type of 0 and a message without its client id before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.addQuickComment({ body: { operator_id: "carol", index: 0, message: teamMessage } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    const { message_client_id: _, ...withoutClientId } = teamMessage;
    await expect(
      client.deleteQuickComment({
        // @ts-expect-error -- the message's client id is required
        body: { operator_id: "carol", index: 1, message: withoutClientId },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(client.batchQueryQuickComments({ body: { messages: [] } })).rejects.toBeInstanceOf(
      YunxinValidationError,
    );
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.sendCustomNotification", () => {
  it("posts one notification to a team, the team id as a string, and resolves with the empty data", async () => {
    const { fetch, client } = messageClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    const body = {
      sender_id: "alice",
      type: 2 as const,
      receiver_id: "6483937702",
      content: '{"kind":"poll_closed"}',
      notification_config: { offline_enabled: true, unread_enabled: false },
    };
    await expect(client.sendCustomNotification({ body })).resolves.toEqual({});
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/custom_notification");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses a notification type 4 and one without content before sending", async () => {
    const { fetch, client } = messageClient();
    await expect(
      client.sendCustomNotification({
        body: { sender_id: "alice", type: 4 as 1, receiver_id: "bob", content: "{}" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      // @ts-expect-error -- content is required
      client.sendCustomNotification({ body: { sender_id: "alice", type: 1, receiver_id: "bob" } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

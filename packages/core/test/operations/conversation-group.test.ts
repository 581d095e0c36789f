import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

// Above 2^53: a JavaScript number would round them.
const GROUP_ID = "9007199254740993";
const OTHER_GROUP_ID = "9223372036854775807";

function groupClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

describe("client.createConversationGroup", () => {
  it("posts the group and answers its new int64 id with every digit", async () => {
    const { fetch, client } = groupClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"conversation_group":{"group_id":${GROUP_ID},"name":"Work"},"success_list":["alice|1|bob"],"failed_list":[]}}`,
      ),
    );
    const created = await client.createConversationGroup({
      body: { account_id: "alice", name: "Work", conversation_ids: ["alice|1|bob"] },
    });
    expect(created.conversation_group?.group_id).toBe(GROUP_ID);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/conversation_groups");
    expect(fetch.bodies[0]).toEqual({
      account_id: "alice",
      name: "Work",
      conversation_ids: ["alice|1|bob"],
    });
  });

  it("refuses a group without a name and 101 conversations before sending", async () => {
    const { fetch, client } = groupClient();
    await expect(
      // @ts-expect-error -- a group needs its name
      client.createConversationGroup({ body: { account_id: "alice" } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    const ids = Array.from({ length: 101 }, (_, i) => `alice|1|user${i}`);
    await expect(
      client.createConversationGroup({
        body: { account_id: "alice", name: "Work", conversation_ids: ids },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.updateConversationGroup", () => {
  it("patches the int64 group of the path, its id kept out of the body", async () => {
    const { fetch, client } = groupClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"conversation_group":{"group_id":${GROUP_ID},"name":"Work"}}}`,
      ),
    );
    const body = {
      account_id: "alice",
      conversations: { type: 1, conversation_ids: ["alice|1|carol"] },
    };
    await client.updateConversationGroup({ params: { path: { group_id: GROUP_ID } }, body });
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe(`http://stub.test/im/v2/conversation_groups/${GROUP_ID}`);
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses SDK-J's copy of the group id in the body before sending", async () => {
    const { fetch, client } = groupClient();
    const body = { account_id: "alice", name: "Work", group_id: GROUP_ID };
    await expect(
      client.updateConversationGroup({
        params: { path: { group_id: GROUP_ID } },
        body: body as { account_id: string; name: string },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.deleteConversationGroup", () => {
  it("deletes with the owner in the query and no body", async () => {
    const { fetch, client } = groupClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.deleteConversationGroup({
      params: { path: { group_id: GROUP_ID }, query: { account_id: "alice" } },
    });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/conversation_groups/${GROUP_ID}?account_id=alice`,
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });
});

describe("client.getConversationGroup", () => {
  it("asks with the owner in the query and keeps SDK-G's extra fields", async () => {
    const { fetch, client } = groupClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"group_id":${GROUP_ID},"account_id":"alice","name":"Work","conversation_ids":["alice|1|bob"]}}`,
      ),
    );
    const group = await client.getConversationGroup({
      params: { path: { group_id: GROUP_ID }, query: { account_id: "alice" } },
    });
    expect(group.group_id).toBe(GROUP_ID);
    expect(group.conversation_ids).toEqual(["alice|1|bob"]);
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/conversation_groups/${GROUP_ID}?account_id=alice`,
    );
  });

  it("refuses a group id that is not a decimal int64 before sending", async () => {
    const { fetch, client } = groupClient();
    await expect(
      client.getConversationGroup({
        params: { path: { group_id: "12a" }, query: { account_id: "alice" } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.batchGetConversationGroups", () => {
  it("sends the int64 ids comma-joined and keeps either SDK's failures exact", async () => {
    const { fetch, client } = groupClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"success_list":[{"group_id":${GROUP_ID},"name":"Work"}],"failed_list":[{"group_id":${OTHER_GROUP_ID},"error_code":404,"error_msg":"x"}],"fail_list":[{"group_id":${OTHER_GROUP_ID},"code":404,"msg":"x"}]}}`,
      ),
    );
    const data = await client.batchGetConversationGroups({
      params: { query: { account_id: "alice", group_ids: [GROUP_ID, OTHER_GROUP_ID] } },
    });
    expect(data.success_list?.[0]?.group_id).toBe(GROUP_ID);
    expect(data.failed_list?.[0]?.group_id).toBe(OTHER_GROUP_ID);
    expect(data.fail_list?.[0]?.group_id).toBe(OTHER_GROUP_ID);
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/conversation_groups/actions/group_ids?account_id=alice&group_ids=${GROUP_ID},${OTHER_GROUP_ID}`,
    );
  });
});

describe("client.listAllConversationGroups", () => {
  it("lists an account's groups with their int64 ids exact", async () => {
    const { fetch, client } = groupClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"conversation_groups":[{"group_id":${GROUP_ID},"name":"Work"},{"group_id":${OTHER_GROUP_ID},"name":"Family"}]}}`,
      ),
    );
    const data = await client.listAllConversationGroups({
      params: { query: { account_id: "alice" } },
    });
    expect(data.conversation_groups?.map((group) => group.group_id)).toEqual([
      GROUP_ID,
      OTHER_GROUP_ID,
    ]);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversation_groups?account_id=alice",
    );
  });
});

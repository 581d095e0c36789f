import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function unreadClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

describe("client.getConversationOverview", () => {
  it("asks for the account in the path and answers its unread total", async () => {
    const { fetch, client } = unreadClient(
      jsonResponse({ code: 200, msg: "success", data: { account_id: "alice", unread_count: 7 } }),
    );
    const overview = await client.getConversationOverview({
      params: { path: { account_id: "alice" } },
    });
    expect(overview.unread_count).toBe(7);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/conversation_overviews/alice");
  });

  it("refuses an account id with an upper-case letter before sending", async () => {
    const { fetch, client } = unreadClient();
    await expect(
      client.getConversationOverview({ params: { path: { account_id: "Alice" } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.clearConversationUnread", () => {
  it("patches the encoded conversation path with no query and no body", async () => {
    const { fetch, client } = unreadClient(jsonResponse({ code: 200, msg: "success", data: {} }));
    await client.clearConversationUnread({ params: { path: { conversation_id: "alice|1|bob" } } });
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/conversations/alice%7C1%7Cbob/actions/clear_conversation_unread",
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("refuses a conversation id without its type before sending", async () => {
    const { fetch, client } = unreadClient();
    await expect(
      client.clearConversationUnread({ params: { path: { conversation_id: "alice|bob" } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

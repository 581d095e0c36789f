import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function friendClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const friend = {
  friend_account_id: "user_10087",
  alias: "Zhang San",
  extension: '{"source":"search"}',
  customer_extension: "",
};
const answer = (data: unknown) => jsonResponse({ code: 200, msg: "success", data });
const connectionReset = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
  });

describe("client.addFriend", () => {
  it("posts the friend as JSON to /im/v2.1/friends with type in the query", async () => {
    const { fetch, client } = friendClient(answer(friend));
    const body = {
      account_id: "user_10086",
      friend_account_id: "user_10087",
      alias: "Zhang San",
      postscript: "Hi, we met at the meetup yesterday",
    };
    await expect(client.addFriend({ params: { query: { type: 2 } }, body })).resolves.toEqual(
      friend,
    );
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2.1/friends?type=2");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("is not repeated after a connection reset, since a repeat would send a second request", async () => {
    const { fetch, client } = friendClient(connectionReset(), answer(friend));
    await expect(
      client.addFriend({
        params: { query: { type: 2 } },
        body: { account_id: "user_10086", friend_account_id: "user_10087" },
      }),
    ).rejects.toThrow();
    expect(fetch.requests).toHaveLength(1);
  });

  it("refuses an unknown type, an alias over 128 characters and a missing friend before sending", async () => {
    const { fetch, client } = friendClient();
    const pair = { account_id: "user_10086", friend_account_id: "user_10087" };
    await expect(
      client.addFriend({ params: { query: { type: 3 as 1 } }, body: pair }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.addFriend({ body: { ...pair, alias: "a".repeat(129) } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    // @ts-expect-error -- friend_account_id is required
    const missingFriend = client.addFriend({ body: { account_id: "user_10086" } });
    await expect(missingFriend).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.deleteFriend", () => {
  it("deletes on the /im/v2 path with the friend and delete_alias as query parameters and no body", async () => {
    const { fetch, client } = friendClient(answer({}));
    await client.deleteFriend({
      params: {
        path: { account_id: "user_10086" },
        query: { friend_account_id: "user_10087", delete_alias: true },
      },
    });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/friends/user_10086?friend_account_id=user_10087&delete_alias=true",
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("is repeated after a connection reset, since the friendship is gone either way", async () => {
    const { fetch, client } = friendClient(connectionReset(), answer({}));
    await client.deleteFriend({
      params: { path: { account_id: "user_10086" }, query: { friend_account_id: "user_10087" } },
    });
    expect(fetch.requests).toHaveLength(2);
  });
});

describe("client.updateFriend", () => {
  it("patches the friend without the path's account in the body and resolves with the friend", async () => {
    const updated = { ...friend, alias: "Zhang San (work)" };
    const { fetch, client } = friendClient(answer(updated));
    await expect(
      client.updateFriend({
        params: { path: { account_id: "user_10086" } },
        body: { friend_account_id: "user_10087", alias: "Zhang San (work)" },
      }),
    ).resolves.toEqual(updated);
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2.1/friends/user_10086");
    expect(fetch.bodies[0]).toEqual({ friend_account_id: "user_10087", alias: "Zhang San (work)" });
  });

  it("refuses an extension over 256 characters and an account_id in the body before sending", async () => {
    const { fetch, client } = friendClient();
    const params = { path: { account_id: "user_10086" } };
    await expect(
      client.updateFriend({
        params,
        body: { friend_account_id: "user_10087", extension: "x".repeat(257) },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.updateFriend({
        params,
        // @ts-expect-error -- the account is the path, not a body field
        body: { friend_account_id: "user_10087", account_id: "user_10086" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.handleFriendAddition", () => {
  it("posts the decision as the query type and the request without type as the body", async () => {
    const { fetch, client } = friendClient(answer({ ...friend, friend_account_id: "user_10086" }));
    const body = { account_id: "user_10087", friend_account_id: "user_10086", postscript: "Sorry" };
    await client.handleFriendAddition({ params: { query: { type: 4 } }, body });
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/friends/actions/handle_friend_addition?type=4",
    );
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses SDK-G's decision values and a type in the body before sending", async () => {
    const { fetch, client } = friendClient();
    const body = { account_id: "user_10087", friend_account_id: "user_10086" };
    await expect(
      client.handleFriendAddition({ params: { query: { type: 2 as 4 } }, body }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      // @ts-expect-error -- the decision is the query's type, not a body field
      client.handleFriendAddition({ body: { ...body, type: 3 } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.getFriend", () => {
  it("gets the friend of the path's account named by the friend_account_id query", async () => {
    const { fetch, client } = friendClient(answer(friend));
    await expect(
      client.getFriend({
        params: { path: { account_id: "user_10086" }, query: { friend_account_id: "user_10087" } },
      }),
    ).resolves.toEqual(friend);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/friends/user_10086?friend_account_id=user_10087",
    );
  });
});

describe("client.listFriends", () => {
  it("pages with account_id, page_token and limit and keeps total and SDK-G's item times", async () => {
    const page = {
      has_more: true,
      next_token: "c2Vjb25kLXBhZ2U",
      total: 3,
      items: [{ ...friend, create_time: 1717401600000, update_time: 1717488000000 }],
    };
    const { fetch, client } = friendClient(answer(page));
    await expect(
      client.listFriends({
        params: { query: { account_id: "user_10086", page_token: "Zmlyc3Q", limit: 1 } },
      }),
    ).resolves.toEqual(page);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2.1/friends?account_id=user_10086&page_token=Zmlyc3Q&limit=1",
    );
  });

  it("refuses a page size over 100 before sending", async () => {
    const { fetch, client } = friendClient();
    await expect(
      client.listFriends({ params: { query: { account_id: "user_10086", limit: 101 } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

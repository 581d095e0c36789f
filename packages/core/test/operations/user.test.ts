import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function userClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const answer = (data: unknown) => jsonResponse({ code: 200, msg: "success", data });
const path = { account_id: "user_10086" };
const profile = {
  account_id: "user_10086",
  name: "Zhang San",
  avatar: "https://cdn.example.com/avatars/user_10086.png",
  gender: 1,
  extension: "",
};

describe("client.updateUser", () => {
  it("patches the profile and its moderation without the path's account and resolves with the profile", async () => {
    const { fetch, client } = userClient(answer(profile));
    const body = {
      name: "Zhang San",
      gender: 1 as const,
      antispam_configuration: { enabled: true, business_id_map: [{ type: 1, business_id: "b1" }] },
    };
    await expect(client.updateUser({ params: { path }, body })).resolves.toEqual(profile);
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/users/user_10086");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses createAccount's profile limits and an account_id in the body before sending", async () => {
    const { fetch, client } = userClient();
    await expect(
      client.updateUser({ params: { path }, body: { name: "n".repeat(65) } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.updateUser({ params: { path }, body: { gender: 3 as 1 } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.updateUser({
        params: { path },
        // @ts-expect-error -- the account is the path, not a body field
        body: { account_id: "user_10086", name: "Zhang San" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.getUser", () => {
  it("gets the path's profile without a query or a body", async () => {
    const { fetch, client } = userClient(answer(profile));
    await expect(client.getUser({ params: { path } })).resolves.toEqual(profile);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/users/user_10086");
    expect(fetch.bodies[0]).toBeUndefined();
  });
});

describe("client.batchGetUsers", () => {
  it("sends the ids comma-joined in one account_ids parameter and keeps both lists", async () => {
    const data = {
      success_list: [profile],
      failed_list: [{ account_id: "ghost1", error_code: 102404, error_msg: "account not exist" }],
    };
    const { fetch, client } = userClient(answer(data));
    await expect(
      client.batchGetUsers({ params: { query: { account_ids: ["user_10086", "ghost1"] } } }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/users?account_ids=user_10086,ghost1",
    );
  });

  it("refuses an empty list before sending", async () => {
    const { fetch, client } = userClient();
    await expect(
      client.batchGetUsers({ params: { query: { account_ids: [] } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.getUsersOnlineStatus", () => {
  it("posts the ids to the SDKs' online_status path and resolves with each account's clients", async () => {
    const data = {
      success_list: [
        {
          account_id: "user_10086",
          online_status: [{ client_type: 2, login_time: 1717401600000 }],
        },
        { account_id: "user_10087", online_status: [] },
      ],
      failed_list: [],
    };
    const { fetch, client } = userClient(answer(data));
    const body = { account_ids: ["user_10086", "user_10087"] };
    await expect(client.getUsersOnlineStatus({ body })).resolves.toEqual(data);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/users/actions/online_status");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses more than 100 ids before sending", async () => {
    const { fetch, client } = userClient();
    const many = Array.from({ length: 101 }, (_, index) => `user_${index}`);
    await expect(
      client.getUsersOnlineStatus({ body: { account_ids: many } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

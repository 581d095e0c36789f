import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function subscriptionClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const answer = (data: unknown) => jsonResponse({ code: 200, msg: "success", data });
const subscriber = { account_id: "user_10086" };
const watched = { account_ids: ["user_10087", "user_10088"] };
const failures = {
  failed_list: [{ account_id: "ghost1", error_code: 102404, error_msg: "account not exist" }],
};

describe("client.subscribeUserStatus", () => {
  it("posts the ids as JSON to the subscriber's path with duration in the query and keeps failed_list", async () => {
    const { fetch, client } = subscriptionClient(answer(failures));
    await expect(
      client.subscribeUserStatus({
        params: { path: subscriber, query: { duration: 86400 } },
        body: watched,
      }),
    ).resolves.toEqual(failures);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/subscription/user_10086?duration=86400",
    );
    expect(fetch.bodies[0]).toEqual(watched);
  });

  it("refuses a duration outside 60 s to 30 days, over 100 ids and SDK-J's leaked subscriber before sending", async () => {
    const { fetch, client } = subscriptionClient();
    for (const duration of [59, 2592001]) {
      await expect(
        client.subscribeUserStatus({
          params: { path: subscriber, query: { duration } },
          body: watched,
        }),
      ).rejects.toBeInstanceOf(YunxinValidationError);
    }
    const many = Array.from({ length: 101 }, (_, index) => `user_${index}`);
    await expect(
      client.subscribeUserStatus({
        params: { path: subscriber, query: { duration: 60 } },
        body: { account_ids: many },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.subscribeUserStatus({
        params: { path: subscriber, query: { duration: 60 } },
        // @ts-expect-error -- the subscriber is the path, not a body field
        body: { ...watched, subscriberAccountId: "user_10086" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("does not compile, and is refused, without the duration", async () => {
    const { fetch, client } = subscriptionClient();
    // @ts-expect-error -- duration is required
    const noDuration = client.subscribeUserStatus({ params: { path: subscriber }, body: watched });
    await expect(noDuration).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.unsubscribeUserStatus", () => {
  it("deletes with the ids as a JSON body, and is repeated after a connection reset", async () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
    });
    const { fetch, client } = subscriptionClient(reset, answer({ failed_list: [] }));
    await expect(
      client.unsubscribeUserStatus({ params: { path: subscriber }, body: watched }),
    ).resolves.toEqual({ failed_list: [] });
    expect(fetch.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "DELETE http://stub.test/im/v2/subscription/user_10086",
      "DELETE http://stub.test/im/v2/subscription/user_10086",
    ]);
    expect(fetch.bodies).toEqual([watched, watched]);
  });
});

describe("client.queryUserStatusSubscription", () => {
  it("patches the ids as a JSON body and resolves with the subscriptions and their times", async () => {
    const data = {
      subscribes: [
        {
          account_id: "user_10087",
          event_type: 1,
          subscribe_time: 1717401600000,
          expire_time: 1717488000000,
        },
      ],
      failed_list: [],
    };
    const { fetch, client } = subscriptionClient(answer(data));
    await expect(
      client.queryUserStatusSubscription({ params: { path: subscriber }, body: watched }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.method).toBe("PATCH");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/subscription/user_10086");
    expect(fetch.bodies[0]).toEqual(watched);
  });

  it("refuses an empty id list before sending", async () => {
    const { fetch, client } = subscriptionClient();
    await expect(
      client.queryUserStatusSubscription({
        params: { path: subscriber },
        body: { account_ids: [] },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

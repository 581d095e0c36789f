import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function accountClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const account = { account_id: "user_10086", token: "7f3c9b2e4d1a4f6e8b0c5d2a9e7f1b3c" };

describe("client.createAccount", () => {
  it("posts the account as JSON and resolves with the registered account and its token", async () => {
    const { fetch, client } = accountClient(
      jsonResponse({ code: 200, msg: "success", data: account }),
    );
    await expect(
      client.createAccount({ body: { account_id: "user_10086", user_information: { gender: 1 } } }),
    ).resolves.toEqual(account);

    const [request] = fetch.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("http://stub.test/im/v2/accounts");
    expect(fetch.bodies[0]).toEqual({ account_id: "user_10086", user_information: { gender: 1 } });
  });

  it("refuses a token over 128 characters and an unknown gender before sending", async () => {
    const { fetch, client } = accountClient();
    await expect(
      client.createAccount({ body: { account_id: "user_10086", token: "t".repeat(129) } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.createAccount({
        body: { account_id: "user_10086", user_information: { gender: 3 as 1 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.batchQueryAccounts", () => {
  it("sends the ids comma-joined in one account_ids parameter and keeps both lists", async () => {
    const data = {
      success_list: [{ account_id: "user_10086", configuration: { enabled: true } }],
      failed_list: [
        { account_id: "user_99999", error_code: 102404, error_msg: "account not exist" },
      ],
    };
    const { fetch, client } = accountClient(jsonResponse({ code: 200, msg: "success", data }));
    await expect(
      client.batchQueryAccounts({
        params: { query: { account_ids: ["user_10086", "user_99999"] } },
      }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/accounts?account_ids=user_10086,user_99999",
    );
  });

  it("refuses an empty list and an upper-case id before sending", async () => {
    const { fetch, client } = accountClient();
    await expect(
      client.batchQueryAccounts({ params: { query: { account_ids: [] } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.batchQueryAccounts({ params: { query: { account_ids: ["User_10086"] } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.refreshToken", () => {
  it("patches the account's refresh_token action without a body", async () => {
    const { fetch, client } = accountClient(
      jsonResponse({ code: 200, msg: "success", data: account }),
    );
    await expect(
      client.refreshToken({ params: { path: { account_id: "user_10086" } } }),
    ).resolves.toEqual(account);
    const [request] = fetch.requests;
    expect(request?.method).toBe("PATCH");
    expect(request?.url).toBe("http://stub.test/im/v2/accounts/user_10086/actions/refresh_token");
    expect(fetch.bodies[0]).toBeUndefined();
  });

  it("is not repeated after a connection reset, since a repeat would issue another token", async () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
    });
    const { fetch, client } = accountClient(
      reset,
      jsonResponse({ code: 200, msg: "success", data: account }),
    );
    await expect(
      client.refreshToken({ params: { path: { account_id: "user_10086" } } }),
    ).rejects.toThrow();
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("client.kickAccount", () => {
  it("posts the kick type and device list to the account's kick action", async () => {
    const data = { success_list: [{ device_id: "d1", client_type: 2, login_time: 1717401600000 }] };
    const { fetch, client } = accountClient(jsonResponse({ code: 200, msg: "success", data }));
    await expect(
      client.kickAccount({
        params: { path: { account_id: "user_10086" } },
        body: { type: 2, device_id_list: ["d1"] },
      }),
    ).resolves.toEqual(data);
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/accounts/user_10086/actions/kick");
    expect(fetch.bodies[0]).toEqual({ type: 2, device_id_list: ["d1"] });
  });

  it("refuses more than 20 devices and an unknown kick type before sending", async () => {
    const { fetch, client } = accountClient();
    const path = { account_id: "user_10086" };
    const devices = Array.from({ length: 21 }, (_, index) => `d${index}`);
    await expect(
      client.kickAccount({ params: { path }, body: { type: 2, device_id_list: devices } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    await expect(
      client.kickAccount({ params: { path }, body: { type: 4 as 1 } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.disableAccount", () => {
  it("does not compile, and is refused, without enabled", async () => {
    const { fetch, client } = accountClient();
    const params = { path: { account_id: "user_10086" } };
    // @ts-expect-error -- enabled is required
    const missingEnabled = client.disableAccount({ params, body: { need_kick: true } });
    await expect(missingEnabled).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

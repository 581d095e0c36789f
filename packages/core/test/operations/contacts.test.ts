import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function contactsClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const done = () => jsonResponse({ code: 200, msg: "success", data: {} });
const pair = { account_id: "user_10086", contact_account_id: "user_10087" };

describe("client.addBlockContact and client.addMuteContact", () => {
  it("post the account and its contact as JSON to their lists", async () => {
    const { fetch, client } = contactsClient(done(), done());
    await client.addBlockContact({ body: pair });
    await client.addMuteContact({ body: pair });
    expect(fetch.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST http://stub.test/im/v2/block_contacts",
      "POST http://stub.test/im/v2/mute_contacts",
    ]);
    expect(fetch.bodies).toEqual([pair, pair]);
  });

  it("do not compile, and are refused before sending, without the contact", async () => {
    const { fetch, client } = contactsClient();
    // @ts-expect-error -- contact_account_id is required
    const missingContact = client.addBlockContact({ body: { account_id: "user_10086" } });
    await expect(missingContact).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.removeBlockContact and client.removeMuteContact", () => {
  it("delete with the contact as a query parameter and no body", async () => {
    const { fetch, client } = contactsClient(done(), done());
    const input = {
      params: { path: { account_id: "user_10086" }, query: { contact_account_id: "user_10087" } },
    };
    await client.removeBlockContact(input);
    await client.removeMuteContact(input);
    expect(fetch.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "DELETE http://stub.test/im/v2/block_contacts/user_10086?contact_account_id=user_10087",
      "DELETE http://stub.test/im/v2/mute_contacts/user_10086?contact_account_id=user_10087",
    ]);
    expect(fetch.bodies).toEqual([undefined, undefined]);
  });
});

describe("client.listBlockContacts", () => {
  it("pages with account_id, page_token and limit and resolves with the page", async () => {
    const page = { has_more: true, next_token: "user_10090", items: ["user_10087", "user_10090"] };
    const { fetch, client } = contactsClient(
      jsonResponse({ code: 200, msg: "success", data: page }),
    );
    await expect(
      client.listBlockContacts({
        params: { query: { account_id: "user_10086", page_token: "user_10080", limit: 2 } },
      }),
    ).resolves.toEqual(page);
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/block_contacts?account_id=user_10086&page_token=user_10080&limit=2",
    );
  });

  it("refuses a page size below 1 before sending", async () => {
    const { fetch, client } = contactsClient();
    await expect(
      client.listMuteContacts({ params: { query: { account_id: "user_10086", limit: 0 } } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

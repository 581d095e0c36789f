import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch } from "../support/observed-fetch.js";

describe("client.chatAssist", () => {
  it("posts to the AI path on the region's IM host, the host every other operation uses", async () => {
    const fetch = observedFetch(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { items: [{ style: "friendly", style_name: "Friendly", answer: "On its way!" }] },
      }),
    );
    const client = createYunxinClient({ region: "cn", fetch, sleep: async () => {} });
    const body = {
      sender_id: "user_10086",
      receiver_id: "user_10087",
      receiver_last_message: "Where is my order?",
      style_list: ["friendly"],
      history: [{ sender_id: "user_10087", text: "Hi" }],
    };
    const data = await client.chatAssist({ body });
    expect(data.items?.[0]?.answer).toBe("On its way!");
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      "https://open.yunxinapi.com/ai/chat_assistant/v1/chat_assist",
    );
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses an empty style list before sending", async () => {
    const fetch = observedFetch();
    const client = createYunxinClient({ baseUrl: "http://stub.test", fetch });
    await expect(
      client.chatAssist({
        body: { sender_id: "user_10086", receiver_id: "user_10087", style_list: [] },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

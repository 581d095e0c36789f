import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { observedFetch, type Scripted } from "../support/observed-fetch.js";

function chatroomClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

// Above 2^53: a JavaScript number would round it to 9007199254740994.
const bigRoomId = "9007199254740993";
const rawAnswer = (data: string) =>
  new Response(`{"code":200,"msg":"success","data":${data}}`, {
    headers: { "content-type": "application/json" },
  });

describe("client.getChatroomInfo", () => {
  it("puts an int64 room id beyond 2^53 into the path exactly and reads it back as a string", async () => {
    const { fetch, client } = chatroomClient(
      rawAnswer(`{"room_id":${bigRoomId},"valid":true,"online_user_count":3}`),
    );
    const info = await client.getChatroomInfo({
      params: { path: { room_id: bigRoomId }, query: { need_online_user_count: true } },
    });
    expect(info.room_id).toBe(bigRoomId);
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/chatrooms/${bigRoomId}?need_online_user_count=true`,
    );
  });
});

describe("client.sendChatroomMessage", () => {
  it("refuses a text message without text before sending", async () => {
    const { fetch, client } = chatroomClient();
    await expect(
      client.sendChatroomMessage({
        params: { path: { room_id: bigRoomId } },
        // @ts-expect-error -- a text message needs its text
        body: { sender_id: "anchor01", message: { message_client_id: "m-1", message_type: 0 } },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });

  // The text and media kinds are enums of message_type, the custom kind a const: the refusal is
  // about the kind the message is, not "message_type must be one of 1, 2, 3, 4, 6".
  it("names the missing sub_type of a custom message, not another kind's message_type", async () => {
    const { fetch, client } = chatroomClient();
    const refusal = await client
      .sendChatroomMessage({
        params: { path: { room_id: bigRoomId } },
        body: {
          sender_id: "anchor01",
          // @ts-expect-error -- a custom message needs its sub_type
          message: { message_client_id: "m-2", message_type: 100, attachment: { kind: "gift" } },
        },
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(YunxinValidationError);
    expect((refusal as YunxinValidationError).issues).toEqual([
      expect.objectContaining({ location: "body", path: "message.sub_type", keyword: "required" }),
    ]);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.kickChatroomMember", () => {
  it("names the member in the path and sends the room id in the body as an exact int64", async () => {
    const { fetch, client } = chatroomClient(rawAnswer("{}"));
    await client.kickChatroomMember({
      params: { path: { account_id: "viewer01" } },
      body: { room_id: bigRoomId, operator_account_id: "anchor01" },
    });
    const [request] = fetch.requests;
    expect(request?.method).toBe("PATCH");
    expect(request?.url).toBe("http://stub.test/im/v2.1/room_members/viewer01/actions/kicked");
    expect(await request?.clone().text()).toContain(`"room_id":${bigRoomId}`);
  });
});

import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinHttpError, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function signalClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

const CHANNEL_ID = "8207411368394723112";
// Above 2^53: a JavaScript number would round it to 9007199254740994.
const BIG_UID = "9007199254740993";
const ok = () => jsonResponse({ code: 200, msg: "success", data: {} });

describe("client.createSignalRoom", () => {
  it("posts the room and keeps the channel id as the server's text and a member uid beyond 2^53 exact", async () => {
    const { fetch, client } = signalClient(
      jsonResponse(
        `{"code":200,"msg":"success","data":{"channel_id":"${CHANNEL_ID}","channel_type":2,"creator_account_id":"user_10086","member_list":[{"account_id":"user_10086","uid":${BIG_UID}}]}}`,
      ),
    );
    const body = { creator_account_id: "user_10086", channel_type: 2, channel_name: "call-1" };
    const room = await client.createSignalRoom({ body });
    expect(room.channel_id).toBe(CHANNEL_ID);
    expect(room.member_list?.[0]?.uid).toBe(BIG_UID);
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/signalling_room");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses a room without its type before sending", async () => {
    const { fetch, client } = signalClient();
    await expect(
      // @ts-expect-error -- channel_type is required
      client.createSignalRoom({ body: { creator_account_id: "user_10086" } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.delaySignalRoom", () => {
  it("sends a PUT with only the channel id in the query and no body", async () => {
    const { fetch, client } = signalClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { channel_id: CHANNEL_ID, expire_time: 1717419700123 },
      }),
    );
    const room = await client.delaySignalRoom({ params: { query: { channel_id: CHANNEL_ID } } });
    expect(room.expire_time).toBe(1717419700123);
    expect(fetch.requests[0]?.method).toBe("PUT");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/signalling_room?channel_id=${CHANNEL_ID}`,
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });
});

describe("client.closeSignalRoom", () => {
  it("sends a DELETE with the operator and the flags in the query", async () => {
    const { fetch, client } = signalClient(ok());
    await client.closeSignalRoom({
      params: {
        query: { channel_id: CHANNEL_ID, operator_account_id: "user_10086", offline_enabled: true },
      },
    });
    expect(fetch.requests[0]?.method).toBe("DELETE");
    expect(fetch.requests[0]?.url).toBe(
      `http://stub.test/im/v2/signalling_room?channel_id=${CHANNEL_ID}&operator_account_id=user_10086&offline_enabled=true`,
    );
    expect(fetch.bodies[0]).toBeUndefined();
  });
});

describe("client.querySignalRoom", () => {
  it("finds a room by its name and keeps the type under the name `type` that SDK-J says the query answers", async () => {
    const { fetch, client } = signalClient(
      jsonResponse({ code: 200, msg: "success", data: { channel_id: CHANNEL_ID, type: 2 } }),
    );
    const room = await client.querySignalRoom({ params: { query: { channel_name: "call-1" } } });
    expect(room.type).toBe(2);
    expect(fetch.requests[0]?.method).toBe("GET");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/signalling_room?channel_name=call-1",
    );
  });
});

describe("client.sendSignalRoomControl", () => {
  it("does not repeat a command answered with HTTP 502, which may have reached the room already", async () => {
    const { fetch, client } = signalClient(new Response("bad gateway", { status: 502 }), ok());
    const error = await client
      .sendSignalRoomControl({
        body: { channel_id: CHANNEL_ID, operator_account_id: "user_10086", server_extension: "{}" },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(YunxinHttpError);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/signalling_room/actions/control");
  });
});

describe("client.inviteToSignalRoom", () => {
  it("posts the invitation with its push settings", async () => {
    const { fetch, client } = signalClient(ok());
    const body = {
      channel_id: CHANNEL_ID,
      inviter_account_id: "user_10086",
      invitee_account_id: "user_10087",
      request_id: "invite-0001",
      push_config: { push_enabled: true, push_title: "Incoming call" },
    };
    await client.inviteToSignalRoom({ body });
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/signalling_room/actions/invite");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses an invitation id longer than 128 characters before sending", async () => {
    const { fetch, client } = signalClient();
    await expect(
      client.inviteToSignalRoom({
        body: {
          channel_id: CHANNEL_ID,
          inviter_account_id: "user_10086",
          invitee_account_id: "user_10087",
          request_id: "r".repeat(129),
        },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe("client.cancelSignalRoomInvite", () => {
  it("posts the invitation to cancel to the cancel action", async () => {
    const { fetch, client } = signalClient(ok());
    const body = {
      channel_id: CHANNEL_ID,
      inviter_account_id: "user_10086",
      invitee_account_id: "user_10087",
      request_id: "invite-0001",
    };
    await client.cancelSignalRoomInvite({ body });
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe(
      "http://stub.test/im/v2/signalling_room/actions/cancel_invite",
    );
    expect(fetch.bodies[0]).toEqual(body);
  });
});

describe("client.kickSignalMember", () => {
  it("posts the kick to the signalling room, not to a chatroom", async () => {
    const { fetch, client } = signalClient(ok());
    const body = {
      channel_id: CHANNEL_ID,
      operator_account_id: "user_10086",
      target_account_id: "user_10087",
    };
    await client.kickSignalMember({ body });
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/signalling_room/actions/kick");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses a kick without its target before sending", async () => {
    const { fetch, client } = signalClient();
    await expect(
      client.kickSignalMember({
        // @ts-expect-error -- target_account_id is required
        body: { channel_id: CHANNEL_ID, operator_account_id: "user_10086" },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});

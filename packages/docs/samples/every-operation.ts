import { createYunxinClient, OPERATIONS, YunxinApiError } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";

const client = createYunxinClient({ region: "cn" });
client.use(
  createSigningMiddleware({
    appKey: process.env.YUNXIN_APP_KEY ?? "",
    appSecret: process.env.YUNXIN_APP_SECRET ?? "",
  }),
);

// Each operation of the spec is a method named by its operationId, typed from the spec:
const room = await client.createChatroom({ body: { creator: "alice", room_name: "launch" } });
const roomId = room.room_id ?? ""; // an int64, as an exact decimal string

// The same call path by name, for code that picks the operation at run time:
const info = await client.call("getChatroomInfo", {
  params: { path: { room_id: roomId }, query: { need_online_user_count: true } },
});
console.log(info.room_name, info.valid ? "open" : "closed");

// What the client knows of every operation, from the spec:
const { method, path, rateLimitCategory, idempotent } = OPERATIONS.createTeam;
console.log(method, path, rateLimitCategory, idempotent); // idempotent false: never repeated blindly

try {
  await client.getTeamInfo({
    params: { path: { team_id: "9007199254740993" }, query: { team_type: 1 } },
  });
} catch (error) {
  if (error instanceof YunxinApiError) console.error(error.operationId, error.code, error.msg);
  else throw error;
}

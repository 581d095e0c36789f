/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

import type { CallOptions } from "../call-options.js";
import type { operations } from "./schema.js";

/** Per operationId: the `call` input (openapi-fetch's shape) and what it resolves with (the envelope's `data`). */
export interface OperationTypes {
  sendBatchMessages: {
    input: { body: NonNullable<operations["sendBatchMessages"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendBatchMessages"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  createChatroom: {
    input: { body: NonNullable<operations["createChatroom"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createChatroom"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  getChatroomAddress: {
    input: { params: { path: operations["getChatroomAddress"]["parameters"]["path"]; query: operations["getChatroomAddress"]["parameters"]["query"] } };
    output: NonNullable<operations["getChatroomAddress"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  getChatroomInfo: {
    input: { params: { path: operations["getChatroomInfo"]["parameters"]["path"]; query?: operations["getChatroomInfo"]["parameters"]["query"] } };
    output: NonNullable<operations["getChatroomInfo"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  updateChatroomInfo: {
    input: { params: { path: operations["updateChatroomInfo"]["parameters"]["path"] }; body: NonNullable<operations["updateChatroomInfo"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateChatroomInfo"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  updateChatroomStatus: {
    input: { params: { path: operations["updateChatroomStatus"]["parameters"]["path"] }; body: NonNullable<operations["updateChatroomStatus"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateChatroomStatus"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  toggleChatroomMute: {
    input: { params: { path: operations["toggleChatroomMute"]["parameters"]["path"] }; body: NonNullable<operations["toggleChatroomMute"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
    optionalInput: false;
  };
  toggleInOutNotification: {
    input: { params: { path: operations["toggleInOutNotification"]["parameters"]["path"]; query: operations["toggleInOutNotification"]["parameters"]["query"] } };
    output: undefined;
    optionalInput: false;
  };
  queryOpenChatrooms: {
    input: { params: { query: operations["queryOpenChatrooms"]["parameters"]["query"] } };
    output: NonNullable<operations["queryOpenChatrooms"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  listOnlineMembers: {
    input: { params: { path: operations["listOnlineMembers"]["parameters"]["path"]; query: operations["listOnlineMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listOnlineMembers"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
  listFixedMembers: {
    input: { params: { path: operations["listFixedMembers"]["parameters"]["path"]; query?: operations["listFixedMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listFixedMembers"]["responses"][200]["content"]["application/json"]["data"]>;
    optionalInput: false;
  };
}

/** The operationId of an operation of the spec. */
export type OperationId = keyof OperationTypes;
/** What `call(operationId, input)` takes: `{ params: { path, query }, body }` as the spec declares them. */
export type OperationInput<Id extends OperationId> = OperationTypes[Id]["input"];
/** What `call(operationId, input)` resolves with: the envelope's `data` (int64 as decimal strings). */
export type OperationOutput<Id extends OperationId> = OperationTypes[Id]["output"];

/** A method per operation of the spec, named by its operationId. */
export interface OperationMethods {
  /**
   * Send one message to up to 100 single-chat receivers (批量发送单聊消息)
   *
   * Sends the same message from `sender_id` into the P2P conversation with each of
   * `receiver_ids` (1..100 accounts per call). The batch-send category is rate limited per app
   * (120 calls a minute by default, see `code` 416).
   *
   * The answer is always HTTP 200: `code` 200 with `data.success_list` (one item per delivered
   * receiver) and, on partial success, `data.failed_list` (one item per refused receiver);
   * any other `code` means nothing was sent and `msg` says why.
   *
   * `POST /im/v2/conversations/messages` · rate-limit category `batch-send` · idempotent under the trace id: ambiguous failures are retried
   */
  sendBatchMessages(input: OperationInput<"sendBatchMessages">, options?: CallOptions): Promise<OperationOutput<"sendBatchMessages">>;

  /**
   * Create a chatroom (创建聊天室)
   *
   * Creates a chatroom owned by `creator` and returns it with its server-assigned `room_id`
   * [SDK-J `chatroom/ChatroomV2Service.java:43`, official doc DU5NjcwNTk]. Not idempotent: a
   * repeat creates a second room with a new id.
   *
   * `creator` and `room_name` are required [SDK-G checks both]. The length limits are the SDK-J
   * field comments and the v1 page of the same call (room name ≤ 128, announcement ≤ 4096, live
   * URL ≤ 1024, extension ≤ 4096) [SDK-J]. Timed closing (`delay_close_policy`) must be enabled
   * in the console first [official doc DkwNzE5MjA].
   *
   * `POST /im/v2/chatrooms` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  createChatroom(input: OperationInput<"createChatroom">, options?: CallOptions): Promise<OperationOutput<"createChatroom">>;

  /**
   * Get the addresses to enter a chatroom (获取聊天室地址)
   *
   * Returns the connection addresses (host:port strings) through which `account_id` can enter
   * the chatroom [SDK-J `chatroom/ChatroomV2Service.java:61`, official doc DU5MDQ1MDQ].
   * `account_id` and `client_ip` are required [SDK-G checks both]; `client_type` and `ip_type`
   * are integers whose values neither SDK documents [SDK-J, SDK-G].
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/address` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getChatroomAddress(input: OperationInput<"getChatroomAddress">, options?: CallOptions): Promise<OperationOutput<"getChatroomAddress">>;

  /**
   * Get a chatroom's information (查询聊天室信息)
   *
   * Returns the chatroom's settings and state, and on request its online user count, in total
   * and per client platform [SDK-J `chatroom/ChatroomV2Service.java:92`, official doc TIzODMxODA].
   *
   * `GET /im/v2/chatrooms/{room_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getChatroomInfo(input: OperationInput<"getChatroomInfo">, options?: CallOptions): Promise<OperationOutput<"getChatroomInfo">>;

  /**
   * Update a chatroom's information (更新聊天室信息)
   *
   * Sets the given fields of the chatroom; absent fields stay as they are
   * [SDK-J `chatroom/ChatroomV2Service.java:121`, official doc jM0ODUxOTc]. With
   * `notification_enabled` the room's members get a notification carrying
   * `notification_extension`.
   *
   * SDK-J also serialises `room_id` into the body (it has `@JSONField(name = "room_id")`);
   * SDK-G keeps it out (`json:"-"`). The path names the room either way, so the body accepts
   * an optional `room_id` and the client need not send it [inferred].
   *
   * The answer: SDK-J reads the updated chatroom from `data`; SDK-G models an empty `data`.
   * Both are accepted.
   *
   * `PATCH /im/v2/chatrooms/{room_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateChatroomInfo(input: OperationInput<"updateChatroomInfo">, options?: CallOptions): Promise<OperationOutput<"updateChatroomInfo">>;

  /**
   * Open or close a chatroom (开放/关闭聊天室)
   *
   * Opens (`valid: true`) or closes (`valid: false`) the chatroom; closing it kicks every
   * online member, and the creator can open it again. It can also set the timed-closing policy
   * [official doc DkwNzE5MjA, SDK-J `chatroom/ChatroomV2Service.java:141`].
   * `operator_account_id` (the creator) and `valid` are required [official doc DkwNzE5MjA];
   * `delay_seconds` is at most 7 × 24 × 3600 = 604800 seconds [official doc DkwNzE5MjA].
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/update_status` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateChatroomStatus(input: OperationInput<"updateChatroomStatus">, options?: CallOptions): Promise<OperationOutput<"updateChatroomStatus">>;

  /**
   * Mute or unmute a whole chatroom (设置聊天室整体禁言状态)
   *
   * Sets the room-wide mute: with `chat_banned: true` only the creator and managers can speak
   * [SDK-J `chatroom/ChatroomV2Service.java:162`, official doc zIyODkxMTY].
   * `operator_account_id` is required [SDK-G]; SDK-G always sends `chat_banned` (no
   * `omitempty`), so the spec requires it too. The answer carries no data [SDK-J, SDK-G].
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/chat_banned` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleChatroomMute(input: OperationInput<"toggleChatroomMute">, options?: CallOptions): Promise<OperationOutput<"toggleChatroomMute">>;

  /**
   * Turn entry and exit notifications on or off (开启/关闭进出聊天室事件通知)
   *
   * Sets whether members entering and leaving the room trigger notifications
   * [SDK-J `chatroom/ChatroomV2Service.java:183`, official doc DEyMDExMTU]. Both SDKs send
   * `in_out_notification` as a query parameter and no body [SDK-J, SDK-G]. The answer carries
   * no data.
   *
   * `PATCH /im/v2/chatrooms/{room_id}/actions/in_out_notification` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleInOutNotification(input: OperationInput<"toggleInOutNotification">, options?: CallOptions): Promise<OperationOutput<"toggleInOutNotification">>;

  /**
   * List a creator's open chatrooms (查询创建者的开放聊天室列表)
   *
   * Returns the ids of the open chatrooms that `creator_account_id` created
   * [SDK-J `chatroom/ChatroomV2Service.java:205`, official doc zMxMzQzNzg].
   *
   * The path segment is spelled `opend_chatrooms` (sic) by both SDKs
   * (`ChatroomV2UrlContext.QUERY_OPEN_CHATROOMS`, `chatroom_v2_url_context.go`) and the docs
   * list; the spec keeps that spelling, because it is what the server routes.
   *
   * Both SDKs type the ids in `items` as strings (SDK-J `List<String>`, SDK-G `[]string`), so
   * they arrive as decimal strings and stay exact.
   *
   * `GET /im/v2/chatrooms/actions/opend_chatrooms` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryOpenChatrooms(input: OperationInput<"queryOpenChatrooms">, options?: CallOptions): Promise<OperationOutput<"queryOpenChatrooms">>;

  /**
   * List a chatroom's online members page by page (分页查询聊天室在线成员列表)
   *
   * Returns one page of the room's online members, optionally only those of the given roles
   * [SDK-J `chatroom/ChatroomV2Service.java:224`, official doc jY2NDI2NDk]. Start with
   * `offset` 0 and pass the answer's `offset` while `has_more` is true. SDK-J sends `offset`
   * and `limit` on every call; SDK-G refuses a `limit` of 0 [SDK-G], so both are required.
   * No maximum `limit` is documented in the sources read.
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/list_online_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listOnlineMembers(input: OperationInput<"listOnlineMembers">, options?: CallOptions): Promise<OperationOutput<"listOnlineMembers">>;

  /**
   * List a chatroom's fixed members (查询聊天室固定成员列表)
   *
   * Returns the room's fixed members (creator, managers, ordinary fixed members, …),
   * optionally only those of the given roles, online or not
   * [SDK-J `chatroom/ChatroomV2Service.java:250`, official doc zUyNDg1NzM].
   *
   * `GET /im/v2/chatrooms/{room_id}/actions/list_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listFixedMembers(input: OperationInput<"listFixedMembers">, options?: CallOptions): Promise<OperationOutput<"listFixedMembers">>;
}

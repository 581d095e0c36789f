/**
 * This file was generated from spec/openapi.yaml by scripts/generate.mjs.
 * Do not edit it by hand: change the spec and run `pnpm generate`.
 */

import type { CallOptions } from "../call-options.js";
import type { operations } from "./schema.js";

/** Per operationId: the `call` input (openapi-fetch's shape) and what it resolves with (the envelope's `data`). */
export interface OperationTypes {
  batchQueryAccounts: {
    input: { params: { query: operations["batchQueryAccounts"]["parameters"]["query"] } };
    output: NonNullable<operations["batchQueryAccounts"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createAccount: {
    input: { body: NonNullable<operations["createAccount"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createAccount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getAccountDetails: {
    input: { params: { path: operations["getAccountDetails"]["parameters"]["path"] } };
    output: NonNullable<operations["getAccountDetails"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateAccount: {
    input: { params: { path: operations["updateAccount"]["parameters"]["path"] }; body: NonNullable<operations["updateAccount"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateAccount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  disableAccount: {
    input: { params: { path: operations["disableAccount"]["parameters"]["path"] }; body: NonNullable<operations["disableAccount"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["disableAccount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  setPushConfig: {
    input: { params: { path: operations["setPushConfig"]["parameters"]["path"] }; body: NonNullable<operations["setPushConfig"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["setPushConfig"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  kickAccount: {
    input: { params: { path: operations["kickAccount"]["parameters"]["path"] }; body: NonNullable<operations["kickAccount"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["kickAccount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  refreshToken: {
    input: { params: { path: operations["refreshToken"]["parameters"]["path"] } };
    output: NonNullable<operations["refreshToken"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listBlockContacts: {
    input: { params: { query: operations["listBlockContacts"]["parameters"]["query"] } };
    output: NonNullable<operations["listBlockContacts"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addBlockContact: {
    input: { body: NonNullable<operations["addBlockContact"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  removeBlockContact: {
    input: { params: { path: operations["removeBlockContact"]["parameters"]["path"]; query: operations["removeBlockContact"]["parameters"]["query"] } };
    output: undefined;
  };
  listMuteContacts: {
    input: { params: { query: operations["listMuteContacts"]["parameters"]["query"] } };
    output: NonNullable<operations["listMuteContacts"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addMuteContact: {
    input: { body: NonNullable<operations["addMuteContact"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  removeMuteContact: {
    input: { params: { path: operations["removeMuteContact"]["parameters"]["path"]; query: operations["removeMuteContact"]["parameters"]["query"] } };
    output: undefined;
  };
  listFriends: {
    input: { params: { query: operations["listFriends"]["parameters"]["query"] } };
    output: NonNullable<operations["listFriends"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addFriend: {
    input: { params?: { query?: operations["addFriend"]["parameters"]["query"] }; body: NonNullable<operations["addFriend"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["addFriend"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteFriend: {
    input: { params: { path: operations["deleteFriend"]["parameters"]["path"]; query: operations["deleteFriend"]["parameters"]["query"] } };
    output: undefined;
  };
  getFriend: {
    input: { params: { path: operations["getFriend"]["parameters"]["path"]; query: operations["getFriend"]["parameters"]["query"] } };
    output: NonNullable<operations["getFriend"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateFriend: {
    input: { params: { path: operations["updateFriend"]["parameters"]["path"] }; body: NonNullable<operations["updateFriend"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateFriend"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  handleFriendAddition: {
    input: { params?: { query?: operations["handleFriendAddition"]["parameters"]["query"] }; body: NonNullable<operations["handleFriendAddition"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["handleFriendAddition"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  subscribeUserStatus: {
    input: { params: { path: operations["subscribeUserStatus"]["parameters"]["path"]; query: operations["subscribeUserStatus"]["parameters"]["query"] }; body: NonNullable<operations["subscribeUserStatus"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["subscribeUserStatus"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  unsubscribeUserStatus: {
    input: { params: { path: operations["unsubscribeUserStatus"]["parameters"]["path"] }; body: NonNullable<operations["unsubscribeUserStatus"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["unsubscribeUserStatus"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryUserStatusSubscription: {
    input: { params: { path: operations["queryUserStatusSubscription"]["parameters"]["path"] }; body: NonNullable<operations["queryUserStatusSubscription"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["queryUserStatusSubscription"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getUser: {
    input: { params: { path: operations["getUser"]["parameters"]["path"] } };
    output: NonNullable<operations["getUser"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateUser: {
    input: { params: { path: operations["updateUser"]["parameters"]["path"] }; body: NonNullable<operations["updateUser"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateUser"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchGetUsers: {
    input: { params: { query: operations["batchGetUsers"]["parameters"]["query"] } };
    output: NonNullable<operations["batchGetUsers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getUsersOnlineStatus: {
    input: { body: NonNullable<operations["getUsersOnlineStatus"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["getUsersOnlineStatus"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendBatchMessages: {
    input: { body: NonNullable<operations["sendBatchMessages"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendBatchMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendMessage: {
    input: { params: { path: operations["sendMessage"]["parameters"]["path"] }; body: NonNullable<operations["sendMessage"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteConversationMessages: {
    input: { params: { path: operations["deleteConversationMessages"]["parameters"]["path"]; query: operations["deleteConversationMessages"]["parameters"]["query"] } };
    output: NonNullable<operations["deleteConversationMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryMessagesByPage: {
    input: { params: { path: operations["queryMessagesByPage"]["parameters"]["path"]; query: operations["queryMessagesByPage"]["parameters"]["query"] } };
    output: NonNullable<operations["queryMessagesByPage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  withdrawMessage: {
    input: { params: { path: operations["withdrawMessage"]["parameters"]["path"]; query: operations["withdrawMessage"]["parameters"]["query"] } };
    output: NonNullable<operations["withdrawMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  streamMessage: {
    input: { params: { path: operations["streamMessage"]["parameters"]["path"] }; body: NonNullable<operations["streamMessage"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["streamMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  modifyMessage: {
    input: { body: NonNullable<operations["modifyMessage"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["modifyMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendP2PReadReceipt: {
    input: { body: NonNullable<operations["sendP2PReadReceipt"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendP2PReadReceipt"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryTeamReadReceipt: {
    input: { params: { query: operations["queryTeamReadReceipt"]["parameters"]["query"] } };
    output: NonNullable<operations["queryTeamReadReceipt"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendTeamReadReceipt: {
    input: { body: NonNullable<operations["sendTeamReadReceipt"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendTeamReadReceipt"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryMessage: {
    input: { params: { path: operations["queryMessage"]["parameters"]["path"]; query?: operations["queryMessage"]["parameters"]["query"] } };
    output: NonNullable<operations["queryMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  searchMessages: {
    input: { params: { query: operations["searchMessages"]["parameters"]["query"] } };
    output: NonNullable<operations["searchMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchQueryMessages: {
    input: { params: { path: operations["batchQueryMessages"]["parameters"]["path"] }; body: NonNullable<operations["batchQueryMessages"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["batchQueryMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryThreadMessages: {
    input: { params: { query: operations["queryThreadMessages"]["parameters"]["query"] } };
    output: NonNullable<operations["queryThreadMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchQueryQuickComments: {
    input: { body: NonNullable<operations["batchQueryQuickComments"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["batchQueryQuickComments"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteQuickComment: {
    input: { body: NonNullable<operations["deleteQuickComment"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["deleteQuickComment"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addQuickComment: {
    input: { body: NonNullable<operations["addQuickComment"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["addQuickComment"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createChatroom: {
    input: { body: NonNullable<operations["createChatroom"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createChatroom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getChatroomAddress: {
    input: { params: { path: operations["getChatroomAddress"]["parameters"]["path"]; query: operations["getChatroomAddress"]["parameters"]["query"] } };
    output: NonNullable<operations["getChatroomAddress"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getChatroomInfo: {
    input: { params: { path: operations["getChatroomInfo"]["parameters"]["path"]; query?: operations["getChatroomInfo"]["parameters"]["query"] } };
    output: NonNullable<operations["getChatroomInfo"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateChatroomInfo: {
    input: { params: { path: operations["updateChatroomInfo"]["parameters"]["path"] }; body: NonNullable<operations["updateChatroomInfo"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateChatroomInfo"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateChatroomStatus: {
    input: { params: { path: operations["updateChatroomStatus"]["parameters"]["path"] }; body: NonNullable<operations["updateChatroomStatus"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateChatroomStatus"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  toggleChatroomMute: {
    input: { params: { path: operations["toggleChatroomMute"]["parameters"]["path"] }; body: NonNullable<operations["toggleChatroomMute"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  toggleInOutNotification: {
    input: { params: { path: operations["toggleInOutNotification"]["parameters"]["path"]; query: operations["toggleInOutNotification"]["parameters"]["query"] } };
    output: undefined;
  };
  queryOpenChatrooms: {
    input: { params: { query: operations["queryOpenChatrooms"]["parameters"]["query"] } };
    output: NonNullable<operations["queryOpenChatrooms"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listOnlineMembers: {
    input: { params: { path: operations["listOnlineMembers"]["parameters"]["path"]; query: operations["listOnlineMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listOnlineMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listFixedMembers: {
    input: { params: { path: operations["listFixedMembers"]["parameters"]["path"]; query?: operations["listFixedMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listFixedMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendChatroomMessage: {
    input: { params: { path: operations["sendChatroomMessage"]["parameters"]["path"] }; body: NonNullable<operations["sendChatroomMessage"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendChatroomMessage"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchSendChatroomMessages: {
    input: { body: NonNullable<operations["batchSendChatroomMessages"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["batchSendChatroomMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  recallChatroomMessage: {
    input: { params: { path: operations["recallChatroomMessage"]["parameters"]["path"]; query: operations["recallChatroomMessage"]["parameters"]["query"] } };
    output: undefined;
  };
  queryChatroomHistoryMessages: {
    input: { params: { path: operations["queryChatroomHistoryMessages"]["parameters"]["path"]; query: operations["queryChatroomHistoryMessages"]["parameters"]["query"] } };
    output: NonNullable<operations["queryChatroomHistoryMessages"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  setMemberRole: {
    input: { params: { path: operations["setMemberRole"]["parameters"]["path"] }; body: NonNullable<operations["setMemberRole"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  updateOnlineMemberInfo: {
    input: { params: { path: operations["updateOnlineMemberInfo"]["parameters"]["path"] }; body: NonNullable<operations["updateOnlineMemberInfo"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateOnlineMemberInfo"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  toggleChatBan: {
    input: { params: { path: operations["toggleChatBan"]["parameters"]["path"] }; body: NonNullable<operations["toggleChatBan"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  modifyMemberTags: {
    input: { params: { path: operations["modifyMemberTags"]["parameters"]["path"] }; body: NonNullable<operations["modifyMemberTags"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  queryTaggedMembersCount: {
    input: { params: { path: operations["queryTaggedMembersCount"]["parameters"]["path"]; query: operations["queryTaggedMembersCount"]["parameters"]["query"] } };
    output: NonNullable<operations["queryTaggedMembersCount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listTaggedMembers: {
    input: { params: { path: operations["listTaggedMembers"]["parameters"]["path"]; query: operations["listTaggedMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listTaggedMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  toggleTempChatBan: {
    input: { params: { path: operations["toggleTempChatBan"]["parameters"]["path"] }; body: NonNullable<operations["toggleTempChatBan"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["toggleTempChatBan"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  toggleBlocked: {
    input: { params: { path: operations["toggleBlocked"]["parameters"]["path"] }; body: NonNullable<operations["toggleBlocked"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  queryChatroomBlacklist: {
    input: { params: { path: operations["queryChatroomBlacklist"]["parameters"]["path"] } };
    output: NonNullable<operations["queryChatroomBlacklist"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  toggleTaggedMembersChatBan: {
    input: { body: NonNullable<operations["toggleTaggedMembersChatBan"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["toggleTaggedMembersChatBan"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchQueryChatroomMembers: {
    input: { params: { path: operations["batchQueryChatroomMembers"]["parameters"]["path"]; query: operations["batchQueryChatroomMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["batchQueryChatroomMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addVirtualMembers: {
    input: { body: NonNullable<operations["addVirtualMembers"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["addVirtualMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteVirtualMembers: {
    input: { params: { query: operations["deleteVirtualMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["deleteVirtualMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  clearVirtualMembers: {
    input: { params: { query: operations["clearVirtualMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["clearVirtualMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryVirtualMembers: {
    input: { params: { query: operations["queryVirtualMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["queryVirtualMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryChatBanned: {
    input: { params: { path: operations["queryChatBanned"]["parameters"]["path"] } };
    output: NonNullable<operations["queryChatBanned"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  kickChatroomMember: {
    input: { params: { path: operations["kickChatroomMember"]["parameters"]["path"] }; body: NonNullable<operations["kickChatroomMember"]["requestBody"]>["content"]["application/json"] };
    output: undefined;
  };
  initializeChatroomQueue: {
    input: { params: { path: operations["initializeChatroomQueue"]["parameters"]["path"] }; body: NonNullable<operations["initializeChatroomQueue"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["initializeChatroomQueue"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteChatroomQueue: {
    input: { params: { path: operations["deleteChatroomQueue"]["parameters"]["path"] }; body: NonNullable<operations["deleteChatroomQueue"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["deleteChatroomQueue"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateChatroomQueue: {
    input: { params: { path: operations["updateChatroomQueue"]["parameters"]["path"] }; body: NonNullable<operations["updateChatroomQueue"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateChatroomQueue"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryChatroomQueueElements: {
    input: { params: { path: operations["queryChatroomQueueElements"]["parameters"]["path"] }; body: NonNullable<operations["queryChatroomQueueElements"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["queryChatroomQueueElements"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  pollChatroomQueueElement: {
    input: { params: { path: operations["pollChatroomQueueElement"]["parameters"]["path"] }; body: NonNullable<operations["pollChatroomQueueElement"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["pollChatroomQueueElement"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  querySignalRoom: {
    input: { params?: { query?: operations["querySignalRoom"]["parameters"]["query"] } };
    output: NonNullable<operations["querySignalRoom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  delaySignalRoom: {
    input: { params: { query: operations["delaySignalRoom"]["parameters"]["query"] } };
    output: NonNullable<operations["delaySignalRoom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createSignalRoom: {
    input: { body: NonNullable<operations["createSignalRoom"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createSignalRoom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  closeSignalRoom: {
    input: { params: { query: operations["closeSignalRoom"]["parameters"]["query"] } };
    output: NonNullable<operations["closeSignalRoom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendSignalRoomControl: {
    input: { body: NonNullable<operations["sendSignalRoomControl"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendSignalRoomControl"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  inviteToSignalRoom: {
    input: { body: NonNullable<operations["inviteToSignalRoom"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["inviteToSignalRoom"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  cancelSignalRoomInvite: {
    input: { body: NonNullable<operations["cancelSignalRoomInvite"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["cancelSignalRoomInvite"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  kickSignalMember: {
    input: { body: NonNullable<operations["kickSignalMember"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["kickSignalMember"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  asr: {
    input: { body: NonNullable<operations["asr"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["asr"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  translateText: {
    input: { body: NonNullable<operations["translateText"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["translateText"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  chatAssist: {
    input: { body: NonNullable<operations["chatAssist"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["chatAssist"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchQueryTeamInfo: {
    input: { params: { query: operations["batchQueryTeamInfo"]["parameters"]["query"] } };
    output: NonNullable<operations["batchQueryTeamInfo"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createTeam: {
    input: { body: NonNullable<operations["createTeam"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createTeam"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getTeamInfo: {
    input: { params: { path: operations["getTeamInfo"]["parameters"]["path"]; query: operations["getTeamInfo"]["parameters"]["query"] } };
    output: NonNullable<operations["getTeamInfo"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  disbandTeam: {
    input: { params: { path: operations["disbandTeam"]["parameters"]["path"]; query: operations["disbandTeam"]["parameters"]["query"] } };
    output: NonNullable<operations["disbandTeam"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateTeam: {
    input: { params: { path: operations["updateTeam"]["parameters"]["path"] }; body: NonNullable<operations["updateTeam"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateTeam"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  transferOwner: {
    input: { params: { path: operations["transferOwner"]["parameters"]["path"] }; body: NonNullable<operations["transferOwner"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["transferOwner"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  addManagers: {
    input: { params: { path: operations["addManagers"]["parameters"]["path"] }; body: NonNullable<operations["addManagers"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["addManagers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  removeManagers: {
    input: { params: { path: operations["removeManagers"]["parameters"]["path"] }; body: NonNullable<operations["removeManagers"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["removeManagers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listTeamMembers: {
    input: { params: { path: operations["listTeamMembers"]["parameters"]["path"]; query: operations["listTeamMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listTeamMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listOnlineTeamMembers: {
    input: { params: { path: operations["listOnlineTeamMembers"]["parameters"]["path"]; query: operations["listOnlineTeamMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["listOnlineTeamMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchQueryTeamOnlineMembersCount: {
    input: { params: { query: operations["batchQueryTeamOnlineMembersCount"]["parameters"]["query"] } };
    output: NonNullable<operations["batchQueryTeamOnlineMembersCount"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  inviteTeamMembers: {
    input: { body: NonNullable<operations["inviteTeamMembers"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["inviteTeamMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  kickTeamMembers: {
    input: { params: { query: operations["kickTeamMembers"]["parameters"]["query"] } };
    output: NonNullable<operations["kickTeamMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  leaveTeam: {
    input: { params: { query: operations["leaveTeam"]["parameters"]["query"] } };
    output: NonNullable<operations["leaveTeam"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateTeamMember: {
    input: { params: { path: operations["updateTeamMember"]["parameters"]["path"] }; body: NonNullable<operations["updateTeamMember"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateTeamMember"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchMuteTeamMembers: {
    input: { body: NonNullable<operations["batchMuteTeamMembers"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["batchMuteTeamMembers"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryJoinedTeams: {
    input: { params: { path: operations["queryJoinedTeams"]["parameters"]["path"]; query: operations["queryJoinedTeams"]["parameters"]["query"] } };
    output: NonNullable<operations["queryJoinedTeams"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listConversations: {
    input: { params: { query: operations["listConversations"]["parameters"]["query"] } };
    output: NonNullable<operations["listConversations"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createConversation: {
    input: { body: NonNullable<operations["createConversation"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createConversation"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getConversation: {
    input: { params: { path: operations["getConversation"]["parameters"]["path"] } };
    output: NonNullable<operations["getConversation"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchGetConversations: {
    input: { params: { query: operations["batchGetConversations"]["parameters"]["query"] } };
    output: NonNullable<operations["batchGetConversations"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteConversation: {
    input: { params: { path: operations["deleteConversation"]["parameters"]["path"]; query?: operations["deleteConversation"]["parameters"]["query"] } };
    output: NonNullable<operations["deleteConversation"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateConversation: {
    input: { params: { path: operations["updateConversation"]["parameters"]["path"] }; body: NonNullable<operations["updateConversation"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateConversation"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchDeleteConversations: {
    input: { params: { query: operations["batchDeleteConversations"]["parameters"]["query"] } };
    output: NonNullable<operations["batchDeleteConversations"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  stickTopConversation: {
    input: { params: { path: operations["stickTopConversation"]["parameters"]["path"] }; body: NonNullable<operations["stickTopConversation"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["stickTopConversation"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  listAllConversationGroups: {
    input: { params: { query: operations["listAllConversationGroups"]["parameters"]["query"] } };
    output: NonNullable<operations["listAllConversationGroups"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  createConversationGroup: {
    input: { body: NonNullable<operations["createConversationGroup"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["createConversationGroup"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getConversationGroup: {
    input: { params: { path: operations["getConversationGroup"]["parameters"]["path"]; query: operations["getConversationGroup"]["parameters"]["query"] } };
    output: NonNullable<operations["getConversationGroup"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteConversationGroup: {
    input: { params: { path: operations["deleteConversationGroup"]["parameters"]["path"]; query: operations["deleteConversationGroup"]["parameters"]["query"] } };
    output: NonNullable<operations["deleteConversationGroup"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  updateConversationGroup: {
    input: { params: { path: operations["updateConversationGroup"]["parameters"]["path"] }; body: NonNullable<operations["updateConversationGroup"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["updateConversationGroup"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  batchGetConversationGroups: {
    input: { params: { query: operations["batchGetConversationGroups"]["parameters"]["query"] } };
    output: NonNullable<operations["batchGetConversationGroups"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  getConversationOverview: {
    input: { params: { path: operations["getConversationOverview"]["parameters"]["path"] } };
    output: NonNullable<operations["getConversationOverview"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  clearConversationUnread: {
    input: { params: { path: operations["clearConversationUnread"]["parameters"]["path"] } };
    output: NonNullable<operations["clearConversationUnread"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendCustomNotification: {
    input: { body: NonNullable<operations["sendCustomNotification"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendCustomNotification"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendBatchCustomNotification: {
    input: { body: NonNullable<operations["sendBatchCustomNotification"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendBatchCustomNotification"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryBroadcastNotificationList: {
    input: { params?: { query?: operations["queryBroadcastNotificationList"]["parameters"]["query"] } };
    output: NonNullable<operations["queryBroadcastNotificationList"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendBroadcastNotification: {
    input: { body: NonNullable<operations["sendBroadcastNotification"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendBroadcastNotification"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  queryBroadcastNotification: {
    input: { params: { path: operations["queryBroadcastNotification"]["parameters"]["path"] } };
    output: NonNullable<operations["queryBroadcastNotification"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  deleteBroadcastNotification: {
    input: { params: { path: operations["deleteBroadcastNotification"]["parameters"]["path"] } };
    output: NonNullable<operations["deleteBroadcastNotification"]["responses"][200]["content"]["application/json"]["data"]>;
  };
  sendChatroomBroadcastNotification: {
    input: { body: NonNullable<operations["sendChatroomBroadcastNotification"]["requestBody"]>["content"]["application/json"] };
    output: NonNullable<operations["sendChatroomBroadcastNotification"]["responses"][200]["content"]["application/json"]["data"]>;
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
   * Query several accounts (批量查询账号信息)
   *
   * Returns, for each of `account_ids`, the account's settings (`data.success_list`), and for
   * each id that names no account an error (`data.failed_list`); the envelope's `code` stays
   * 200 when only some ids fail [SDK-J `account/AccountV2Service.java:74`, SDK-G, official doc
   * zQ2NjMyMTI, AF api-147175988].
   *
   * Both SDKs send the ids comma-joined in one `account_ids` query parameter (`a,b,c`)
   * [SDK-J, SDK-G]; an account id cannot hold a comma (see `AccountId`), so the join is
   * unambiguous. Neither SDK nor the pages read state a maximum number of ids per call, so
   * the spec sets none [gap]: a server-side limit, if there is one, answers 414.
   *
   * Yunxin's Apifox page documents `success_list`/`failed_list` but its example shows one
   * account's fields directly under `data`; the answer keeps unknown fields, so both shapes
   * pass [AF api-147175988].
   *
   * `GET /im/v2/accounts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryAccounts(input: OperationInput<"batchQueryAccounts">, options?: CallOptions): Promise<OperationOutput<"batchQueryAccounts">>;

  /**
   * Register an IM account (注册 IM 账号)
   *
   * Registers the IM account `account_id` (accid), optionally with its login token, its
   * feature bans, its profile (名片) and the moderation of that profile, and answers the new
   * account with its token [SDK-J `account/AccountV2Service.java:43`, SDK-G, official doc
   * TQyNjgyMzc, AF api-140031576].
   *
   * - `account_id` is required, ≤ 32 characters, letters, digits, `_`, `@`, `.` and `-` only;
   *   the server lower-cases it, so this spec takes lower case only (see `AccountId`) and the
   *   id to use afterwards is the one answered [official doc TQyNjgyMzc].
   * - `token` is ≤ 128 characters; without one the server generates it, and it stays valid
   *   until it is updated or refreshed [official doc TQyNjgyMzc, AF api-140031576].
   * - The profile's limits (`user_information`) are Yunxin's Apifox page's [AF api-140031576].
   * - `configuration.push_enabled_when_desktop_online` is in Yunxin's Apifox schema and in
   *   SDK-G's configuration, not in SDK-J's create request; it is accepted [AF, SDK-G].
   *
   * Rate limit: single-call; an older version of the official page gave 100 calls a second
   * for this endpoint, blocked for 10 s when exceeded [official doc TQyNjgyMzc, 2024/03/13].
   *
   * Idempotent: the caller chooses the id, so a repeat cannot register a second account. A
   * repeat after an answer that was lost is refused as a duplicate account instead of
   * answering the token; if the server generated that token, `refreshToken` issues a new one
   * [inferred].
   *
   * `POST /im/v2/accounts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  createAccount(input: OperationInput<"createAccount">, options?: CallOptions): Promise<OperationOutput<"createAccount">>;

  /**
   * Get an account's settings (查询账号属性)
   *
   * Returns the account's feature switches (disabled, muted per conversation kind, push while
   * a desktop is online) [SDK-J `account/AccountV2Service.java:138`, SDK-G, official doc
   * Dc5NzYxMTA]. Path only, no query parameters [SDK-J, SDK-G].
   *
   * SDK-G also reads a `token` from the answer, SDK-J does not [SDK-G, SDK-J]; the answer
   * declares it as optional, so both pass.
   *
   * `GET /im/v2/accounts/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getAccountDetails(input: OperationInput<"getAccountDetails">, options?: CallOptions): Promise<OperationOutput<"getAccountDetails">>;

  /**
   * Update an account's token, bans or profile (更新账号属性)
   *
   * Sets the account's login token, its feature switches (`configuration`: disabled, muted
   * in single chats, teams, chatrooms, QChat, push while a desktop is online) and, optionally,
   * forces it offline (`need_kick`) with an extension the kicked clients receive [SDK-J
   * `account/AccountV2Service.java:56`, SDK-G, official doc TgwNTIyODk, AF api-147081129].
   * Absent fields keep their value. The answer is the account with its token and switches.
   *
   * `user_information` (the profile) is sent by both SDKs [SDK-J since `e1be13a`, SDK-G] but
   * is not on Yunxin's Apifox page [AF api-147081129]; `updateUser` is the documented way to
   * change the profile, so prefer it [inferred]. The spec accepts the field.
   *
   * Idempotent: the fields are set to values; a repeat with `need_kick` forces the account's
   * devices offline again, which is what the first request asked for.
   *
   * `PATCH /im/v2/accounts/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateAccount(input: OperationInput<"updateAccount">, options?: CallOptions): Promise<OperationOutput<"updateAccount">>;

  /**
   * Disable or re-enable an account (封禁账号)
   *
   * `enabled: false` disables the account (封禁: it can no longer log in), `enabled: true`
   * enables it again; `need_kick` also forces its online devices offline, with an extension
   * the kicked clients receive [SDK-J `account/AccountV2Service.java:96`, SDK-G, official doc
   * TIxMzI4MjE].
   *
   * `enabled` is required: SDK-J always sends it and SDK-G's field has no `omitempty`
   * [SDK-J, SDK-G]. SDK-J answers `account_id` and `configuration`; SDK-G also reads a
   * top-level `enabled` [SDK-J, SDK-G]: both are declared.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/disable` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  disableAccount(input: OperationInput<"disableAccount">, options?: CallOptions): Promise<OperationOutput<"disableAccount">>;

  /**
   * Set whether mobiles get pushes while a desktop is online (更新移动端推送配置)
   *
   * Sets whether the account's mobile devices still get push notifications while one of its
   * desktop clients (PC, Web, macOS) is online [SDK-J `account/AccountV2Service.java:120`,
   * SDK-G, official doc zU3OTk0MTg]. The one field is required: both SDKs always send it
   * (SDK-G without `omitempty`) [SDK-J, SDK-G].
   *
   * SDK-J answers `account_id` and `configuration`, SDK-G `account_id` and a top-level
   * `push_enabled_when_desktop_online` [SDK-J, SDK-G]: both are declared.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/push_config` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  setPushConfig(input: OperationInput<"setPushConfig">, options?: CallOptions): Promise<OperationOutput<"setPushConfig">>;

  /**
   * Force an account's devices offline (强制账号下线)
   *
   * Forces the account's devices offline: `type` 1 every device, 2 the devices of
   * `device_id_list`, 3 every device except those of `device_id_list`; the kicked clients
   * receive `kick_notify_extension` [SDK-J `account/AccountV2Service.java:154`, SDK-G comments,
   * official doc TkwNjgzNTk]. `device_id_list` holds at most 20 device ids, the extension at
   * most 256 characters [SDK-J, SDK-G comments].
   *
   * `type` is required: SDK-J always sends it and no value means "no device" [SDK-J;
   * inferred]. `device_id_list` is needed for types 2 and 3 [SDK-G comment]; the spec does
   * not enforce that pairing, the server answers 414.
   *
   * The answer lists each kicked device (`success_list`: device id, client type, connection
   * id, login time in ms) and each device that could not be kicked (`failed_list`) [SDK-J
   * `KickAccountResponseV2`, SDK-G].
   *
   * Idempotent: a repeat forces offline the same devices, which are offline already.
   *
   * `POST /im/v2/accounts/{account_id}/actions/kick` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  kickAccount(input: OperationInput<"kickAccount">, options?: CallOptions): Promise<OperationOutput<"kickAccount">>;

  /**
   * Refresh an account's token (刷新 Token)
   *
   * Replaces the account's login token with a new one the server generates, and answers it
   * [SDK-J `account/AccountV2Service.java:180`, SDK-G, official doc DUwODIwMTg]. The old
   * token stops working [inferred from the name and the v1 call it replaces].
   *
   * No request body: both SDKs send the path only [SDK-J, SDK-G]. Yunxin's Apifox page shows
   * an example body with a `token`, but its body schema is empty [AF api-147117872]; to set a
   * token of your own, use `updateAccount`.
   *
   * SDK-J answers `account_id`, `token` and `configuration`, SDK-G `account_id` and `token`;
   * the Apifox example misspells `configuration` as `configration` [SDK-J, SDK-G, AF]; the
   * answer keeps unknown fields, so every variant passes.
   *
   * Not idempotent: each call issues another token and invalidates the previous one, so the
   * client does not repeat it after an ambiguous failure; call it again yourself and use the
   * token it answers.
   *
   * `PATCH /im/v2/accounts/{account_id}/actions/refresh_token` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  refreshToken(input: OperationInput<"refreshToken">, options?: CallOptions): Promise<OperationOutput<"refreshToken">>;

  /**
   * Page through an account's block list (分页查询黑名单列表)
   *
   * Lists the account ids on the block list of `account_id`, a page at a time: pass the
   * answer's `next_token` as `page_token` while `has_more` is true [SDK-J
   * `block/BlockV2Service.java:99`, SDK-G, official doc TM0MjkzNTI]. `items` are plain account
   * id strings [SDK-J comment: "an array of strings (account IDs), not an array of objects"].
   *
   * Neither SDK nor the pages read give a default or a maximum page size, so the spec
   * bounds `limit` only below [gap].
   *
   * `GET /im/v2/block_contacts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listBlockContacts(input: OperationInput<"listBlockContacts">, options?: CallOptions): Promise<OperationOutput<"listBlockContacts">>;

  /**
   * Add a contact to an account's block list (列入黑名单)
   *
   * Puts `contact_account_id` on the block list (黑名单) of `account_id`: the account no
   * longer receives the contact's messages [SDK-J `block/BlockV2Service.java:48`, SDK-G,
   * official doc Dk0MTM1MTE]. Both ids are sent in the body, both are required [SDK-J, SDK-G].
   * The answer carries no data [SDK-J, SDK-G: empty classes].
   *
   * Idempotent: the contact is on the list after a repeat as after the first call.
   *
   * `POST /im/v2/block_contacts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  addBlockContact(input: OperationInput<"addBlockContact">, options?: CallOptions): Promise<OperationOutput<"addBlockContact">>;

  /**
   * Remove a contact from an account's block list (移出黑名单)
   *
   * Takes `contact_account_id` off the block list of the account in the path [SDK-J
   * `block/BlockV2Service.java:73`, SDK-G, official doc DE0MzMwNTI]. The contact is a query
   * parameter; no body [SDK-J, SDK-G]. The answer carries no data.
   *
   * Idempotent: the contact is off the list after a repeat as after the first call.
   *
   * `DELETE /im/v2/block_contacts/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  removeBlockContact(input: OperationInput<"removeBlockContact">, options?: CallOptions): Promise<OperationOutput<"removeBlockContact">>;

  /**
   * Page through an account's muted contacts (分页查询静音列表)
   *
   * Lists the account ids `account_id` has muted, a page at a time: pass the answer's
   * `next_token` as `page_token` while `has_more` is true [SDK-J `mute/MuteV2Service.java:68`,
   * SDK-G, official doc Tg4MDk4NzA]. No default or maximum page size is documented [gap].
   *
   * SDK-J's answer class has no `@JSONField` names (`hasMore`, `nextToken`), while SDK-G and
   * SDK-J's sibling block list read `has_more` and `next_token`; the snake_case names are
   * what the API answers, SDK-J's mute class is a bug [inferred].
   *
   * `GET /im/v2/mute_contacts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listMuteContacts(input: OperationInput<"listMuteContacts">, options?: CallOptions): Promise<OperationOutput<"listMuteContacts">>;

  /**
   * Mute a contact for an account (设置静音)
   *
   * Puts `contact_account_id` on the mute list (静音, 免打扰) of `account_id`: the contact's
   * messages still arrive, without push notifications [SDK-J `mute/MuteV2Service.java:32`,
   * SDK-G, official doc DEzNTg0Nzg; the effect inferred from SDK-G's comment 免打扰]. Both
   * ids are in the body and required (SDK-G refuses either empty) [SDK-J, SDK-G]. The answer
   * carries no data.
   *
   * Idempotent: the contact is muted after a repeat as after the first call.
   *
   * `POST /im/v2/mute_contacts` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  addMuteContact(input: OperationInput<"addMuteContact">, options?: CallOptions): Promise<OperationOutput<"addMuteContact">>;

  /**
   * Unmute a contact for an account (解除静音)
   *
   * Takes `contact_account_id` off the mute list of the account in the path [SDK-J
   * `mute/MuteV2Service.java:48`, SDK-G, official doc jk1MTE5Nzc]. The contact is a query
   * parameter; no body [SDK-J, SDK-G]. The answer carries no data.
   *
   * Idempotent: the contact is unmuted after a repeat as after the first call.
   *
   * `DELETE /im/v2/mute_contacts/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  removeMuteContact(input: OperationInput<"removeMuteContact">, options?: CallOptions): Promise<OperationOutput<"removeMuteContact">>;

  /**
   * Page through an account's friends (分页查询好友列表)
   *
   * Lists the friends of `account_id` with their aliases and extensions, a page at a time:
   * pass the answer's `next_token` as `page_token` while `has_more` is true [SDK-J
   * `friend/FriendV2Service.java:154`, SDK-G, official doc DUyNzA2OTc]. `limit` defaults to
   * 100 and is at most 100 [official doc DUyNzA2OTc].
   *
   * Both SDKs read a `total` next to the page [SDK-J `ListFriendsResponseV2`, SDK-G]; SDK-G
   * also reads each friend's `create_time` and `update_time` (milliseconds) [SDK-G
   * `FriendItemV2`], SDK-J and the page do not. All are optional in the answer.
   *
   * `GET /im/v2.1/friends` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listFriends(input: OperationInput<"listFriends">, options?: CallOptions): Promise<OperationOutput<"listFriends">>;

  /**
   * Add a friend or ask to be one (添加好友)
   *
   * Makes `friend_account_id` a friend of `account_id` (`type` 1, at once), or sends it a
   * friend request that it accepts or refuses with `handleFriendAddition` (`type` 2), with
   * the alias, extensions and postscript (附言) the caller sets [SDK-J
   * `friend/FriendV2Service.java:38`, SDK-G `friend/friend_v2_service_impl.go:14`, official
   * doc TU5NDMzMjM]. Both ids are required (SDK-G refuses either empty) [SDK-G]. The answer is
   * the friend as stored [SDK-J `AddFriendResponseV2`, SDK-G].
   *
   * **Where `type` goes: the SDKs disagree.** SDK-J sends it as the query parameter `type`
   * and removes it from the body [SDK-J L43-L50]; SDK-G sends it in the body and no query
   * [SDK-G `friend_v2_requests.go:7`]. The page of the sibling `handleFriendAddition` puts its
   * `type` in the query [official doc zAwMzgwNTU], so the query is what the API most likely
   * reads [inferred]; the spec accepts either, and a caller should send the query one. The
   * values, 1 add directly and 2 ask with verification, are SDK-G's comment and SDK-J's test
   * [SDK-G, SDK-J `TestFriendV2.java:217`]. The alias and extension limits are those of
   * `handleFriendAddition`'s page, which shares these fields [official doc zAwMzgwNTU].
   *
   * Not idempotent: a repeat of a verification request (`type` 2) after a lost answer would
   * deliver a second request to the contact [inferred].
   *
   * `POST /im/v2.1/friends` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  addFriend(input: OperationInput<"addFriend">, options?: CallOptions): Promise<OperationOutput<"addFriend">>;

  /**
   * Delete a friend (删除好友)
   *
   * Ends the friendship of the account in the path with `friend_account_id`; with
   * `delete_alias` true the alias the account gave the friend goes too [SDK-J
   * `friend/FriendV2Service.java:64`, SDK-G, official doc Tk5NzI2ODQ]. Both are query
   * parameters; no body [SDK-J, SDK-G]. The path is `/im/v2/…`, not the `/im/v2.1/…` of the
   * other friend endpoints, in both SDKs [SDK-J `FriendV2UrlContext.java`, SDK-G]. The answer
   * carries no data [SDK-J, SDK-G: empty answer classes].
   *
   * Idempotent: the two are not friends after a repeat as after the first call.
   *
   * `DELETE /im/v2/friends/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteFriend(input: OperationInput<"deleteFriend">, options?: CallOptions): Promise<OperationOutput<"deleteFriend">>;

  /**
   * Get one friend of an account (查询单个好友信息)
   *
   * Returns the alias and extensions the account in the path keeps for its friend
   * `friend_account_id` [SDK-J `friend/FriendV2Service.java:134`, SDK-G, official doc
   * DYwOTk2NjQ]. The friend is a query parameter; no body [SDK-J, SDK-G].
   *
   * `GET /im/v2.1/friends/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getFriend(input: OperationInput<"getFriend">, options?: CallOptions): Promise<OperationOutput<"getFriend">>;

  /**
   * Update a friend's alias and extensions (更新好友信息)
   *
   * Sets the alias, `extension` and `customer_extension` the account in the path keeps for its
   * friend `friend_account_id`; absent fields stay as they are [SDK-J
   * `friend/FriendV2Service.java:88`, SDK-G, official doc TcxMjIxMTg]. The body is SDK-J's
   * request without `account_id`, which is the path [SDK-J L96]; `friend_account_id` is
   * required (SDK-G refuses it empty) [SDK-G]. The answer is the friend as stored.
   *
   * Idempotent: the friend holds the same values after a repeat.
   *
   * `PATCH /im/v2.1/friends/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateFriend(input: OperationInput<"updateFriend">, options?: CallOptions): Promise<OperationOutput<"updateFriend">>;

  /**
   * Accept or refuse a friend request (同意/拒绝添加好友)
   *
   * `account_id` accepts (`type` 3) or refuses (`type` 4) the friend request that
   * `friend_account_id` sent it with `addFriend` `type` 2, optionally with the alias and
   * extensions it keeps for the new friend and a postscript (操作附言) [SDK-J
   * `friend/FriendV2Service.java:110`, SDK-G, official doc zAwMzgwNTU]. Both ids are required
   * [official doc zAwMzgwNTU, SDK-G]. The answer is the friend as stored.
   *
   * **`type`: the sources disagree.** Yunxin's page and SDK-J send it as the query
   * parameter `type`, 3 accept (the default) and 4 refuse [official doc zAwMzgwNTU, SDK-J
   * `HandleFriendAdditionRequestV2.TYPE_ACCEPT`/`TYPE_REJECT`]. SDK-G sends it in the body
   * only, as 1 accept and 2 refuse [SDK-G `friend_v2_requests.go:47-58`]; against the page,
   * a server reading the query would take SDK-G's every call as the default, accept, so
   * SDK-G's values are a bug, not the contract [inferred]. SDK-J also leaks `type` into the
   * body (it is not removed after being put in the query) [SDK-J L111-L120]; the spec keeps
   * it out. Yunxin's page gives the path as `/im/v2/…`, both SDKs call `/im/v2.1/…`; the
   * spec follows the SDKs [official doc zAwMzgwNTU, SDK-J, SDK-G].
   *
   * Idempotent: the request is handled once; a repeat finds it handled and changes nothing
   * [inferred].
   *
   * `POST /im/v2.1/friends/actions/handle_friend_addition` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  handleFriendAddition(input: OperationInput<"handleFriendAddition">, options?: CallOptions): Promise<OperationOutput<"handleFriendAddition">>;

  /**
   * Subscribe to accounts' online status (订阅在线状态事件)
   *
   * The account in the path (the subscriber) subscribes to the online status events of
   * `account_ids` for `duration` seconds; the answer lists the ids that could not be
   * subscribed to [SDK-J `subscription/SubscriptionV2Service.java:37`, SDK-G, official doc
   * zI4NjY1NzA, AF api-249865850]. `duration` is a required query parameter, 60 to 2592000
   * seconds (one minute to 30 days) [AF api-249865850]; the ids are the JSON body [SDK-J,
   * SDK-G].
   *
   * At most 100 ids a call: the limit of Yunxin's v1 subscription API and of its client
   * guide (每次调用最多只能订阅 100 个账号) [official doc jQyMjc1NTI, v1 event/subscribe/add];
   * that v2 keeps it is [inferred]. SDK-J serializes its unannotated `subscriberAccountId`
   * and `duration` into the body too [SDK-J `SubscribeUserStatusRequestV2` L10, L13]: they
   * are the path and the query, leaks the spec keeps out (catalogue §1.3).
   *
   * Idempotent: a repeat subscribes the same ids again, setting their expiry anew from the
   * repeat, which is the same subscription [inferred].
   *
   * `POST /im/v2/subscription/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  subscribeUserStatus(input: OperationInput<"subscribeUserStatus">, options?: CallOptions): Promise<OperationOutput<"subscribeUserStatus">>;

  /**
   * Unsubscribe from accounts' online status (取消订阅在线状态事件)
   *
   * The account in the path stops watching the online status of `account_ids`; the answer
   * lists the ids that could not be unsubscribed [SDK-J
   * `subscription/SubscriptionV2Service.java:63`, SDK-G, official doc zUwMTY3Mzg]. A DELETE
   * with a JSON body, in both SDKs [SDK-J, SDK-G]. Yunxin's API list gives POST for it, the
   * method and path of subscribing, which cannot both hold: the list row is a typo
   * [inferred, catalogue §1.3f]. At most 100 ids, as for subscribing [inferred]. SDK-J's
   * leaked `subscriberAccountId` is kept out of the body.
   *
   * Idempotent: the ids are unsubscribed after a repeat as after the first call.
   *
   * `DELETE /im/v2/subscription/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  unsubscribeUserStatus(input: OperationInput<"unsubscribeUserStatus">, options?: CallOptions): Promise<OperationOutput<"unsubscribeUserStatus">>;

  /**
   * Query an account's online status subscriptions (查询在线状态事件订阅关系)
   *
   * Tells, for each of `account_ids`, whether the account in the path subscribes to its
   * online status, with the event type and the subscription's start and expiry
   * (milliseconds) [SDK-J `subscription/SubscriptionV2Service.java:85`, SDK-G, official doc
   * jU4MjMwMTE]. A query sent as a PATCH with a JSON body: both SDKs and Yunxin's list agree
   * on it [SDK-J, SDK-G, official doc jU4MjMwMTE]. At most 100 ids, as for subscribing
   * [inferred]. SDK-J's leaked `subscriberAccountId` is kept out of the body.
   *
   * Idempotent: it changes nothing.
   *
   * `PATCH /im/v2/subscription/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryUserStatusSubscription(input: OperationInput<"queryUserStatusSubscription">, options?: CallOptions): Promise<OperationOutput<"queryUserStatusSubscription">>;

  /**
   * Get a user's profile (查询用户名片)
   *
   * Returns the profile of the account in the path [SDK-J `users/UserV2Service.java:57`,
   * SDK-G, official doc TIzNjEzNjc]. No query and no body [SDK-J, SDK-G].
   *
   * `GET /im/v2/users/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getUser(input: OperationInput<"getUser">, options?: CallOptions): Promise<OperationOutput<"getUser">>;

  /**
   * Update a user's profile (更新用户名片)
   *
   * Sets the profile (用户名片) of the account in the path: nickname, avatar, signature,
   * e-mail, birthday, mobile, gender, extension, with the validation mode and the moderation
   * of those fields; absent fields stay as they are [SDK-J `users/UserV2Service.java:35`,
   * SDK-G, official doc TA0NzYzNjk]. The body is SDK-J's request without its unannotated
   * `accountId`, which is the path [SDK-J L43]. The fields and their limits are those of the
   * profile `createAccount` takes (`user_information`), field for field [SDK-J, SDK-G, AF
   * api-140031576]; the moderation is `createAccount`'s `antispam_configuration` [SDK-J
   * `UpdateUserRequestV2.AntispamConfigurationV2`, SDK-G]. The answer is the profile as
   * stored.
   *
   * Idempotent: the profile holds the same values after a repeat.
   *
   * `PATCH /im/v2/users/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateUser(input: OperationInput<"updateUser">, options?: CallOptions): Promise<OperationOutput<"updateUser">>;

  /**
   * Get several users' profiles (批量查询用户名片)
   *
   * Returns the profile of each of `account_ids` (`data.success_list`), and an error for each
   * id that could not be served (`data.failed_list`) [SDK-J `users/UserV2Service.java:73`,
   * SDK-G, official doc jI2NzY1ODI]. Both SDKs send the ids comma-joined in one
   * `account_ids` query parameter [SDK-J, SDK-G]; an account id holds no comma (see
   * `AccountId`). Neither SDK nor the pages read state a maximum [gap].
   *
   * `GET /im/v2/users` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchGetUsers(input: OperationInput<"batchGetUsers">, options?: CallOptions): Promise<OperationOutput<"batchGetUsers">>;

  /**
   * Get several accounts' online status (批量获取账号在线状态)
   *
   * Returns, for each of `account_ids`, the clients it is logged in on (client type and
   * login time in milliseconds), and an error for each id that could not be served [SDK-J
   * `users/UserV2Service.java:93`, SDK-G, AF api-254246884]. At most 100 ids [AF
   * api-254246884].
   *
   * **The path: the sources disagree.** Both SDKs call `/im/v2/users/actions/online_status`
   * [SDK-J `users/UserV2UrlContext.java`, SDK-G]; Yunxin's API list and its Apifox page
   * (marked 开发中, in development) write `/im/v2/users/actions/onlineStatus` [official doc
   * jU3NDkwNzY, AF api-254246884]. The spec takes the SDKs' path: both official clients
   * send it, and the page that differs is marked unfinished [inferred]; neither is verified
   * against the live API (catalogue §1.3b).
   *
   * Idempotent: it changes nothing.
   *
   * `POST /im/v2/users/actions/online_status` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getUsersOnlineStatus(input: OperationInput<"getUsersOnlineStatus">, options?: CallOptions): Promise<OperationOutput<"getUsersOnlineStatus">>;

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
   * Send a message into a P2P, team or super-team conversation (发送消息)
   *
   * Sends one message into the conversation `conversation_id` (`sender|1|receiver` for a
   * single chat, `sender|2|team_id` for an advanced team, `sender|3|team_id` for a super team)
   * [SDK-J `message/MessageV2Service.java:73`, SDK-G `message/message_v2_service_impl.go:14`,
   * official doc TEzMDQwODc]. The server de-duplicates by `X-custom-traceid` [official].
   *
   * `message` is required, with `text` for text (0) and tip (10) messages and `attachment` for
   * every other type [SDK-J@bf88b33 checks]. `team_option` applies to advanced teams,
   * `superteam_option` to super teams, `p2p_option` to single chats; `target_option` sends a
   * directed team message (群定向消息, needs separate activation) [official doc TEzMDQwODc].
   *
   * SDK-J also serialises the path's conversation id into the body as `conversation_id`; SDK-G
   * does not (`json:"-"`). The path carries it, so this spec keeps it out of the body
   * [inferred: the server routes by the path].
   *
   * `POST /im/v2/conversations/{conversation_id}/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  sendMessage(input: OperationInput<"sendMessage">, options?: CallOptions): Promise<OperationOutput<"sendMessage">>;

  /**
   * Delete a conversation's roaming or history messages (删除会话漫游/历史消息)
   *
   * Deletes every message of the conversation from roaming (`type` 1), from the cloud history
   * (`type` 2) or from both (`type` 3) [SDK-J `message/MessageV2Service.java:184`, SDK-G
   * `message/message_v2_service_impl.go:108`, official doc Tc1MTIyMDg]. `type` travels in the
   * query and there is no body [SDK-J, SDK-G]; SDK-J@bf88b33 refused any `type` outside 1..3.
   * Deleting what is already gone changes nothing, so a repeat is harmless [inferred].
   *
   * `DELETE /im/v2/conversations/{conversation_id}/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteConversationMessages(input: OperationInput<"deleteConversationMessages">, options?: CallOptions): Promise<OperationOutput<"deleteConversationMessages">>;

  /**
   * Page through a conversation's history (分页查询会话历史消息)
   *
   * Returns one page of the conversation's messages sent between `begin_time` and `end_time`
   * [SDK-J `message/MessageV2Service.java:373`, official doc jcwNDA0Nzg]. Both SDKs call the
   * v2.1 path, which extends the answer's fields; the v2 path is deprecated
   * [official changelog 10.10.8.5, official doc zMyNzU2MjA]. Pass the answer's `next_token` as
   * `page_token` while `has_more` is true.
   *
   * `begin_time`, `end_time` and `limit` are required; `limit` is 1..100 and anything else
   * answers 414 [official doc jcwNDA0Nzg, SDK-J@bf88b33 checks].
   *
   * `check_team_valid` and `include_no_sense_msg` are sent by SDK-J and documented
   * [official doc jcwNDA0Nzg, AF api-146887244]; SDK-G does not send them.
   *
   * `GET /im/v2.1/conversations/{conversation_id}/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryMessagesByPage(input: OperationInput<"queryMessagesByPage">, options?: CallOptions): Promise<OperationOutput<"queryMessagesByPage">>;

  /**
   * Recall or delete a message (撤回/删除消息)
   *
   * Recalls or deletes the message `message_server_id` of the conversation, by `type`
   * [SDK-J `message/MessageV2Service.java:126` and javadoc, official doc jAwNTEzODQ]:
   * - `1` one-sided recall (单向撤回): P2P or advanced-team messages up to 30 days old; only the
   *   receiver's side is notified.
   * - `2` two-sided recall (双向撤回): P2P, advanced and super teams, within the app's recall
   *   window (default 2 minutes, at most 7 days); both sides are notified.
   * - `3` delete: P2P and advanced-team messages up to 30 days old, without notification.
   *
   * By default only the sender may recall. Everything travels in the query; there is no body
   * [SDK-J]. SDK-J sends `push_content`, `push_payload`, `route_environment` and `attach`
   * only with `type` 2 and drops them otherwise; the server presumably ignores them on the
   * other types [inferred].
   *
   * The two SDKs send different optional keys: SDK-J `description`, `push_content`,
   * `push_payload`, `route_environment`, `attach`, `check_team_member_valid`, `message_time`,
   * `ignore_revoke_time`; SDK-G `server_extension` and `notify`. Yunxin's changelog names two
   * of SDK-J's (`check_team_member_valid` in 10.4.6, the recall-window bypass in 10.10.0)
   * [official changelog], so SDK-J's set is the documented one; SDK-G's two are accepted as
   * optional and undocumented.
   *
   * `DELETE /im/v2/conversations/{conversation_id}/messages/{message_server_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  withdrawMessage(input: OperationInput<"withdrawMessage">, options?: CallOptions): Promise<OperationOutput<"withdrawMessage">>;

  /**
   * Send one chunk of a streaming message (发送流式消息)
   *
   * Sends a message in chunks, e.g. an AI answer as it is generated, into a single chat or an
   * advanced team [SDK-J `message/MessageV2Service.java:59`, SDK-G
   * `message/message_v2_service_impl.go:33`, official doc TgyMTY2NzE; the 2025/08 version of
   * the page says single chats only, the 2025/11 version adds advanced teams]. The first call
   * carries `message.message_client_id`, chunk `index` 0 and the whole configuration, and
   * answers the `message_server_id`; every later chunk names that `message_server_id` and the
   * next `index`; `finish` 1 ends the stream, and the server joins the chunks by index
   * [official doc TgyMTY2NzE]. At most 30 s may pass between two chunks and all chunks'
   * `text` together may not exceed 5000 characters, or the stream is ended; after that every
   * further chunk is refused. The page suggests one call every 200 ms.
   *
   * The rate-limit notes list no category for this endpoint [catalogue §4]; it is taken as a
   * single call like every unlisted endpoint [inferred]. A repeat under the same trace id is
   * de-duplicated like a send [official, `X-custom-traceid`].
   *
   * SDK-J also serialises the path's conversation id into the body as a camelCase
   * `conversationId` (no `@JSONField`) [catalogue §1.3]: an SDK bug, left out of this spec;
   * the server routes by the path [inferred]. SDK-G sends only `message`, `rag_info_list`,
   * `team_option` and `target_option`; SDK-J also `message_config` (four switches),
   * `route_config`, `p2p_option`, `push_config` (four fields), `extension` and
   * `thread_config`, all accepted here.
   *
   * `POST /im/v2/conversations/{conversation_id}/messages/actions/stream_message` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  streamMessage(input: OperationInput<"streamMessage">, options?: CallOptions): Promise<OperationOutput<"streamMessage">>;

  /**
   * Update a sent message (更新消息)
   *
   * Replaces the content of a message sent in the last 7 days, named by its
   * `message_server_id`, sender, receiver, send `time` and type [SDK-J
   * `message/MessageV2Service.java:110`, SDK-G `message/message_v2_service_impl.go:67`,
   * official doc DA2ODM5NTU, AF api-247484974]. By default only the sender and the team owner
   * may update; one message can be updated at most once a second, a second update within the
   * second answers 107449 [official doc DA2ODM5NTU, SDK-J javadoc]. Setting the same content
   * again changes nothing new, so a repeat is safe [inferred].
   *
   * The path is `/modifyMsg` as both SDKs, the page itself and Apifox say; the API list's
   * `/modify` is taken as a typo [catalogue §1.3a].
   *
   * `message.text` is required for text (0) and tip (10) messages, `attachment` and `sub_type`
   * for custom (100) ones [SDK-J@bf88b33 checks]. The original send time is `message.time`,
   * not `create_time` [SDK-J, official doc]. `message_config` takes only
   * `conversation_update_enabled` and `team_option` has no `mark_as_read` [SDK-J, official
   * doc]. SDK-G's request has only `operator`, `type`, `extension` and an untyped `message`,
   * and its answer is empty; the official doc follows SDK-J's fuller request [catalogue §3.3],
   * and the answer's fields rest on SDK-J alone.
   *
   * `POST /im/v2/messages/actions/modifyMsg` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  modifyMessage(input: OperationInput<"modifyMessage">, options?: CallOptions): Promise<OperationOutput<"modifyMessage">>;

  /**
   * Mark a single-chat message as read (发送单聊已读回执)
   *
   * Sends a read receipt for the single-chat message `message_server_id`: `from_account_id`
   * (who read it, the message's receiver) tells `to_account_id` (its sender) that it was read
   * [SDK-J `message/MessageV2Service.java:207`, SDK-G `message/message_v2_service_impl.go:126`,
   * official doc TQ0MzA4MTc]. All three fields are required [SDK-J@bf88b33 checks]. Reading
   * the same message again changes nothing, so a repeat is safe [inferred].
   *
   * `POST /im/v2/messages/actions/p2p_read_receipt` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  sendP2PReadReceipt(input: OperationInput<"sendP2PReadReceipt">, options?: CallOptions): Promise<OperationOutput<"sendP2PReadReceipt">>;

  /**
   * Query who read an advanced-team message (查询群消息已读未读详情)
   *
   * How many members of the advanced team have and have not read the message, and optionally
   * who [SDK-J `message/MessageV2Service.java:244` and javadoc, SDK-G
   * `message/message_v2_service_impl.go:156`, official doc DIzNDY0ODk]. Advanced teams only,
   * with team read receipts enabled in the console [SDK-J javadoc].
   *
   * The two SDKs disagree and the official page could not be read [catalogue §3.3]:
   * - query: SDK-J sends `team_id`, `team_type` (always 1), `sender_id`, `message_server_id`
   *   and `snapshot` (return the account lists); SDK-G sends `team_id`, `message_server_id`
   *   and `include_account`. This spec requires what both send and accepts the others as
   *   optional; send SDK-J's `team_type` and `sender_id` too, since SDK-J@bf88b33 required
   *   them [SDK-J@bf88b33 checks].
   * - answer: SDK-J reads `read_size`, `unread_size`, `read_account_ids`,
   *   `unread_account_ids`; SDK-G `read_count`, `unread_count`, `read_accounts`,
   *   `unread_accounts`. Both sets are accepted.
   *
   * `GET /im/v2/messages/actions/team_read_receipt` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryTeamReadReceipt(input: OperationInput<"queryTeamReadReceipt">, options?: CallOptions): Promise<OperationOutput<"queryTeamReadReceipt">>;

  /**
   * Mark advanced-team messages as read (发送高级群已读回执)
   *
   * Marks up to 50 messages of the advanced team `team_id` as read by `from_account_id`
   * [SDK-J `message/MessageV2Service.java:225` and the request's javadoc, SDK-G
   * `message/message_v2_service_impl.go:141`, official doc DIwMTU2ODA, AF api-146886494].
   * Team read receipts must be enabled in the console; by default for teams of up to 200
   * members, extendable to 500 [SDK-J javadoc]. `code` 200 can be a partial success:
   * `data.success_list` and `data.failed_list` hold message ids [SDK-J, SDK-G, AF].
   *
   * Apifox's example sends `team_id` as a string; both SDKs send a number, which this spec
   * follows. Reading again changes nothing, so a repeat is safe [inferred].
   *
   * `POST /im/v2/messages/actions/team_read_receipt` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  sendTeamReadReceipt(input: OperationInput<"sendTeamReadReceipt">, options?: CallOptions): Promise<OperationOutput<"sendTeamReadReceipt">>;

  /**
   * Query one message (查询单条消息)
   *
   * Returns the message `message_server_id` of the conversation [SDK-J
   * `message/MessageV2Service.java:271`, SDK-G `message/message_v2_service_impl.go:175`,
   * official doc DEzNTMwNTY]. Both SDKs call the v2.1 path, which extends the answer's
   * fields [official changelog 10.10.8.5; SDK-J's interface javadoc still names v2].
   *
   * The query keys are SDK-J's; SDK-G sends none [catalogue §3.3]. The answer has the fields
   * of a history page item [SDK-J `QueryMessageResponseV2`]; SDK-G adds `conversation_id` and
   * `server_extension`, accepted too.
   *
   * `GET /im/v2.1/conversations/{conversation_id}/messages/{message_server_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryMessage(input: OperationInput<"queryMessage">, options?: CallOptions): Promise<OperationOutput<"queryMessage">>;

  /**
   * Search the message history (检索历史消息)
   *
   * Full-text search of the messages `operator_id` can see, optionally in one conversation
   * [SDK-J `message/MessageV2Service.java:315`, SDK-G `message/message_v2_service_impl.go:190`,
   * official doc zQ1MzM5NjM]. Both SDKs call the v2.1 path [official changelog 10.10.8.5].
   * Give at least one of `sender_account_ids`, `message_types` and `keyword_list`
   * [SDK-J@bf88b33 checks]; pass the answer's `next_token` as `page_token` while `has_more`
   * is true.
   *
   * `keyword_list` is a JSON array serialised into one query value, e.g. `["refund","A-1001"]`
   * (≤ 5 keywords) [SDK-J `getKeywordListAsJsonString`, SDK-G `json.Marshal`].
   * `sender_account_ids` (≤ 5), `message_types` and `message_sub_types` are comma-joined
   * [SDK-J, SDK-G]. `direction` exists since 10.10.7 [official changelog] and in SDK-J's
   * request class, but SDK-J never sends it (an SDK bug) and SDK-G lacks it; it is accepted
   * here.
   *
   * `GET /im/v2.1/messages/actions/search_messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  searchMessages(input: OperationInput<"searchMessages">, options?: CallOptions): Promise<OperationOutput<"searchMessages">>;

  /**
   * Query messages of a conversation by their ids (根据消息 ID 查询历史消息)
   *
   * Returns the messages of the conversation named by `message_server_id` and `create_time`
   * [SDK-J `message/MessageV2Service.java:419`, SDK-G `message/message_v2_service_impl.go:269`,
   * official doc jczMzMzMjg]. Both keys of each entry are required [SDK-J@bf88b33 checks]. A
   * POST that only reads: safe to repeat. `code` 200 can be a partial success:
   * `data.failed_list` names the ids not found with their error.
   *
   * SDK-J also serialises the path's conversation id into the body as a camelCase
   * `conversationId` (no `@JSONField`) [catalogue §1.3]: an SDK bug, left out of this spec;
   * the server routes by the path [inferred].
   *
   * `POST /im/v2.1/conversations/{conversation_id}/batch_messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryMessages(input: OperationInput<"batchQueryMessages">, options?: CallOptions): Promise<OperationOutput<"batchQueryMessages">>;

  /**
   * Page through the replies of a thread (查询 Thread 消息)
   *
   * Returns one page of the thread whose root message is named by `conversation_type`,
   * `sender_id`, `receiver_id`, `message_server_id`, `message_client_id` and `create_time`
   * (single chats, advanced and super teams) [SDK-J `message/MessageV2Service.java:445`,
   * official doc zE0MzA0NzM]. Every key but `page_token` and `descending` is required;
   * `limit` is 1..100 and anything else answers 414 [official doc zE0MzA0NzM,
   * SDK-J@bf88b33 checks]. `descending` means oldest first when `true`, **despite its name**
   * [official doc, SDK-J javadoc].
   *
   * SDK-G (`message/message_v2_service_impl.go:288`) names the root `root_message_id`,
   * `root_message_client_id` and `root_message_time` and adds `exclude_root`; the official
   * page names SDK-J's keys, which this spec follows [catalogue §3.3]. SDK-G's names are not
   * accepted, since a server that reads the documented keys would not see them [inferred].
   *
   * `GET /im/v2.1/messages/actions/thread_messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryThreadMessages(input: OperationInput<"queryThreadMessages">, options?: CallOptions): Promise<OperationOutput<"queryThreadMessages">>;

  /**
   * Query the quick comments of several messages (查询快捷评论)
   *
   * Returns the quick comments of each message named in `messages` [SDK-J
   * `message/MessageV2Service.java:516`, SDK-G `message/message_v2_service_impl.go:350`,
   * official doc DYwMTA5MTI]. Every key of each entry is required [SDK-J@bf88b33 checks]. A
   * POST that only reads: safe to repeat.
   *
   * The SDKs read different answers [catalogue §3.3]: SDK-J `success_list` (each message with
   * its `comments`: `operator_id`, `index`, `extension`, `time`) and `failed_list` (with
   * `error_code`, `error_msg`); SDK-G `items` (comments with `type`, `operator_id`,
   * `timestamp`, `server_extension`). Both shapes are accepted.
   *
   * `POST /im/v2/messages/actions/quick_comment` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryQuickComments(input: OperationInput<"batchQueryQuickComments">, options?: CallOptions): Promise<OperationOutput<"batchQueryQuickComments">>;

  /**
   * Remove a quick comment from a message (删除快捷评论)
   *
   * `operator_id` removes their quick comment of type `index` from the message named by
   * `message` [SDK-J `message/MessageV2Service.java:499`, SDK-G
   * `message/message_v2_service_impl.go:335`, official doc jU4MjMwMTE]. The request is a
   * **DELETE with a JSON body**, as both SDKs send it [catalogue §1.3, SDK-G `97baa5e`]; its
   * keys are those of adding a comment, all but `extension` and `push_config` required
   * [SDK-J@bf88b33 checks]. Removing what is gone changes nothing, so a repeat is safe
   * [inferred].
   *
   * `DELETE /im/v2/messages/actions/quick_comment` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteQuickComment(input: OperationInput<"deleteQuickComment">, options?: CallOptions): Promise<OperationOutput<"deleteQuickComment">>;

  /**
   * Add a quick comment to a message (添加快捷评论)
   *
   * `operator_id` adds the quick comment (快捷评论, e.g. an emoji reaction) of type `index` to
   * the message named by `message` [SDK-J `message/MessageV2Service.java:481`, SDK-G
   * `message/message_v2_service_impl.go:320`, official doc zg1ODU4ODc]. `operator_id`,
   * `index` (> 0) and every key of `message` are required [SDK-J@bf88b33 checks, SDK-J and
   * SDK-G comments]. A comment is named by operator and index, so adding it again adds no
   * second one [inferred].
   *
   * SDK-J's `push_config` has `push_enabled`, `push_content` and `push_payload`; SDK-G sends
   * its whole push configuration; both are accepted. The answer's `time` (when the comment
   * was added) is SDK-J's; SDK-G declares no fields.
   *
   * `PATCH /im/v2/messages/actions/quick_comment` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  addQuickComment(input: OperationInput<"addQuickComment">, options?: CallOptions): Promise<OperationOutput<"addQuickComment">>;

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

  /**
   * Send a chatroom message (发送聊天室消息)
   *
   * Sends one message from `sender_id` into the chatroom, to everyone or, with `receiver_ids`,
   * only to those members (a directed message) [SDK-J `chatroom_message/ChatroomMessageV2Service.java:33`,
   * official doc TAwMzc0NzE]. The server de-duplicates by `X-custom-traceid`, and with
   * `resend_flag` 1 by `message.message_client_id` [SDK-J@bf88b33 javadoc].
   *
   * Required [SDK-J@bf88b33 checks]: `sender_id`, `message` with `message_client_id` and
   * `message_type`; `text` for text (0) and tip (10), `attachment` for every other type, and
   * `sub_type` for custom (100) messages. A directed message is not stored in the history and
   * may carry neither `message_config` nor `location_*` [SDK-J@bf88b33]; the server refuses
   * those (the spec cannot express the rule).
   *
   * Delivery is rate limited per receiver: about 20 ordinary and 10 high-priority messages a
   * second, the excess may be dropped (`msg_abandon` in the answer) [SDK-J@bf88b33 javadoc].
   *
   * `POST /im/v2/chatrooms/{room_id}/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  sendChatroomMessage(input: OperationInput<"sendChatroomMessage">, options?: CallOptions): Promise<OperationOutput<"sendChatroomMessage">>;

  /**
   * Send several messages into a chatroom at once (批量发送聊天室消息)
   *
   * Sends up to 20 messages (each ≤ 5 KB) from `sender_id` into the chatroom named by
   * `room_id` in the body [SDK-J@bf88b33 javadoc, SDK-J `chatroom_message/ChatroomMessageV2Service.java:53`,
   * official doc TA1NTM3NzM]. Each message needs its own `message_client_id` and the fields
   * its type requires, as in `sendChatroomMessage` [SDK-J@bf88b33 checks].
   *
   * Rate category: single-call. Yunxin's rate-limit notes list only the P2P batch send and
   * the batch custom notification as batch sends, so this call counts as a single call
   * [inferred from the docs list, catalogue §4].
   *
   * The answer lists the sent messages in `success_list`. The shape of `failed_list` differs:
   * SDK-J reads items holding `failed_account_ids` and `failed_messages`, SDK-G reads flat
   * `{message_client_id, error_code, error_msg}` items, SDK-J@bf88b33 read
   * `{message_client_id, reason}`; every one of these keys is accepted.
   *
   * `POST /im/v2/chatrooms/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchSendChatroomMessages(input: OperationInput<"batchSendChatroomMessages">, options?: CallOptions): Promise<OperationOutput<"batchSendChatroomMessages">>;

  /**
   * Recall or delete a chatroom message (撤回/删除聊天室历史消息)
   *
   * Recalls (`notification_enabled=true`: the members get a recall notification) or silently
   * deletes (`false`) the message `message_client_id` that `sender_id` sent at `create_time`
   * [SDK-J@bf88b33 javadoc, SDK-J `chatroom_message/ChatroomMessageV2Service.java:70`,
   * official doc Tk5MTE3MDY]. Everything travels in the query; there is no body.
   *
   * `operator_id`, `sender_id`, `create_time` and `notification_enabled` are required
   * [SDK-J@bf88b33 checks; SDK-J sends all four on every call]. SDK-G sends each only when set.
   * `notification_extension` (a JSON string, ≤ 1024 characters) only counts with
   * `notification_enabled=true` [SDK-J@bf88b33 javadoc].
   *
   * `DELETE /im/v2/chatrooms/{room_id}/messages/{message_client_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  recallChatroomMessage(input: OperationInput<"recallChatroomMessage">, options?: CallOptions): Promise<OperationOutput<"recallChatroomMessage">>;

  /**
   * Page through one sender's chatroom history (分页查询聊天室历史消息)
   *
   * Returns one page of the messages `sender_id` sent in the chatroom, optionally only some
   * message types [SDK-J `chatroom_message/ChatroomMessageV2Service.java:102`, official doc
   * jQxNDU2MTM]. Both SDKs call the v2.1 path, which extends the answer's fields; the v2
   * path still works [official changelog 10.10.8.5, catalogue §1.3j]. Pass the answer's
   * `next_token` as `page_token` while `has_more` is true.
   *
   * `sender_id` and `limit` are required; `limit` is 1..100 and anything else answers 414
   * [AF api-149334533, SDK-J@bf88b33].
   *
   * The message-type filter is `message_type` in SDK-J and in Yunxin's Apifox page, and
   * `message_types` in SDK-G. The spec takes both; `message_type` is the documented key, so
   * send that one [AF api-149334533].
   *
   * `GET /im/v2.1/chatrooms/{room_id}/messages` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryChatroomHistoryMessages(input: OperationInput<"queryChatroomHistoryMessages">, options?: CallOptions): Promise<OperationOutput<"queryChatroomHistoryMessages">>;

  /**
   * Set a chatroom member's role (设置聊天室成员角色)
   *
   * Makes `account_id` a fixed member (0), a manager (2) or a guest again (3, removing the fixed
   * status), and can set the member's nick, avatar, level and extension in the room
   * [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:57`, official doc Dk0ODQ1NDU].
   * Only the creator sets managers; the creator and managers set the other roles [SDK-J@bf88b33].
   * `room_id` and `member_role` are required [SDK-J@bf88b33 checks, SDK-G checks]; SDK-G always
   * sends `operator_account_id`, so it is required too. The answer carries no data.
   *
   * `POST /im/v2/room_members/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  setMemberRole(input: OperationInput<"setMemberRole">, options?: CallOptions): Promise<OperationOutput<"setMemberRole">>;

  /**
   * Update an online member's room information (修改聊天室在线成员信息)
   *
   * Changes the nick, avatar or extension `account_id` has in the room while online; with
   * `persistence: true` a fixed member's stored information changes too (an offline fixed member
   * without `persistence` answers an error) [SDK-J@bf88b33 javadoc, SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:77`, official doc jc0MDA0NTc]. `room_id` is
   * required [SDK-J@bf88b33, SDK-G]. SDK-J reads the member back from `data`.
   *
   * `PATCH /im/v2/room_members/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateOnlineMemberInfo(input: OperationInput<"updateOnlineMemberInfo">, options?: CallOptions): Promise<OperationOutput<"updateOnlineMemberInfo">>;

  /**
   * Mute or unmute a chatroom member (设置聊天室成员禁言状态)
   *
   * Mutes (`chat_banned: true`) or unmutes `account_id` in the room for good; the creator or a
   * manager operates [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:98`,
   * official doc zkwMjA0NTI]. `room_id`, `operator_account_id` and `chat_banned` are required
   * [SDK-J@bf88b33 checks]. The answer carries no data.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/chat_banned` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleChatBan(input: OperationInput<"toggleChatBan">, options?: CallOptions): Promise<OperationOutput<"toggleChatBan">>;

  /**
   * Replace an online member's tags (修改聊天室在线成员标签)
   *
   * Sets the tags of the online member `account_id`, and which tag expression is notified of the
   * change (and of the member's disconnection) [SDK-J@bf88b33 javadoc, SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:119`, official doc Dg0MjIyMjU]. `room_id` and a
   * non-empty `tags` are required [SDK-J@bf88b33 checks]. The answer carries no data.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/tags` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  modifyMemberTags(input: OperationInput<"modifyMemberTags">, options?: CallOptions): Promise<OperationOutput<"modifyMemberTags">>;

  /**
   * Count the online members with a tag (查询聊天室标签在线成员数量)
   *
   * Returns how many members with `tag` are online in the room [SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:139`, official doc DIxOTA0ODE]. `tag` is required
   * [SDK-J@bf88b33, SDK-G].
   *
   * `GET /im/v2/room_members/{room_id}/actions/tagged_members_count` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryTaggedMembersCount(input: OperationInput<"queryTaggedMembersCount">, options?: CallOptions): Promise<OperationOutput<"queryTaggedMembersCount">>;

  /**
   * List the online members with a tag page by page (分页查询聊天室标签在线成员列表)
   *
   * Returns one page of the room's online members that have `tag` [SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:161`, official doc zI3NjI3OTE]. `tag`, `offset` and
   * `limit` are required [SDK-J@bf88b33 checks; SDK-J sends all three]; pass the answer's `offset`
   * while `has_more` is true. No maximum `limit` is given in the sources read.
   *
   * `GET /im/v2/room_members/{room_id}/actions/list_tag_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listTaggedMembers(input: OperationInput<"listTaggedMembers">, options?: CallOptions): Promise<OperationOutput<"listTaggedMembers">>;

  /**
   * Mute or unmute a chatroom member for a while (设置聊天室成员临时禁言状态)
   *
   * Mutes `account_id` for `chat_banned_duration` seconds (at most 2592000, 30 days), or lifts the
   * temporary mute [AF api-147380719, SDK-J@bf88b33 javadoc, SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:184`, official doc DU0NzQxNTY]. `room_id`,
   * `operator_account_id` and `chat_banned` are required, `chat_banned_duration` too when muting,
   * and an operator cannot mute themself [SDK-J@bf88b33 checks]. The duration is seconds per
   * Yunxin's Apifox page and SDK-J; an SDK-G comment says milliseconds, which the spec does not
   * follow. The answer's `mute_duration` is the remaining mute.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/temp_chat_banned` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleTempChatBan(input: OperationInput<"toggleTempChatBan">, options?: CallOptions): Promise<OperationOutput<"toggleTempChatBan">>;

  /**
   * Add a member to or remove them from the chatroom blacklist (设置聊天室成员黑名单状态)
   *
   * Blacklists (`blocked: true`: kicked and kept out) or un-blacklists `account_id`; the creator or a
   * manager operates [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:204`,
   * official doc DEwMTg2MzI]. `room_id`, `operator_account_id` and `blocked` are required
   * [SDK-J@bf88b33 checks]. The answer carries no data.
   *
   * `PATCH /im/v2/room_members/{account_id}/actions/blocked` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleBlocked(input: OperationInput<"toggleBlocked">, options?: CallOptions): Promise<OperationOutput<"toggleBlocked">>;

  /**
   * List a chatroom's blacklist (查询聊天室黑名单列表)
   *
   * Returns the room's blacklisted accounts, at most 100 unless Yunxin raises it (up to 1000)
   * [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:224`, official doc
   * zY2MTI1MTI]. Both SDKs call the v2.1 path.
   *
   * `GET /im/v2.1/room_members/{room_id}/actions/blocked` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryChatroomBlacklist(input: OperationInput<"queryChatroomBlacklist">, options?: CallOptions): Promise<OperationOutput<"queryChatroomBlacklist">>;

  /**
   * Mute or unmute every member with a tag for a while (设置聊天室标签成员临时禁言状态)
   *
   * Temporarily mutes (for `chat_banned_duration` seconds, ≤ 2592000) or unmutes the members with
   * `target_tag`; `notification_target_tags` (default: the target tag) get the notification
   * [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:242`, official doc
   * jMwNjc3NjY]. `room_id`, `operator_account_id`, `target_tag` and `chat_banned` are required,
   * `chat_banned_duration` too when muting [SDK-J@bf88b33 checks]. An SDK-G comment says
   * milliseconds; the spec follows SDK-J's seconds.
   *
   * `PATCH /im/v2/room_members/actions/chat_banned_tagged_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  toggleTaggedMembersChatBan(input: OperationInput<"toggleTaggedMembersChatBan">, options?: CallOptions): Promise<OperationOutput<"toggleTaggedMembersChatBan">>;

  /**
   * Get several chatroom members by account (批量查询聊天室成员信息)
   *
   * Returns the named members of the room; accounts that are not members come back in
   * `failed_list` [SDK-J `chatroom_member/ChatroomMemberV2Service.java:259`, official doc Tg2Mzk0Nzk].
   * `account_ids` (1..200, sent comma-joined) is required [SDK-J@bf88b33 javadoc and checks, SDK-G].
   *
   * `GET /im/v2/room_members/{room_id}/actions/batch` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryChatroomMembers(input: OperationInput<"batchQueryChatroomMembers">, options?: CallOptions): Promise<OperationOutput<"batchQueryChatroomMembers">>;

  /**
   * Add virtual members to a chatroom (添加聊天室虚拟成员)
   *
   * Adds up to 200 virtual members, which only raise the online count; they leave by themselves
   * after 24 hours (a re-add restarts the countdown), and one virtual account may be in any number of
   * rooms [SDK-J@bf88b33 javadoc, SDK-J `chatroom_member/ChatroomMemberV2Service.java:283`, official
   * doc TA3OTM3ODU]. `room_id` and `virtual_members`, each with an `account_id`, are required
   * [SDK-J@bf88b33 checks]. Adding the same account again is harmless, so a repeat is safe.
   *
   * `POST /im/v2/room_members/actions/virtual_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  addVirtualMembers(input: OperationInput<"addVirtualMembers">, options?: CallOptions): Promise<OperationOutput<"addVirtualMembers">>;

  /**
   * Remove virtual members from a chatroom (删除聊天室虚拟成员)
   *
   * Removes up to 100 virtual members [SDK-J@bf88b33 javadoc, SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:300`, official doc TMxNDg1NTI]. Both SDKs send
   * everything in the query (`account_ids` comma-joined) and no body; `room_id` and `account_ids`
   * are required [SDK-J@bf88b33 checks, SDK-G].
   *
   * `DELETE /im/v2/room_members/actions/virtual_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteVirtualMembers(input: OperationInput<"deleteVirtualMembers">, options?: CallOptions): Promise<OperationOutput<"deleteVirtualMembers">>;

  /**
   * Remove every virtual member of a chatroom (清空聊天室虚拟成员)
   *
   * Removes all the room's virtual members and answers how many [SDK-J@bf88b33 javadoc, SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:322`, official doc TU0NjkxMzg]. Query only, no
   * body [SDK-J, SDK-G].
   *
   * `DELETE /im/v2/room_members/actions/clear_virtual_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  clearVirtualMembers(input: OperationInput<"clearVirtualMembers">, options?: CallOptions): Promise<OperationOutput<"clearVirtualMembers">>;

  /**
   * List a chatroom's virtual members (查询聊天室虚拟成员列表)
   *
   * Returns the room's virtual members [SDK-J `chatroom_member/ChatroomMemberV2Service.java:343`,
   * official doc TI1OTg2NDg]. Both SDKs call the v2.1 path with `room_id` in the query.
   *
   * `GET /im/v2.1/room_members/actions/virtual_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryVirtualMembers(input: OperationInput<"queryVirtualMembers">, options?: CallOptions): Promise<OperationOutput<"queryVirtualMembers">>;

  /**
   * List a chatroom's muted members (查询聊天室禁言成员列表)
   *
   * Returns the room's muted members [SDK-J `chatroom_member/ChatroomMemberV2Service.java:361`,
   * official doc DE1NTg2NzQ]. Both SDKs call the v2.1 path. SDK-G also reads whether each mute is
   * temporary and until when.
   *
   * `GET /im/v2.1/room_members/{room_id}/actions/chat_banned` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryChatBanned(input: OperationInput<"queryChatBanned">, options?: CallOptions): Promise<OperationOutput<"queryChatBanned">>;

  /**
   * Kick a member out of a chatroom (踢出聊天室成员)
   *
   * Kicks `account_id` out of the room; the creator or a manager operates [SDK-J
   * `chatroom_member/ChatroomMemberV2Service.java:378`, official doc DE1ODkwMDA]. New in server
   * 10.10.13 (2025-12-10) [official changelog]; SDK-G does not have it yet (catalogue §1.3h), so
   * SDK-J is the only SDK source.
   *
   * The operationId is `kickChatroomMember` because Signal has a `kickMember` too
   * (`x-sdk-method` stays `kickMember`).
   *
   * SDK-J's request class has no `@JSONField` on `accountId`, so fastjson serialises a camelCase
   * `accountId` into the body next to `room_id` (catalogue §1.3). That is a leak of the path value,
   * not part of the API: the member is named by the path, the server presumably ignores the extra
   * key [inferred], and the spec leaves `accountId` out of the (strict) body.
   *
   * `PATCH /im/v2.1/room_members/{account_id}/actions/kicked` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  kickChatroomMember(input: OperationInput<"kickChatroomMember">, options?: CallOptions): Promise<OperationOutput<"kickChatroomMember">>;

  /**
   * Initialise a chatroom's queue (初始化聊天室队列)
   *
   * Creates the room's queue (聊天室队列, a key-value store ordered by insertion, e.g. for mic
   * seats) and sets how many elements it holds [SDK-J
   * `chatroom_queue/ChatroomQueueV2Service.java:33`, SDK-G
   * `chatroom_queue/chatroom_queue_v2_service_impl.go:14`, official doc TQ2NTA1Mzk]. Every
   * field is optional: SDK-J sends `{}` when none is set.
   *
   * - `queue_size_limit` is an `Integer` in SDK-J, an `int` (`omitempty`) in SDK-G; neither SDK
   *   nor a page read here gives its bounds [gap], so only a positive value is asked for.
   * - `route_config` carries `route_enabled` and `route_environment` nested, as both SDKs send
   *   them (the catalogue's flat list of names is the classes' `@JSONField`s, not the body).
   * - SDK-G's request struct also tags the room id `json:"room_id"`, so SDK-G sends it in the
   *   body next to the path; SDK-J keeps it out. The spec accepts an optional `room_id` (an
   *   int64) so either SDK's body is valid; the path is what names the room.
   *
   * Idempotent: a repeat sets the same limit on the same queue [inferred].
   *
   * `POST /im/v2/room_queues/{room_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  initializeChatroomQueue(input: OperationInput<"initializeChatroomQueue">, options?: CallOptions): Promise<OperationOutput<"initializeChatroomQueue">>;

  /**
   * Delete a chatroom's queue (删除聊天室队列)
   *
   * Deletes the room's queue with every element and answers the size it had [SDK-J
   * `chatroom_queue/ChatroomQueueV2Service.java:205`, SDK-G
   * `chatroom_queue/chatroom_queue_v2_service_impl.go:90`, official doc DAzNjQ0NTQ].
   *
   * A DELETE with a JSON body: `notification_config` and `route_config`, both optional.
   * SDK-J sends no body when neither is set (its HTTP client then attaches an empty one),
   * SDK-G always sends one (`{}` at the least; catalogue §1.3). The spec takes a body, `{}`
   * when nothing is set, as SDK-G sends it.
   *
   * The answer's `high_priority` is there only when the notification was on [SDK-J javadoc].
   *
   * Idempotent: a repeat deletes an already deleted queue [inferred].
   *
   * `DELETE /im/v2/room_queues/{room_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteChatroomQueue(input: OperationInput<"deleteChatroomQueue">, options?: CallOptions): Promise<OperationOutput<"deleteChatroomQueue">>;

  /**
   * Add or update chatroom queue elements (批量添加/更新聊天室队列元素)
   *
   * Adds or updates the elements of `element_list` in the room's queue and answers which keys
   * were inserted, which updated and which failed [SDK-J
   * `chatroom_queue/ChatroomQueueV2Service.java:116`, SDK-G
   * `chatroom_queue/chatroom_queue_v2_service_impl.go:62`, official doc TY1NDI5NjI].
   *
   * - `operator_account_id` is required (both SDKs always send it); `element_list` is required
   *   too: SDK-J always sends it and reads it without a null check, SDK-G drops it when empty
   *   (`omitempty`), and an update of nothing does nothing.
   * - Each element needs `element_key` and `element_value` (both SDKs always send them);
   *   `element_account_id` names the element's owner, `element_transient: true` removes the
   *   element when its owner leaves the room, `element_add_policy` is an integer whose values
   *   neither SDK documents [gap].
   * - `notification_config` (the queue-change notification: on/off, its extension, high
   *   priority and its policy) and `route_config` are nested objects, as both SDKs send them.
   *
   * Idempotent: a repeat writes the same values to the same keys (the second answer lists them
   * as updated, and a notification, when on, goes out again) [inferred].
   *
   * `PATCH /im/v2/room_queues/{room_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateChatroomQueue(input: OperationInput<"updateChatroomQueue">, options?: CallOptions): Promise<OperationOutput<"updateChatroomQueue">>;

  /**
   * Query chatroom queue elements (查询聊天室队列元素)
   *
   * Answers the queue's sizes and its elements, those of `element_key_list` or, without the
   * list, every element [SDK-J `chatroom_queue/ChatroomQueueV2Service.java:75`, SDK-G
   * `chatroom_queue/chatroom_queue_v2_service_impl.go:38`, official doc DY4NzAwMjE]. A query
   * sent as a POST with a body, as both SDKs send it.
   *
   * SDK-J sends `element_key_list` only when it is not empty; SDK-G always sends it (no
   * `omitempty`, so `null` when unset). The spec takes the list or its absence, not `null`
   * [inferred: the server reads a missing and a null list alike]. Each element of the answer
   * has `create_time` and `update_time` in SDK-G only; they are kept.
   *
   * Idempotent: a read.
   *
   * `POST /im/v2/room_queues/{room_id}/actions/query` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryChatroomQueueElements(input: OperationInput<"queryChatroomQueueElements">, options?: CallOptions): Promise<OperationOutput<"queryChatroomQueueElements">>;

  /**
   * Take an element out of a chatroom queue (取出聊天室队列元素)
   *
   * Removes one element from the room's queue and answers it: the element `element_key`, or
   * the first one when no key is given [SDK-J `chatroom_queue/ChatroomQueueV2Service.java:267`,
   * SDK-G `chatroom_queue/chatroom_queue_v2_service_impl.go:114`, official doc DUwNzI2NjY].
   *
   * **Method.** SDK-J and Yunxin's API list send a PATCH; SDK-G sends a POST to the same path
   * (catalogue §1.3d). The spec takes PATCH, the method two official sources agree on.
   *
   * `element_key` is optional in SDK-J (sent only when set); SDK-G always sends it, as `""`
   * when unset, which the spec accepts and reads like an absent key [inferred].
   * `notification_config` and `route_config` are nested objects, as both SDKs send them.
   *
   * Not idempotent: without a key, a repeat after a lost answer takes a second element out.
   *
   * `PATCH /im/v2/room_queues/{room_id}/actions/poll` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  pollChatroomQueueElement(input: OperationInput<"pollChatroomQueueElement">, options?: CallOptions): Promise<OperationOutput<"pollChatroomQueueElement">>;

  /**
   * Query a signalling room (查询信令房间)
   *
   * Answers the signalling room named by `channel_id` or by `channel_name`, with its members
   * [SDK-J `signal/SignalV2Service.java:106`, SDK-G `signal/signal_v2_service_impl.go:67`].
   * Give one of the two: both SDKs send `channel_id` when it is set and `channel_name`
   * otherwise, never both [SDK-J javadoc: 二选一，优先信令房间id]. OpenAPI cannot require one of two
   * query parameters, so both are optional here; the server refuses a query with neither
   * [inferred].
   *
   * SDK-J's answer class notes that this answer carries the room's type as `type`, not
   * `channel_type`, yet reads `channel_type`; SDK-G reads `channel_type`. The answer schema
   * has both.
   *
   * Idempotent: a read.
   *
   * `GET /im/v2/signalling_room` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  querySignalRoom(input?: OperationInput<"querySignalRoom">, options?: CallOptions): Promise<OperationOutput<"querySignalRoom">>;

  /**
   * Extend a signalling room's validity (延长信令房间有效期)
   *
   * Extends how long the signalling room `channel_id` stays valid and answers the room with its
   * new `expire_time` [SDK-J `signal/SignalV2Service.java:58`, SDK-G
   * `signal/signal_v2_service_impl.go:28`]. Both SDKs send only `channel_id`, in the query, and
   * no body.
   *
   * Idempotent: a repeat extends the same room again, from the time of the repeat [inferred].
   *
   * `PUT /im/v2/signalling_room` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  delaySignalRoom(input: OperationInput<"delaySignalRoom">, options?: CallOptions): Promise<OperationOutput<"delaySignalRoom">>;

  /**
   * Create a signalling room (创建信令房间)
   *
   * Creates a signalling room (信令房间, the channel that calls and other real-time invitations
   * run through) and answers it with its channel id and members [SDK-J
   * `signal/SignalV2Service.java:42`, SDK-G `signal/signal_v2_service_impl.go:13`]. Yunxin's
   * API list has no signalling page, so both SDKs are the only sources (catalogue §1.3).
   *
   * The operationId is `createSignalRoom`, not the SDKs' `createRoom`, so that it cannot be
   * taken for a chatroom's (`createChatroom`); `x-sdk-method` stays `createRoom`. The same
   * goes for the other Signal operations.
   *
   * - `creator_account_id` and `channel_type` are required [inferred: SDK-G always sends both
   *   (no `omitempty`), a room has a creator and a type]. Neither SDK documents the type's
   *   values; Yunxin's client signalling uses 1 audio, 2 video, 3 custom [inferred], and the
   *   spec takes any integer.
   * - `channel_name` and `channel_extension` are optional; SDK-G sends them as `""` when
   *   unset, which the spec accepts.
   * - `route_config` has only `route_enabled` here (default false) [SDK-J, SDK-G].
   *
   * Rate limit: Yunxin's rate-limit page lists no signalling endpoint (catalogue §4, a gap);
   * the spec puts them in single-call, the category of everything not listed [inferred].
   *
   * Not idempotent: the server assigns the channel id, so a repeat after a lost answer creates
   * a second room [inferred].
   *
   * `POST /im/v2/signalling_room` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  createSignalRoom(input: OperationInput<"createSignalRoom">, options?: CallOptions): Promise<OperationOutput<"createSignalRoom">>;

  /**
   * Close a signalling room (关闭信令房间)
   *
   * Closes the signalling room `channel_id`; its members get a close notification [SDK-J
   * `signal/SignalV2Service.java:75`, SDK-G `signal/signal_v2_service_impl.go:42`]. Everything
   * travels in the query, with no body [SDK-J, SDK-G].
   *
   * `channel_id` and `operator_account_id` (the creator or a member of the room) are required
   * [SDK-J javadoc 必选]; `server_extension` (≤ 4096 characters), `offline_enabled` (the
   * notification is kept for offline members, default false) and `route_enabled` (forwarded,
   * default false) are optional [SDK-J javadoc].
   *
   * Idempotent: a repeat closes a room that is already closed [inferred].
   *
   * `DELETE /im/v2/signalling_room` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  closeSignalRoom(input: OperationInput<"closeSignalRoom">, options?: CallOptions): Promise<OperationOutput<"closeSignalRoom">>;

  /**
   * Send a control command in a signalling room (信令房间发送控制指令)
   *
   * Sends a control command (控制指令, the app's own signal in `server_extension`) to one member
   * of the room, `target_account_id`, or without it to every member [SDK-J
   * `signal/SignalV2Service.java:129`, SDK-G `signal/signal_v2_service_impl.go:86`].
   * `channel_id` and `operator_account_id` (the creator or a member) are required [SDK-J
   * javadoc 必选]; `server_extension` is ≤ 4096 characters [SDK-J javadoc].
   *
   * Not idempotent: a repeat after a lost answer sends the command a second time.
   *
   * `POST /im/v2/signalling_room/actions/control` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  sendSignalRoomControl(input: OperationInput<"sendSignalRoomControl">, options?: CallOptions): Promise<OperationOutput<"sendSignalRoomControl">>;

  /**
   * Invite an account into a signalling room (邀请加入信令房间)
   *
   * Invites `invitee_account_id` into the room; `inviter_account_id` is its creator or a
   * member, and `request_id` (≤ 128 characters) names the invitation, for cancelling it later
   * [SDK-J `signal/SignalV2Service.java:144`, SDK-G `signal/signal_v2_service_impl.go:101`].
   * Those four are required [SDK-J javadoc 必选].
   *
   * - `server_extension` ≤ 4096 characters; `offline_enabled` (kept for an offline invitee)
   *   defaults to false, `unread_enabled` (counts as unread) to true [SDK-J javadoc].
   * - `push_config`: `push_enabled` (default false), `push_title` ≤ 32, `push_content` ≤ 500
   *   characters, `push_payload` a JSON string ≤ 4096 characters [SDK-J javadoc].
   * - SDK-G sends `offline_enabled` and `unread_enabled` as `null` when unset (pointers without
   *   `omitempty`); the spec leaves an unset flag out instead of accepting `null`.
   *
   * The operationId is `inviteToSignalRoom` (`x-sdk-method` stays `invite`).
   *
   * Not idempotent: a repeat after a lost answer sends the invitee a second invitation
   * [inferred].
   *
   * `POST /im/v2/signalling_room/actions/invite` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  inviteToSignalRoom(input: OperationInput<"inviteToSignalRoom">, options?: CallOptions): Promise<OperationOutput<"inviteToSignalRoom">>;

  /**
   * Cancel an invitation into a signalling room (取消邀请加入信令房间)
   *
   * Cancels the invitation `request_id` that `inviter_account_id` sent `invitee_account_id`
   * into the room [SDK-J `signal/SignalV2Service.java:159`, SDK-G
   * `signal/signal_v2_service_impl.go:116`]. The body has the invitation's fields: the four
   * ids are required [SDK-J javadoc 必选], the extension, offline, unread and push options as
   * for `inviteToSignalRoom`.
   *
   * Idempotent: a repeat cancels an invitation that is already cancelled [inferred].
   *
   * `POST /im/v2/signalling_room/actions/cancel_invite` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  cancelSignalRoomInvite(input: OperationInput<"cancelSignalRoomInvite">, options?: CallOptions): Promise<OperationOutput<"cancelSignalRoomInvite">>;

  /**
   * Kick a member out of a signalling room (将成员踢出信令房间)
   *
   * Kicks `target_account_id` out of the room; only its creator, `operator_account_id`, can
   * [SDK-J `signal/SignalV2Service.java:174`, SDK-G `signal/signal_v2_service_impl.go:131`].
   * `channel_id`, `operator_account_id` and `target_account_id` are required [SDK-J javadoc
   * 必选]; `server_extension` ≤ 4096 characters and `offline_enabled` (default false) are
   * optional [SDK-J javadoc].
   *
   * The operationId is `kickSignalMember` because the chatroom's `kickMember` is
   * `kickChatroomMember`; `x-sdk-method` stays `kickMember`.
   *
   * Idempotent: a repeat kicks a member who is no longer in the room [inferred].
   *
   * `POST /im/v2/signalling_room/actions/kick` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  kickSignalMember(input: OperationInput<"kickSignalMember">, options?: CallOptions): Promise<OperationOutput<"kickSignalMember">>;

  /**
   * Speech to text (语音转文字)
   *
   * Recognises the speech of the audio file at `url` and answers its text [SDK-J
   * `tool/ToolV2Service.java:31`, SDK-G `tool/tool_v2_service_impl.go:12`, official doc
   * jIyMjY5MDc].
   *
   * - `operator_account_id`, `format` (e.g. `wav`, `opus`, `mp3`, `aac`) and `url` are required
   *   [SDK-G comments 必填; SDK-G always sends them]; `sample_rate` (Hz) and `duration` (the
   *   audio's length in milliseconds) are optional [SDK-J javadoc, SDK-G comments].
   * - The formats are the SDKs' examples, not a closed list, so any format name is taken.
   *
   * Idempotent: recognition changes nothing on the server; a repeat recognises the same file
   * again [inferred].
   *
   * `POST /im/v2/tools/asr` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  asr(input: OperationInput<"asr">, options?: CallOptions): Promise<OperationOutput<"asr">>;

  /**
   * Translate text (文本翻译)
   *
   * Translates `source_text` into `target_language` and answers the translation with both
   * languages [SDK-J `tool/ToolV2Service.java:44`, SDK-G `tool/tool_v2_service_impl.go:27`,
   * official doc DYxNjA4NjY].
   *
   * - `operator_account_id`, `source_text` and `target_language` are required [SDK-G comments
   *   必填; SDK-G always sends them].
   * - `source_language` defaults to `auto` (detected): SDK-J fills in `auto` when it is unset,
   *   SDK-G leaves it out (`omitempty`, "可选，默认auto") [SDK-J, SDK-G].
   * - `translator_config.strict` keeps to the given languages [SDK-J, SDK-G];
   *   `translator_config.vendor`, the translation provider, is in SDK-G only and is accepted.
   * - Neither SDK lists the language codes or a length limit [gap].
   *
   * Idempotent: translating changes nothing on the server [inferred].
   *
   * `POST /im/v2/translations` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  translateText(input: OperationInput<"translateText">, options?: CallOptions): Promise<OperationOutput<"translateText">>;

  /**
   * Suggest replies with the AI chat assistant (AI 聊天助手)
   *
   * Suggests replies for `sender_id` to `receiver_id`'s last message, one per style of
   * `style_list`, from the two accounts' tags and the recent history [SDK-J
   * `ai/AiService.java:21`, SDK-G `ai/ai_v2_service_impl.go:13`, official doc jk4Mzg4OTA].
   *
   * **Path and host.** The path is not under `/im/v2` (catalogue §1.3k), but the host is the
   * IM API's: SDK-J sends it through the same `executeV2Api` of its IM client
   * (`core/YunxinApiHttpClient.java:204`) and SDK-G through the same `ExecuteV2Api`, to the
   * hosts every other operation uses, with the same signing. So the operation has no
   * `servers` of its own.
   *
   * - `sender_id`, `receiver_id` and `style_list` are required [SDK-G comments 必填; SDK-G
   *   always sends them]; the tag lists, `receiver_last_message` and `history` are optional.
   * - Neither SDK lists the styles or the limits of the lists [gap].
   *
   * Idempotent: a suggestion changes nothing on the server [inferred]; a repeat may suggest
   * other words.
   *
   * `POST /ai/chat_assistant/v1/chat_assist` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  chatAssist(input: OperationInput<"chatAssist">, options?: CallOptions): Promise<OperationOutput<"chatAssist">>;

  /**
   * Query several teams (批量查询群组资料)
   *
   * Returns the profile of each team of `team_ids`, and the ids that name no team
   * (`invalid_tids`) [SDK-J `team/TeamV2Service.java:108`, SDK-G, official doc DAyODY4ODE].
   *
   * Both SDKs send `team_ids` as a **JSON array** in one query value (`[6240128551,6240128552]`),
   * not comma-joined as most list parameters are [SDK-J `JSONObject.toJSONString`, SDK-G
   * `json.Marshal`]; the spec types that wire form as a string, so every id keeps its exact
   * digits. No maximum is documented [gap]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/teams` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryTeamInfo(input: OperationInput<"batchQueryTeamInfo">, options?: CallOptions): Promise<OperationOutput<"batchQueryTeamInfo">>;

  /**
   * Create a team (创建群组)
   *
   * Creates an advanced team (高级群, `team_type` 1) or a super team (超大群, 2) owned by
   * `owner_account_id`, optionally inviting members, and answers the new team with its
   * server-assigned `team_id` and the invitees that could not be added (`failed_list`)
   * [SDK-J `team/TeamV2Service.java:45`, SDK-G, official doc DIwODUwMTE].
   *
   * `owner_account_id`, `team_type` and `name` are required [SDK-G comments]. Neither SDK
   * states length limits, so the spec sets none [gap]. Rate limit: single-call (teams are
   * 单次类 in the catalogue §4).
   *
   * Not idempotent: the server assigns the team id, so a repeat creates a second team
   * [inferred].
   *
   * `POST /im/v2.1/teams` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  createTeam(input: OperationInput<"createTeam">, options?: CallOptions): Promise<OperationOutput<"createTeam">>;

  /**
   * Get a team's profile (查询群组资料)
   *
   * Returns the team's profile and configuration [SDK-J `team/TeamV2Service.java:261`, SDK-G,
   * official doc DI1Nzc3MDY]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/teams/{team_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getTeamInfo(input: OperationInput<"getTeamInfo">, options?: CallOptions): Promise<OperationOutput<"getTeamInfo">>;

  /**
   * Disband a team (解散群组)
   *
   * Disbands the team on behalf of `operator_id` (its owner) [SDK-J
   * `team/TeamV2Service.java:80`, SDK-G, official doc zk0NDkwOTc]. Both SDKs send the
   * parameters in the query and no body. Idempotent: a repeat finds the team gone and
   * changes nothing [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `DELETE /im/v2.1/teams/{team_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  disbandTeam(input: OperationInput<"disbandTeam">, options?: CallOptions): Promise<OperationOutput<"disbandTeam">>;

  /**
   * Update a team's profile (修改群组资料)
   *
   * Sets the given fields of the team's profile and configuration on behalf of `operator_id`
   * and answers the team as it now is [SDK-J `team/TeamV2Service.java:61`, SDK-G, official
   * doc jE2MTc1Mjk]. `operator_id` and `team_type` are required [SDK-G comments].
   *
   * `configuration.chat_banned_mode` and `antispam_configuration` are in SDK-J's request, not
   * in SDK-G's; both are accepted [SDK-J, SDK-G]. SDK-J keeps `team_id` out of the body
   * (`serialize = false`). Idempotent: it sets fields to values [inferred]. Rate limit:
   * single-call (catalogue §4).
   *
   * `PATCH /im/v2.1/teams/{team_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateTeam(input: OperationInput<"updateTeam">, options?: CallOptions): Promise<OperationOutput<"updateTeam">>;

  /**
   * Transfer a team's ownership (转让群主)
   *
   * Makes `new_owner_account_id` the owner; `leave` 1 makes the former owner leave the team,
   * 2 keeps them as an ordinary member [SDK-J `team/TeamV2Service.java:127` checks both
   * values and `team_type` 1 or 2; SDK-G; official doc zI5NTYzNTg].
   *
   * SDK-J also serialises its Java field `teamId` into the body (no `@JSONField`, catalogue
   * §1.3) although its own comment says the id only builds the URL; SDK-G sends it only in
   * the path. That is an SDK-J bug, not the contract: the team is the path's `team_id`, and
   * this spec's body refuses `teamId` [inferred]. Idempotent: it sets the owner to a value
   * [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `PATCH /im/v2/teams/{team_id}/actions/transfer_owner` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  transferOwner(input: OperationInput<"transferOwner">, options?: CallOptions): Promise<OperationOutput<"transferOwner">>;

  /**
   * Add team managers (添加群管理员)
   *
   * Makes the `managers` accounts managers of the team on behalf of `operator_id` [SDK-J
   * `team/TeamV2Service.java:176`, SDK-G, official doc DY0MTgxNzE].
   *
   * SDK-J leaks its Java field `teamId` into the body (catalogue §1.3); SDK-G does not. The
   * team is the path's `team_id`; the body refuses `teamId` [inferred]. Idempotent: making an
   * account a manager twice leaves it a manager [inferred]. No maximum number of managers per
   * call is documented [gap]. Rate limit: single-call (catalogue §4).
   *
   * `POST /im/v2/teams/{team_id}/actions/add_manager` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  addManagers(input: OperationInput<"addManagers">, options?: CallOptions): Promise<OperationOutput<"addManagers">>;

  /**
   * Remove team managers (移除群管理员)
   *
   * Makes the `managers` accounts ordinary members again on behalf of `operator_id` [SDK-J
   * `team/TeamV2Service.java:218`, SDK-G, official doc TAxNTIzNjU].
   *
   * A DELETE **with a JSON body**: both SDKs send the parameters in the body, not the query
   * (catalogue §1.3; SDK-G added DELETE bodies to its HTTP client for such endpoints). SDK-J
   * also leaks `teamId` into the body despite its own comment ("Not included in JSON");
   * the team is the path's `team_id` and the body refuses `teamId` [inferred]. Idempotent
   * [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `DELETE /im/v2/teams/{team_id}/actions/remove_manager` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  removeManagers(input: OperationInput<"removeManagers">, options?: CallOptions): Promise<OperationOutput<"removeManagers">>;

  /**
   * List a team's members (分页获取群成员列表)
   *
   * Pages through the team's members [SDK-J `team/TeamV2Service.java:298`, SDK-G, official
   * doc zIxNTk1Mzc].
   *
   * The SDKs disagree on the paging parameters: SDK-J sends `member_type`,
   * `chat_banned_type`, `descending`, `page_token` and `limit`; SDK-G sends `offset`, `limit`
   * and `next_token`. All are accepted; SDK-J's names match the answer's `next_token` →
   * `page_token` cursor of the other v2.1 list endpoints, so they are most likely the API's
   * [inferred]. The value meanings of `member_type` and `chat_banned_type` are not stated by
   * the SDKs [gap]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/teams/{team_id}/actions/list_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listTeamMembers(input: OperationInput<"listTeamMembers">, options?: CallOptions): Promise<OperationOutput<"listTeamMembers">>;

  /**
   * List a team's online members (查询群组在线成员列表)
   *
   * Returns the team's members that are online, each with its logged-in devices [SDK-J
   * `team/TeamV2Service.java:367`, SDK-G, official doc jAyMTkyOTA]. Rate limit: single-call
   * (catalogue §4).
   *
   * `GET /im/v2/teams/{team_id}/actions/list_online_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listOnlineTeamMembers(input: OperationInput<"listOnlineTeamMembers">, options?: CallOptions): Promise<OperationOutput<"listOnlineTeamMembers">>;

  /**
   * Count several teams' online members (批量查询群组在线成员数)
   *
   * Returns, for each team of `team_ids`, how many members are online and offline, and an
   * error for each id it could not serve; `code` stays 200 when only some fail [SDK-J
   * `team/TeamV2Service.java:407`, SDK-G, official doc DQzMjczMDg]. Unlike
   * `batchQueryTeamInfo`, both SDKs send the ids comma-joined here [SDK-J, SDK-G]. No
   * maximum is documented [gap]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2/teams/actions/online_members_count` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchQueryTeamOnlineMembersCount(input: OperationInput<"batchQueryTeamOnlineMembersCount">, options?: CallOptions): Promise<OperationOutput<"batchQueryTeamOnlineMembersCount">>;

  /**
   * Invite members to a team (邀请入群)
   *
   * Invites `invite_account_ids` into the team on behalf of `operator_id`; the answer lists
   * the accounts invited (`success_list`) and those that could not be (`failed_list`), with
   * `code` 200 when only some fail [SDK-J `team_member/TeamMemberV2Service.java:37`, SDK-G,
   * official doc jc0MjY4NzA]. Unlike the Team actions, the team id is a body field here, and
   * both SDKs name it `team_id` [SDK-J `@JSONField`, SDK-G]. No maximum number of invitees
   * per call is documented [gap]. Idempotent: inviting an account that is already invited or a
   * member adds nothing further [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `POST /im/v2/team_members` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  inviteTeamMembers(input: OperationInput<"inviteTeamMembers">, options?: CallOptions): Promise<OperationOutput<"inviteTeamMembers">>;

  /**
   * Remove members from a team (踢出群成员)
   *
   * Removes `kick_account_ids` from the team on behalf of `operator_id` [SDK-J
   * `team_member/TeamMemberV2Service.java:54`, SDK-G, official doc TkzNTM5NTI]. SDK-J sends
   * every parameter in the query, the accounts comma-joined; SDK-G's request struct carries
   * `json` tags but its service also builds the query [SDK-J, SDK-G]. Idempotent: a removed
   * account stays removed [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `DELETE /im/v2/team_members/actions/kick_member` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  kickTeamMembers(input: OperationInput<"kickTeamMembers">, options?: CallOptions): Promise<OperationOutput<"kickTeamMembers">>;

  /**
   * Leave a team (主动退群)
   *
   * Makes `account_id` leave the team [SDK-J `team_member/TeamMemberV2Service.java:79`,
   * SDK-G, official doc DI0MTg0ODg]; parameters in the query, no body. Idempotent [inferred].
   * Rate limit: single-call (catalogue §4).
   *
   * `DELETE /im/v2/team_members/actions/leave` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  leaveTeam(input: OperationInput<"leaveTeam">, options?: CallOptions): Promise<OperationOutput<"leaveTeam">>;

  /**
   * Update a team member (修改群成员信息)
   *
   * Sets the member's team nickname, mute, notification state or extensions [SDK-J
   * `team_member/TeamMemberV2Service.java:104` (a copy of the request without the path's
   * account), SDK-G, official doc TQ4MzM2NTk].
   *
   * The answer's shape differs: SDK-J reads the member's fields directly under `data`, SDK-G
   * under `data.member_info` (and names the role `team_member_type`, not `member_role`);
   * both are accepted [SDK-J, SDK-G]. Idempotent: it sets fields to values [inferred]. Rate
   * limit: single-call (catalogue §4).
   *
   * `PATCH /im/v2.1/team_members/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateTeamMember(input: OperationInput<"updateTeamMember">, options?: CallOptions): Promise<OperationOutput<"updateTeamMember">>;

  /**
   * Mute or unmute several team members (批量禁言群成员)
   *
   * Mutes (`chat_banned` true) or unmutes (false) `chat_ban_account_ids` in the team on
   * behalf of `operator_id`; `success_list`/`failed_list` say for whom it worked [SDK-J
   * `team_member/TeamMemberV2Service.java:135`, SDK-G, official doc DkyNjI4ODk]. No maximum
   * per call is documented [gap]. Idempotent: it sets a state [inferred]. Rate limit:
   * single-call (catalogue §4).
   *
   * `PATCH /im/v2/team_members/actions/batch_mute` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchMuteTeamMembers(input: OperationInput<"batchMuteTeamMembers">, options?: CallOptions): Promise<OperationOutput<"batchMuteTeamMembers">>;

  /**
   * List the teams an account has joined (查询已加入的群组)
   *
   * Pages through the teams `account_id` belongs to, optionally with its membership in each
   * (`need_return_member_info` 1) [SDK-J `team_member/TeamMemberV2Service.java:152`, SDK-G,
   * official doc TkwODkwNTQ]. The membership's role is `member_role` in SDK-J and
   * `team_member_type` in SDK-G; both are accepted [SDK-J, SDK-G]. Rate limit: single-call
   * (catalogue §4).
   *
   * `GET /im/v2.1/team_members/{account_id}/actions/joined_teams` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryJoinedTeams(input: OperationInput<"queryJoinedTeams">, options?: CallOptions): Promise<OperationOutput<"queryJoinedTeams">>;

  /**
   * Page through an account's conversations (分页查询会话列表)
   *
   * Returns one page of the conversations of `account_id`, each with its last message (or
   * the recall notice that replaced it), unread count and groups [SDK-J
   * `conversation/ConversationV2Service.java:153`, SDK-G, official doc DI2NDczOTg]. Pass the
   * answer's `next_token` as `page_token` while `has_more` is true.
   *
   * Both SDKs send `account_id` always (SDK-G refuses it empty) and `page_token` and `limit`
   * only when set; neither states a default or maximum page size, so the spec sets none
   * [gap]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/conversations` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listConversations(input: OperationInput<"listConversations">, options?: CallOptions): Promise<OperationOutput<"listConversations">>;

  /**
   * Create a conversation (创建会话)
   *
   * Creates the server-side conversation `conversation_id` (`owner|1|peer` single chat,
   * `owner|2|team_id` advanced team, `owner|3|team_id` super team) in the owner's conversation
   * list, and answers it as stored [SDK-J `conversation/ConversationV2Service.java:26`, SDK-G
   * `conversation/conversation_v2_service_impl.go:15`, official doc DgwMjAzMjM]. Both SDKs put
   * the id in the body (SDK-G refuses it empty), on the v2.1 path.
   *
   * SDK-G's answer declares only eight of SDK-J's fields (no `message_state`, `last_message`,
   * `revoke_notification`, `unread_count`, `sort_order`, `create_time`, `last_read_time`); the
   * answer keeps every field, so both pass [SDK-J, SDK-G]. Rate limit: single-call (catalogue §4).
   *
   * Idempotent: the caller names the conversation, so a repeat cannot create a second one
   * [inferred].
   *
   * `POST /im/v2.1/conversations` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  createConversation(input: OperationInput<"createConversation">, options?: CallOptions): Promise<OperationOutput<"createConversation">>;

  /**
   * Query one conversation (查询会话信息)
   *
   * Returns the conversation `conversation_id`: pinned or not, its groups, its last message
   * or the recall notice that replaced it, its unread count and times [SDK-J
   * `conversation/ConversationV2Service.java:114`, SDK-G, official doc jUyOTA0NjM]. The path
   * is all the SDKs send. A conversation id that names no conversation answers 414 [official
   * doc jUyOTA0NjM]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/conversations/{conversation_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getConversation(input: OperationInput<"getConversation">, options?: CallOptions): Promise<OperationOutput<"getConversation">>;

  /**
   * Query several conversations (批量查询会话信息)
   *
   * Returns each conversation of `conversation_ids` that exists (`success_list`) and an error
   * for each that could not be served (`failed_list`); `code` stays 200 when only some fail
   * [SDK-J `conversation/ConversationV2Service.java:132`, official doc DAwNDQ0NTU].
   *
   * **The SDKs disagree on the method** (catalogue §1.3e): SDK-J sends GET with the ids
   * comma-joined in the query (`alice|1|bob,alice|2|6240128551`, each id percent-encoded), the
   * official doc list says GET too; SDK-G sends POST with a JSON body `{"conversation_ids":
   * […]}` (`conversation/conversation_v2_service_impl.go:124`). The spec takes GET, what SDK-J
   * and the docs agree on. A conversation id holds no comma (its owner and peer are account
   * or team ids), so the join is unambiguous. No maximum is documented for this query
   * (batch delete's page says 100) [gap]. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2.1/conversations/actions/conversation_ids` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchGetConversations(input: OperationInput<"batchGetConversations">, options?: CallOptions): Promise<OperationOutput<"batchGetConversations">>;

  /**
   * Delete a conversation (删除会话)
   *
   * Removes the conversation `conversation_id` from its owner's list, and with
   * `clear_message=true` its history messages too [SDK-J
   * `conversation/ConversationV2Service.java:63`, SDK-G, official doc TcyMjk1NDk]. Nothing but
   * the path and that query is sent, no body.
   *
   * SDK-J sends `clear_message` whenever it is set (`true` or `false`), SDK-G only when it is
   * true; absent means false in both [SDK-J, SDK-G]. Rate limit: single-call (catalogue §4).
   *
   * `DELETE /im/v2/conversations/{conversation_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteConversation(input: OperationInput<"deleteConversation">, options?: CallOptions): Promise<OperationOutput<"deleteConversation">>;

  /**
   * Update a conversation's server extension (更新会话)
   *
   * Sets the server extension (`server_extension`) of the conversation `conversation_id`
   * and answers the conversation's updated fields [SDK-J
   * `conversation/ConversationV2Service.java:42`, SDK-G, official doc zMwOTAzMTI].
   *
   * `server_extension` is the only field either SDK updates and SDK-G always sends it (no
   * `omitempty`), so the spec requires it [SDK-G; inferred]. SDK-J also serialises the path's
   * conversation id into the body as `conversation_id`; SDK-G does not (`json:"-"`). The path
   * carries it, so the spec keeps it out of the body, as for `sendMessage` [inferred].
   * Rate limit: single-call (catalogue §4).
   *
   * `PATCH /im/v2/conversations/{conversation_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateConversation(input: OperationInput<"updateConversation">, options?: CallOptions): Promise<OperationOutput<"updateConversation">>;

  /**
   * Delete several conversations (批量删除会话)
   *
   * Removes each conversation of `conversation_ids`, and with `clear_message=true` their
   * history messages too; the answer lists the ids deleted and an error for each that failed,
   * with `code` 200 when only some fail [SDK-J `conversation/ConversationV2Service.java:88`,
   * SDK-G, official doc Dk2ODgyNTk].
   *
   * Both SDKs send the ids comma-joined in one query value, at most 100 per call [official
   * doc Dk2ODgyNTk]; no body. `clear_message` as for `deleteConversation`. Rate limit:
   * single-call (catalogue §4).
   *
   * `DELETE /im/v2/conversations/actions/conversation_ids` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchDeleteConversations(input: OperationInput<"batchDeleteConversations">, options?: CallOptions): Promise<OperationOutput<"batchDeleteConversations">>;

  /**
   * Pin or unpin a conversation (置顶会话)
   *
   * Pins (`top_type` 1) or unpins (0) the conversation `conversation_id` at the top of its
   * owner's list, and answers its pin state and new sort order [SDK-J
   * `conversation/ConversationV2Service.java:182`, SDK-G
   * `conversation/conversation_v2_service_impl.go:171`, official doc jEzMTE5NTI].
   *
   * **The SDKs disagree on the method** (catalogue §1.3c): SDK-J sends PATCH, SDK-G sends
   * POST, and the official doc list says POST (jEzMTE5NTI). The spec takes POST, what SDK-G
   * and the docs agree on [inferred]; SDK-J's PATCH is kept as `x-sdk-http`. Both SDKs send
   * only `{"top_type":…}` in the body; the server changelog 10.10.0 says `top_type` moved
   * from the query to the body [official changelog]. Rate limit: single-call (catalogue §4).
   *
   * `POST /im/v2/conversations/{conversation_id}/actions/stick_top_conversation` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  stickTopConversation(input: OperationInput<"stickTopConversation">, options?: CallOptions): Promise<OperationOutput<"stickTopConversation">>;

  /**
   * List an account's conversation groups (查询所有会话分组信息)
   *
   * Returns every conversation group of the account `account_id`, unpaged [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:121`, SDK-G, official doc zY2NzY0ODc,
   * AF api-148922700]. Both SDKs send only `account_id` (SDK-G refuses it empty). Rate limit:
   * single-call (catalogue §4).
   *
   * `GET /im/v2/conversation_groups` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  listAllConversationGroups(input: OperationInput<"listAllConversationGroups">, options?: CallOptions): Promise<OperationOutput<"listAllConversationGroups">>;

  /**
   * Create a conversation group (创建会话分组)
   *
   * Creates a conversation group named `name` for the account `account_id`, optionally with
   * up to 100 of its conversations in it, and answers the group with its new id and, per
   * conversation, whether it could be added [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:30`, SDK-G
   * `conversation_group/conversation_group_v2_service_impl.go:14`, official doc jExMDkyMjA].
   *
   * `account_id` and `name` are required [official doc jExMDkyMjA; SDK-G refuses them empty].
   * A conversation belongs to at most 5 groups; how many groups an account may have, and
   * how many conversations a group, depends on the plan [official doc jExMDkyMjA]. Rate
   * limit: single-call (catalogue §4).
   *
   * Not idempotent: the server assigns the group id, so a repeat after a lost answer
   * creates a second group with the same name [inferred].
   *
   * `POST /im/v2/conversation_groups` · rate-limit category `single-call` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  createConversationGroup(input: OperationInput<"createConversationGroup">, options?: CallOptions): Promise<OperationOutput<"createConversationGroup">>;

  /**
   * Query one conversation group (查询会话分组信息)
   *
   * Returns the group `group_id` of the account `account_id` [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:82`, SDK-G, official doc TE4Nzk5OTY].
   * SDK-G's answer also declares `account_id` and the group's `conversation_ids`, SDK-J's
   * does not; the answer keeps every field, so both pass [SDK-J, SDK-G]. Rate limit:
   * single-call (catalogue §4).
   *
   * `GET /im/v2/conversation_groups/{group_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getConversationGroup(input: OperationInput<"getConversationGroup">, options?: CallOptions): Promise<OperationOutput<"getConversationGroup">>;

  /**
   * Delete a conversation group (删除会话分组)
   *
   * Deletes the group `group_id` of the account `account_id`; its conversations stay [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:63`, SDK-G, official doc jkxNDAwMjY].
   * Both SDKs send `account_id` in the query and no body. Rate limit: single-call
   * (catalogue §4).
   *
   * `DELETE /im/v2/conversation_groups/{group_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteConversationGroup(input: OperationInput<"deleteConversationGroup">, options?: CallOptions): Promise<OperationOutput<"deleteConversationGroup">>;

  /**
   * Update a conversation group (更新会话分组)
   *
   * Renames the group `group_id` of the account `account_id`, sets its extension, and adds
   * conversations to it or removes them (`conversations`), answering the group and, per
   * conversation, whether the change applied [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:45`, SDK-G, official doc TIzODU0NzQ].
   *
   * `account_id` is required [SDK-G refuses it empty]. `conversations.type` says whether its
   * ids are added or removed; neither SDK names the values and the doc page was not read,
   * so the spec takes any integer [gap]. SDK-J also serialises the path's group id into the
   * body as `group_id`; SDK-G does not (`json:"-"`). The path carries it, so the spec keeps
   * it out of the body [inferred]. Rate limit: single-call (catalogue §4).
   *
   * `PATCH /im/v2/conversation_groups/{group_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  updateConversationGroup(input: OperationInput<"updateConversationGroup">, options?: CallOptions): Promise<OperationOutput<"updateConversationGroup">>;

  /**
   * Query several conversation groups (批量查询会话分组信息)
   *
   * Returns each group of `group_ids` of the account `account_id` that exists, and an error
   * for each that could not be served [SDK-J
   * `conversation_group/ConversationGroupV2Service.java:101`, SDK-G, official doc DA1ODI1NTk].
   * Both SDKs send the group ids comma-joined in one query value (`1733183400123,…`) [SDK-J,
   * SDK-G]. No maximum is documented [gap].
   *
   * **The SDKs disagree on the failures**: SDK-J reads them from
   * `fail_list` with `group_id`, `code` and `msg`, SDK-G from `failed_list` with `group_id`,
   * `error_code` and `error_msg` (the names every other batch answer uses). The spec accepts
   * both lists and both name pairs. Rate limit: single-call (catalogue §4).
   *
   * `GET /im/v2/conversation_groups/actions/group_ids` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  batchGetConversationGroups(input: OperationInput<"batchGetConversationGroups">, options?: CallOptions): Promise<OperationOutput<"batchGetConversationGroups">>;

  /**
   * Query an account's total unread count (查询会话概览)
   *
   * Returns how many messages the account `account_id` has unread over all its
   * conversations [SDK-J `conversation_unread/ConversationUnreadV2Service.java:26`, SDK-G,
   * official doc DIzMDIyNjI]. The path is all the SDKs send. Rate limit: single-call
   * (catalogue §4).
   *
   * `GET /im/v2/conversation_overviews/{account_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  getConversationOverview(input: OperationInput<"getConversationOverview">, options?: CallOptions): Promise<OperationOutput<"getConversationOverview">>;

  /**
   * Mark a conversation as read (清空会话未读数)
   *
   * Sets the unread count of the conversation `conversation_id` to zero for its owner
   * [SDK-J `conversation_unread/ConversationUnreadV2Service.java:41`, SDK-G, official doc
   * Dk1OTM4MjY]. Both SDKs send the path only: no query and no body (SDK-J's HTTP client
   * adds an empty body to every PATCH) [SDK-J, SDK-G]. Rate limit: single-call
   * (catalogue §4).
   *
   * `PATCH /im/v2/conversations/{conversation_id}/actions/clear_conversation_unread` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  clearConversationUnread(input: OperationInput<"clearConversationUnread">, options?: CallOptions): Promise<OperationOutput<"clearConversationUnread">>;

  /**
   * Send a custom notification to an account or a team (发送自定义系统通知)
   *
   * Sends one custom (system) notification `content` from `sender_id` to the account
   * `receiver_id` (`type` 1), or to every member of the advanced team (`type` 2) or super team
   * (`type` 3) `receiver_id` [SDK-J `system_notification/CustomNotificationV2Service.java:32`,
   * SDK-G `system_notification/system_notification_v2_service_impl.go:12`, official doc
   * jUyNDUyNTU]. A custom notification is not a message: it is not stored in the history and
   * the client apps interpret `content` themselves. `sender_id`, `type`, `receiver_id` and
   * `content` are required and `type` is 1..3 [SDK-J@e1be13a checks]. It is a single call for
   * the rate limit, unlike the batch variant [official rate-limit notes]; the server
   * de-duplicates by `X-custom-traceid` [official].
   *
   * `receiver_id` is a string in both SDKs, also when it names a team. Both SDKs declare an
   * empty answer, so `data` is taken as `{}` [catalogue §2.4]. SDK-G sends its unset push and
   * route flags as explicit `null`s (no `omitempty`) [catalogue §3.3], an SDK quirk this spec
   * does not take up: leave a flag out instead.
   *
   * `POST /im/v2/custom_notification` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  sendCustomNotification(input: OperationInput<"sendCustomNotification">, options?: CallOptions): Promise<OperationOutput<"sendCustomNotification">>;

  /**
   * Send a custom notification to up to 500 single-chat receivers (批量发送自定义系统通知)
   *
   * Sends the same custom (system) notification `content` from `sender_id` to each of
   * `receiver_ids` (1..500 accounts), single chat only [official doc Tc0ODg0OTA,
   * SDK-J `system_notification/CustomNotificationV2Service.java:48`]. A custom notification is
   * not a message: it is not stored in the history and the client apps interpret `content`
   * themselves. It shares the batch-send rate-limit category with batch send (120 calls a
   * minute by default) [official rate-limit notes]. The server de-duplicates by
   * `X-custom-traceid` [official].
   *
   * `code` 200 can be a partial success: `data.success_list` names the receivers served,
   * `data.failed_list` the refused ones with their error code [AF api-147228832 example].
   *
   * Yunxin's Apifox page lists `notification_config.notification_enabled`,
   * `notification_extension`, `high_priority` and `high_priority_policy`; those belong to the
   * chatroom APIs, while the official doc and both SDKs take `offline_enabled` and
   * `unread_enabled`, which this spec follows [inferred].
   *
   * `POST /im/v2/custom_notification/batch` · rate-limit category `batch-send` · idempotent under the trace id: ambiguous failures are retried
   */
  sendBatchCustomNotification(input: OperationInput<"sendBatchCustomNotification">, options?: CallOptions): Promise<OperationOutput<"sendBatchCustomNotification">>;

  /**
   * List the app's broadcast notifications (查询广播消息列表)
   *
   * Pages through the app's broadcast notifications [SDK-J `broadcast/BroadcastV2Service.java:95`,
   * SDK-G `broadcast/broadcast_v2_service_impl.go:72`, official doc zgxNTU3Mjc]. Pass the
   * answer's `next_token` as `page_token` while `has_more` is true. A query: a single call for
   * the rate limit, unlike sending [official rate-limit notes].
   *
   * `type` 1 lists the broadcasts not yet pushed, 2 those pushed, 3 all; SDK-J and SDK-G
   * default to 1 and `limit` to 100 [SDK-J constructor, SDK-G comments].
   *
   * `GET /im/v2/broadcast_notification` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryBroadcastNotificationList(input?: OperationInput<"queryBroadcastNotificationList">, options?: CallOptions): Promise<OperationOutput<"queryBroadcastNotificationList">>;

  /**
   * Broadcast a notification to every account of the app (发送广播消息)
   *
   * Sends the broadcast notification `content` to every account of the app, optionally kept
   * offline for `ttl` and only to some client platforms [SDK-J
   * `broadcast/BroadcastV2Service.java:41`, SDK-G `broadcast/broadcast_v2_service_impl.go:14`,
   * official doc zMzMzUxODQ, AF api-147274114]. The broadcast rate-limit category is tight
   * (not offered on the Standard plan; 10 a minute by default on Advanced) [official
   * rate-limit notes]. A repeat after a lost answer can broadcast a second time (the answer
   * names a new `broadcast_id`; no de-duplication of broadcasts is documented), so the client
   * does not retry ambiguous failures [inferred].
   *
   * `content` is required [SDK-J@bf88b33 checks, SDK-G, AF], ≤ 4096 characters [AF].
   * `offline_enabled` defaults to `false` [AF]. The unit of `ttl` is disputed: hours, default
   * 168 (7 days), only with `offline_enabled` [AF]; seconds says SDK-G's comment [SDK-G];
   * SDK-J says nothing. Apifox also types `target_os` as a JSON array *string*
   * (`"[\"ios\",\"aos\"]"`) while both SDKs send a JSON array; both forms are accepted.
   *
   * The answer's `broadcast_id` is a string in SDK-J and an int64 in SDK-G [catalogue §3.3]:
   * both are accepted, and a number is delivered exactly, as a decimal string.
   *
   * `POST /im/v2/broadcast_notification` · rate-limit category `broadcast` · not idempotent: ambiguous failures are not retried (the error says `maybeApplied`)
   */
  sendBroadcastNotification(input: OperationInput<"sendBroadcastNotification">, options?: CallOptions): Promise<OperationOutput<"sendBroadcastNotification">>;

  /**
   * Query one broadcast notification (查询广播消息)
   *
   * Returns the broadcast notification `broadcast_id` [SDK-J
   * `broadcast/BroadcastV2Service.java:76`, SDK-G `broadcast/broadcast_v2_service_impl.go:53`,
   * official doc DA0Njc5MzE]. Only the path: no query and no body [SDK-J, SDK-G]. A query: a
   * single call for the rate limit [official rate-limit notes].
   *
   * `GET /im/v2/broadcast_notification/{broadcast_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  queryBroadcastNotification(input: OperationInput<"queryBroadcastNotification">, options?: CallOptions): Promise<OperationOutput<"queryBroadcastNotification">>;

  /**
   * Delete a broadcast notification (删除广播消息)
   *
   * Deletes the broadcast notification `broadcast_id`, e.g. one kept offline that should no
   * longer reach accounts that log in later [SDK-J `broadcast/BroadcastV2Service.java:57`,
   * SDK-G `broadcast/broadcast_v2_service_impl.go:34`, official doc jcwMzM0MDY]. Only the
   * path: no query and no body [SDK-J, SDK-G]. Deleting is a single call for the rate limit,
   * not a broadcast [official rate-limit notes]; deleting what is gone changes nothing, so a
   * repeat is safe [inferred].
   *
   * `DELETE /im/v2/broadcast_notification/{broadcast_id}` · rate-limit category `single-call` · idempotent under the trace id: ambiguous failures are retried
   */
  deleteBroadcastNotification(input: OperationInput<"deleteBroadcastNotification">, options?: CallOptions): Promise<OperationOutput<"deleteBroadcastNotification">>;

  /**
   * Broadcast a message to every chatroom of the app (发送聊天室全服广播消息)
   *
   * Sends one message from `sender_id` into every chatroom of the app, optionally only to
   * members whose tags match `message_config.notify_target_tags` [SDK-J
   * `broadcast/BroadcastV2Service.java:126`, SDK-G `broadcast/broadcast_v2_service_impl.go:97`,
   * official doc DQyMDY2MzQ]. It shares the broadcast rate-limit category [official
   * rate-limit notes]. `client_broadcast_id`, `sender_id` and `message` are required
   * [SDK-J@bf88b33 checks, SDK-G: no `omitempty`], as is `message.message_type` [SDK-G].
   *
   * `client_broadcast_id` is the caller's unique id of the broadcast and `resend_flag` 1
   * marks a resend of it [SDK-J, SDK-G]; repeating a lost call with the same id and
   * `resend_flag` 1 is how the API expects a retry, so the operation is taken as safe to
   * repeat [inferred from the chatroom send's `resend_flag`, which the server de-duplicates by
   * the client id].
   *
   * `POST /im/v2.1/broadcast_notification/actions/chatroom` · rate-limit category `broadcast` · idempotent under the trace id: ambiguous failures are retried
   */
  sendChatroomBroadcastNotification(input: OperationInput<"sendChatroomBroadcastNotification">, options?: CallOptions): Promise<OperationOutput<"sendChatroomBroadcastNotification">>;
}

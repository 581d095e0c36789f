import type { components, operations, paths } from "./generated/schema.js";

export type { components, operations, paths };

type Schemas = components["schemas"];

/** The body of `POST /im/v2/conversations/messages`. */
export type SendBatchRequest = Schemas["SendBatchRequest"];
/** The message: a union on `message_type`. */
export type Message = Schemas["Message"];
export type MessageType = Schemas["MessageType"];
export type TextMessage = Schemas["TextMessage"];
export type TipMessage = Schemas["TipMessage"];
export type ImageMessage = Schemas["ImageMessage"];
export type AudioMessage = Schemas["AudioMessage"];
export type VideoMessage = Schemas["VideoMessage"];
export type LocationMessage = Schemas["LocationMessage"];
export type FileMessage = Schemas["FileMessage"];
export type CustomMessage = Schemas["CustomMessage"];
export type ImageAttachment = Schemas["ImageAttachment"];
export type AudioAttachment = Schemas["AudioAttachment"];
export type VideoAttachment = Schemas["VideoAttachment"];
export type LocationAttachment = Schemas["LocationAttachment"];
export type FileAttachment = Schemas["FileAttachment"];
export type CustomAttachment = Schemas["CustomAttachment"];
export type MessageConfig = Schemas["MessageConfig"];
export type RouteConfig = Schemas["RouteConfig"];
export type PushConfig = Schemas["PushConfig"];
export type P2pOption = Schemas["P2pOption"];
export type AntispamConfig = Schemas["AntispamConfig"];
/** One delivered receiver; `message_server_id` is a decimal string (int64, parsed losslessly). */
export type SuccessItem = Schemas["SuccessItem"];
/** One refused receiver, under `account_id` or `receiver_id`. */
export type FailedItem = Schemas["FailedItem"];
export type SendBatchData = Schemas["SendBatchData"];
/** The envelope of every answer: `{ code, msg, data }`. */
export type SendBatchResponse = Schemas["SendBatchResponse"];
export type { Region } from "./generated/contract.js";

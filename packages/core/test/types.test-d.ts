import { describe, expectTypeOf, it } from "vitest";
import type {
  CallOptions,
  ExtraRequestFields,
  FailedItem,
  ImageMessage,
  Message,
  OperationId,
  OperationInput,
  OperationOutput,
  SendBatchRequest,
  SendBatchResponse,
  SuccessItem,
  TextMessage,
  YunxinClient,
} from "../src/index.js";

declare const client: YunxinClient;

describe("the generated request types", () => {
  it("accept a valid text, image and custom message", () => {
    expectTypeOf<{
      sender_id: string;
      receiver_ids: string[];
      message: { message_type: 0; text: string };
    }>().toExtend<SendBatchRequest>();
    expectTypeOf<{
      message_type: 1;
      attachment: { url: string; width: number };
    }>().toExtend<Message>();
    expectTypeOf<{ message_type: 100; attachment: { anything: boolean } }>().toExtend<Message>();
  });

  it("reject a text message without text", () => {
    // @ts-expect-error -- text (0) requires `text`
    const message: TextMessage = { message_type: 0 };
    void message;
    client.sendBatch({
      sender_id: "a",
      receiver_ids: ["b"],
      // @ts-expect-error -- a text message without text is no Message
      message: { message_type: 0 },
    });
  });

  it("reject an image message without attachment", () => {
    // @ts-expect-error -- image (1) requires `attachment`
    const image: ImageMessage = { message_type: 1, text: "caption" };
    void image;
    client.sendBatch({
      sender_id: "a",
      receiver_ids: ["b"],
      // @ts-expect-error -- an image without attachment is no Message
      message: { message_type: 1, text: "caption" },
    });
  });

  it("reject a missing sender_id and a receiver_ids of the wrong type", () => {
    // @ts-expect-error -- sender_id is required
    client.sendBatch({ receiver_ids: ["b"], message: { message_type: 0, text: "hi" } });
    client.sendBatch({
      sender_id: "a",
      // @ts-expect-error -- receiver_ids is string[], not a string
      receiver_ids: "b",
      message: { message_type: 0, text: "hi" },
    });
    client.sendBatch({
      sender_id: "a",
      // @ts-expect-error -- receiver_ids holds strings, not numbers
      receiver_ids: [42],
      message: { message_type: 0, text: "hi" },
    });
  });

  it("reject an unknown message type", () => {
    client.sendBatch({
      sender_id: "a",
      receiver_ids: ["b"],
      // @ts-expect-error -- 5 is not a message type
      message: { message_type: 5, text: "hi" },
    });
  });
});

describe("the generated response types", () => {
  it("type message_server_id as a string, the way the client delivers it", () => {
    expectTypeOf<SuccessItem["message_server_id"]>().toEqualTypeOf<string>();
  });

  it("type both receiver keys of a failed item as optional strings", () => {
    expectTypeOf<FailedItem["account_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FailedItem["receiver_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FailedItem["error_code"]>().toEqualTypeOf<number>();
  });

  it("type the envelope with a numeric code and string msg", () => {
    expectTypeOf<SendBatchResponse["code"]>().toEqualTypeOf<number>();
    expectTypeOf<SendBatchResponse["msg"]>().toEqualTypeOf<string>();
  });

  it("resolve sendBatch to per-receiver outcomes", () => {
    type Result = Awaited<ReturnType<YunxinClient["sendBatch"]>>;
    expectTypeOf<Result["sent"][number]["messageServerId"]>().toEqualTypeOf<string>();
    expectTypeOf<Result["failed"][number]["errorCode"]>().toEqualTypeOf<number>();
    expectTypeOf<Result["unreported"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Result["unmatched"][number]["list"]>().toEqualTypeOf<
      "success_list" | "failed_list"
    >();
  });
});

describe("extra top-level request fields", () => {
  const body: SendBatchRequest = {
    sender_id: "a",
    receiver_ids: ["b"],
    message: { message_type: 0, text: "hi" },
  };

  it("are refused in the body by default, so a typo does not compile", () => {
    client.sendBatch({
      sender_id: "a",
      receiver_ids: ["b"],
      message: { message_type: 0, text: "hi" },
      // @ts-expect-error -- not a field of SendBatchRequest (a typo of receiver_ids)
      recevier_ids: ["c"],
    });
  });

  it("are accepted, with any name and value, as extraFields", () => {
    client.sendBatch(body, { extraFields: { new_flag: true, server_option: { level: 2 } } });
    expectTypeOf<{ new_flag: boolean; level: number }>().toExtend<ExtraRequestFields>();
    expectTypeOf<Record<string, unknown>>().toExtend<ExtraRequestFields>();
    expectTypeOf<CallOptions<SendBatchRequest>["extraFields"]>().toEqualTypeOf<
      ExtraRequestFields | undefined
    >();
  });

  it("may not repeat a field of the spec, which belongs in the checked body", () => {
    // @ts-expect-error -- sender_id is a field of SendBatchRequest
    client.sendBatch(body, { extraFields: { sender_id: "mallory" } });
    expectTypeOf<{ receiver_ids: string[] }>().not.toExtend<ExtraRequestFields>();
    expectTypeOf<{ message: unknown; extra: 1 }>().not.toExtend<ExtraRequestFields>();
  });
});

describe("the generated operation methods and client.call", () => {
  const room = { params: { path: { room_id: "9007199254740993" } } };

  it("take openapi-fetch's input shape, with int64 path ids as decimal strings", () => {
    expectTypeOf(client.getChatroomInfo(room)).toEqualTypeOf<
      Promise<OperationOutput<"getChatroomInfo">>
    >();
    expectTypeOf(client.call("getChatroomInfo", room)).toEqualTypeOf<
      Promise<OperationOutput<"getChatroomInfo">>
    >();
    client.getChatroomInfo({
      ...room,
      params: { ...room.params, query: { need_online_user_count: true } },
    });
  });

  it("refuse a number for an int64 id, a missing path and an unknown query parameter", () => {
    // @ts-expect-error -- int64 ids are decimal strings (a number above 2^53 would be rounded)
    client.getChatroomInfo({ params: { path: { room_id: 1 } } });
    // @ts-expect-error -- room_id is a required path parameter
    client.getChatroomInfo({ params: {} });
    // @ts-expect-error -- the operation has no such query parameter
    client.getChatroomInfo({ params: { path: { room_id: "1" }, query: { limit: 5 } } });
  });

  it("refuse an operationId the spec does not have", () => {
    // @ts-expect-error -- not an operation of the spec
    client.call("getNothing", {});
    expectTypeOf<"sendBatchMessages">().toExtend<OperationId>();
  });

  it("take the batch-send body under `body` and resolve with its data", () => {
    expectTypeOf<OperationInput<"sendBatchMessages">>().toEqualTypeOf<{ body: SendBatchRequest }>();
    expectTypeOf<OperationOutput<"sendBatchMessages">>().toEqualTypeOf<
      NonNullable<SendBatchResponse["data"]>
    >();
  });
});

import { SCHEMAS, YunxinValidationError } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import {
  assertValidBatchMessage,
  BATCH_OPERATIONS,
  batchBody,
  batchOperationOf,
} from "../src/batch-operations.js";

describe("batch operations", () => {
  it("reads each operation's receivers field, chunk limit and rate category from the spec", () => {
    expect(BATCH_OPERATIONS.sendBatchMessages).toEqual({
      operationId: "sendBatchMessages",
      receiversField: "receiver_ids",
      maxReceivers: SCHEMAS.SendBatchRequest.properties.receiver_ids.maxItems,
      rateLimitCategory: "batch-send",
      successList: "items",
    });
    expect(BATCH_OPERATIONS.sendBatchCustomNotification).toEqual({
      operationId: "sendBatchCustomNotification",
      receiversField: "receiver_ids",
      maxReceivers: SCHEMAS.SendBatchCustomNotificationRequest.properties.receiver_ids.maxItems,
      rateLimitCategory: "batch-send",
      successList: "ids",
    });
    expect(BATCH_OPERATIONS.sendBatchMessages.maxReceivers).toBe(100);
    expect(BATCH_OPERATIONS.sendBatchCustomNotification.maxReceivers).toBe(500);
  });

  it("takes batch P2P send when no operation is named and refuses an unknown one", () => {
    expect(batchOperationOf(undefined)).toBe(BATCH_OPERATIONS.sendBatchMessages);
    expect(() => batchOperationOf("sendBatch")).toThrow(TypeError);
  });

  it("checks everything of a notification but its receivers, naming the field", () => {
    const operation = BATCH_OPERATIONS.sendBatchCustomNotification;
    expect(() =>
      assertValidBatchMessage(operation, { sender_id: "system", content: "x" }),
    ).not.toThrow();
    expect(() => assertValidBatchMessage(operation, { sender_id: "system" })).toThrow(
      YunxinValidationError,
    );
    expect(batchBody(operation, { sender_id: "system", content: "x" }, ["a"])).toEqual({
      sender_id: "system",
      content: "x",
      receiver_ids: ["a"],
    });
  });
});

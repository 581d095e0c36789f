import { describe, expect, it } from "vitest";
import {
  createYunxinClient,
  type SendBatchRequest,
  type YunxinValidationError as ValidationErrorType,
  YunxinValidationError,
} from "../src/index.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const success = () =>
  jsonResponse(
    '{"code":200,"msg":"success","data":{"success_list":[{"message_server_id":1,"receiver_id":"bob"}]}}',
  );

async function refusal(promise: Promise<unknown>): Promise<ValidationErrorType> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(YunxinValidationError);
  return error as ValidationErrorType;
}

describe("the trace id of a call", () => {
  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["a newline", "\n"],
  ])("refuses an %s trace id before sending, naming traceId", async (_, traceId) => {
    const fetch = observedFetch(success(), success());
    const client = createYunxinClient({ fetch, retry: { maxAttempts: 2 } });
    const error = await refusal(client.sendBatch(body, { traceId }));
    expect(error.issues[0]).toMatchObject({ path: "traceId" });
    expect(error.message).toMatch(/traceId/);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each([
    ["Chinese characters", "订单-1"],
    ["a Latin-1 letter", "café"],
    ["an inner space", "order 1"],
    ["a control character", "order\u00001"],
  ])(
    "refuses a trace id with %s (not a header value) as a validation error, before sending",
    async (_, traceId) => {
      const fetch = observedFetch(success());
      const client = createYunxinClient({ fetch });
      const error = await refusal(client.sendBatch(body, { traceId }));
      expect(error.issues).toEqual([
        expect.objectContaining({ path: "traceId", keyword: "pattern" }),
      ]);
      expect(error.message).toMatch(/traceId .*X-custom-traceid header/);
      expect(fetch.requests).toHaveLength(0);
    },
  );

  it("refuses a blank id from the client's createTraceId before sending", async () => {
    const fetch = observedFetch(success());
    const client = createYunxinClient({ fetch, createTraceId: () => "" });
    const error = await refusal(client.sendBatch(body));
    expect(error.issues[0]).toMatchObject({ path: "createTraceId()" });
    expect(fetch.requests).toHaveLength(0);
  });

  it("checks the trace id even when body validation is off", async () => {
    const fetch = observedFetch(success());
    const client = createYunxinClient({ fetch, validate: false });
    await refusal(client.sendBatch(body, { traceId: "订单-1" }));
    expect(fetch.requests).toHaveLength(0);
  });

  it("sends any visible ASCII id as given, the same on every attempt, and names it in the result", async () => {
    const traceId = "orders/2026-11-30#17:~{x}";
    const fetch = observedFetch(jsonResponse("", 503), success());
    const client = createYunxinClient({ fetch, retry: { maxAttempts: 2, baseDelayMs: 0 } });
    const result = await client.sendBatch(body, { traceId });
    expect(fetch.requests.map((request) => request.headers.get("x-custom-traceid"))).toEqual([
      traceId,
      traceId,
    ]);
    expect(result.traceId).toBe(traceId);
  });
});

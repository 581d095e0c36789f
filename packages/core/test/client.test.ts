import { describe, expect, it } from "vitest";
import {
  createYunxinClient,
  type SendBatchRequest,
  YunxinApiError,
  YunxinHttpError,
  YunxinInvalidResponseError,
  YunxinRateLimitError,
  YunxinValidationError,
} from "../src/index.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob", "carol"],
  message: { message_type: 0, text: "hello" },
};

const success = (items: string) =>
  `{"code":200,"msg":"success","data":{"success_list":[${items}]}}`;

function clientWith(fetch: ReturnType<typeof observedFetch>, extra = {}) {
  return createYunxinClient({
    fetch,
    createTraceId: () => "trace-1",
    retry: { maxAttempts: 1 },
    ...extra,
  });
}

describe("createYunxinClient", () => {
  it("posts the body as JSON to the mainland host by default, with a trace id", async () => {
    const fetch = observedFetch(jsonResponse(success("")));
    await clientWith(fetch).sendBatch(body);
    const [request] = fetch.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://open.yunxinapi.com/im/v2/conversations/messages");
    expect(request?.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(request?.headers.get("x-custom-traceid")).toBe("trace-1");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("picks the overseas host for region sg and an explicit base URL over any region", async () => {
    const sg = observedFetch(jsonResponse(success("")));
    await clientWith(sg, { region: "sg" }).sendBatch(body);
    expect(sg.requests[0]?.url).toMatch(/^https:\/\/open-sg\.yunxinapi\.com\//);

    const explicit = observedFetch(jsonResponse(success("")));
    await clientWith(explicit, { region: "sg", baseUrl: "http://127.0.0.1:4010/" }).sendBatch(body);
    expect(explicit.requests[0]?.url).toBe("http://127.0.0.1:4010/im/v2/conversations/messages");
  });

  it("delivers a message_server_id above 2^53 exactly, as a decimal string", async () => {
    const fetch = observedFetch(
      jsonResponse(
        success(
          `{"message_server_id":158844553334358020,"receiver_id":"bob","create_time":1707017423142},` +
            `{"message_server_id":9897543190303,"receiver_id":"carol"}`,
        ),
      ),
    );
    const result = await clientWith(fetch).sendBatch(body);
    expect(result.sent.map((sent) => sent.messageServerId)).toEqual([
      "158844553334358020",
      "9897543190303",
    ]);
    expect(result.sent[0]?.item.message_server_id).toBe("158844553334358020");
    expect(result.sent[0]?.item.create_time).toBe(1707017423142);
    // What JSON.parse would have delivered instead:
    expect(String(JSON.parse("158844553334358020"))).toBe("158844553334358000");
  });

  it("reports failed_list entries per receiver under either receiver key", async () => {
    const fetch = observedFetch(
      jsonResponse({
        code: 200,
        msg: "success",
        data: {
          success_list: [],
          failed_list: [
            { account_id: "bob", error_code: 102404, error_msg: "account not exist" },
            { receiver_id: "carol", error_code: 102404, error_msg: "account not exist" },
          ],
        },
      }),
    );
    const result = await clientWith(fetch).sendBatch(body);
    expect(result.sent).toEqual([]);
    expect(
      result.failed.map(({ receiverId, errorCode, errorMsg }) => ({
        receiverId,
        errorCode,
        errorMsg,
      })),
    ).toEqual([
      { receiverId: "bob", errorCode: 102404, errorMsg: "account not exist" },
      { receiverId: "carol", errorCode: 102404, errorMsg: "account not exist" },
    ]);
    expect(result.unreported).toEqual([]);
  });

  it("lists receivers the answer mentions nowhere as unreported instead of dropping them", async () => {
    const fetch = observedFetch(
      jsonResponse(success(`{"message_server_id":1,"receiver_id":"bob"}`)),
    );
    const result = await clientWith(fetch).sendBatch(body);
    expect(result.unreported).toEqual(["carol"]);
  });

  it("throws a typed API error with code, msg and trace id for a non-200 code", async () => {
    const fetch = observedFetch(jsonResponse({ code: 414, msg: "parameter error", data: {} }));
    const error = await clientWith(fetch)
      .sendBatch(body)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(YunxinApiError);
    expect(error).toMatchObject({
      code: 414,
      msg: "parameter error",
      traceId: "trace-1",
      attempts: 1,
    });
    expect(error.message).toBe(
      "Yunxin API error 414: parameter error (sendBatchMessages, trace id trace-1)",
    );
  });

  it("throws a rate-limit error for code 416 when retries are off", async () => {
    const fetch = observedFetch(jsonResponse({ code: 416, msg: "too frequent", data: {} }));
    const error = await clientWith(fetch, { rateLimitBlockMs: 1234 })
      .sendBatch(body)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(YunxinRateLimitError);
    expect(error).toMatchObject({ code: 416, blockMs: 1234, traceId: "trace-1" });
  });

  it("throws an HTTP error for a non-200 status and an invalid-response error for bad JSON", async () => {
    const html = new Response("<html>502 Bad Gateway</html>", { status: 502 });
    const httpError = await clientWith(observedFetch(html))
      .sendBatch(body)
      .catch((caught) => caught);
    expect(httpError).toBeInstanceOf(YunxinHttpError);
    expect(httpError).toMatchObject({ status: 502, traceId: "trace-1" });
    expect(httpError.bodySnippet).toContain("502 Bad Gateway");

    const truncated = jsonResponse('{"code":200,"msg":"succ');
    const jsonError = await clientWith(observedFetch(truncated))
      .sendBatch(body)
      .catch((caught) => caught);
    expect(jsonError).toBeInstanceOf(YunxinInvalidResponseError);
    expect(jsonError.traceId).toBe("trace-1");
  });

  it("sends nothing and names the field and limit when the body breaks the spec", async () => {
    const fetch = observedFetch();
    const tooLong = { ...body, message: { message_type: 0 as const, text: "x".repeat(5001) } };
    const error = await clientWith(fetch)
      .sendBatch(tooLong)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(YunxinValidationError);
    expect(error.issues).toEqual([
      expect.objectContaining({ path: "message.text", keyword: "maxLength", limit: 5000 }),
    ]);
    expect(error.message).toContain("message.text must be at most 5000 characters, got 5001");
    expect(fetch.requests).toHaveLength(0);
  });

  it("skips the check for one call when told the body was already checked", async () => {
    const fetch = observedFetch(jsonResponse(success("")));
    const tooLong = { ...body, message: { message_type: 0 as const, text: "x".repeat(5001) } };
    await clientWith(fetch).sendBatch(tooLong, { validate: false });
    expect(fetch.requests).toHaveLength(1);
  });

  it("checks a call despite a client without validation when the call asks for it", async () => {
    const fetch = observedFetch();
    const tooLong = { ...body, message: { message_type: 0 as const, text: "x".repeat(5001) } };
    const error = await clientWith(fetch, { validate: false })
      .sendBatch(tooLong, { validate: true })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("uses the caller's trace id when given one", async () => {
    const fetch = observedFetch(jsonResponse(success("")));
    const result = await clientWith(fetch).sendBatch(body, { traceId: "mine" });
    expect(fetch.requests[0]?.headers.get("x-custom-traceid")).toBe("mine");
    expect(result.traceId).toBe("mine");
  });

  it("refuses a base URL that is not a URL and an unknown region at construction", () => {
    expect(() => createYunxinClient({ baseUrl: "not a url" })).toThrow(/is not a URL/);
    // @ts-expect-error -- only cn and sg exist
    expect(() => createYunxinClient({ region: "us" })).toThrow(/Unknown region "us"/);
  });
});

import { describe, expect, it } from "vitest";
import {
  createYunxinClient,
  SEND_BATCH_MAX_RECEIVERS,
  type SendBatchRequest,
  YunxinValidationError,
} from "../src/index.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const success = () =>
  jsonResponse({
    code: 200,
    msg: "success",
    data: { success_list: [{ receiver_id: "bob", message_server_id: 1 }] },
  });

function client(fetch: ReturnType<typeof observedFetch>) {
  return createYunxinClient({ fetch, retry: { maxAttempts: 2, baseDelayMs: 1 } });
}

/** The validation error a call throws, after checking that nothing was sent. */
async function refusal(
  fetch: ReturnType<typeof observedFetch>,
  call: Promise<unknown>,
): Promise<YunxinValidationError> {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(YunxinValidationError);
  expect(fetch.requests).toEqual([]);
  return error as YunxinValidationError;
}

describe("extra top-level fields (sendBatch's extraFields)", () => {
  it("are sent at the top level next to the body's fields", async () => {
    const fetch = observedFetch(success());
    const extraFields = { new_flag: true, server_option: { level: 2 } };

    const result = await client(fetch).sendBatch(body, { extraFields });

    expect(fetch.bodies).toEqual([{ ...body, ...extraFields }]);
    expect(result.sent.map((sent) => sent.receiverId)).toEqual(["bob"]);
  });

  it("are sent again on every retry of the call", async () => {
    const fetch = observedFetch(new Response("", { status: 503 }), success());

    await client(fetch).sendBatch(body, { extraFields: { new_flag: true } });

    expect(fetch.bodies).toEqual([
      { ...body, new_flag: true },
      { ...body, new_flag: true },
    ]);
  });

  it("leave the body strictly checked: a typo in it is still refused and nothing is sent", async () => {
    const fetch = observedFetch(success());
    const typo = { ...body, recevier_ids: ["carol"] } as SendBatchRequest;

    const error = await refusal(fetch, client(fetch).sendBatch(typo, { extraFields: { x: 1 } }));

    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: "recevier_ids", keyword: "additionalProperties" }),
    );
  });

  it("leave every known field checked against its limit", async () => {
    const fetch = observedFetch(success());
    const count = SEND_BATCH_MAX_RECEIVERS + 1;
    const tooMany = { ...body, receiver_ids: Array.from({ length: count }, (_, i) => `r${i}`) };

    const error = await refusal(fetch, client(fetch).sendBatch(tooMany, { extraFields: { x: 1 } }));

    expect(error.issues).toContainEqual(
      expect.objectContaining({
        path: "receiver_ids",
        keyword: "maxItems",
        limit: SEND_BATCH_MAX_RECEIVERS,
      }),
    );
  });

  it("may not name a field the spec has: it is refused by name and nothing is sent", async () => {
    const fetch = observedFetch(success());
    const sneaky = { sender_id: "mallory", new_flag: true } as unknown as { new_flag: boolean };

    const error = await refusal(fetch, client(fetch).sendBatch(body, { extraFields: sneaky }));

    expect(error.issues).toEqual([
      {
        path: "sender_id",
        location: "body",
        keyword: "extraFields",
        message:
          "sender_id is a field of SendBatchRequest: set it in the body, where it is validated, not in extraFields",
      },
    ]);
  });

  it("are refused by name even when the call skips validation", async () => {
    const fetch = observedFetch(success());
    const sneaky = { message: "x" } as unknown as { new_flag: boolean };

    await refusal(fetch, client(fetch).sendBatch(body, { validate: false, extraFields: sneaky }));
  });

  it("are the only way past the strict default: an unknown field in the body is refused", async () => {
    const fetch = observedFetch(success());
    const withUnknown = { ...body, new_flag: true } as SendBatchRequest;

    const error = await refusal(fetch, client(fetch).sendBatch(withUnknown));

    expect(error.issues).toEqual([
      expect.objectContaining({ path: "new_flag", keyword: "additionalProperties" }),
    ]);
  });
});

import { TRACE_ID_HEADER, YunxinApiError, YunxinRateLimitError } from "@yunxin-im/core";
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { contractClient, postRaw } from "./support/client.js";
import { findResponseExample, requestExample, responseExamples } from "./support/spec.js";

/** Asks Prism for one of the spec's response examples by name. */
function prefer(example: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Prefer", `example=${example}`);
      return request;
    },
  };
}

const text = requestExample("text");

describe("the spec's response examples", () => {
  // With --errors, Prism answers 500 (and sets sl-violations) when an answer breaks the spec.
  it.each([...responseExamples()])(
    "Prism serves the %s example as HTTP 200 without a violation, exactly as the spec writes it",
    async (name, example) => {
      const { client } = contractClient();
      const answer = await postRaw(client, text, { Prefer: `example=${name}` });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("sl-violations")).toBeNull();
      expect(answer.body).toEqual(example);
    },
  );

  it.each([
    ["parameter error", 414],
    ["server error", 500],
  ])(
    "the %s (%i) example comes back as HTTP 200 and the client throws a YunxinApiError with code, msg and trace id",
    async (_, code) => {
      const { name, example } = findResponseExample(`code ${code}`, (value) => value.code === code);
      const { client, exchanges } = contractClient({ middleware: [prefer(name)] });
      const traceId = `contract-${code}-${crypto.randomUUID()}`;

      const error = await client.sendBatch(text, { traceId }).catch((caught: unknown) => caught);

      expect(exchanges.map((exchange) => exchange.status)).toEqual([200]);
      expect(exchanges[0]?.request.headers.get(TRACE_ID_HEADER)).toBe(traceId);
      expect(error).toBeInstanceOf(YunxinApiError);
      expect(error).not.toBeInstanceOf(YunxinRateLimitError);
      expect(error).toMatchObject({ code, msg: example.msg, traceId, attempts: 1 });
      expect((error as Error).message).toContain(traceId);
    },
  );

  it("the rate-limited (416) example comes back as HTTP 200 and the client throws a YunxinRateLimitError", async () => {
    const { name, example } = findResponseExample("code 416", (value) => value.code === 416);
    const { client, exchanges } = contractClient({
      middleware: [prefer(name)],
      retry: { retryRateLimited: false },
    });
    const traceId = `contract-416-${crypto.randomUUID()}`;

    const error = await client.sendBatch(text, { traceId }).catch((caught: unknown) => caught);

    expect(exchanges.map((exchange) => exchange.status)).toEqual([200]);
    expect(error).toBeInstanceOf(YunxinRateLimitError);
    expect(error).toMatchObject({ code: 416, msg: example.msg, traceId, blockMs: 60_000 });
  });

  it("the partial-success example reaches the caller as per-receiver failures", async () => {
    const { name, example } = findResponseExample(
      "a partial success",
      (value) => value.code === 200 && (value.data?.failed_list?.length ?? 0) > 0,
    );
    const succeeded = (example.data?.success_list ?? []).map((item) => item.receiver_id);
    const refused = (example.data?.failed_list ?? []).map(
      (item) => item.account_id ?? item.receiver_id ?? "",
    );
    const { client } = contractClient({ middleware: [prefer(name)] });

    const result = await client.sendBatch({ ...text, receiver_ids: [...succeeded, ...refused] });

    expect(result.sent.map((sent) => sent.receiverId)).toEqual(succeeded);
    expect(result.failed).toEqual(
      (example.data?.failed_list ?? []).map((item, index) => ({
        receiverId: refused[index],
        errorCode: item.error_code,
        errorMsg: item.error_msg ?? "",
        item,
      })),
    );
    expect(result.failed.length).toBeGreaterThan(0);
    expect(result.unreported).toEqual([]);
  });
});

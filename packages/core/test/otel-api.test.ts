import { describe, expect, it, vi } from "vitest";
import { createYunxinClient } from "../src/index.js";
import { loadOtelApi } from "../src/otel-api.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

// As when the application did not install the optional peer: importing it fails.
vi.mock("@opentelemetry/api", () => {
  throw Object.assign(new Error("Cannot find package '@opentelemetry/api'"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

describe("without @opentelemetry/api", () => {
  it("loads no API, whether the package is missing or an importer fails", async () => {
    await expect(loadOtelApi()).resolves.toBeUndefined();
    await expect(loadOtelApi(() => Promise.reject(new Error("missing")))).resolves.toBeUndefined();
  });

  it("takes no module without the API's providers for it", async () => {
    const notTheApi = { trace: {}, metrics: {} } as never;
    await expect(loadOtelApi(() => Promise.resolve(notTheApi))).resolves.toBeUndefined();
  });

  it("sends a call and gives its outcome, providers given or not", async () => {
    const answer = () =>
      jsonResponse(
        '{"code":200,"msg":"success","data":{"success_list":[{"receiver_id":"bob",' +
          '"message_server_id":9007199254740993}],"failed_list":[]}}',
      );
    const provider = {
      getTracer: () => {
        throw new Error("no tracer is asked for without the API");
      },
      getMeter: () => {
        throw new Error("no meter is asked for without the API");
      },
    };
    for (const options of [{}, { tracerProvider: provider, meterProvider: provider }]) {
      const client = createYunxinClient({
        baseUrl: "http://stub.test",
        fetch: observedFetch(answer),
        ...options,
      });
      const result = await client.sendBatch({
        sender_id: "alice",
        receiver_ids: ["bob"],
        message: { message_type: 0, text: "hello" },
      });
      expect(result.sent.map((sent) => sent.messageServerId)).toEqual(["9007199254740993"]);
    }
  });
});

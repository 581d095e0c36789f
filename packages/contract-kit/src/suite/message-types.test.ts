import { describe, expect, it } from "vitest";
import { contractClient } from "./support/client.js";
import { messageTypes, requestExamples } from "./support/spec.js";

const examples = [...requestExamples()].filter(([name]) => name !== "seed");

describe("one valid request per message type", () => {
  it("the spec has a request example for every message type it defines", () => {
    const covered = new Set(examples.map(([, example]) => example.message.message_type));
    expect([...covered].sort((a, b) => a - b)).toEqual([...messageTypes()].sort((a, b) => a - b));
  });

  it.each(examples)(
    "the %s example passes Prism's validation and the client's",
    async (_, body) => {
      const { client, exchanges } = contractClient();

      const result = await client.sendBatch(body);

      expect(
        exchanges.map((exchange) => [exchange.status, exchange.headers.get("sl-violations")]),
      ).toEqual([[200, null]]);
      expect(result.response.code).toBe(200);
      expect(JSON.parse(await (exchanges[0]?.request.text() ?? ""))).toEqual(body);
    },
  );
});

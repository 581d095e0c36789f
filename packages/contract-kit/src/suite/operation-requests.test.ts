import { YunxinValidationError } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { callOperation, contractClient } from "./support/client.js";
import { contractOperations } from "./support/contract-operations.js";
import {
  type ContractRequest,
  clientInput,
  expectedQuery,
  parseExact,
  pathParameters,
  requestsOf,
} from "./support/contract-requests.js";

// Every operation of the spec under test, each request its examples make: the installed client
// must take it and send it as the spec writes it, and Prism (the spec) must take what was sent.
for (const operation of contractOperations()) {
  describe.concurrent(operation.id, () => {
    let requests: ContractRequest[];
    try {
      requests = requestsOf(operation);
    } catch (error) {
      it("has the examples to build a request from", () => {
        throw error;
      });
      return;
    }
    for (const request of requests) {
      it(`request example "${request.name}" passes the client's validation and Prism's without sl-violations, sent as the spec writes it`, async () => {
        const { client, exchanges } = contractClient({ retry: { maxAttempts: 1 } });

        const outcome = await callOperation(
          client,
          operation.id,
          clientInput(operation, request.raw),
        ).catch((error: unknown) => error);

        if (outcome instanceof YunxinValidationError) throw outcome;
        const [sent] = exchanges;
        expect(
          exchanges.map((exchange) => [exchange.status, exchange.headers.get("sl-violations")]),
          `Prism answered ${sent?.text}`,
        ).toEqual([[200, null]]);
        const url = new URL(sent?.request.url ?? "");
        expect(sent?.request.method).toBe(operation.method);
        expect(pathParameters(operation.path, url.pathname)).toEqual(
          Object.fromEntries(Object.entries(request.raw.path).map(([k, v]) => [k, String(v)])),
        );
        expect([...url.searchParams]).toEqual(expectedQuery(operation, request.raw.query));
        if (request.raw.body !== undefined) {
          expect(parseExact((await sent?.request.text()) ?? "")).toEqual(request.raw.body);
        }
      });
    }
  });
}

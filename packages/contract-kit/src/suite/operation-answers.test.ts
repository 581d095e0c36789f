import { YunxinApiError, YunxinRateLimitError } from "@yunxin-im/core";
import { describe, expect, it } from "vitest";
import { callOperation, contractClient, setHeader } from "./support/client.js";
import { contractOperations, int64Keys, resolveSchema } from "./support/contract-operations.js";
import { clientInput, requestsOf, withInt64Strings } from "./support/contract-requests.js";

interface Answer {
  code?: unknown;
  msg?: unknown;
  data?: unknown;
}

function becomes(code: string): string {
  if (code === "200") return "becomes the call's data, int64 values exact";
  if (code === "416") return "becomes a YunxinRateLimitError with its msg";
  return "becomes a YunxinApiError with its code and msg";
}

// Every answer example of every operation, asked for with `Prefer: example=<name>`, through the
// real client: a success is the call's data (int64 values as the exact digits of the spec's text),
// anything else a typed error.
for (const operation of contractOperations()) {
  describe.concurrent(operation.id, () => {
    const declaresData = resolveSchema(operation.answerSchema).properties?.data !== undefined;
    const keys = int64Keys(operation.answerSchema);
    for (const { name, value } of operation.answers) {
      const answer = (value ?? {}) as Answer;
      const code = String(answer.code);
      it(`answer example "${name}" (code ${code}) ${becomes(code)}`, async () => {
        const [request] = requestsOf(operation);
        const { client, exchanges } = contractClient({
          middleware: [setHeader("Prefer", `example=${name}`)],
          retry: { maxAttempts: 1, retryRateLimited: false },
        });
        const traceId = `contract-${operation.id}-${crypto.randomUUID()}`;

        const outcome = await callOperation(
          client,
          operation.id,
          clientInput(operation, request?.raw ?? { path: {}, query: {} }),
          { traceId },
        ).then(
          (data) => ({ data }),
          (error: unknown) => ({ error }),
        );

        expect(
          exchanges.map((exchange) => [exchange.status, exchange.headers.get("sl-violations")]),
          `Prism answered ${exchanges[0]?.text}`,
        ).toEqual([[200, null]]);
        if (code === "200") {
          const data = declaresData
            ? withInt64Strings(answer.data, keys.scalars, keys.lists)
            : undefined;
          expect(outcome).toEqual({ data });
          return;
        }
        const { error } = outcome as { error?: unknown };
        const msg = String(answer.msg);
        if (code === "416") {
          expect(error).toBeInstanceOf(YunxinRateLimitError);
        } else {
          expect(error).toBeInstanceOf(YunxinApiError);
          expect(error).not.toBeInstanceOf(YunxinRateLimitError);
        }
        expect(error).toMatchObject({
          code: Number(code),
          msg,
          traceId,
          operationId: operation.id,
        });
      });
    }
  });
}

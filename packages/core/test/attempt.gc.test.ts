import { getEventListeners } from "node:events";
import type { Middleware } from "openapi-fetch";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type SendBatchRequest,
  YunxinAbortError,
  type YunxinClientOptions,
  YunxinTimeoutError,
} from "../src/index.js";
import { collectGarbageConstantly, type Stall, stallingServer } from "./support/stalling-server.js";
import { ATTEMPT_PATHS, signerFor } from "./support/transports.js";

// The server stalls for the whole test; a deadline that holds ends each attempt long before.
const TIMEOUT_MS = 400;
// Generous: a hang waits for the server (the test's whole run), not a few hundred milliseconds.
const SLACK_MS = 1_500;

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hi" },
};

const signatureHeaders = () => ({ AppKey: "test-app-key", CheckSum: "0".repeat(40) });

/** Returns a new native Request: its signal only follows ours, through a weak reference. */
const rewrapping: Middleware = {
  async onRequest({ request }) {
    const text = await request.clone().text();
    return new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: text === "" ? undefined : text,
      signal: request.signal,
    });
  },
};

let stopCollecting: () => void;
beforeEach(() => {
  stopCollecting = collectGarbageConstantly();
});
afterEach(() => stopCollecting());

/** How a call ended (its error, `undefined` if it resolved) and how long it took. */
async function timed(work: Promise<unknown>): Promise<{ error: unknown; elapsedMs: number }> {
  const started = performance.now();
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error, elapsedMs: performance.now() - started };
}

describe.each(ATTEMPT_PATHS)(
  "on the $transport transport ($path)",
  ({ createYunxinClient, path }) => {
    const signer = signerFor(path, signatureHeaders);
    function client(url: string, options: YunxinClientOptions = {}, middleware = [signer]) {
      const created = createYunxinClient({
        baseUrl: url,
        timeoutMs: TIMEOUT_MS,
        retry: { maxAttempts: 1 },
        ...options,
      });
      created.use(...middleware);
      return created;
    }

    describe.each<Stall>(["headers", "half-envelope", "drip", "5xx-headers"])(
      "an attempt whose answer stalls (%s) while the garbage collector runs",
      (stall) => {
        it("ends with a YunxinTimeoutError on time and releases its connection", async () => {
          const server = await stallingServer(stall);
          try {
            const { error, elapsedMs } = await timed(client(server.url).sendBatch(body));
            expect(error).toBeInstanceOf(YunxinTimeoutError);
            expect(elapsedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
            await server.allClosed();
          } finally {
            await server.close();
          }
        });

        it("ends on time behind a middleware that returns a new Request", async () => {
          const server = await stallingServer(stall);
          try {
            const stalled = client(server.url, {}, [
              signerFor("openapi-fetch", signatureHeaders),
              rewrapping,
            ]).sendBatch(body);
            const { error, elapsedMs } = await timed(stalled);
            expect(error).toBeInstanceOf(YunxinTimeoutError);
            expect(elapsedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
            await server.allClosed();
          } finally {
            await server.close();
          }
        });
      },
    );

    describe("the deadline under garbage collection, on every path", () => {
      it("holds with a long-lived caller signal, which keeps no listener afterwards", async () => {
        const server = await stallingServer("half-envelope");
        const caller = new AbortController();
        try {
          const stalled = client(server.url).sendBatch(body, { signal: caller.signal });
          const { error, elapsedMs } = await timed(stalled);
          expect(error).toBeInstanceOf(YunxinTimeoutError);
          expect(elapsedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
          expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
        } finally {
          await server.close();
        }
      });

      it("ends with the caller's abort mid-body, not with the server", async () => {
        const server = await stallingServer("drip");
        const caller = new AbortController();
        try {
          const stalled = client(server.url, { timeoutMs: 60_000 }).sendBatch(body, {
            signal: caller.signal,
          });
          setTimeout(() => caller.abort("stop"), TIMEOUT_MS);
          const { error, elapsedMs } = await timed(stalled);
          expect(error).toBeInstanceOf(YunxinAbortError);
          expect(elapsedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
          await server.allClosed();
        } finally {
          await server.close();
        }
      });

      it("bounds every retry, each under the call's one trace id", async () => {
        const server = await stallingServer("half-envelope");
        try {
          const retrying = client(server.url, {
            retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
          }).sendBatch(body);
          const { error, elapsedMs } = await timed(retrying);
          expect(error).toBeInstanceOf(YunxinTimeoutError);
          expect((error as YunxinTimeoutError).attempts).toBe(3);
          expect(elapsedMs).toBeLessThan(3 * TIMEOUT_MS + SLACK_MS);
          expect(server.traceIds).toHaveLength(3);
          expect(new Set(server.traceIds).size).toBe(1);
        } finally {
          await server.close();
        }
      });

      it("holds on the generic call path of any operation (a GET with an int64 path id)", async () => {
        const server = await stallingServer("half-envelope");
        try {
          const stalled = client(server.url).call("getChatroomInfo", {
            params: { path: { room_id: "9007199254740993" } },
          });
          const { error, elapsedMs } = await timed(stalled);
          expect(error).toBeInstanceOf(YunxinTimeoutError);
          expect(elapsedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
          await server.allClosed();
        } finally {
          await server.close();
        }
      });
    });
  },
);

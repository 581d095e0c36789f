import { format, inspect } from "node:util";
import { createYunxinClient, type SendBatchRequest } from "@yunxin-im/core";
import createClient from "openapi-fetch";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import {
  createSigningMiddleware,
  Secret,
  SigningConfigError,
  verifyCallback,
} from "../src/index.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const SECRET = "TopSecret-云信-🔐-value";
const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const ok = () => jsonResponse({ code: 200, msg: "success", data: {} });

/** Every way a value commonly ends up in a log. */
function renderings(value: unknown): string[] {
  return [
    JSON.stringify(value) ?? "",
    String(value),
    inspect(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    format("%s %o %O", value, value, value),
  ];
}

function expectNoSecret(texts: string[]) {
  for (const text of texts) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("TopSecret");
  }
}

function errorRenderings(error: unknown): string[] {
  const { message, stack, cause } = error as Error;
  return [message, stack ?? "", ...renderings(error), ...renderings(cause)];
}

describe("secret hygiene", () => {
  const consoleSpies: MockInstance[] = [];
  beforeEach(() => {
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      consoleSpies.push(vi.spyOn(console, method));
    }
  });
  // Every test below also proves that nothing was written to the console meanwhile.
  afterEach(() => {
    const spies = consoleSpies.splice(0);
    const calls = spies.flatMap((spy) => spy.mock.calls);
    for (const spy of spies) spy.mockRestore();
    expect(calls).toEqual([]);
  });

  it("sends the secret in no header, only through the checksum", async () => {
    const fetch = observedFetch(ok());
    const client = createYunxinClient({ baseUrl: "https://example.test", fetch });
    client.use(createSigningMiddleware({ appKey: "k", appSecret: SECRET }));
    await client.sendBatch(body);
    const [request] = fetch.requests;
    expect(request).toBeDefined();
    for (const [name, value] of request?.headers ?? []) {
      expect(`${name}: ${value}`).not.toContain("TopSecret");
    }
    expect(await request?.text()).not.toContain("TopSecret");
  });

  it("shows no secret when the middleware is serialised, stringified or inspected", () => {
    const fromString = createSigningMiddleware({ appKey: "k", appSecret: SECRET });
    const fromSecret = createSigningMiddleware({ appKey: "k", appSecret: new Secret(SECRET) });
    const fromProvider = createSigningMiddleware({
      credentials: () => ({ appKey: "k", appSecret: SECRET }),
    });
    for (const middleware of [fromString, fromSecret, fromProvider]) {
      expectNoSecret(renderings(middleware));
    }
    expect(JSON.parse(JSON.stringify(fromString))).toEqual({
      middleware: "@yunxin-im/signing",
      appKey: "k",
    });
  });

  it("shows no secret in options that hold it as a Secret", () => {
    const options = { appKey: "k", appSecret: new Secret(SECRET) };
    createSigningMiddleware(options);
    expectNoSecret(renderings(options));
  });

  it("shows no secret in a client that holds the middleware, even after a request", async () => {
    const fetch = observedFetch(ok(), ok());
    const client = createYunxinClient({ baseUrl: "https://example.test", fetch });
    client.use(createSigningMiddleware({ appKey: "k", appSecret: SECRET }));
    await client.sendBatch(body);
    expectNoSecret(renderings(client));

    const api = createClient({ baseUrl: "https://example.test", fetch });
    api.use(createSigningMiddleware({ appKey: "k", appSecret: SECRET }));
    await api.POST("/anything" as never, {} as never);
    expectNoSecret(renderings(api));
  });

  it("shows no secret in any configuration error", async () => {
    const thrown: unknown[] = [];
    const capture = async (action: () => unknown) => {
      try {
        await action();
      } catch (error) {
        thrown.push(error);
      }
    };
    await capture(() => createSigningMiddleware({ appKey: "", appSecret: SECRET }));
    await capture(() => createSigningMiddleware({ appKey: "k k", appSecret: SECRET }));
    await capture(() =>
      createSigningMiddleware({ appKey: "k", appSecret: `${SECRET}\ud800` as string }),
    );
    await capture(() =>
      createSigningMiddleware({
        appKey: "k",
        appSecret: SECRET,
        credentials: () => ({ appKey: "k", appSecret: SECRET }),
      } as never),
    );
    for (const sources of [
      { createNonce: () => "n".repeat(129) },
      { createNonce: () => `${SECRET}` },
      { now: () => Number.NaN },
    ]) {
      const fetch = observedFetch(ok());
      const client = createYunxinClient({ baseUrl: "https://example.test", fetch });
      client.use(createSigningMiddleware({ appKey: "k", appSecret: SECRET, ...sources }));
      await capture(() => client.sendBatch(body));
      expect(fetch.requests).toHaveLength(0);
    }
    const provided = createClient({ baseUrl: "https://example.test", fetch: observedFetch() });
    provided.use(
      createSigningMiddleware({ credentials: async () => ({ appKey: "", appSecret: SECRET }) }),
    );
    await capture(() => provided.POST("/anything" as never, {} as never));
    const traced = createClient({ baseUrl: "https://example.test", fetch: observedFetch() });
    traced.use(
      createSigningMiddleware({ appKey: "k", appSecret: SECRET, createTraceId: () => "" }),
    );
    await capture(() => traced.POST("/anything" as never, {} as never));

    expect(thrown).toHaveLength(9);
    for (const error of thrown) {
      expect(error).toBeInstanceOf(SigningConfigError);
      expectNoSecret(errorRenderings(error));
    }
  });

  it("shows no secret or expected checksum in a callback rejection", async () => {
    const result = await verifyCallback(
      {
        headers: {
          MD5: "99914b932bd37a50b983c5e7c90ae93b",
          CheckSum: "0".repeat(40),
          CurTime: "1700000000000",
        },
        body: "{}",
      },
      { appSecret: SECRET, now: () => 1_700_000_000_000 },
    );
    expect(result).toMatchObject({ ok: false, reason: "checksum-mismatch" });
    expectNoSecret(renderings(result));
    const expected = (await import("./support/vectors.js")).independentHex(
      "sha1",
      `${SECRET}99914b932bd37a50b983c5e7c90ae93b1700000000000`,
    );
    expect(JSON.stringify(result)).not.toContain(expected);
  });
});

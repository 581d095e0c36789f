import { type paths, SEND_BATCH_PATH, type SendBatchRequest } from "@yunxin-im/core";
import createClient, { type Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  type Credentials,
  createSigningMiddleware,
  Secret,
  SigningConfigError,
  type SigningMiddlewareOptions,
  type SigningSources,
} from "../src/index.js";
import { headersOf, jsonResponse, observedFetch, sequence } from "./support/observed-fetch.js";
import { independentHex } from "./support/vectors.js";

const body: SendBatchRequest = {
  sender_id: "alice",
  receiver_ids: ["bob"],
  message: { message_type: 0, text: "hello" },
};
const ok = () => jsonResponse({ code: 200, msg: "success", data: {} });

/** An openapi-fetch client over an observed fetch, with the signer installed. */
function signedClient(middleware: Middleware, answers = 1) {
  const fetch = observedFetch(...Array.from({ length: answers }, ok));
  const client = createClient<paths>({ baseUrl: "https://example.test", fetch });
  client.use(middleware);
  const send = (traceId?: string) =>
    client.POST(SEND_BATCH_PATH, {
      body,
      params: { header: traceId === undefined ? {} : { "X-custom-traceid": traceId } },
    });
  return { fetch, send };
}

async function errorOf(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("createSigningMiddleware", () => {
  it("sets exactly AppKey, Nonce, CurTime, CheckSum and a trace id on a request", async () => {
    const { fetch, send } = signedClient(
      createSigningMiddleware({
        appKey: "app-key-1",
        appSecret: "c5b4b3d6e3f0",
        now: () => 1_443_592_222_999,
        createNonce: () => "8dfdb33d2840",
        createTraceId: () => "trace-abc",
      }),
    );
    await send();
    expect(headersOf(fetch.requests[0])).toEqual({
      appkey: "app-key-1",
      nonce: "8dfdb33d2840",
      curtime: "1443592222",
      checksum: "8d06c2b786da53e93e5a9144fb93fc5adacd44b4",
      "content-type": "application/json",
      "x-custom-traceid": "trace-abc",
    });
  });

  it("signs each request with a fresh Nonce, CurTime and trace id", async () => {
    const { fetch, send } = signedClient(
      createSigningMiddleware({
        appKey: "k",
        appSecret: "secret",
        now: sequence(1_700_000_000_000, 1_700_000_007_500),
        createNonce: sequence("nonce-1", "nonce-2"),
        createTraceId: sequence("trace-1", "trace-2"),
      }),
      2,
    );
    await send();
    await send();
    const [first, second] = fetch.requests.map(headersOf);
    expect([first?.nonce, second?.nonce]).toEqual(["nonce-1", "nonce-2"]);
    expect([first?.curtime, second?.curtime]).toEqual(["1700000000", "1700000007"]);
    expect([first?.["x-custom-traceid"], second?.["x-custom-traceid"]]).toEqual([
      "trace-1",
      "trace-2",
    ]);
    expect(second?.checksum).toBe(independentHex("sha1", "secretnonce-21700000007"));
  });

  it("keeps a trace id the caller already set, whatever its header case", async () => {
    const { fetch, send } = signedClient(
      createSigningMiddleware({
        appKey: "k",
        appSecret: "s",
        createTraceId: () => {
          throw new Error("must not be asked for a trace id");
        },
      }),
    );
    await send("caller-trace");
    expect(fetch.requests[0]?.headers.get("X-custom-traceid")).toBe("caller-trace");

    const lowerCase: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set("x-custom-traceid", "lower-case-trace");
      },
    };
    const fetch2 = observedFetch(ok());
    const client = createClient<paths>({ baseUrl: "https://example.test", fetch: fetch2 });
    client.use(lowerCase, createSigningMiddleware({ appKey: "k", appSecret: "s" }));
    await client.POST(SEND_BATCH_PATH, { body });
    expect(fetch2.requests[0]?.headers.get("X-Custom-TraceId")).toBe("lower-case-trace");
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
  ])(
    "refuses an %s trace id header instead of drawing a new id per attempt",
    async (_, traceId) => {
      const { fetch, send } = signedClient(
        createSigningMiddleware({ appKey: "k", appSecret: "s" }),
        2,
      );
      // Two attempts of one call, as a caller retrying with the same (unusable) header would make.
      for (let attempt = 0; attempt < 2; attempt++) {
        const error = await errorOf(() => send(traceId));
        expect(error).toBeInstanceOf(SigningConfigError);
        expect(error).toMatchObject({ field: "traceId" });
        expect((error as Error).message).toMatch(/X-custom-traceid header is empty/);
      }
      expect(fetch.requests).toHaveLength(0);
    },
  );

  it("refuses a trace id header that is not visible ASCII, naming the rule and not the value", async () => {
    const { fetch, send } = signedClient(createSigningMiddleware({ appKey: "k", appSecret: "s" }));
    const error = await errorOf(() => send("café-trace"));
    expect(error).toBeInstanceOf(SigningConfigError);
    expect(error).toMatchObject({ field: "traceId" });
    expect((error as Error).message).toMatch(/visible ASCII/);
    expect((error as Error).message).not.toContain("café");
    expect(fetch.requests).toHaveLength(0);
  });

  it("makes 32-hex nonces, whole-second CurTime and UUID trace ids by default", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { fetch, send } = signedClient(
      createSigningMiddleware({ appKey: "k", appSecret: "s" }),
      2,
    );
    await send();
    await send();
    const after = Math.floor(Date.now() / 1000);
    const [first, second] = fetch.requests.map(headersOf);
    for (const headers of [first, second]) {
      expect(headers?.nonce).toMatch(/^[0-9a-f]{32}$/);
      expect(Number(headers?.curtime)).toBeGreaterThanOrEqual(before);
      expect(Number(headers?.curtime)).toBeLessThanOrEqual(after);
      expect(headers?.["x-custom-traceid"]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(headers?.checksum).toBe(
        independentHex("sha1", `s${headers?.nonce}${headers?.curtime}`),
      );
    }
    expect(first?.nonce).not.toBe(second?.nonce);
    expect(first?.["x-custom-traceid"]).not.toBe(second?.["x-custom-traceid"]);
  });

  it("overwrites signing headers a caller set, and leaves the body unsigned and untouched", async () => {
    const forged: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set("CheckSum", "forged");
        request.headers.set("AppKey", "other");
      },
    };
    const fetch = observedFetch(ok());
    const client = createClient<paths>({ baseUrl: "https://example.test", fetch });
    client.use(
      forged,
      createSigningMiddleware({
        appKey: "k",
        appSecret: "s",
        createNonce: () => "n",
        now: () => 0,
      }),
    );
    await client.POST(SEND_BATCH_PATH, { body });
    const [request] = fetch.requests;
    expect(request?.headers.get("AppKey")).toBe("k");
    expect(request?.headers.get("CheckSum")).toBe(independentHex("sha1", "sn0"));
    expect(await request?.text()).toBe(JSON.stringify(body));
  });

  it("accepts the secret as a Secret", async () => {
    const { fetch, send } = signedClient(
      createSigningMiddleware({
        appKey: "k",
        appSecret: new Secret("wrapped"),
        createNonce: () => "n",
        now: () => 1000,
      }),
    );
    await send();
    expect(fetch.requests[0]?.headers.get("CheckSum")).toBe(independentHex("sha1", "wrappedn1"));
  });

  describe("with a credentials provider", () => {
    it("asks the provider before every request, so a rotated secret is used at once", async () => {
      let current: Credentials = { appKey: "k1", appSecret: "old-secret" };
      const { fetch, send } = signedClient(
        createSigningMiddleware({
          credentials: async () => current,
          createNonce: () => "n",
          now: () => 5000,
        }),
        2,
      );
      await send();
      current = { appKey: "k2", appSecret: new Secret("new-secret") };
      await send();
      const [first, second] = fetch.requests.map(headersOf);
      expect(first?.appkey).toBe("k1");
      expect(first?.checksum).toBe(independentHex("sha1", "old-secretn5"));
      expect(second?.appkey).toBe("k2");
      expect(second?.checksum).toBe(independentHex("sha1", "new-secretn5"));
    });

    it("accepts a synchronous provider", async () => {
      const { fetch, send } = signedClient(
        createSigningMiddleware({ credentials: () => ({ appKey: "sync", appSecret: "s" }) }),
      );
      await send();
      expect(fetch.requests[0]?.headers.get("AppKey")).toBe("sync");
    });

    it("sends nothing when the provider gives an empty secret, and names the field", async () => {
      const { fetch, send } = signedClient(
        createSigningMiddleware({ credentials: async () => ({ appKey: "k", appSecret: "" }) }),
      );
      const error = await errorOf(send);
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field: "appSecret" });
      expect((error as Error).message).toMatch(/credentials\(\)\.appSecret must be a non-empty/);
      expect(fetch.requests).toHaveLength(0);
    });

    it("sends nothing when the provider gives a secret with a trailing newline", async () => {
      const { fetch, send } = signedClient(
        createSigningMiddleware({
          credentials: () => ({ appKey: "k", appSecret: "987654321\n" }),
        }),
      );
      const error = await errorOf(send);
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field: "appSecret" });
      expect((error as Error).message).toMatch(/credentials\(\)\.appSecret must not start or end/);
      expect((error as Error).message).not.toContain("987654321");
      expect(fetch.requests).toHaveLength(0);
    });

    it("sends nothing when the provider gives no appKey or no object", async () => {
      for (const given of [{ appSecret: "s" }, undefined, "k:s"]) {
        const { fetch, send } = signedClient(
          createSigningMiddleware({ credentials: async () => given as unknown as Credentials }),
        );
        const error = await errorOf(send);
        expect(error).toBeInstanceOf(SigningConfigError);
        expect(["appKey", "credentials"]).toContain((error as SigningConfigError).field);
        expect(fetch.requests).toHaveLength(0);
      }
    });

    it("wraps a failing provider's error, keeping it as the cause", async () => {
      const failure = new Error("vault unreachable");
      const { fetch, send } = signedClient(
        createSigningMiddleware({
          credentials: async () => {
            throw failure;
          },
        }),
      );
      const error = await errorOf(send);
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field: "credentials", cause: failure });
      expect(fetch.requests).toHaveLength(0);
    });
  });

  describe("refuses bad configuration when created", () => {
    const cases: [string, unknown, string, RegExp][] = [
      ["no options", undefined, "options", /needs an options object, got undefined/],
      ["no appKey", { appSecret: "s" }, "appKey", /appKey must be a non-empty string/],
      ["an empty appKey", { appKey: "", appSecret: "s" }, "appKey", /got an empty string/],
      ["an appKey with spaces", { appKey: "a b", appSecret: "s" }, "appKey", /visible ASCII/],
      ["no appSecret", { appKey: "k" }, "appSecret", /appSecret must be a non-empty/],
      ["an empty appSecret", { appKey: "k", appSecret: "" }, "appSecret", /empty string/],
      ["a numeric appSecret", { appKey: "k", appSecret: 987654321 }, "appSecret", /a number/],
      [
        "an appSecret read from a file with its newline",
        { appKey: "k", appSecret: "987654321\n" },
        "appSecret",
        /appSecret must not start or end with whitespace/,
      ],
      [
        "values and a provider",
        { appKey: "k", appSecret: "s", credentials: () => ({}) },
        "credentials",
        /either appKey and appSecret, or a credentials provider/,
      ],
      ["a provider that is no function", { credentials: {} }, "credentials", /must be a function/],
      ["a clock that is no function", { appKey: "k", appSecret: "s", now: 1 }, "now", /function/],
      [
        "a nonce source that is no function",
        { appKey: "k", appSecret: "s", createNonce: "n" },
        "createNonce",
        /function/,
      ],
      [
        "a trace id source that is no function",
        { appKey: "k", appSecret: "s", createTraceId: "t" },
        "createTraceId",
        /function/,
      ],
    ];
    it.each(cases)("%s", (_, options, field, message) => {
      let thrown: unknown;
      try {
        createSigningMiddleware(options as SigningMiddlewareOptions);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SigningConfigError);
      expect(thrown).toMatchObject({ field, name: "SigningConfigError" });
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain("987654321");
    });
  });

  describe("refuses a bad source value before anything is sent", () => {
    const cases: [string, SigningSources, string, RegExp][] = [
      [
        "a nonce of 129 characters",
        { createNonce: () => "n".repeat(129) },
        "createNonce",
        /1 to 128 visible ASCII characters \(Nonce allows at most 128\), got 129 characters/,
      ],
      ["an empty nonce", { createNonce: () => "" }, "createNonce", /got 0 characters/],
      ["a nonce with a space", { createNonce: () => "a b" }, "createNonce", /spaces or non-ASCII/],
      ["a non-ASCII nonce", { createNonce: () => "随机" }, "createNonce", /spaces or non-ASCII/],
      ["a nonce that is no string", { createNonce: () => 7 as never }, "createNonce", /a number/],
      ["a clock giving NaN", { now: () => Number.NaN }, "now", /got NaN/],
      ["a clock before the epoch", { now: () => -1 }, "now", /got -1/],
      ["a clock giving a string", { now: () => "1" as never }, "now", /got a string/],
      ["an empty trace id", { createTraceId: () => "" }, "createTraceId", /empty string/],
      ["a trace id with a newline", { createTraceId: () => "a\nb" }, "createTraceId", /spaces/],
    ];
    it.each(cases)("%s", async (_, sources, field, message) => {
      const { fetch, send } = signedClient(
        createSigningMiddleware({ appKey: "k", appSecret: "s", ...sources }),
      );
      const error = await errorOf(send);
      expect(error).toBeInstanceOf(SigningConfigError);
      expect(error).toMatchObject({ field });
      expect((error as Error).message).toMatch(message);
      expect(fetch.requests).toHaveLength(0);
    });

    it("accepts a nonce of exactly 128 characters", async () => {
      const nonce = "n".repeat(128);
      const { fetch, send } = signedClient(
        createSigningMiddleware({ appKey: "k", appSecret: "s", createNonce: () => nonce }),
      );
      await send();
      expect(fetch.requests[0]?.headers.get("Nonce")).toBe(nonce);
    });
  });
});

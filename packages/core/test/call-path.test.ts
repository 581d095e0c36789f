import { beforeAll, describe, expect, it } from "vitest";
import { clientOf, type YunxinClientOptions } from "../src/client.js";
import {
  TRACE_ID_HEADER,
  YunxinApiError,
  YunxinConnectionError,
  YunxinInvalidResponseError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "../src/index.js";
import type { OperationFacts } from "../src/operation-facts.js";
import { fixtureOperations } from "./support/fixture-operations.js";
import { jsonResponse, observedFetch, type Scripted } from "./support/observed-fetch.js";

// Above 2^53: a JavaScript number would round them.
const THING_ID = "9007199254740993";
const RELATED_ID = "9223372036854775807";

let operations: Record<string, OperationFacts>;
beforeAll(async () => {
  operations = await fixtureOperations();
});

type LooseCall = (id: string, input?: unknown, options?: unknown) => Promise<unknown>;

function fixtureClient(script: Scripted[], options: YunxinClientOptions = {}) {
  const fetch = observedFetch(...script);
  const client = clientOf(operations, {
    baseUrl: "http://stub.test",
    fetch,
    sleep: async () => {},
    ...options,
  });
  const call = client.call as unknown as LooseCall;
  type LooseMethod = (input?: unknown, options?: unknown) => Promise<unknown>;
  const method = (id: string) =>
    (client as unknown as Record<string, LooseMethod>)[id] as LooseMethod;
  return { fetch, call, method };
}

const thingAnswer = `{"code":200,"msg":"success","data":{"thing_id":${THING_ID},"owner_ids":[${RELATED_ID},1],"name":"x"}}`;
const getInput = {
  params: { path: { thing_id: THING_ID }, query: { account_ids: ["ann", "bob"], limit: 5 } },
};

/** A fetch answer that never comes: the attempt's deadline (its signal) ends it. */
const stalls: Scripted = (request) =>
  new Promise((_, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
const refused = new TypeError("fetch failed", {
  cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
});

describe("client.call on a GET with an int64 path id and a comma-joined array query", () => {
  it("sends the id's exact digits in the path and joins the array with commas", async () => {
    const { fetch, call } = fixtureClient([jsonResponse(thingAnswer)]);
    await call("getFixtureThing", getInput, { traceId: "trace-get" });

    const [request] = fetch.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe(
      `http://stub.test/im/v2/fixture/things/${THING_ID}?account_ids=ann,bob&limit=5`,
    );
    expect(request?.headers.get(TRACE_ID_HEADER)).toBe("trace-get");
    expect(request?.headers.get("content-type")).toBeNull();
  });

  it("resolves with the envelope's data, int64 values (also in arrays) as exact decimal strings", async () => {
    const { call } = fixtureClient([jsonResponse(thingAnswer)]);
    await expect(call("getFixtureThing", getInput)).resolves.toEqual({
      thing_id: THING_ID,
      owner_ids: [RELATED_ID, "1"],
      name: "x",
    });
  });

  it("is also the generated method named by the operationId", async () => {
    const { fetch, method } = fixtureClient([jsonResponse(thingAnswer)]);
    await expect(method("getFixtureThing")(getInput)).resolves.toMatchObject({
      thing_id: THING_ID,
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("refuses a query array over its maxItems, naming the operation, the parameter and the limit, and sends nothing", async () => {
    const { fetch, call } = fixtureClient([]);
    const input = {
      params: { path: { thing_id: THING_ID }, query: { account_ids: ["a", "b", "c", "d"] } },
    };

    const error = await call("getFixtureThing", input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinValidationError);
    expect(error).toMatchObject({
      operationId: "getFixtureThing",
      attempts: 0,
      maybeApplied: false,
    });
    expect((error as YunxinValidationError).issues).toEqual([
      {
        path: "account_ids",
        location: "query",
        keyword: "maxItems",
        limit: 3,
        message: "query parameter account_ids must have at most 3 items, got 4",
      },
    ]);
    expect((error as Error).message).toMatch(
      /^Invalid getFixtureThing request, nothing was sent: /,
    );
    expect(fetch.requests).toEqual([]);
  });

  it("refuses a path id that is not an int64 decimal string, or a missing one", async () => {
    const { fetch, call } = fixtureClient([]);
    const bad = { params: { path: { thing_id: "12a" }, query: { account_ids: ["a"] } } };
    const missing = { params: { query: { account_ids: ["a"] } } };

    const badError = (await call("getFixtureThing", bad).catch(
      (e: unknown) => e,
    )) as YunxinValidationError;
    const missingError = (await call("getFixtureThing", missing).catch(
      (e: unknown) => e,
    )) as YunxinValidationError;

    expect(badError.issues[0]).toMatchObject({
      path: "thing_id",
      location: "path",
      keyword: "type",
    });
    expect(badError.issues[0]?.message).toMatch(/^path parameter thing_id must be an int64/);
    expect(missingError.issues[0]).toMatchObject({
      path: "thing_id",
      location: "path",
      keyword: "required",
    });
    expect(fetch.requests).toEqual([]);
  });

  it("compares an int64 path id with its minimum exactly", async () => {
    const { call } = fixtureClient([]);
    const zero = { params: { path: { thing_id: "0" }, query: { account_ids: ["a"] } } };
    const error = (await call("getFixtureThing", zero).catch(
      (e: unknown) => e,
    )) as YunxinValidationError;
    expect(error.issues[0]).toMatchObject({ keyword: "minimum", limit: 1, location: "path" });
  });

  it("retries an idempotent operation's timeout under the same trace id", async () => {
    const { fetch, call } = fixtureClient([stalls, jsonResponse(thingAnswer)], { timeoutMs: 30 });

    await expect(
      call("getFixtureThing", getInput, { traceId: "one-trace" }),
    ).resolves.toMatchObject({
      thing_id: THING_ID,
    });

    expect(fetch.requests.map((request) => request.headers.get(TRACE_ID_HEADER))).toEqual([
      "one-trace",
      "one-trace",
    ]);
  });

  it("throws a YunxinApiError with the operation for a code other than 200", async () => {
    const { call } = fixtureClient([jsonResponse({ code: 414, msg: "bad thing", data: {} })]);
    const error = await call("getFixtureThing", getInput, { traceId: "t-414" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(YunxinApiError);
    expect(error).toMatchObject({
      code: 414,
      operationId: "getFixtureThing",
      traceId: "t-414",
      maybeApplied: false,
    });
    expect((error as Error).message).toBe(
      "Yunxin API error 414: bad thing (getFixtureThing, trace id t-414)",
    );
  });

  it("treats a code 200 answer without the data the spec declares as unreadable", async () => {
    const { call } = fixtureClient([jsonResponse({ code: 200, msg: "success" })], {
      retry: { maxAttempts: 1 },
    });
    await expect(call("getFixtureThing", getInput)).rejects.toBeInstanceOf(
      YunxinInvalidResponseError,
    );
  });
});

describe("client.call on a DELETE with a body", () => {
  it("sends the body with its int64 decimal strings as JSON numbers, digit for digit", async () => {
    const { fetch, call } = fixtureClient([jsonResponse({ code: 200, msg: "success" })]);

    await expect(
      call("deleteFixtureThing", {
        params: { path: { thing_id: THING_ID } },
        body: { reason: "spam", related_id: RELATED_ID },
      }),
    ).resolves.toBeUndefined();

    const [request] = fetch.requests;
    expect(request?.method).toBe("DELETE");
    expect(await request?.clone().text()).toBe(`{"reason":"spam","related_id":${RELATED_ID}}`);
  });

  it("refuses a body field the spec does not have, and a missing body", async () => {
    const { fetch, call } = fixtureClient([]);
    const path = { params: { path: { thing_id: "1" } } };
    const unknown = (await call("deleteFixtureThing", {
      ...path,
      body: { reason: "x", extra: 1 },
    }).catch((e: unknown) => e)) as YunxinValidationError;
    const absent = (await call("deleteFixtureThing", path).catch(
      (e: unknown) => e,
    )) as YunxinValidationError;

    expect(unknown.issues[0]).toMatchObject({
      path: "extra",
      location: "body",
      keyword: "additionalProperties",
    });
    expect(absent.issues[0]).toMatchObject({
      location: "body",
      keyword: "required",
      message: "body is required",
    });
    expect(fetch.requests).toEqual([]);
  });
});

describe("client.call on an operation that is not idempotent (a PATCH without a body)", () => {
  const input = { params: { path: { thing_id: "7" }, query: { name: "new" } } };

  it("does not retry a timeout, and says the call may have been applied", async () => {
    const { fetch, call } = fixtureClient(
      [stalls, jsonResponse({ code: 200, msg: "ok", data: {} })],
      {
        timeoutMs: 30,
      },
    );

    const error = await call("renameFixtureThing", input).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(YunxinTimeoutError);
    expect(error).toMatchObject({
      operationId: "renameFixtureThing",
      attempts: 1,
      maybeApplied: true,
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("does not retry a connection that broke after sending", async () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
    });
    const { fetch, call } = fixtureClient([
      reset,
      jsonResponse({ code: 200, msg: "ok", data: {} }),
    ]);

    const error = await call("renameFixtureThing", input).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(YunxinConnectionError);
    expect(error).toMatchObject({ attempts: 1, maybeApplied: true });
    expect(fetch.requests).toHaveLength(1);
  });

  it("retries a refused connection (nothing reached the server) under the same trace id", async () => {
    const { fetch, call } = fixtureClient([
      refused,
      jsonResponse({ code: 200, msg: "ok", data: { token: "t" } }),
    ]);

    await expect(call("renameFixtureThing", input, { traceId: "rename-1" })).resolves.toEqual({
      token: "t",
    });

    const [first, second] = fetch.requests;
    expect(second?.method).toBe("PATCH");
    expect(second?.url).toBe("http://stub.test/im/v2/fixture/things/7?name=new");
    expect([first, second].map((request) => request?.headers.get(TRACE_ID_HEADER))).toEqual([
      "rename-1",
      "rename-1",
    ]);
  });
});

describe("client.call with an operationId the spec does not have", () => {
  it("rejects with a TypeError listing the known operations", async () => {
    const { call } = fixtureClient([]);
    await expect(call("getNothing", {})).rejects.toThrow(
      /Unknown operation "getNothing": use one of getFixtureThing/,
    );
  });
});

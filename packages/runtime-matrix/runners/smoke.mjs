// The smoke suite, run unchanged on every runtime of the matrix. It imports the packages exactly
// as a user's code does (bare specifiers, resolved from the node_modules of a project that
// installed the packed tarballs) and uses nothing but web-standard globals, so the same file runs
// on Node, Bun, Deno and inside a Cloudflare Worker's fetch handler.
//
// Every check talks to the stub server the test started (`fixture.stubUrl`); the stub verifies
// each request's CheckSum itself and keeps a log the checks read back.
import {
  createYunxinClient,
  YunxinAbortError,
  YunxinApiError,
  YunxinTimeoutError,
} from "@yunxin-im/core";
import { sendToMany } from "@yunxin-im/fanout";
import { createSigningMiddleware, verifyCallbackRequest } from "@yunxin-im/signing";

/** The features of the matrix, in the README's order. */
export const FEATURES = [
  "send-signed",
  "transport",
  "int64",
  "api-error",
  "retry-trace-id",
  "timeout",
  "stalled-body",
  "abort",
  "fanout",
  "callback",
];

/** 2^53 + 1: the first integer a JavaScript number cannot hold. */
const FIRST_UNSAFE_ID = 9007199254740993n;
const INT64_MAX = "9223372036854775807";

/**
 * Runs every check and returns `{ runtime, results }`: each feature's `{ ok, detail }`.
 * A failing check never stops the others. With `serveCallbacks(appSecret)` (a runtime's way of
 * serving a callback endpoint, resolving to `{ url, close }`), the callback check also posts
 * signed and altered callbacks to that endpoint.
 * @param {{ stubUrl: string, appKey: string, appSecret: string }} fixture
 * @param {{ serveCallbacks?: (appSecret: string) => Promise<{ url: string, close(): unknown }> }} [runtime]
 */
export async function runSmoke(fixture, runtime = {}) {
  const checks = {
    "send-signed": sendSigned,
    transport: transportOfRuntime,
    int64: exactInt64,
    "api-error": apiError,
    "retry-trace-id": retryKeepsTraceId,
    timeout: perAttemptTimeout,
    "stalled-body": stalledBodyTimeout,
    abort: abortByCaller,
    fanout: fanOut,
    callback: (f) => callbackVerification(f, runtime.serveCallbacks),
  };
  const results = {};
  for (const feature of FEATURES) {
    try {
      results[feature] = { ok: true, detail: await checks[feature](fixture) };
    } catch (error) {
      results[feature] = { ok: false, detail: describe(error) };
    }
  }
  return { runtime: runtimeName(), results };
}

/** The runtime this runs on, with its exact version. */
export function runtimeName() {
  if (globalThis.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (globalThis.Deno) return `deno ${globalThis.Deno.version.deno}`;
  if (globalThis.Bun) return `bun ${globalThis.Bun.version}`;
  if (globalThis.process?.versions?.node) return `node ${globalThis.process.versions.node}`;
  return "unknown";
}

function client(fixture, scenario, options = {}) {
  const key = `${scenario}-${crypto.randomUUID()}`;
  const api = createYunxinClient({
    baseUrl: `${fixture.stubUrl}/${scenario}/${key}`,
    ...options,
  });
  api.use(createSigningMiddleware({ appKey: fixture.appKey, appSecret: fixture.appSecret }));
  return { api, key };
}

/** What the stub saw for one key: `[{ traceId, nonce, checksumValid, receivers }]`. */
async function seen(fixture, key) {
  const response = await fetch(`${fixture.stubUrl}/__log/${key}`);
  return response.json();
}

const message = { message_type: 0, text: `runtime matrix on ${runtimeName()}` };

/**
 * On Node the package's `node` export sends through undici, so the global `fetch` is never
 * called; every other runtime resolves the default entry, which sends through it.
 */
async function transportOfRuntime(fixture) {
  const onNode = runtimeName().startsWith("node ");
  const original = globalThis.fetch;
  let calls = 0;
  globalThis.fetch = (...args) => {
    calls++;
    return original(...args);
  };
  try {
    const { api } = client(fixture, "ok");
    await api.sendBatch({ sender_id: "alice", receiver_ids: ["bob"], message });
  } finally {
    globalThis.fetch = original;
  }
  expect(onNode ? calls === 0 : calls > 0, `${calls} global fetch calls on ${runtimeName()}`);
  return onNode
    ? "sent through undici (the node entry): the global fetch was not called"
    : `sent through the runtime's fetch (${calls} call)`;
}

async function sendSigned(fixture) {
  const { api, key } = client(fixture, "ok");
  const result = await api.sendBatch({
    sender_id: "alice",
    receiver_ids: ["bob", "carol"],
    message,
  });
  const receivers = result.sent.map((sent) => sent.receiverId).sort();
  expect(receivers.join() === "bob,carol", `sent to ${receivers}, expected bob and carol`);
  const log = await seen(fixture, key);
  expect(log.length === 1, `the stub got ${log.length} requests, expected 1`);
  expect(log[0].checksumValid, "the stub found the CheckSum wrong");
  return `2 receivers sent, CheckSum accepted (trace id ${result.traceId})`;
}

async function exactInt64(fixture) {
  const { api } = client(fixture, "ok");
  const result = await api.sendBatch({
    sender_id: "alice",
    receiver_ids: ["user-0", "user-7", "int64-max"],
    message,
  });
  const ids = Object.fromEntries(result.sent.map((s) => [s.receiverId, s.messageServerId]));
  const expected = {
    "user-0": String(FIRST_UNSAFE_ID),
    "user-7": String(FIRST_UNSAFE_ID + 7n),
    "int64-max": INT64_MAX,
  };
  for (const [receiver, id] of Object.entries(expected)) {
    expect(ids[receiver] === id, `${receiver}: got ${ids[receiver]}, expected ${id}`);
  }
  return `${Object.values(expected).join(", ")} exact`;
}

async function apiError(fixture) {
  const { api, key } = client(fixture, "code414");
  const error = await rejection(
    api.sendBatch({ sender_id: "alice", receiver_ids: ["bob"], message }),
  );
  expect(error instanceof YunxinApiError, `expected a YunxinApiError, got ${describe(error)}`);
  expect(error.code === 414, `code ${error.code}, expected 414`);
  expect(error.attempts === 1, `${error.attempts} attempts: a 414 must not be retried`);
  const log = await seen(fixture, key);
  expect(log.length === 1, `the stub got ${log.length} requests, expected 1`);
  expect(error.traceId === log[0].traceId, "the error's trace id is not the request's");
  return `YunxinApiError code 414 "${error.msg}", 1 attempt`;
}

async function retryKeepsTraceId(fixture) {
  const { api, key } = client(fixture, "flaky", { retry: { baseDelayMs: 5, maxDelayMs: 10 } });
  const result = await api.sendBatch({ sender_id: "alice", receiver_ids: ["bob"], message });
  expect(result.attempts === 2, `${result.attempts} attempts, expected 2 (503, then 200)`);
  const log = await seen(fixture, key);
  expect(log.length === 2, `the stub got ${log.length} requests, expected 2`);
  expect(
    log.every((request) => request.traceId === result.traceId),
    `trace ids ${log.map((r) => r.traceId)} differ from the call's ${result.traceId}`,
  );
  expect(log[0].nonce !== log[1].nonce, "the retry was not signed afresh (same Nonce)");
  expect(
    log.every((request) => request.checksumValid),
    "a retry's CheckSum was wrong",
  );
  return "HTTP 503 then 200: same trace id, new Nonce and CheckSum";
}

async function perAttemptTimeout(fixture) {
  const timeoutMs = 250;
  const { api, key } = client(fixture, "hang", {
    timeoutMs,
    retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
  });
  const error = await rejection(
    api.sendBatch({ sender_id: "alice", receiver_ids: ["bob"], message }),
  );
  expect(
    error instanceof YunxinTimeoutError,
    `expected a YunxinTimeoutError, got ${describe(error)}`,
  );
  expect(error.timeoutMs === timeoutMs, `timeoutMs ${error.timeoutMs}, expected ${timeoutMs}`);
  expect(error.attempts === 2, `${error.attempts} attempts, expected 2`);
  const log = await seen(fixture, key);
  expect(log.length === 2, `the stub got ${log.length} requests, expected 2`);
  return `YunxinTimeoutError after 2 attempts of ${timeoutMs} ms each`;
}

async function stalledBodyTimeout(fixture) {
  const timeoutMs = 250;
  const { api, key } = client(fixture, "stalled-body", {
    timeoutMs,
    retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
  });
  const started = Date.now();
  const error = await rejection(
    api.sendBatch({ sender_id: "alice", receiver_ids: ["bob"], message }),
  );
  const elapsedMs = Date.now() - started;
  expect(
    error instanceof YunxinTimeoutError,
    `expected a YunxinTimeoutError, got ${describe(error)}`,
  );
  expect(error.attempts === 2, `${error.attempts} attempts, expected 2`);
  // A bound on a hang, not a measurement: the stub never finishes the body.
  expect(elapsedMs < 2 * timeoutMs + 2000, `the call took ${elapsedMs} ms`);
  const log = await seen(fixture, key);
  expect(log.length === 2, `the stub got ${log.length} requests, expected 2`);
  return `YunxinTimeoutError after 2 attempts whose body stalled, ${elapsedMs} ms in all`;
}

async function abortByCaller(fixture) {
  const { api, key } = client(fixture, "hang", { timeoutMs: 60_000 });
  const controller = new AbortController();
  const call = rejection(
    api.sendBatch(
      { sender_id: "alice", receiver_ids: ["bob"], message },
      { signal: controller.signal },
    ),
  );
  // The stub answers this once the hanging request has reached it: abort a call in flight.
  await (await fetch(`${fixture.stubUrl}/__arrived/${key}`)).text();
  controller.abort();
  const error = await call;
  expect(error instanceof YunxinAbortError, `expected a YunxinAbortError, got ${describe(error)}`);
  expect(error.attempts === 1, `${error.attempts} attempts after the abort, expected 1`);
  return "YunxinAbortError for a call in flight, no retry";
}

async function fanOut(fixture) {
  const { api } = client(fixture, "ok");
  const receivers = Array.from({ length: 300 }, (_, n) =>
    n === 150 ? `refused-${n}` : `user-${n}`,
  );
  const run = sendToMany({
    client: api,
    message: { sender_id: "announcer", message },
    receivers,
    rateLimit: false,
  });
  const outcomes = new Map();
  for await (const outcome of run) {
    expect(!outcomes.has(outcome.receiverId), `two outcomes for ${outcome.receiverId}`);
    outcomes.set(outcome.receiverId, outcome);
  }
  const summary = await run.summary();
  expect(outcomes.size === 300, `${outcomes.size} outcomes for 300 receivers`);
  for (const [n, receiver] of receivers.entries()) {
    const outcome = outcomes.get(receiver);
    if (n === 150) {
      expect(outcome.status === "failed", `${receiver}: ${outcome.status}, expected failed`);
      expect(outcome.maybeDelivered === false, `${receiver} should be proven undelivered`);
    } else {
      const id = String(FIRST_UNSAFE_ID + BigInt(n));
      expect(outcome.status === "sent", `${receiver}: ${outcome.status}, expected sent`);
      expect(outcome.messageServerId === id, `${receiver}: id ${outcome.messageServerId} ≠ ${id}`);
    }
  }
  expect(summary.calls === 3, `${summary.calls} calls for 300 receivers, expected 3`);
  return `300 receivers in ${summary.calls} calls: ${summary.sent} sent, ${summary.failed} refused by failed_list`;
}

async function callbackVerification(fixture, serveCallbacks) {
  const signed = await (await fetch(`${fixture.stubUrl}/__callback`)).json();
  const request = (body, headers = signed.headers) =>
    new Request("https://example.com/yunxin/callback", { method: "POST", headers, body });

  const genuine = await verifyCallbackRequest(request(signed.body), {
    appSecret: fixture.appSecret,
  });
  expect(genuine.ok, `a genuine callback was rejected: ${genuine.reason} ${genuine.message}`);
  expect(genuine.body === signed.body, "the verified body is not the raw body");

  const altered = await verifyCallbackRequest(request(signed.body.replace("hello", "HELLO")), {
    appSecret: fixture.appSecret,
  });
  expect(altered.reason === "md5-mismatch", `an altered body gave ${altered.reason}`);

  const otherSecret = await verifyCallbackRequest(request(signed.body), {
    appSecret: `${fixture.appSecret}-rotated`,
  });
  expect(otherSecret.reason === "checksum-mismatch", `another secret gave ${otherSecret.reason}`);
  const verified =
    "genuine accepted; altered body (md5-mismatch) and other secret (checksum-mismatch) refused";
  if (!serveCallbacks) return verified;

  const endpoint = await serveCallbacks(fixture.appSecret);
  try {
    const post = async (body) => {
      const response = await fetch(`${endpoint.url}/yunxin/callback`, {
        method: "POST",
        headers: signed.headers,
        body,
      });
      return `${response.status} ${await response.text()}`;
    };
    const accepted = await post(signed.body);
    const expected = `200 {"received":"${JSON.parse(signed.body).msgidServer}"}`;
    expect(accepted === expected, `the endpoint answered a genuine callback ${accepted}`);
    const refused = await post(signed.body.replace("hello", "HELLO"));
    expect(refused === "401 md5-mismatch", `the endpoint answered an altered one ${refused}`);
  } finally {
    await endpoint.close();
  }
  return `${verified}; the same through a served endpoint`;
}

function expect(condition, failure) {
  if (!condition) throw new Error(failure);
}

function rejection(promise) {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error) => error,
  );
}

function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

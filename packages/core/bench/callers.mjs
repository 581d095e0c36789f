// The callers the benchmark compares, each a function making one call of an operation:
// the client as a user on Node gets it (the package's own `node` export), the client on its
// fetch transport (the `default` export, what Deno, Bun and Workers get), and two hand-written
// callers that sign like @yunxin-im/signing and send the same request: on the global `fetch` and
// on `undici.request` over a keep-alive pool. The hand-written ones are the ceiling: no
// validation, no retries, no deadline, `JSON.parse` (ids above 2^53 rounded); "raw fetch +
// timeout" adds only a per-call timeout, to show what Node's fetch charges for following a signal.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { Agent } from "undici";
// The signer by path, not as a dependency: @yunxin-im/signing depends on core, and a dependency
// back would be a cycle in the workspace's build graph. `pnpm build` builds it first.
import { createSigningMiddleware } from "../../signing/dist/index.js";

const APP_KEY = "bench-app-key";
const APP_SECRET = "bench-app-secret";
const CONVERSATION = "alice|1|bob";
/** The client's default `timeoutMs`. */
const TIMEOUT_MS = 10_000;

export const OPERATIONS = {
  sendMessage: {
    input: {
      params: { path: { conversation_id: CONVERSATION } },
      body: { message: { message_type: 0, text: "hello from the benchmark" } },
    },
    method: "POST",
    path: `/im/v2/conversations/${encodeURIComponent(CONVERSATION)}/messages`,
  },
  queryMessagesByPage: {
    input: {
      params: {
        path: { conversation_id: CONVERSATION },
        query: { begin_time: 1717318800000, end_time: 1717405200000, limit: 20 },
      },
    },
    method: "GET",
    path:
      `/im/v2.1/conversations/${encodeURIComponent(CONVERSATION)}/messages` +
      "?begin_time=1717318800000&end_time=1717405200000&limit=20",
  },
};

function signedHeaders(hasBody) {
  const nonce = randomBytes(16).toString("hex");
  const curTime = String(Math.floor(Date.now() / 1000));
  const headers = {
    AppKey: APP_KEY,
    Nonce: nonce,
    CurTime: curTime,
    CheckSum: createHash("sha1")
      .update(APP_SECRET + nonce + curTime)
      .digest("hex"),
    "X-custom-traceid": randomUUID(),
  };
  if (hasBody) headers["Content-Type"] = "application/json;charset=UTF-8";
  return headers;
}

async function clientCaller(entry, baseUrl, operation) {
  const { createYunxinClient } = await import(entry);
  return signedCallOf(createYunxinClient({ baseUrl }), operation);
}

/** Makes `calls` calls of `call`, `concurrency` of them in flight at a time. */
export async function callsInFlight(call, calls, concurrency) {
  let left = calls;
  const worker = async () => {
    while (left-- > 0) await call();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** One call of `operation` by `client`, signed by @yunxin-im/signing's middleware. */
export function signedCallOf(client, operation) {
  client.use(createSigningMiddleware({ appKey: APP_KEY, appSecret: APP_SECRET }));
  const { input } = OPERATIONS[operation];
  return () => client[operation](input);
}

export const CALLERS = {
  // Resolved through the package's exports, as a user's import on Node is.
  client: (baseUrl, operation) => clientCaller("@yunxin-im/core", baseUrl, operation),
  "client (fetch)": (baseUrl, operation) =>
    clientCaller(new URL("../dist/index.js", import.meta.url).href, baseUrl, operation),
  "raw fetch": async (baseUrl, operation) => {
    const { method, path, input } = OPERATIONS[operation];
    const url = baseUrl + path;
    return async () => {
      const body = input.body === undefined ? undefined : JSON.stringify(input.body);
      const response = await fetch(url, {
        method,
        headers: signedHeaders(body !== undefined),
        body,
        redirect: "error",
      });
      const envelope = JSON.parse(await response.text());
      if (envelope.code !== 200) throw new Error(`code ${envelope.code}`);
      return envelope.data;
    };
  },
  // Raw fetch with the least a production caller adds: a timeout, an AbortSignal and a timer per
  // call (no body cancellation that survives garbage collection, no race: what the client adds).
  "raw fetch + timeout": async (baseUrl, operation) => {
    const { method, path, input } = OPERATIONS[operation];
    const url = baseUrl + path;
    return async () => {
      const body = input.body === undefined ? undefined : JSON.stringify(input.body);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      try {
        const response = await fetch(url, {
          method,
          headers: signedHeaders(body !== undefined),
          body,
          redirect: "error",
          signal: controller.signal,
        });
        const envelope = JSON.parse(await response.text());
        if (envelope.code !== 200) throw new Error(`code ${envelope.code}`);
        return envelope.data;
      } finally {
        clearTimeout(timer);
      }
    };
  },
  "raw undici.request": async (
    baseUrl,
    operation,
    dispatcher = new Agent({ keepAliveTimeout: 60_000 }),
  ) => {
    const { method, path, input } = OPERATIONS[operation];
    return async () => {
      const body = input.body === undefined ? undefined : JSON.stringify(input.body);
      const response = await dispatcher.request({
        origin: baseUrl,
        path,
        method,
        headers: signedHeaders(body !== undefined),
        body,
      });
      const envelope = JSON.parse(await response.body.text());
      if (envelope.code !== 200) throw new Error(`code ${envelope.code}`);
      return envelope.data;
    };
  },
};

import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for `POST /im/v2/conversations/messages`, shared by every runtime of the
 * matrix. The path before the endpoint picks the behaviour and a key that groups one check's
 * requests: `/{scenario}/{key}/im/v2/conversations/messages`.
 *
 * - `ok`: checks the CheckSum with its own SHA-1 (a wrong one gets `code` 414, as the real API
 *   answers), then answers 200 with a `message_server_id` above 2^53 for each receiver
 *   (`user-N` → 2^53 + 1 + N, `int64-max` → 2^63 − 1, raw in the JSON text) and refuses
 *   receivers named `refused-*` in `failed_list`.
 * - `code414`: the envelope `{ code: 414 }`.
 * - `flaky`: HTTP 503 for a trace id's first request, then as `ok`.
 * - `hang`: never answers (until the stub closes).
 * - `stalled-body`: HTTP 200 headers and half the envelope, then silence (until the stub closes).
 *
 * Read-back routes: `GET /__log/{key}` (what the requests of a key carried), `GET /__arrived/{key}`
 * (answers once a request of the key has arrived), `GET /__callback` (a callback signed the way
 * Yunxin signs them).
 */
export interface StubFixture {
  stubUrl: string;
  appKey: string;
  appSecret: string;
}

export interface LoggedRequest {
  traceId: string | undefined;
  nonce: string | undefined;
  appKey: string | undefined;
  checksumValid: boolean;
  receivers: string[];
}

export interface SignedCallback {
  body: string;
  headers: Record<"MD5" | "CheckSum" | "CurTime" | "Content-Type", string>;
}

const ENDPOINT = "/im/v2/conversations/messages";
const FIRST_UNSAFE_ID = 2n ** 53n + 1n;
const INT64_MAX = 2n ** 63n - 1n;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const md5 = (text: string) => createHash("md5").update(text).digest("hex");

export async function startStubServer(credentials: { appKey: string; appSecret: string }) {
  const logs = new Map<string, LoggedRequest[]>();
  const arrivals = new Map<string, Array<() => void>>();

  function log(key: string, request: LoggedRequest) {
    const entries = logs.get(key) ?? [];
    entries.push(request);
    logs.set(key, entries);
    for (const notify of arrivals.get(key) ?? []) notify();
    arrivals.delete(key);
  }

  function whenArrived(key: string, notify: () => void) {
    if (logs.has(key)) return notify();
    arrivals.set(key, [...(arrivals.get(key) ?? []), notify]);
  }

  /** A callback as Yunxin posts it: CurTime in ms, CheckSum = sha1(secret + MD5 + CurTime). */
  function signedCallback(): SignedCallback {
    const body = JSON.stringify({
      eventType: "1",
      convType: "PERSON",
      fromAccount: "alice",
      to: "bob",
      msgType: "TEXT",
      body: "hello from the stub",
      msgTimestamp: String(Date.now()),
      msgidServer: String(FIRST_UNSAFE_ID),
    });
    const curTime = String(Date.now());
    const bodyMd5 = md5(body);
    return {
      body,
      headers: {
        "Content-Type": "application/json",
        MD5: bodyMd5,
        CheckSum: sha1(credentials.appSecret + bodyMd5 + curTime),
        CurTime: curTime,
      },
    };
  }

  async function handleSend(
    scenario: string,
    key: string,
    req: IncomingMessage,
    res: ServerResponse,
  ) {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(",") : value;
    };
    const text = await readBody(req);
    const nonce = header("nonce");
    const curTime = header("curtime");
    const checksum = header("checksum");
    const receivers = receiversOf(text);
    const entry: LoggedRequest = {
      traceId: header("x-custom-traceid"),
      nonce,
      appKey: header("appkey"),
      checksumValid:
        header("appkey") === credentials.appKey &&
        nonce !== undefined &&
        curTime !== undefined &&
        checksum === sha1(credentials.appSecret + nonce + curTime),
      receivers,
    };
    const earlier = logs.get(key)?.length ?? 0;
    log(key, entry);

    if (scenario === "hang") return; // the socket stays open until the stub closes
    if (scenario === "stalled-body") {
      res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
      res.write('{"code":200,"msg":"success","data":{"succ');
      return; // the rest of the body never comes
    }
    if (scenario === "flaky" && earlier === 0) {
      return res.writeHead(503, { "content-type": "text/html" }).end("<h1>503 busy</h1>");
    }
    if (scenario === "code414") {
      return json(res, '{"code":414,"msg":"parameter error: receiver_ids"}');
    }
    if (!entry.checksumValid) return json(res, '{"code":414,"msg":"checksum mismatch"}');
    const success = receivers
      .filter((id) => !id.startsWith("refused-"))
      .map((id) => `{"receiver_id":${JSON.stringify(id)},"message_server_id":${messageIdOf(id)}}`);
    const failed = receivers
      .filter((id) => id.startsWith("refused-"))
      .map((id) => `{"account_id":${JSON.stringify(id)},"error_code":403,"error_msg":"blocked"}`);
    json(
      res,
      `{"code":200,"msg":"success","data":{"success_list":[${success}],"failed_list":[${failed}]}}`,
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    const parts = url.pathname.split("/").filter(Boolean);
    if (req.method === "GET" && parts[0] === "__log" && parts[1]) {
      return json(res, JSON.stringify(logs.get(parts[1]) ?? []));
    }
    if (req.method === "GET" && parts[0] === "__arrived" && parts[1]) {
      return whenArrived(parts[1], () => json(res, "{}"));
    }
    if (req.method === "GET" && parts[0] === "__callback") {
      return json(res, JSON.stringify(signedCallback()));
    }
    const [scenario, key] = parts;
    if (req.method === "POST" && scenario && key && url.pathname.endsWith(ENDPOINT)) {
      handleSend(scenario, key, req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    fixture: { stubUrl: `http://127.0.0.1:${port}`, ...credentials } satisfies StubFixture,
    signedCallback,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function messageIdOf(receiverId: string): string {
  if (receiverId === "int64-max") return String(INT64_MAX);
  const n = /-(\d+)$/.exec(receiverId)?.[1];
  return String(FIRST_UNSAFE_ID + BigInt(n ?? 0));
}

function receiversOf(text: string): string[] {
  try {
    const body = JSON.parse(text) as { receiver_ids?: unknown };
    return Array.isArray(body.receiver_ids) ? body.receiver_ids.map(String) : [];
  } catch {
    return [];
  }
}

function json(res: ServerResponse, text: string) {
  res.writeHead(200, { "content-type": "application/json;charset=utf-8" }).end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

import { createServer, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A local stand-in for `POST /im/v2/conversations/messages` (and for
 * `POST /im/v2/custom_notification/batch`, answered in its own shape) that behaves like the real server
 * where that matters here: it de-duplicates by `X-custom-traceid` (a repeated trace id gets the
 * first answer again and delivers nothing), counts every delivery per receiver, enforces a rate
 * limit with 416 and a block, and can be scripted to fail in the ways networks and proxies do.
 */

/** How the server mishandles one request. */
export type Fault =
  /** Drops the connection as soon as the request arrives, before reading it: nothing delivered. */
  | { kind: "reset-before-read" }
  /** Holds the connection and never reads, delivers or answers: a host that is down behind a black hole. */
  | { kind: "black-hole" }
  /** Reads and delivers, then drops the connection without answering. */
  | { kind: "reset-after-read" }
  /** Reads and delivers, then answers only after `ms` (past the client's timeout). */
  | { kind: "delay"; ms: number }
  /** Answers with an HTTP error page, as a proxy does; delivers first when `deliver` is true. */
  | { kind: "http"; status: number; body: string; deliver?: boolean }
  /** Delivers, then sends half the JSON as a complete HTTP answer. */
  | { kind: "truncated-json" }
  /** Delivers, announces the full length, sends half and drops the connection. */
  | { kind: "truncated-body" }
  /** Delivers, sends the headers and half the body, then sends nothing more until closed. */
  | { kind: "stalled-body" }
  /** Delivers, then answers 200 with something that is not JSON. */
  | { kind: "invalid-json" }
  /** Refuses the call with an envelope error (`code` 414, 416…): nothing delivered. */
  | { kind: "envelope"; code: number; msg: string }
  /** Delivers, but leaves the matching receivers out of both lists of the answer. */
  | { kind: "unreported"; receivers: (receiverId: string) => boolean };

/** A request as it arrives, before its body is read. */
export interface ArrivingRequest {
  /** 1 for the first request the server got. */
  index: number;
  traceId: string;
  /** The request's path: which operation it calls. */
  path: string;
  /** 1 for the first request with this trace id, 2 for its first retry… */
  attempt: number;
  headers: IncomingHttpHeaders;
  /** The server's clock when it arrived. */
  at: number;
  /** The stub server that got it (there may be several, for failover). */
  server: string;
}

export interface StubServerOptions {
  /** Picks the fault for a request, if any. */
  fault?: (request: ArrivingRequest) => Fault | undefined;
  /** Receivers the server refuses in `failed_list` (a partial success). */
  refuse?: (receiverId: string) => { code: number; msg: string } | undefined;
  /** The key naming the receiver in `failed_list` items. Default `account_id`. */
  failedListKey?: "account_id" | "receiver_id";
  /** At most `calls` accepted calls in any `windowMs`; past it, 416 and every call blocked for `blockMs`. */
  rateLimit?: { calls: number; windowMs: number; blockMs: number };
  /** The server's clock in ms (rate limit, arrival times). Default `performance.now()`. */
  now?: () => number;
  /** Keep each request (headers included) and each receiver's message id. Default true. */
  record?: boolean;
  /** A name for `ArrivingRequest.server`. Default "stub". */
  name?: string;
}

export interface StubStats {
  requests: number;
  /** Calls that delivered (first answers, not replays). */
  deliveringCalls: number;
  /** Receiver deliveries, repeats included. */
  deliveries: number;
  /** Receivers delivered to more than once: must stay 0. */
  duplicateDeliveries: number;
  /** Requests answered from the de-duplication record. */
  replays: number;
  /** 416 answers because the rate limit was exceeded or calls were blocked. */
  rateLimited: number;
  /** The most accepted calls seen in one rate-limit window. */
  maxCallsInWindow: number;
  /** Accepted calls (answered other than 416 by the rate limit) and their first and last arrival. */
  acceptedCalls: number;
  firstAcceptedAt: number;
  lastAcceptedAt: number;
}

export interface StubServer {
  readonly url: string;
  readonly stats: StubStats;
  /** Every request, in arrival order (when recording). */
  readonly requests: readonly ArrivingRequest[];
  deliveriesTo(receiverId: string): number;
  messageIdOf(receiverId: string): string | undefined;
  /** Resolves once the server has received `count` requests. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

const NOTIFICATION_PATH = "/im/v2/custom_notification/batch";

/** The first message id handed out: above 2^53, so only an exact parse keeps it. */
const FIRST_MESSAGE_ID = 158_844_553_334_358_020n;

interface Delivery {
  firstMessageId: bigint;
  omit: ((receiverId: string) => boolean) | undefined;
}

interface Body {
  sender_id: string;
  receiver_ids: string[];
  /** A message's (batch send); a custom notification has `content` instead. */
  message: { message_type: number };
  content?: string;
}

export async function startStubServer(options: StubServerOptions = {}): Promise<StubServer> {
  const now = options.now ?? (() => performance.now());
  const record = options.record ?? true;
  const name = options.name ?? "stub";
  const failedListKey = options.failedListKey ?? "account_id";
  const stats: StubStats = {
    requests: 0,
    deliveringCalls: 0,
    deliveries: 0,
    duplicateDeliveries: 0,
    replays: 0,
    rateLimited: 0,
    maxCallsInWindow: 0,
    acceptedCalls: 0,
    firstAcceptedAt: Number.NaN,
    lastAcceptedAt: Number.NaN,
  };
  const requests: ArrivingRequest[] = [];
  const attemptsByTrace = new Map<string, number>();
  const delivered = new Map<string, Delivery>();
  const deliveryCounts = new Map<string, number>();
  const messageIds = new Map<string, string>();
  const acceptedAt: number[] = [];
  let acceptedHead = 0;
  let blockedUntil = Number.NEGATIVE_INFINITY;
  let nextMessageId = FIRST_MESSAGE_ID;
  const waiters: { count: number; resolve: () => void }[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();

  function admit(at: number): boolean {
    const limit = options.rateLimit;
    if (!limit) return true;
    if (at < blockedUntil) return false;
    while (
      acceptedHead < acceptedAt.length &&
      (acceptedAt[acceptedHead] as number) <= at - limit.windowMs
    ) {
      acceptedHead++;
    }
    if (acceptedHead > 4096 && acceptedHead * 2 > acceptedAt.length) {
      acceptedAt.splice(0, acceptedHead);
      acceptedHead = 0;
    }
    if (acceptedAt.length - acceptedHead >= limit.calls) {
      blockedUntil = at + limit.blockMs;
      return false;
    }
    acceptedAt.push(at);
    stats.maxCallsInWindow = Math.max(stats.maxCallsInWindow, acceptedAt.length - acceptedHead);
    return true;
  }

  function deliver(traceId: string, body: Body, fault: Fault | undefined): Delivery {
    const delivery: Delivery = {
      firstMessageId: nextMessageId,
      omit: fault?.kind === "unreported" ? fault.receivers : undefined,
    };
    stats.deliveringCalls++;
    for (const receiverId of body.receiver_ids) {
      if (options.refuse?.(receiverId)) continue;
      const count = (deliveryCounts.get(receiverId) ?? 0) + 1;
      deliveryCounts.set(receiverId, count);
      stats.deliveries++;
      if (count === 2) stats.duplicateDeliveries++;
      if (record) messageIds.set(receiverId, String(nextMessageId));
      nextMessageId++;
    }
    delivered.set(traceId, delivery);
    return delivery;
  }

  /** The answer of a delivering call; the same text every time for the same request. */
  function render(delivery: Delivery, body: Body, path: string): string {
    if (path === NOTIFICATION_PATH) return renderNotification(delivery, body);
    const success: string[] = [];
    const failed: string[] = [];
    let messageId = delivery.firstMessageId;
    const sender = JSON.stringify(body.sender_id);
    for (const receiverId of body.receiver_ids) {
      const refusal = options.refuse?.(receiverId);
      const id = JSON.stringify(receiverId);
      if (refusal) {
        if (!delivery.omit?.(receiverId)) {
          failed.push(
            `{"${failedListKey}":${id},"error_code":${refusal.code},"error_msg":${JSON.stringify(refusal.msg)}}`,
          );
        }
        continue;
      }
      if (!delivery.omit?.(receiverId)) {
        success.push(
          `{"message_server_id":${messageId},"sender_id":${sender},"receiver_id":${id},"conversation_type":1,"create_time":1700000000000,"message_type":${body.message.message_type}}`,
        );
      }
      messageId++;
    }
    return `{"code":200,"msg":"success","data":{"success_list":[${success.join(",")}],"failed_list":[${failed.join(",")}]}}`;
  }

  /** A batch custom notification's answer: `success_list` is a list of account ids. */
  function renderNotification(delivery: Delivery, body: Body): string {
    const success: string[] = [];
    const failed: string[] = [];
    for (const receiverId of body.receiver_ids) {
      if (delivery.omit?.(receiverId)) continue;
      const refusal = options.refuse?.(receiverId);
      const id = JSON.stringify(receiverId);
      if (refusal) {
        failed.push(
          `{"account_id":${id},"error_code":${refusal.code},"error_msg":${JSON.stringify(refusal.msg)}}`,
        );
      } else {
        success.push(id);
      }
    }
    return `{"code":200,"msg":"success","data":{"success_list":[${success.join(",")}],"failed_list":[${failed.join(",")}]}}`;
  }

  const envelope = (code: number, msg: string) =>
    `{"code":${code},"msg":${JSON.stringify(msg)},"data":{}}`;

  const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const at = now();
    const traceId = String(request.headers["x-custom-traceid"] ?? "");
    const attempt = (attemptsByTrace.get(traceId) ?? 0) + 1;
    attemptsByTrace.set(traceId, attempt);
    stats.requests++;
    const path = new URL(request.url ?? "/", "http://stub").pathname;
    const arriving: ArrivingRequest = {
      index: stats.requests,
      traceId,
      path,
      attempt,
      headers: request.headers,
      at,
      server: name,
    };
    if (record) requests.push(arriving);
    for (const waiter of waiters.filter((waiter) => waiter.count <= stats.requests)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    const fault = options.fault?.(arriving);
    if (fault?.kind === "reset-before-read") {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === "black-hole") return;
    const admitted = admit(at);
    if (!admitted) stats.rateLimited++;
    readBody(request).then(
      (text) => {
        const json = (status: number, answer: string) => {
          response.writeHead(status, {
            "Content-Type": "application/json;charset=UTF-8",
            "Content-Length": Buffer.byteLength(answer),
          });
          response.end(answer);
        };
        if (!admitted) return json(200, envelope(416, "rate limited: calls blocked"));
        stats.acceptedCalls++;
        if (Number.isNaN(stats.firstAcceptedAt)) stats.firstAcceptedAt = at;
        stats.lastAcceptedAt = at;
        const body = parseBody(text);
        if (!body) return json(200, envelope(414, "parameter error: unreadable body"));
        if (fault?.kind === "envelope") return json(200, envelope(fault.code, fault.msg));
        if (fault?.kind === "http" && !fault.deliver) {
          response.writeHead(fault.status, { "Content-Type": "text/html" });
          return response.end(fault.body);
        }
        let delivery = delivered.get(traceId);
        if (delivery) stats.replays++;
        else delivery = deliver(traceId, body, fault);
        const answer = render(delivery, body, path);
        switch (fault?.kind) {
          case "reset-after-read":
            return request.socket.destroy();
          case "delay": {
            const timer = setTimeout(() => {
              timers.delete(timer);
              if (!response.destroyed) json(200, answer);
            }, fault.ms);
            timers.add(timer);
            return;
          }
          case "http":
            response.writeHead(fault.status, { "Content-Type": "text/html" });
            return response.end(fault.body);
          case "truncated-json":
            return json(200, answer.slice(0, Math.floor(answer.length / 2)));
          case "truncated-body":
            response.writeHead(200, {
              "Content-Type": "application/json;charset=UTF-8",
              "Content-Length": Buffer.byteLength(answer),
            });
            response.write(answer.slice(0, Math.floor(answer.length / 2)));
            return request.socket.destroy();
          case "stalled-body":
            response.writeHead(200, {
              "Content-Type": "application/json;charset=UTF-8",
              "Content-Length": Buffer.byteLength(answer),
            });
            response.write(answer.slice(0, Math.floor(answer.length / 2)));
            return;
          case "invalid-json":
            return json(200, "<html><body>Service temporarily unavailable</body></html>");
          default:
            return json(200, answer);
        }
      },
      () => request.socket.destroy(),
    );
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    requests,
    deliveriesTo: (receiverId) => deliveryCounts.get(receiverId) ?? 0,
    messageIdOf: (receiverId) => messageIds.get(receiverId),
    received: (count) =>
      count <= stats.requests
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    request.on("data", (part: Buffer) => parts.push(part));
    request.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    request.on("error", reject);
  });
}

function parseBody(text: string): Body | undefined {
  try {
    const body = JSON.parse(text) as Body;
    if (typeof body?.sender_id !== "string" || !Array.isArray(body.receiver_ids)) return undefined;
    if (typeof body.message?.message_type !== "number" && typeof body.content !== "string") {
      return undefined;
    }
    return body;
  } catch {
    return undefined;
  }
}

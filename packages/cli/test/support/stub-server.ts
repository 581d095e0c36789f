import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The body as it arrived: int64 digits beyond 2^53 are checked here, not in `body`. */
  text: string;
  body: {
    sender_id?: string;
    receiver_ids?: string[];
    message?: Record<string, unknown>;
  };
}

/**
 * What the stub answers one request with: a value sent as JSON, or `raw` text as is (for numbers
 * JavaScript cannot hold); `hold` never answers (until the stub closes).
 */
export type StubAnswer =
  | { status?: number; body: unknown }
  | { status?: number; raw: string }
  | "hold";

export interface StubServer {
  baseUrl: string;
  /** Every request received so far, in arrival order. */
  requests: StubRequest[];
  /** Resolves when the stub has received `count` requests in all. */
  received(count: number): Promise<void>;
  /** Answers every request held so far (those the script answered `hold`). */
  release(answer: (request: StubRequest) => StubAnswer): void;
  close(): Promise<void>;
}

/**
 * A scripted stand-in for the Yunxin API on 127.0.0.1 and a free port: `answer` decides each
 * response from the parsed request and its index (0 for the first).
 */
export async function startStubServer(
  answer: (request: StubRequest, index: number) => StubAnswer,
): Promise<StubServer> {
  const requests: StubRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const held: { request: StubRequest; response: ServerResponse }[] = [];
  const respond = (response: ServerResponse, reply: StubAnswer) => {
    if (reply === "hold") return;
    response.writeHead(reply.status ?? 200, { "Content-Type": "application/json;charset=UTF-8" });
    response.end("raw" in reply ? reply.raw : JSON.stringify(reply.body));
  };
  const server = createServer(async (incoming, response) => {
    let text = "";
    incoming.setEncoding("utf8");
    for await (const chunk of incoming) text += chunk;
    const request: StubRequest = {
      method: incoming.method ?? "",
      url: incoming.url ?? "",
      headers: incoming.headers,
      text,
      body: text ? JSON.parse(text) : {},
    };
    const index = requests.push(request) - 1;
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
    const reply = answer(request, index);
    if (reply === "hold") held.push({ request, response });
    else respond(response, reply);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    received: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    release: (release) => {
      for (const { request, response } of held.splice(0)) respond(response, release(request));
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** `code` 200 with every requested receiver in `success_list`, ids counting up from `firstId`. */
export function allSent(request: StubRequest, firstId = 9_897_543_190_000): StubAnswer {
  const receivers = request.body.receiver_ids ?? [];
  return {
    body: {
      code: 200,
      msg: "success",
      data: {
        success_list: receivers.map((receiver, index) => ({
          message_server_id: firstId + index,
          sender_id: request.body.sender_id,
          receiver_id: receiver,
          conversation_type: 1,
          create_time: 1_707_017_423_142,
          message_type: 0,
        })),
        failed_list: [],
      },
    },
  };
}

/** An error envelope, as the API answers it (HTTP 200, the code in the body). */
export function apiError(code: number, msg: string): StubAnswer {
  return { body: { code, msg, data: {} } };
}

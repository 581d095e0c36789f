import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** How the stub answers: its headers at once, then a body it never finishes. */
export type Stall =
  | "headers" // nothing at all, not even the headers
  | "half-envelope" // 200, half the envelope, then silence
  | "drip" // 200, then one byte every 150 ms
  | "5xx-headers"; // 502 headers, the body never sent

/**
 * A loopback server that stalls every answer the same way, for as long as the test runs, and
 * reports each connection it sees closing: proof the client released it.
 */
export async function stallingServer(stall: Stall) {
  const sockets = new Set<Socket>();
  const closed: Promise<void>[] = [];
  const traceIds: (string | undefined)[] = [];
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    traceIds.push(request.headers["x-custom-traceid"] as string | undefined);
    request.resume();
    if (stall === "headers") return;
    const status = stall === "5xx-headers" ? 502 : 200;
    response.writeHead(status, { "Content-Type": "application/json", "Content-Length": "4096" });
    if (stall === "half-envelope") response.write('{"code":200,"msg":"success","data":{"succ');
    if (stall === "drip") {
      response.write("{");
      const timer = setInterval(() => response.write(" "), 150);
      timers.add(timer);
      response.once("close", () => clearInterval(timer));
    }
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    // Not `once(socket, "close")`: that rejects when the socket errors first, and a client that
    // destroys a connection with unread data in it makes the server's end see ECONNRESET.
    closed.push(new Promise<void>((resolve) => socket.once("close", () => resolve())));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    traceIds,
    /** Resolves when every connection the server has seen so far has closed. */
    allClosed: () => Promise.all(closed),
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Forces a garbage collection every 20 ms until stopped (needs `--expose-gc`). */
export function collectGarbageConstantly(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (the core package's `gc` vitest project)");
  const timer = setInterval(gc, 20);
  return () => clearInterval(timer);
}

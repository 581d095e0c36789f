import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** Whether `CheckSum` is SHA-1(AppSecret + Nonce + CurTime) for the stub's secret. */
  signed: boolean;
}

/** An answer: a raw JSON body, or "reset" to destroy the connection once the request arrived. */
export type StubAnswer = string | "reset";

/** A loopback stand-in for the API that records every request and answers from a script. */
export async function startStub(appSecret: string, script: StubAnswer[]) {
  const seen: SeenRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const nonce = String(request.headers.nonce ?? "");
    const curTime = String(request.headers.curtime ?? "");
    const expected = createHash("sha1")
      .update(appSecret + nonce + curTime)
      .digest("hex");
    seen.push({
      method: request.method ?? "",
      url: request.url ?? "",
      headers: request.headers,
      signed: request.headers.checksum === expected,
    });
    request.resume();
    request.on("end", () => {
      const answer = script.shift();
      if (answer === undefined || answer === "reset") {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { "Content-Type": "application/json" }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { describe, expect, it } from "vitest";
import { createYunxinClient, type SendBatchRequest, YunxinHttpError } from "../src/index.js";
import { jsonResponse } from "./support/observed-fetch.js";

const body: SendBatchRequest = {
  sender_id: "sender",
  receiver_ids: ["alice"],
  message: { message_type: 0, text: "hello" },
};

const PRIMARY = "http://primary.test";
const BACKUP = "http://backup.test";

const delivered = () =>
  jsonResponse({
    code: 200,
    msg: "success",
    data: { success_list: [{ receiver_id: "alice", message_server_id: 1 }] },
  });
const badGateway = () => new Response("<html>502 Bad Gateway</html>", { status: 502 });

type HostBehaviour = (request: Request) => Response | Promise<Response>;

/** A fetch that answers per host, and records which host each attempt went to. */
function hostsFetch(hosts: Record<string, HostBehaviour>) {
  const visited: string[] = [];
  const fetch = async (request: Request) => {
    const origin = new URL(request.url).origin;
    const host = origin === PRIMARY ? "primary" : origin === BACKUP ? "backup" : origin;
    visited.push(host);
    const behaviour = hosts[host];
    if (!behaviour) throw new Error(`unexpected host ${origin}`);
    return behaviour(request);
  };
  return { fetch, visited };
}

/** Answers from a list, one entry per request to that host. */
function inTurn(...answers: (() => Response)[]): HostBehaviour {
  return () => {
    const next = answers.shift();
    if (!next) throw new Error("unscripted request");
    return next();
  };
}

const refused: HostBehaviour = () => {
  throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
};

/** A host that never answers: the attempt ends with the client's timeout. */
const blackHole: HostBehaviour = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });

function clientFor(fetch: (request: Request) => Promise<Response>, timeoutMs = 10_000) {
  return createYunxinClient({
    baseUrl: [PRIMARY, BACKUP],
    fetch,
    timeoutMs,
    retry: { maxAttempts: 3 },
    sleep: async () => {},
  });
}

describe("host failover", () => {
  it("retries a 502 from the backup on the backup, not on a primary that refused to connect", async () => {
    const { fetch, visited } = hostsFetch({
      primary: refused,
      backup: inTurn(badGateway, delivered),
    });

    const result = await clientFor(fetch).sendBatch(body);

    expect(result.sent.map((sent) => sent.receiverId)).toEqual(["alice"]);
    expect(result.baseUrl).toBe(BACKUP);
    expect(visited).toEqual(["primary", "backup", "backup"]);
  });

  it("retries a 502 from the backup on the backup, not on a primary that timed out", async () => {
    const { fetch, visited } = hostsFetch({
      primary: blackHole,
      backup: inTurn(badGateway, delivered),
    });

    const result = await clientFor(fetch, 20).sendBatch(body);

    expect(result.attempts).toBe(3);
    expect(visited).toEqual(["primary", "backup", "backup"]);
  });

  it("sends later calls to the backup while the primary has not answered since it failed", async () => {
    const { fetch, visited } = hostsFetch({
      primary: refused,
      backup: inTurn(delivered, badGateway, delivered, delivered),
    });
    const client = clientFor(fetch);

    await client.sendBatch(body);
    await client.sendBatch(body);
    await client.sendBatch(body);

    expect(visited).toEqual(["primary", "backup", "backup", "backup", "backup"]);
  });

  it("fails over from a primary answering 502 to a backup that has not failed", async () => {
    const { fetch, visited } = hostsFetch({
      primary: badGateway,
      backup: inTurn(delivered, delivered),
    });
    const client = clientFor(fetch);

    await client.sendBatch(body);
    await client.sendBatch(body);

    expect(visited).toEqual(["primary", "backup", "backup"]);
  });

  it("goes round the hosts when all are down, the one that failed longest ago first", async () => {
    const { fetch, visited } = hostsFetch({ primary: refused, backup: refused });
    const client = createYunxinClient({
      baseUrl: [PRIMARY, BACKUP],
      fetch,
      retry: { maxAttempts: 5 },
      sleep: async () => {},
    });

    await expect(client.sendBatch(body)).rejects.toThrow(/Connection/);

    expect(visited).toEqual(["primary", "backup", "primary", "backup", "primary"]);
  });

  it("keeps sending to a reachable primary whose 502s are transient, and to no other host", async () => {
    const { fetch, visited } = hostsFetch({
      primary: inTurn(badGateway, badGateway, badGateway),
      backup: refused,
    });
    const client = clientFor(fetch);

    const error = await client.sendBatch(body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(YunxinHttpError);
    // The backup is tried once (it has not failed yet), then never again while the primary answers.
    expect(visited).toEqual(["primary", "backup", "primary"]);
  });
});

import { createHash, randomUUID } from "node:crypto";
import { createYunxinClient, type YunxinClient, type YunxinClientOptions } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import type { FanoutOptions } from "../src/index.js";

export const APP_KEY = "bench-app-key";
// A made-up secret for a local stub that does not check signatures: the signing work is real.
export const APP_SECRET = "bench-app-secret-not-real";

export const message: FanoutOptions["message"] = {
  sender_id: "announcer",
  message: { message_type: 0, text: "The benchmark says hello." },
};

/** A client as an application would configure it: signed, validated, with retries. */
export function signedClient(
  baseUrl: string,
  options: Partial<YunxinClientOptions> = {},
): YunxinClient {
  const client = createYunxinClient({ baseUrl, ...options });
  client.use(createSigningMiddleware({ appKey: APP_KEY, appSecret: APP_SECRET }));
  return client;
}

/**
 * The headers of the hand-written baseline, signed once up front: its calls do no per-call
 * signing, validation or exact int64 parsing.
 */
export function presignedHeaders(): Record<string, string> {
  const nonce = "0123456789abcdef0123456789abcdef";
  const curTime = String(Math.floor(Date.now() / 1000));
  return {
    "Content-Type": "application/json;charset=UTF-8",
    AppKey: APP_KEY,
    Nonce: nonce,
    CurTime: curTime,
    CheckSum: createHash("sha1")
      .update(APP_SECRET + nonce + curTime)
      .digest("hex"),
  };
}

/**
 * One call of the hand-written baseline, the same in every part: raw `fetch` with presigned
 * headers and a fresh trace id, then `JSON.parse` of the answer (which rounds
 * `message_server_id`). Resolves with how many receivers the answer lists as sent.
 */
export async function rawFetchCall(
  url: string,
  headers: Record<string, string>,
  receiverIds: string[],
): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...headers, "X-custom-traceid": randomUUID() },
    body: JSON.stringify({ ...message, receiver_ids: receiverIds }),
  });
  const answer = JSON.parse(await response.text());
  return answer.data.success_list.length;
}

/** Receiver ids `r1`…`rN`; the number after `r` tells which one it was. */
export function* receiverRange(count: number, prefix = "r"): Generator<string> {
  for (let index = 1; index <= count; index++) yield `${prefix}${index}`;
}

export async function* asyncReceiverRange(count: number, prefix = "r"): AsyncGenerator<string> {
  for (let index = 1; index <= count; index++) yield `${prefix}${index}`;
}

/** Prints one JSON line for the orchestrator and exits. */
export function report(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

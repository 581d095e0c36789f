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

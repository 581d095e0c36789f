import {
  type CallInput,
  type CallOptions,
  createYunxinClient,
  type RetryOptions,
  SEND_BATCH_PATH,
  type SendBatchRequest,
  type YunxinClient,
} from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";
import type { Middleware } from "openapi-fetch";
import { inject } from "vitest";

/** Throwaway credentials: Prism checks that the signing headers are there and well formed. */
export const APP_KEY = "contract-test-app-key";
export const APP_SECRET = "contract-test-app-secret";

/** One request that reached the network, and the HTTP answer it got. */
export interface Exchange {
  request: Request;
  status: number;
  headers: Headers;
  /** The answer's body as it arrived (Prism's `validation` list on a 422). */
  text: string;
}

export interface ContractClient {
  client: YunxinClient;
  /** Every request the client put on the wire, in order, with its answer. */
  exchanges: Exchange[];
}

export interface ContractClientOptions {
  /** Middleware added after the signer (so it sees, and may change, the signed request). */
  middleware?: Middleware[];
  /** The client's own check of the body before sending. Default true. */
  validate?: boolean;
  retry?: RetryOptions;
}

/**
 * The real client stack pointed at the run's Prism: `@yunxin-im/core` on openapi-fetch, signed by
 * the `@yunxin-im/signing` middleware, with a fetch that records what was sent.
 */
export function contractClient(options: ContractClientOptions = {}): ContractClient {
  const exchanges: Exchange[] = [];
  const client = createYunxinClient({
    baseUrl: inject("prismBaseUrl"),
    validate: options.validate ?? true,
    ...(options.retry ? { retry: options.retry } : {}),
    fetch: async (request) => {
      const sent = request.clone();
      const response = await fetch(request);
      const text = await response.clone().text();
      exchanges.push({ request: sent, status: response.status, headers: response.headers, text });
      return response;
    },
  });
  client.use(createSigningMiddleware({ appKey: APP_KEY, appSecret: APP_SECRET }));
  if (options.middleware?.length) client.use(...options.middleware);
  return { client, exchanges };
}

/** Sets a header on every request, after the signer ran. */
export function setHeader(name: string, value: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set(name, value);
      return request;
    },
  };
}

/** Removes a header from every request, after the signer ran. */
export function removeHeader(name: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.delete(name);
      return request;
    },
  };
}

/** One entry of Prism's `validation` list, e.g. `{ location: ["body", "receiver_ids"], code: "maxItems" }`. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code: string;
  message: string;
}

/** What a raw POST got back: the status, headers and the parsed JSON body. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  /** Prism's `validation` list on a 422 (empty otherwise). */
  violations: PrismViolation[];
}

/**
 * POSTs `body` through the client's openapi-fetch instance (so the signer and the other middleware
 * run) without the client's own validation, to see what Prism itself says about it.
 */
export async function postRaw(
  client: YunxinClient,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const { data, error, response } = await client.api.POST(SEND_BATCH_PATH, {
    body: body as SendBatchRequest,
    headers,
  });
  const parsed: unknown = response.ok ? data : error;
  const validation = (parsed as { validation?: unknown } | undefined)?.validation;
  return {
    status: response.status,
    headers: response.headers,
    body: parsed,
    violations: Array.isArray(validation) ? (validation as PrismViolation[]) : [],
  };
}

/** A copy of `base` addressed to `count` distinct receivers. */
export function withReceivers(base: SendBatchRequest, count: number): SendBatchRequest {
  return {
    ...structuredClone(base),
    receiver_ids: Array.from({ length: count }, (_, index) => `receiver-${index + 1}`),
  };
}

/** `client.call` by an operationId read from the spec under test, which the types cannot know. */
export function callOperation(
  client: YunxinClient,
  operationId: string,
  input: CallInput,
  options?: CallOptions,
): Promise<unknown> {
  const call = client.call as (
    id: string,
    input: CallInput,
    options?: CallOptions,
  ) => Promise<unknown>;
  return call(operationId, input, options);
}

import createClient, { type Client, type Middleware } from "openapi-fetch";
import { type BackoffOptions, sleep as defaultSleep, type Sleep } from "./backoff.js";
import { batchTelemetryOf } from "./batch-telemetry.js";
import type { CallOptions } from "./call-options.js";
import { createCallPath, positive, randomTraceId } from "./call-path.js";
import { DeferredRequest } from "./deferred-request.js";
import { directSend } from "./direct-send.js";
import { soleSigner } from "./direct-signer.js";
import { dataOf } from "./envelope.js";
import type {
  OperationId,
  OperationInput,
  OperationMethods,
  OperationOutput,
} from "./generated/operation-types.js";
import { OPERATIONS } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { HostHealth } from "./host-health.js";
import { openapiSend } from "./openapi-send.js";
import type { OperationFacts } from "./operation-facts.js";
import type { SendBatchResult } from "./outcome.js";
import { noRedirectMode } from "./redirects.js";
import { resolveBaseUrls } from "./regions.js";
import { sendBatchOn } from "./send-batch.js";
import { Telemetry } from "./telemetry.js";
import type { TelemetryOptions } from "./telemetry-options.js";
import { createTransport, type FetchLike, type Transport } from "./transport.js";
import type { Region, SendBatchRequest } from "./types.js";
import type { CallInput } from "./validate-input.js";

export type { FetchLike };

export interface RetryOptions extends BackoffOptions {
  /** Attempts per call, the first included. Default 3; 1 disables retries. */
  maxAttempts?: number;
  /** Retry a `code` 416 answer once the block period has passed. Default true. */
  retryRateLimited?: boolean;
}

export interface YunxinClientOptions extends TelemetryOptions {
  /** `cn` (mainland, default) or `sg` (overseas): the primary host, then its backup. */
  region?: Region;
  /**
   * Explicit base URL, or several to fail over between (the first is preferred while it works;
   * each attempt goes to the healthiest host). Overrides `region`.
   */
  baseUrl?: string | readonly string[];
  /**
   * The `fetch` to use, given a native `Request`; it replaces the transport. Default: on Node,
   * undici's dispatcher over keep-alive pools (one per host); elsewhere the global `fetch`.
   */
  fetch?: FetchLike;
  /** Per-attempt timeout in milliseconds. Default 10 000 (batch calls can be slow). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** How long a 416 blocks calls. Default 60 000 ms (the documented block is about a minute). */
  rateLimitBlockMs?: number;
  /** Check the input against the spec before sending. Default true. */
  validate?: boolean;
  /** Trace ids for new calls, checked like `CallOptions.traceId`. Default `crypto.randomUUID()`. */
  createTraceId?: () => string;
  /** Randomness for backoff jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** How the client waits between attempts. Injectable for tests. */
  sleep?: Sleep;
}

/** The client: a method per operation of the spec (see {@link OperationMethods}), and these. */
export interface YunxinClient extends OperationMethods {
  /**
   * Calls any operation of the spec by its operationId, with openapi-fetch's input shape
   * (`{ params: { path, query }, body }`), on the same path as every method: validated, signed by
   * the middleware, retried under one trace id, failed over. Resolves with the envelope's `data`
   * when `code` is 200 (int64 values as exact decimal strings); throws a typed
   * {@link YunxinError} otherwise.
   */
  call<Id extends OperationId>(
    operationId: Id,
    input: OperationInput<Id>,
    options?: CallOptions,
  ): Promise<OperationOutput<Id>>;
  /**
   * Sends one message to up to 100 receivers. Resolves with every receiver's outcome when the
   * API answers `code` 200 (also on partial success); throws a typed {@link YunxinError} otherwise.
   */
  sendBatch(
    body: SendBatchRequest,
    options?: CallOptions<SendBatchRequest>,
  ): Promise<SendBatchResult>;
  /** Adds openapi-fetch middleware, e.g. the signer from `@yunxin-im/signing`. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  /**
   * The underlying openapi-fetch client, typed by the spec's `paths`: the escape hatch. It shares
   * the middleware and the transport, but skips validation, trace ids, retries, failover and the
   * lossless int64 parsing (its answers come from `JSON.parse`: ids above 2^53 are rounded).
   */
  readonly api: Client<paths>;
  /** The hosts, primary first; each attempt goes to the healthiest of them (see the README). */
  readonly baseUrls: readonly string[];
}

/** A client of the spec's operations. */
export function createYunxinClient(options: YunxinClientOptions = {}): YunxinClient {
  return clientOf(OPERATIONS, options);
}

/**
 * A client of `operations` (the generated table; tests pass facts generated from other specs), on
 * `transport` (the Node entry passes its own when no `fetch` is given).
 */
export function clientOf(
  operations: { readonly [operationId: string]: OperationFacts },
  options: YunxinClientOptions,
  transport: Transport = createTransport(options.fetch),
): YunxinClient {
  const baseUrls = resolveBaseUrls(options);
  const api = createClient<paths>({
    baseUrl: baseUrls[0],
    fetch: (request: Request) => transport(request),
    Request: DeferredRequest,
    // A signed call is never re-sent to another address: a redirect fails the attempt as a
    // transport failure, whichever way the runtime reports it.
    redirect: noRedirectMode(),
    headers: { "Content-Type": "application/json;charset=UTF-8" },
  });
  const viaMiddleware = openapiSend(api, transport);
  let sender = viaMiddleware;
  const { direct } = transport;
  trackMiddleware(api, (installed) => {
    const sign = direct && soleSigner(installed);
    sender = direct && sign ? directSend(direct, sign) : viaMiddleware;
  });
  const run = createCallPath({
    sender: () => sender,
    health: new HostHealth(baseUrls),
    timeoutMs: positive(options.timeoutMs ?? 10_000, "timeoutMs"),
    maxAttempts: positive(options.retry?.maxAttempts ?? 3, "retry.maxAttempts"),
    retryRateLimited: options.retry?.retryRateLimited ?? true,
    rateLimitBlockMs: options.rateLimitBlockMs ?? 60_000,
    validate: options.validate !== false,
    createTraceId: options.createTraceId ?? randomTraceId,
    random: options.random ?? Math.random,
    wait: options.sleep ?? defaultSleep,
    backoff: options.retry ?? {},
    telemetry: new Telemetry(options),
  });

  const call = (
    operationId: string,
    input: CallInput | undefined,
    callOptions: CallOptions = {},
  ) => {
    const facts = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
    if (!facts) {
      const known = Object.keys(operations).join(", ");
      return Promise.reject(
        new TypeError(`Unknown operation ${JSON.stringify(operationId)}: use one of ${known}`),
      );
    }
    return run(
      operationId,
      facts,
      input,
      callOptions,
      (envelope, context) => dataOf(envelope, facts.hasData, context),
      batchTelemetryOf(facts, input),
    );
  };
  const methods = Object.fromEntries(
    Object.keys(operations).map((operationId) => [
      operationId,
      (input?: CallInput, callOptions?: CallOptions) => call(operationId, input, callOptions),
    ]),
  ) as unknown as OperationMethods;

  return {
    ...methods,
    call: call as YunxinClient["call"],
    sendBatch: sendBatchOn(run),
    use: (...middleware) => api.use(...middleware),
    eject: (...middleware) => api.eject(...middleware),
    api,
    baseUrls,
  };
}

/**
 * Follows the middleware installed on `api` (through the client or `client.api`), in the order
 * openapi-fetch runs it, and tells `changed` after every change.
 */
function trackMiddleware(api: Client<paths>, changed: (installed: Middleware[]) => void): void {
  const installed: Middleware[] = [];
  const { use, eject } = api;
  api.use = (...middleware) => {
    try {
      // One at a time: a middleware openapi-fetch refuses leaves those before it installed.
      for (const each of middleware) {
        use(each);
        if (each) installed.push(each);
      }
    } finally {
      changed(installed);
    }
  };
  api.eject = (...middleware) => {
    eject(...middleware);
    for (const each of middleware) {
      const index = installed.indexOf(each);
      if (index !== -1) installed.splice(index, 1);
    }
    changed(installed);
  };
}

import {
  SEND_BATCH_MAX_RECEIVERS,
  type TelemetryOptions,
  type YunxinClient,
} from "@yunxin-im/core";
import {
  type BatchMessage,
  type BatchOperation,
  type BatchOperationId,
  batchOperationOf,
} from "./batch-operations.js";
import { type Clock, systemClock } from "./clock.js";
import type { FanoutProgress } from "./progress.js";
import { callsPerMinuteOf, type RateLimitOption, type RatePlan } from "./rate-plans.js";
import type { DuplicatePolicy } from "./receiver-chunks.js";

/** The most receivers batch P2P send takes in one call: the spec's `receiver_ids.maxItems`. */
export const MAX_BATCH_SIZE: number = SEND_BATCH_MAX_RECEIVERS;

/**
 * `tracerProvider` / `meterProvider` (default: the global ones) and `telemetry: false` apply to
 * the run's own span and metrics; its calls' spans and metrics follow the client's options.
 */
export interface FanoutOptions<Id extends BatchOperationId = "sendBatchMessages">
  extends TelemetryOptions {
  /** A configured client (signing middleware already `use`d). */
  client: YunxinClient;
  /**
   * What each call is: `"sendBatchMessages"` (default: one message, up to 100 receivers a call)
   * or `"sendBatchCustomNotification"` (one custom notification, up to 500). The receivers
   * field, the chunk limit and the answer's shape come from the spec.
   */
  operation?: Id;
  /**
   * The app's AppKey: runs of one app share one limiter per rate category, whichever operation
   * and client they use. Without it, the runs through the same client share it.
   */
  appKey?: string;
  /** The operation's request body without `receiver_ids`: `sender_id`, `message` or `content`, configs… */
  message: BatchMessage<Id>;
  receivers: Iterable<string> | AsyncIterable<string>;
  /** Pacing: a plan's default rate, a custom one, or `false` for none. Default `"standard"` (120/min). */
  rateLimit?: RatePlan | { callsPerMinute: number } | false;
  /** Calls in flight at most. Default 4. */
  concurrency?: number;
  /** Receivers per call, from 1 to the operation's `maxItems` (100 or 500), which is the default. */
  batchSize?: number;
  /** The number of input receivers, for `progress.remaining` when they come from an iterable. */
  total?: number;
  /** Stops the run: no new call starts, calls in flight finish, the rest is `not_attempted`. */
  signal?: AbortSignal;
  onProgress?: (progress: FanoutProgress) => void;
  /** `"skip"` (default): a receiver seen again is `not_attempted` with reason `"duplicate"`. `"send"`: sent again. */
  duplicates?: "skip" | "send";
  /** Time for pacing, the 416 pause and the progress rate. Default: real time. For tests and benchmarks. */
  clock?: Clock;
}

export interface Settings {
  client: YunxinClient;
  operation: BatchOperation;
  /** Who the rate limit belongs to: the AppKey, else the client. */
  limitOwner: string | object;
  message: object;
  receivers: Iterable<unknown> | AsyncIterable<unknown>;
  callsPerMinute: number | undefined;
  concurrency: number;
  batchSize: number;
  total: number | undefined;
  signal: AbortSignal | undefined;
  onProgress: ((progress: FanoutProgress) => void) | undefined;
  duplicates: DuplicatePolicy;
  clock: Clock;
  telemetry: TelemetryOptions;
}

/** Checks the options and fills in defaults; a bad option is a TypeError naming it and its limit. */
export function readOptions(options: FanoutOptions<BatchOperationId>): Settings {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`sendToMany needs an options object, got ${describe(options)}`);
  }
  const { client, message, receivers } = options;
  if (typeof client !== "object" || client === null || typeof client.sendBatch !== "function") {
    throw new TypeError(
      `client must be a YunxinClient from createYunxinClient(), got ${describe(client)}`,
    );
  }
  const operation = batchOperationOf(options.operation);
  const { appKey } = options;
  if (appKey !== undefined && (typeof appKey !== "string" || appKey.length === 0)) {
    throw new TypeError(
      `appKey must be the app's AppKey (a non-empty string), got ${describe(appKey)}`,
    );
  }
  if (typeof message !== "object" || message === null || Array.isArray(message)) {
    throw new TypeError(
      `message must be the request body without receiver_ids ({ sender_id, message, … }), got ${describe(message)}`,
    );
  }
  if (!isReceiverSource(receivers)) {
    throw new TypeError(
      `receivers must be an array, iterable or async iterable of receiver ids, got ${describe(receivers)}`,
    );
  }
  const total = options.total ?? (Array.isArray(receivers) ? receivers.length : undefined);
  if (total !== undefined) wholeNumber(total, "total", 0);
  const { signal, onProgress } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError(`signal must be an AbortSignal, got ${describe(signal)}`);
  }
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new TypeError(`onProgress must be a function, got ${describe(onProgress)}`);
  }
  const duplicates = options.duplicates ?? "skip";
  if (duplicates !== "skip" && duplicates !== "send") {
    throw new TypeError(`duplicates must be "skip" or "send", got ${describe(duplicates)}`);
  }
  const clock = options.clock ?? systemClock;
  if (typeof clock?.now !== "function" || typeof clock.sleep !== "function") {
    throw new TypeError(`clock must have now() and sleep(ms, signal), got ${describe(clock)}`);
  }
  return {
    client,
    operation,
    limitOwner: appKey ?? client,
    message,
    receivers,
    callsPerMinute: callsPerMinuteOf(options.rateLimit as RateLimitOption | undefined),
    concurrency: wholeNumber(options.concurrency ?? 4, "concurrency", 1),
    batchSize: wholeNumber(
      options.batchSize ?? operation.maxReceivers,
      "batchSize",
      1,
      operation.maxReceivers,
    ),
    total,
    signal,
    onProgress,
    duplicates,
    clock,
    telemetry: {
      telemetry: options.telemetry,
      tracerProvider: options.tracerProvider,
      meterProvider: options.meterProvider,
    },
  };
}

function isReceiverSource(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof value !== "object" || value === null) return false;
  return (
    typeof (value as Iterable<unknown>)[Symbol.iterator] === "function" ||
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function"
  );
}

function wholeNumber(value: number, name: string, min: number, max?: number): number {
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `from ${min}` : `from ${min} to ${max}`;
    throw new TypeError(`${name} must be a whole number ${range}, got ${describe(value)}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

import {
  resolveSchema,
  type Schema,
  SEND_BATCH_REQUEST_SCHEMA,
  validateAgainst,
  YunxinValidationError,
} from "@yunxin-im/core";
import { NOT_ATTEMPTED, type ReceiverOutcome } from "./outcomes.js";
import { ReceiverIdSet } from "./receiver-id-set.js";

/** The spec's rule for one entry of `receiver_ids` (its `$ref` resolved). */
const RECEIVER_SCHEMA: Schema = resolveSchema(
  (SEND_BATCH_REQUEST_SCHEMA as Schema).properties?.receiver_ids?.items ?? {
    type: "string",
    minLength: 1,
  },
);

/** Keys the quick check decides itself, or that only describe a schema; any other is a rule it must not skip. */
const QUICK_KEYS = new Set([
  "title",
  "description",
  "type",
  "minLength",
  "maxLength",
  "pattern",
  "x-pattern-description",
]);

/**
 * A check that passes most receiver ids without the general validator (which builds a path and
 * an issue list per id): a string whose UTF-16 length already proves the spec's length rules and
 * that matches the spec's pattern (compiled once here). Anything it cannot decide goes to the
 * validator, which also words the error.
 */
const quickCheck = ((): ((value: unknown) => boolean) => {
  const { type, minLength = 0, maxLength = Number.POSITIVE_INFINITY, pattern } = RECEIVER_SCHEMA;
  const simple =
    type === "string" && Object.keys(RECEIVER_SCHEMA).every((key) => QUICK_KEYS.has(key));
  if (!simple) return () => false;
  const matches = pattern === undefined ? undefined : new RegExp(pattern, "u");
  // A string of n UTF-16 units has between ceil(n / 2) and n code points (what the spec counts).
  return (value) =>
    typeof value === "string" &&
    value.length >= 2 * minLength - 1 &&
    value.length <= maxLength &&
    (matches === undefined || matches.test(value));
})();

export type DuplicatePolicy = "skip" | "send";

/** Takes outcomes of receivers that are not sent; may wait (for room in the outcome buffer). */
export type SkippedReceivers = (outcomes: ReceiverOutcome[]) => void | Promise<void>;

/**
 * Reads receivers from an array, iterable or async iterable and cuts them into chunks of at most
 * `batchSize` receivers that can go into one call. A receiver that breaks the spec (not a string,
 * empty) is reported failed on its own, so it cannot make the whole call of its neighbours fail.
 *
 * Duplicates: with `"skip"` a receiver seen before in this run is reported `not_attempted` with
 * reason `"duplicate"` (this remembers every receiver id of the run, exactly, outside the
 * JavaScript heap: about one byte a character of an ASCII id plus 5 to 9 bytes); with `"send"`
 * nothing is remembered across chunks and a repeated receiver is sent again, but never twice in
 * one call (the answer could not tell the two apart): it starts the next chunk.
 */
export class ReceiverChunks {
  private readonly iterator: Iterator<unknown> | AsyncIterator<unknown>;
  /** A plain iterator's steps are taken without a microtask each: a million add up. */
  private readonly sync: boolean;
  private readonly seen: ReceiverIdSet | undefined;
  /** An array input, whose unread rest can be reported when the run stops early. */
  private readonly array: readonly unknown[] | undefined;
  private carried: string | undefined;
  private index = 0;
  private finished = false;

  constructor(
    receivers: Iterable<unknown> | AsyncIterable<unknown>,
    private readonly batchSize: number,
    duplicates: DuplicatePolicy,
  ) {
    const asyncIterable = (receivers as AsyncIterable<unknown>)[Symbol.asyncIterator];
    this.sync = typeof asyncIterable !== "function";
    this.iterator = this.sync
      ? (receivers as Iterable<unknown>)[Symbol.iterator]()
      : (asyncIterable as () => AsyncIterator<unknown>).call(receivers);
    this.seen = duplicates === "skip" ? new ReceiverIdSet() : undefined;
    this.array = Array.isArray(receivers) ? receivers : undefined;
  }

  /** How many receivers were taken from the input so far. */
  get read(): number {
    return this.index;
  }

  /**
   * The next chunk, or `undefined` when the input is exhausted. Receivers that are not sent are
   * passed to `skipped` (awaited) as they are found.
   */
  async next(skipped: SkippedReceivers): Promise<string[] | undefined> {
    const chunk: string[] = [];
    const inChunk = this.seen ? undefined : new Set<string>();
    if (this.carried !== undefined) {
      chunk.push(this.carried);
      inChunk?.add(this.carried);
      this.carried = undefined;
    }
    let rejected: ReceiverOutcome[] = [];
    while (chunk.length < this.batchSize && !this.finished) {
      const step = this.sync
        ? (this.iterator as Iterator<unknown>).next()
        : await this.iterator.next();
      if (step.done) {
        this.finished = true;
        break;
      }
      const value: unknown = step.value;
      const position = this.index++;
      const invalid = this.check(value, position);
      if (invalid) {
        rejected.push(invalid);
      } else if (this.seen && !this.seen.add(value as string)) {
        rejected.push({
          status: "not_attempted",
          receiverId: value as string,
          reason: NOT_ATTEMPTED.duplicate,
        });
      } else if (inChunk?.has(value as string)) {
        this.carried = value as string;
        break;
      } else {
        const receiverId = value as string;
        inChunk?.add(receiverId);
        chunk.push(receiverId);
      }
      if (rejected.length >= this.batchSize) {
        await skipped(rejected);
        rejected = [];
      }
    }
    if (rejected.length > 0) await skipped(rejected);
    return chunk.length > 0 ? chunk : undefined;
  }

  /**
   * After an early stop: the receivers taken from the input but not in any chunk (one held back
   * for the next chunk), then, for an array input, every receiver not read yet, in slices of
   * `batchSize`. An iterable's unread rest is left unread (it may be endless or costly to read).
   */
  *unsent(): Generator<string[]> {
    const rest: string[] = [];
    if (this.carried !== undefined) rest.push(this.carried);
    this.carried = undefined;
    if (this.array) {
      for (; this.index < this.array.length; this.index++) {
        const value = this.array[this.index];
        rest.push(typeof value === "string" ? value : String(value));
        if (rest.length >= this.batchSize) yield rest.splice(0);
      }
    }
    if (rest.length > 0) yield rest;
  }

  /** Lets the input release what it holds (a generator's `finally`, a file handle). */
  async close(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.iterator.return?.();
  }

  private check(value: unknown, position: number): ReceiverOutcome | undefined {
    if (quickCheck(value)) return undefined;
    const issues = validateAgainst(RECEIVER_SCHEMA, value, `receivers[${position}]`);
    if (issues.length === 0) return undefined;
    const error = new YunxinValidationError(issues);
    return {
      status: "failed",
      receiverId: typeof value === "string" ? value : String(value),
      errorMsg: error.message,
      attempts: 0,
      error,
      maybeDelivered: false,
    };
  }
}

import { sleep } from "@yunxin-im/core";
import { callsPerMinuteOf, RATE_SAFETY_MARGIN, RATE_WINDOW_MS } from "@yunxin-im/fanout";
import type { Redis } from "ioredis";
import { type LimiterKeys, limiterKeys } from "./keys.js";
import { type Scripts, withScripts } from "./scripts.js";

/** A plan's default rate, or a custom one (the same presets as the fan-out). */
export type SharedRateLimit =
  | "standard"
  | "advanced"
  | "flagship"
  | "dedicated"
  | { callsPerMinute: number };

export interface SharedRateLimiterOptions {
  /** The app's key: every limiter with the same key (in any process) shares one limit. */
  appKey: string;
  rateLimit?: SharedRateLimit;
  /**
   * The window the limit counts calls in. Default 60 000 (the API's minute). Only tests and
   * benchmarks change it: a limit of `callsPerMinute` per `windowMs` is a scaled-down minute.
   */
  windowMs?: number;
  /** The longest a call may count as in flight if its worker dies before it settles. */
  leaseMs: number;
  prefix: string;
}

/** One granted start: settle or release it once. */
export interface RateSlot {
  readonly member: string;
  /** The start this slot reserved, in ms on Redis's clock: grants are spaced on this clock. */
  readonly startsAt: number;
}

/**
 * The rate limit of one app, shared through Redis by every worker of every process. Two rules,
 * checked atomically by one script on Redis's clock:
 *
 * - a sliding log: a call counts from the moment it is granted until one window after its answer
 *   arrived (a call whose worker died counts until a window and a lease after its start), and a
 *   call is granted only while fewer than the limit count. The server counts a call when it
 *   arrives, between its start and its answer, so any window at the server holds at most the
 *   limit: of two calls in one server window, the later-granted one saw the other counting.
 * - a spacing of a window / limit (plus the fan-out's 1 % margin) between starts, so a minute's
 *   calls are spread over the minute instead of sent at once. Each grant reserves the next start
 *   time and the caller waits for it, so waiting callers do not poll Redis.
 *
 * A 416 holds every start of the app until the block ends (`block`).
 */
export class SharedRateLimiter {
  readonly callsPerMinute: number;
  readonly windowMs: number;
  readonly intervalMs: number;
  private readonly keys: LimiterKeys;
  private readonly redis: Redis & Scripts;
  private readonly leaseMs: number;
  private granted = 0;
  private readonly id = crypto.randomUUID();

  constructor(redis: Redis, options: SharedRateLimiterOptions) {
    if (typeof options.appKey !== "string" || options.appKey.length === 0) {
      throw new TypeError("appKey must be the app's AppKey (a non-empty string)");
    }
    const callsPerMinute = callsPerMinuteOf(options.rateLimit ?? "standard");
    if (callsPerMinute === undefined) {
      throw new TypeError(
        "rateLimit must be a plan name or { callsPerMinute }: a shared queue is always paced",
      );
    }
    this.callsPerMinute = callsPerMinute;
    this.windowMs = options.windowMs ?? RATE_WINDOW_MS;
    if (!Number.isInteger(this.windowMs) || this.windowMs < 100) {
      throw new TypeError(
        `windowMs must be a whole number of milliseconds from 100, got ${this.windowMs}`,
      );
    }
    this.intervalMs = (this.windowMs * (1 + RATE_SAFETY_MARGIN)) / callsPerMinute;
    this.leaseMs = options.leaseMs;
    this.keys = limiterKeys(options.prefix, options.appKey);
    this.redis = withScripts(redis);
  }

  /** Resolves with a slot once a call may start; rejects with the signal's reason on abort. */
  async acquire(signal: AbortSignal): Promise<RateSlot> {
    const member = `${this.id}:${this.granted++}`;
    for (;;) {
      signal.throwIfAborted();
      const { log, next, block } = this.keys;
      const [granted, waitMs, startsAt] = await this.redis.yqAcquire(
        log,
        next,
        block,
        this.callsPerMinute,
        this.windowMs,
        this.intervalMs,
        this.leaseMs,
        member,
      );
      if (granted === 1) {
        const slot = { member, startsAt: Number(startsAt) };
        if (waitMs === 0) return slot; // granted against the block at this very moment
        try {
          await sleep(waitMs, signal);
        } catch (error) {
          await this.release(slot);
          throw error;
        }
        // A 416 recorded while this call waited for its start holds it too: no call of the app
        // starts inside a block, whichever worker got the answer.
        const blockedMs = await this.redis.yqBlockedFor(this.keys.block);
        if (blockedMs === 0) return slot;
        await this.release(slot);
        await sleep(blockedMs, signal);
        continue;
      }
      await sleep(waitMs, signal);
    }
  }

  /** The slot's call got its answer (or failed for good): it counts for one more window. */
  async settle(slot: RateSlot): Promise<void> {
    await this.redis.yqSettle(this.keys.log, slot.member, this.windowMs);
  }

  /** The slot was not used. */
  async release(slot: RateSlot): Promise<void> {
    await this.redis.yqRelease(this.keys.log, slot.member);
  }

  /** Holds every start of the app, in every process, for `ms` from now. */
  async block(ms: number): Promise<void> {
    await this.redis.yqBlock(this.keys.block, Math.max(1, Math.ceil(ms)));
  }
}

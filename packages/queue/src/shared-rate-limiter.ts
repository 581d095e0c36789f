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
  /** The slot's entry in the limiter's log. */
  readonly member: string;
  /** The start this slot reserved, in ms on Redis's clock: grants are spaced on this clock. */
  readonly startsAt: number;
}

/** How a call asks for a slot. */
export interface AcquireOptions {
  /** The ticket {@link SharedRateLimiter.refuse} gave the refused call: it goes before every other. */
  first?: string;
}

/**
 * How long past the end of a block (or its granted start) a refused call keeps its place in the
 * first lane: every other call waits for it that long at most if its worker died.
 */
export const FIRST_LANE_GRACE_MS = 2000;

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
 * A 416 holds every start of the app until the block ends (`refuse`, `block`), and the refused
 * call, sent again with its ticket, starts before every other call of the app when it ends.
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
  async acquire(signal: AbortSignal, options: AcquireOptions = {}): Promise<RateSlot> {
    const ticket = options.first ?? "";
    try {
      return await this.acquireTurn(signal, ticket);
    } catch (error) {
      if (ticket !== "") await this.leaveLane(ticket);
      throw error;
    }
  }

  private async acquireTurn(signal: AbortSignal, ticket: string): Promise<RateSlot> {
    const { log, next, block, first } = this.keys;
    for (;;) {
      signal.throwIfAborted();
      const member = `${this.id}:${this.granted++}`;
      const [granted, waitMs, startsAt] = await this.redis.yqAcquire(
        log,
        next,
        block,
        first,
        this.callsPerMinute,
        this.windowMs,
        this.intervalMs,
        this.leaseMs,
        member,
        ticket,
        FIRST_LANE_GRACE_MS,
      );
      if (granted !== 1) {
        await sleep(waitMs, signal);
        continue;
      }
      const slot = { member, startsAt: Number(startsAt) };
      try {
        await sleep(waitMs, signal);
        // A 416 recorded while this call waited for its start holds it too, and so does a refused
        // call waiting to go first: no call of the app starts inside a block, whichever worker
        // got the answer, nor before the refused call once it ends.
        const heldMs = await this.redis.yqHeldFor(
          block,
          first,
          ticket,
          this.intervalMs,
          FIRST_LANE_GRACE_MS,
        );
        if (heldMs === 0) return slot;
        await this.release(slot);
        await sleep(heldMs, signal);
      } catch (error) {
        await this.release(slot);
        throw error;
      }
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

  /**
   * The slot's call was refused with 416: it counts for a window from now, every start of the app
   * in every process is held for `blockMs`, and the ticket returned, given to `acquire`, sends the
   * refused call again before any other once the block ends.
   */
  async refuse(slot: RateSlot, blockMs: number): Promise<string> {
    const { log, block, first } = this.keys;
    await this.redis.yqRefuse(
      log,
      block,
      first,
      slot.member,
      this.windowMs,
      Math.max(1, Math.ceil(blockMs)),
      slot.member,
      FIRST_LANE_GRACE_MS,
    );
    return slot.member;
  }

  /** The refused call will not be sent again from here (its worker is closing): others need not wait for it. */
  async leaveLane(ticket: string): Promise<void> {
    await this.redis.yqLeaveLane(this.keys.first, ticket);
  }

  /** Holds every start of the app, in every process, for `ms` from now. */
  async block(ms: number): Promise<void> {
    await this.redis.yqBlock(this.keys.block, Math.max(1, Math.ceil(ms)));
  }
}

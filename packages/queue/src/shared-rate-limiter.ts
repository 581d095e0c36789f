import { sleep } from "@yunxin-im/core";
import type { RedisClient } from "./connection.js";
import { type LimiterKeys, limiterKeys } from "./keys.js";
import { type Claim, ClaimLostError, LimiterHeartbeat } from "./limiter-heartbeat.js";
import type { LimiterScripts } from "./limiter-scripts.js";
import { LocalTurns } from "./local-turns.js";
import { withScripts } from "./scripts.js";
import { limiterPaceOf, type SharedRateLimiterOptions } from "./shared-rate-limiter-options.js";

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
  /** The claim the call is for: marked started when the call starts. */
  claim?: Claim;
}

/**
 * How long past the end of a block (or its granted start) a refused call keeps its place in the
 * first lane: every other call waits for it that long at most if its worker died.
 */
export const FIRST_LANE_GRACE_MS = 2000;

/**
 * The rate limit of one app in one rate category, shared through Redis by every worker of every process. Two rules,
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
  /** The spec's `x-rate-limit-category` this limiter paces. */
  readonly rateLimitCategory: string;
  readonly callsPerMinute: number;
  readonly windowMs: number;
  readonly intervalMs: number;
  private readonly keys: LimiterKeys;
  private readonly redis: RedisClient & LimiterScripts;
  private readonly leaseMs: number;
  private readonly heartbeat: LimiterHeartbeat;
  private readonly turns = new LocalTurns();
  private granted = 0;

  constructor(redis: RedisClient, options: SharedRateLimiterOptions) {
    const { rateLimitCategory, callsPerMinute, windowMs, intervalMs } = limiterPaceOf(options);
    this.rateLimitCategory = rateLimitCategory;
    this.callsPerMinute = callsPerMinute;
    this.windowMs = windowMs;
    this.intervalMs = intervalMs;
    this.leaseMs = options.leaseMs;
    this.keys = limiterKeys(options.prefix, options.appKey, rateLimitCategory);
    this.redis = withScripts(redis);
    this.heartbeat = new LimiterHeartbeat(this.redis, this.keys, {
      heartbeatMs: options.heartbeatMs ?? 1000,
      onReclaim: options.onReclaim ?? (async () => {}),
      onError: options.onError ?? (() => {}),
    });
  }

  /**
   * Resolves with a slot once a call may start; rejects with the signal's reason on abort, and
   * with a {@link ClaimLostError} when this process was given up for dead meanwhile.
   */
  async acquire(signal: AbortSignal, options: AcquireOptions = {}): Promise<RateSlot> {
    const ticket = options.first ?? "";
    try {
      await this.heartbeat.start();
      const owner = options.claim?.owner ?? this.heartbeat.id;
      const claim = options.claim?.field ?? "";
      for (;;) {
        await this.turns.take(signal, ticket !== "");
        let waitMs: number;
        try {
          const granted = await this.tryOnce(signal, owner, ticket, claim);
          if (typeof granted !== "number") return granted;
          waitMs = granted;
        } finally {
          this.turns.give();
        }
        await sleep(waitMs, signal);
      }
    } catch (error) {
      if (ticket !== "") await this.leaveLane(ticket);
      throw error;
    }
  }

  /** One ask, with this process's turn: a slot, or how long to wait before asking again. */
  private async tryOnce(
    signal: AbortSignal,
    owner: string,
    ticket: string,
    claim: string,
  ): Promise<RateSlot | number> {
    const { log, next, block, first, alive, claims } = this.keys;
    signal.throwIfAborted();
    const [granted, waitMs, startsAt, member] = await this.redis.yqAcquire(
      log,
      next,
      block,
      first,
      this.callsPerMinute,
      this.windowMs,
      this.intervalMs,
      this.leaseMs,
      `${owner}:${this.granted++}`,
      ticket,
      FIRST_LANE_GRACE_MS,
    );
    if (granted !== 1) return waitMs;
    const slot = { member: member as string, startsAt: Number(startsAt) };
    let heldMs: number;
    try {
      await sleep(waitMs, signal);
      // A 416 recorded while this call waited for its start holds it too, and so does a refused
      // call waiting to go first: no call of the app starts inside a block, whichever worker got
      // the answer, nor before the refused call once it ends.
      heldMs = await this.redis.yqHeldFor(
        block,
        first,
        alive,
        claims,
        ticket,
        this.intervalMs,
        FIRST_LANE_GRACE_MS,
        owner,
        this.heartbeat.ttlMs,
        claim,
      );
    } catch (error) {
      await this.release(slot);
      throw error;
    }
    if (heldMs === 0) return slot;
    await this.release(slot);
    if (heldMs < 0) {
      throw new ClaimLostError(
        "This worker's heartbeat ran out and the others gave it up for dead: its chunk went back to the queue",
      );
    }
    return heldMs;
  }

  /**
   * Records work this process holds (a chunk and its BullMQ lock token) so that, if the process
   * dies before its call starts, a live limiter hands it to its `onReclaim` at once.
   */
  claim(key: string, token: string): Promise<Claim> {
    return this.heartbeat.claim(key, token);
  }

  /** The claimed work is done or handed back. */
  unclaim(claim: Claim): Promise<void> {
    return this.heartbeat.unclaim(claim);
  }

  /** Stops the heartbeat and says this limiter is gone (its calls have finished). */
  close(): Promise<void> {
    return this.heartbeat.stop();
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

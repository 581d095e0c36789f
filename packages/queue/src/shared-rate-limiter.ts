import { sleep } from "@yunxin-im/core";
import { callsPerMinuteOf, RATE_SAFETY_MARGIN, RATE_WINDOW_MS } from "@yunxin-im/fanout";
import type { RedisClient } from "./connection.js";
import { type LimiterKeys, limiterKeys } from "./keys.js";
import { LocalTurns } from "./local-turns.js";
import { type Scripts, withScripts } from "./scripts.js";

/** A plan's default rate, or a custom one (the same presets as the fan-out). */
export type SharedRateLimit =
  | "standard"
  | "advanced"
  | "flagship"
  | "dedicated"
  | { callsPerMinute: number };

export interface SharedRateLimiterOptions {
  /** The app's key: every limiter with the same key and category (in any process) shares one limit. */
  appKey: string;
  /**
   * The spec's `x-rate-limit-category` the limit is for (default `"batch-send"`, the category of
   * both batch operations): the operations of one category share the app's one limit.
   */
  rateLimitCategory?: string;
  rateLimit?: SharedRateLimit;
  /**
   * The window the limit counts calls in. Default 60 000 (the API's minute). Only tests and
   * benchmarks change it: a limit of `callsPerMinute` per `windowMs` is a scaled-down minute.
   */
  windowMs?: number;
  /** The longest a call may count as in flight if its worker dies before it settles. */
  leaseMs: number;
  prefix: string;
  /**
   * How often this limiter's heartbeat tells the others it is alive (default 1000 ms). After three
   * beats missed, a live limiter gives it up for dead: frees its reservations and first-lane
   * places, and hands its unstarted claims to `onReclaim`.
   */
  heartbeatMs?: number;
  /** Claims (`claim`) of a limiter given up for dead whose call never started: put them back in the queue. */
  onReclaim?: (claims: ReclaimedClaim[]) => Promise<void>;
  /** Errors of the heartbeat, which goes on by itself. */
  onError?: (error: Error) => void;
}

/** Work a limiter's process held (`claim`) when it was given up for dead, its call not started. */
export interface ReclaimedClaim {
  readonly key: string;
  readonly token: string;
}

/** Work this process holds, which live limiters give back if the process dies before its call starts. */
export interface Claim {
  /** `<limiter id>|<key>` */
  readonly field: string;
  /** The limiter id it was made under: after being given up for dead, the limiter beats under a new one. */
  readonly owner: string;
}

/** The limiter gave this process up for dead (its heartbeat ran out): the claim is no longer its own. */
export class ClaimLostError extends Error {
  override name = "ClaimLostError";
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
  /** The claim the call is for: marked started when the call starts. */
  claim?: Claim;
}

/** The rate category of both batch operations (batch P2P send, batch custom notification). */
export const DEFAULT_RATE_LIMIT_CATEGORY = "batch-send";

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
  private readonly redis: RedisClient & Scripts;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly onReclaim: (claims: ReclaimedClaim[]) => Promise<void>;
  private readonly onError: (error: Error) => void;
  private readonly turns = new LocalTurns();
  private granted = 0;
  private id = crypto.randomUUID();
  private alive: Promise<void> | undefined;
  private beating: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  constructor(redis: RedisClient, options: SharedRateLimiterOptions) {
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
    this.heartbeatMs = options.heartbeatMs ?? 1000;
    this.onReclaim = options.onReclaim ?? (async () => {});
    this.onError = options.onError ?? (() => {});
    const category = options.rateLimitCategory ?? DEFAULT_RATE_LIMIT_CATEGORY;
    if (typeof category !== "string" || !/^[a-z0-9-]{1,32}$/.test(category)) {
      throw new TypeError(
        `rateLimitCategory must be the spec's x-rate-limit-category (a-z 0-9 -), got ${JSON.stringify(category)}`,
      );
    }
    this.rateLimitCategory = category;
    this.keys = limiterKeys(options.prefix, options.appKey, category);
    this.redis = withScripts(redis);
  }

  /**
   * Resolves with a slot once a call may start; rejects with the signal's reason on abort, and
   * with a {@link ClaimLostError} when this process was given up for dead meanwhile.
   */
  async acquire(signal: AbortSignal, options: AcquireOptions = {}): Promise<RateSlot> {
    const ticket = options.first ?? "";
    try {
      await this.startBeating();
      const owner = options.claim?.owner ?? this.id;
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
        this.heartbeatMs * 3,
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
  async claim(key: string, token: string): Promise<Claim> {
    await this.startBeating();
    const claim = { field: `${this.id}|${key}`, owner: this.id };
    await this.redis.hset(this.keys.claims, claim.field, token);
    return claim;
  }

  /** The claimed work is done or handed back. */
  async unclaim(claim: Claim): Promise<void> {
    await this.redis.hdel(this.keys.claims, claim.field);
  }

  /** Stops the heartbeat and says this limiter is gone (its calls have finished). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.beating) clearInterval(this.beating);
    if (this.alive) await this.redis.zrem(this.keys.alive, this.id);
  }

  private startBeating(): Promise<void> {
    this.alive ??= (async () => {
      await this.redis.yqRegister(this.keys.alive, this.id, this.heartbeatMs * 3);
      if (this.closed) return;
      this.beating = setInterval(() => {
        this.beat().catch((error: Error) => this.onError(error));
      }, this.heartbeatMs);
      this.beating.unref();
    })();
    return this.alive;
  }

  private async beat(): Promise<void> {
    const { alive, log, first, claims } = this.keys;
    const ttl = this.heartbeatMs * 3;
    const [registered, ...reclaimed] = await this.redis.yqBeat(
      alive,
      log,
      first,
      claims,
      this.id,
      ttl,
    );
    if (registered === 0) {
      // Given up for dead while alive (a long pause): what it held is gone; go on as a new worker.
      this.id = crypto.randomUUID();
      await this.redis.yqRegister(alive, this.id, ttl);
    }
    if (reclaimed.length === 0) return;
    const found: ReclaimedClaim[] = [];
    for (let index = 0; index < reclaimed.length; index += 2) {
      found.push({ key: reclaimed[index] as string, token: reclaimed[index + 1] as string });
    }
    await this.onReclaim(found);
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

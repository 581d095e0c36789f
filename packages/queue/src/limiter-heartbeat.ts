import type { RedisClient } from "./connection.js";
import type { LimiterKeys } from "./keys.js";
import type { LimiterScripts } from "./limiter-scripts.js";

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

export interface LimiterHeartbeatOptions {
  heartbeatMs: number;
  onReclaim: (claims: ReclaimedClaim[]) => Promise<void>;
  onError: (error: Error) => void;
}

/**
 * A limiter's liveness, which the others watch: it beats every `heartbeatMs` under its id, and
 * each beat gives up every limiter that missed three, freeing its reservations and first-lane
 * places and handing its unstarted claims to `onReclaim`.
 */
export class LimiterHeartbeat {
  /** How long one beat keeps the limiter alive. */
  readonly ttlMs: number;
  private currentId = crypto.randomUUID();
  private alive: Promise<void> | undefined;
  private beating: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  constructor(
    private readonly redis: RedisClient & LimiterScripts,
    private readonly keys: LimiterKeys,
    private readonly options: LimiterHeartbeatOptions,
  ) {
    this.ttlMs = options.heartbeatMs * 3;
  }

  /** The id the limiter beats under now: a new one once it was given up for dead. */
  get id(): string {
    return this.currentId;
  }

  /** Registers the limiter and starts beating, once. */
  start(): Promise<void> {
    this.alive ??= (async () => {
      await this.redis.yqRegister(this.keys.alive, this.currentId, this.ttlMs);
      if (this.closed) return;
      this.beating = setInterval(() => {
        this.beat().catch((error: Error) => this.options.onError(error));
      }, this.options.heartbeatMs);
      this.beating.unref();
    })();
    return this.alive;
  }

  /** Records work held under the current id, for the others to reclaim if this process dies. */
  async claim(key: string, token: string): Promise<Claim> {
    await this.start();
    const claim = { field: `${this.currentId}|${key}`, owner: this.currentId };
    await this.redis.hset(this.keys.claims, claim.field, token);
    return claim;
  }

  async unclaim(claim: Claim): Promise<void> {
    await this.redis.hdel(this.keys.claims, claim.field);
  }

  /** Stops beating and says the limiter is gone. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.beating) clearInterval(this.beating);
    if (this.alive) await this.redis.zrem(this.keys.alive, this.currentId);
  }

  private async beat(): Promise<void> {
    const { alive, log, first, claims } = this.keys;
    const [registered, ...reclaimed] = await this.redis.yqBeat(
      alive,
      log,
      first,
      claims,
      this.currentId,
      this.ttlMs,
    );
    if (registered === 0) {
      // Given up for dead while alive (a long pause): what it held is gone; go on as a new worker.
      this.currentId = crypto.randomUUID();
      await this.redis.yqRegister(alive, this.currentId, this.ttlMs);
    }
    if (reclaimed.length === 0) return;
    const found: ReclaimedClaim[] = [];
    for (let index = 0; index < reclaimed.length; index += 2) {
      found.push({ key: reclaimed[index] as string, token: reclaimed[index + 1] as string });
    }
    await this.options.onReclaim(found);
  }
}

import type { RedisClient } from "./connection.js";
import { SharedRateLimiter } from "./shared-rate-limiter.js";
import type { SharedRateLimiterOptions } from "./shared-rate-limiter-options.js";

/**
 * A worker's shared limiters of its app, one per rate category, made the first time a broadcast
 * of the category needs one: every operation of a category shares its limiter.
 */
export class CategoryLimiters {
  private readonly limiters = new Map<string, SharedRateLimiter>();

  constructor(
    private readonly redis: RedisClient,
    private readonly options: Omit<SharedRateLimiterOptions, "rateLimitCategory">,
  ) {}

  of(category: string): SharedRateLimiter {
    let limiter = this.limiters.get(category);
    if (!limiter) {
      limiter = new SharedRateLimiter(this.redis, {
        ...this.options,
        rateLimitCategory: category,
      });
      this.limiters.set(category, limiter);
    }
    return limiter;
  }

  async close(): Promise<void> {
    for (const limiter of this.limiters.values()) await limiter.close();
  }
}

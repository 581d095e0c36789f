import { BROADCAST_SCRIPTS, type BroadcastScripts } from "./broadcast-scripts.js";
import type { RedisClient } from "./connection.js";
import { LIMITER_SCRIPTS, type LimiterScripts } from "./limiter-scripts.js";

/** The scripts, callable on a client once `withScripts` ran on it. */
export type Scripts = BroadcastScripts & LimiterScripts;

const DEFINITIONS = { ...BROADCAST_SCRIPTS, ...LIMITER_SCRIPTS };

/** Registers the scripts on the client (ioredis sends each by its SHA-1, and its text once). */
export function withScripts<R extends RedisClient>(redis: R): R & Scripts {
  for (const [name, { numberOfKeys, lua }] of Object.entries(DEFINITIONS)) {
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  }
  return redis as R & Scripts;
}

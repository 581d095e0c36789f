import type { Clock } from "./clock.js";
import { RateLimiter } from "./rate-limiter.js";

/** Who a limit belongs to: the app's AppKey, or (without one) the client its calls go through. */
export type LimitOwner = string | object;

interface Entry {
  readonly limiter: RateLimiter;
  readonly callsPerMinute: number | undefined;
  users: number;
}

/**
 * The limiters of the runs in progress, one per (app, rate category), per clock (a test's
 * virtual time never paces real calls). Runs of one app in one category, whatever their
 * operation, take the same limiter, so together they stay within the app's limit.
 */
const byClock = new WeakMap<Clock, Map<LimitOwner, Map<string, Entry>>>();

/** A limiter in use: `release` it when the run is over. */
export interface SharedLimiter {
  readonly limiter: RateLimiter;
  release(): void;
}

/**
 * The limiter of (owner, category), made for the first run and shared while any run uses it.
 * A run asking another rate than the one in force for that app and category is refused: two
 * limits for one quota would let the app exceed it.
 */
export function shareLimiter(
  owner: LimitOwner,
  category: string,
  callsPerMinute: number | undefined,
  clock: Clock,
): SharedLimiter {
  let owners = byClock.get(clock);
  if (!owners) {
    owners = new Map();
    byClock.set(clock, owners);
  }
  let categories = owners.get(owner);
  if (!categories) {
    categories = new Map();
    owners.set(owner, categories);
  }
  let entry = categories.get(category);
  if (entry && entry.callsPerMinute !== callsPerMinute) {
    throw new TypeError(
      `rateLimit ${rateText(callsPerMinute)} differs from the ${rateText(entry.callsPerMinute)} of a run in progress for the same app in the ${category} category: runs sharing one limit must pace alike`,
    );
  }
  if (!entry) {
    entry = { limiter: new RateLimiter(callsPerMinute, clock), callsPerMinute, users: 0 };
    categories.set(category, entry);
  }
  entry.users++;
  const held = entry;
  const heldCategories = categories;
  const heldOwners = owners;
  let released = false;
  return {
    limiter: held.limiter,
    release() {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      heldCategories.delete(category);
      if (heldCategories.size === 0) heldOwners.delete(owner);
    },
  };
}

function rateText(callsPerMinute: number | undefined): string {
  return callsPerMinute === undefined ? "false (unpaced)" : `${callsPerMinute}/min`;
}

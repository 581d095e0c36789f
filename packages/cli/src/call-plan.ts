import { SEND_BATCH_MAX_RECEIVERS } from "@yunxin-im/core";

/** The most receivers one call takes: the spec's `receiver_ids.maxItems`. */
export const MAX_RECEIVERS_PER_CALL: number = SEND_BATCH_MAX_RECEIVERS;

/** `n` calls of `receivers` receivers each. */
export interface CallGroup {
  calls: number;
  receivers: number;
}

/** How `receivers` are cut into calls: full calls of 100, then the rest (at most two groups). */
export function callGroups(receivers: number): CallGroup[] {
  const full = Math.floor(receivers / MAX_RECEIVERS_PER_CALL);
  const rest = receivers % MAX_RECEIVERS_PER_CALL;
  const groups: CallGroup[] = [];
  if (full > 0) groups.push({ calls: full, receivers: MAX_RECEIVERS_PER_CALL });
  if (rest > 0) groups.push({ calls: 1, receivers: rest });
  return groups;
}

export function callCount(receivers: number): number {
  return Math.ceil(receivers / MAX_RECEIVERS_PER_CALL);
}

/**
 * The least time `calls` take at `callsPerMinute`: the fan-out spreads calls evenly over the
 * minute (with about 1 % to spare), so the last starts (calls − 1) intervals after the first.
 * The server's answer times come on top when calls wait for answers.
 */
export function minimumDurationMs(calls: number, callsPerMinute: number): number {
  if (calls <= 1) return 0;
  return Math.round(((calls - 1) * 60_000 * 1.01) / callsPerMinute);
}

/** `0.5 s`, `12 s`, `3 min 20 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const totalSeconds = Math.round(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    const rest = totalSeconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The most of `times` (ms) that fall in any window (t - windowMs, t]: the busiest sliding window. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[first] as number) <= (sorted[last] as number) - windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

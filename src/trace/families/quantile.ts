/**
 * Nearest-rank quantiles, the rule every percentile metric of a trace uses
 * (GC pauses, scheduling latency) and the x/exp/trace oracle reproduces:
 * p = sorted[ceil(q·n) − 1], so a p99 is always a value that occurred.
 */

/** Nearest-rank quantile of an ascending array (0 for an empty one). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

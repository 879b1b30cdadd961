/**
 * A regressed metric's history, for the trend chart (chart.ts): its median
 * in each earlier baseline of the branch, oldest first, so the reviewer sees
 * whether this pull request's value is new or where the branch was heading
 * anyway.
 *
 * The store side is an input: whoever holds earlier baselines (a directory
 * store keeps every one; the Actions cache keeps what it has not evicted)
 * passes them here, and the report carries the points (`trend` on each
 * regressed comparison) so that `mode: publish` and `report` can draw them
 * without the store. Pure; medians as the comparison computes them.
 */
import type { Report } from './model.js';
import type { RunResult } from '../result/types.js';
import { benchmarkKey } from '../result/types.js';
import { summarize } from '../compare/stats/index.js';

/** How many earlier baselines a chart shows. */
const TREND_POINTS = 10;

/** Sets `trend` on the report's regressions from `earlier` baselines (any order; the newest `max` are kept). Returns the report. */
export function attachTrends(report: Report, earlier: readonly RunResult[], max = TREND_POINTS): Report {
  const runs = [...earlier].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).slice(-max);
  if (runs.length === 0) return report;
  const indexed = runs.map((r) => ({ run: r, byKey: new Map(r.benchmarks.filter((b) => !b.failure).map((b) => [benchmarkKey(b), b])) }));
  for (const c of report.comparisons) {
    if (c.verdict !== 'regression') continue;
    const points = [];
    for (const { run, byKey } of indexed) {
      const xs = (byKey.get(benchmarkKey(c.benchmark))?.metrics[c.metric] ?? []).filter((v) => Number.isFinite(v));
      if (xs.length === 0) continue;
      points.push({ commit: run.environment.commit, createdAt: run.createdAt, median: summarize(xs).median });
    }
    if (points.length > 0) c.trend = points;
  }
  return report;
}

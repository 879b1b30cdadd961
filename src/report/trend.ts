/**
 * A regressed metric's history, for the trend chart (chart.ts): its median
 * in each earlier baseline of the branch, oldest first, so the reviewer sees
 * whether this pull request's value is new or where the branch was heading
 * anyway.
 *
 * The Actions cache cannot list a branch's older entries, so the history
 * travels inside the baselines themselves: each save carries the previous
 * baseline's history forward with the previous baseline's own medians
 * appended (`carryHistory`), at most TREND_POINTS entries. A report then
 * draws the trend from the one baseline it restored (`trendSources`). The
 * report carries the points (`trend` on each regressed comparison) so that
 * `mode: publish` and `report` can draw them without the store. Pure;
 * medians as the comparison computes them.
 */
import type { Report } from './model.js';
import type { BaselineHistoryEntry, RunResult } from '../result/types.js';
import { benchmarkKey } from '../result/types.js';
import { summarize } from '../compare/stats/index.js';

/** How many earlier baselines a chart shows, and a baseline carries. */
const TREND_POINTS = 10;

/** A run reduced to its medians: one entry of a branch's history. */
export function historyEntryOf(run: RunResult): BaselineHistoryEntry {
  const benchmarks: BaselineHistoryEntry['benchmarks'] = [];
  for (const b of run.benchmarks) {
    if (b.failure) continue;
    const medians: Record<string, number> = {};
    for (const [metric, xs] of Object.entries(b.metrics)) {
      const finite = xs.filter((v) => Number.isFinite(v));
      if (finite.length > 0) medians[metric] = summarize(finite).median;
    }
    benchmarks.push({ package: b.package, name: b.name, procs: b.procs, medians });
  }
  return { commit: run.environment.commit, createdAt: run.createdAt, benchmarks };
}

/**
 * The history a new baseline of `commit` carries: the previous baseline's,
 * then the previous baseline itself (the newest `max`). A previous baseline
 * of the same commit (a re-run) is replaced, not added.
 */
export function carryHistory(previous: RunResult | null, commit: string, max = TREND_POINTS): BaselineHistoryEntry[] {
  if (!previous) return [];
  const entries = previous.environment.commit === commit ? [...(previous.history ?? [])] : [...(previous.history ?? []), historyEntryOf(previous)];
  return entries.filter((e) => e.commit !== commit).slice(-max);
}

/** The points a report's trend is drawn from: the restored baseline's history, then the baseline itself. */
export function trendSources(baseline: RunResult): BaselineHistoryEntry[] {
  return [...(baseline.history ?? []), historyEntryOf(baseline)];
}

/**
 * Sets `trend` on the report's regressions from `earlier` baselines (any
 * order; the newest `max` are kept). A single point (the baseline alone) adds
 * nothing to the samples chart and is left out. Returns the report.
 */
export function attachTrends(report: Report, earlier: readonly BaselineHistoryEntry[], max = TREND_POINTS): Report {
  const entries = [...earlier].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).slice(-max);
  if (entries.length < 2) return report;
  const indexed = entries.map((e) => ({ entry: e, byKey: new Map(e.benchmarks.map((b) => [benchmarkKey(b), b.medians])) }));
  for (const c of report.comparisons) {
    if (c.verdict !== 'regression') continue;
    const points = [];
    for (const { entry, byKey } of indexed) {
      const median = byKey.get(benchmarkKey(c.benchmark))?.[c.metric];
      if (median === undefined || !Number.isFinite(median)) continue;
      points.push({ commit: entry.commit, createdAt: entry.createdAt, median });
    }
    if (points.length >= 2) c.trend = points;
  }
  return report;
}

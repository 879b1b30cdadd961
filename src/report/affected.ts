/**
 * How an affected-only run reads (`affected: auto`, src/gate/affected.ts):
 * one sentence on what was measured and why, and the benchmarks the change
 * does not reach, with the baseline's medians for context — never a verdict;
 * and how a sharded run was measured (`mode: merge`).
 * Plain text; the Markdown and terminal renderers escape and lay it out.
 */
import type { AffectedSummary, NotAffectedBenchmark, Report } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { formatAmount } from './benchstat.js';
import { plural } from './format.js';

/** What was measured: the selection's reason, and how many benchmarks and packages were left out. */
export function affectedSentence(a: AffectedSummary): string {
  if (a.measured === 'all') return a.reason;
  const left = a.notAffected.length;
  const pkgs = a.unaffectedPackages.length;
  if (pkgs === 0) return `${a.reason} Every package with tests depends on the change.`;
  if (left === 0) return `${a.reason} Not affected by this change, so not measured and given no verdict: ${plural(pkgs, 'package')}.`;
  return `${a.reason} Not affected by this change, so not measured: ${plural(left, 'benchmark')} in ${plural(pkgs, 'package')} (no verdict; the baseline's values are listed for context).`;
}

/** How a merged run was measured (`mode: merge`), or '' for a run measured in one job. */
export function shardSentence(report: Pick<Report, 'shards' | 'baselineSource'>): string {
  if (!report.shards) return '';
  const n = report.shards.count;
  return report.baselineSource === 'ab'
    ? `Measured in ${plural(n, 'shard job')} and merged; each job measured its share of the merge-base and the head interleaved on its runner.`
    : `Measured in ${plural(n, 'shard job')} and merged into this one report.`;
}

/** One benchmark not affected: its name and the baseline's medians (`time/op 1.2µs · B/op 64 · allocs/op 1`). */
export function notAffectedLine(n: NotAffectedBenchmark): { name: string; values: string } {
  const values = n.baseline.map((v) => `${v.label} ${formatAmount(v.median, v.unit)}`).join(' · ');
  return { name: benchmarkDisplayName(n.benchmark), values };
}

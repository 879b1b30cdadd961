/**
 * The report's causes in a reviewer's words: where (file:line, function),
 * what (a new allocation, a leak, …, with the compiler's or the profile's
 * words), what it moved (allocs/op 0 → 1, B/op 0 → 15) and what followed
 * from it (GC now runs; peak heap +132%). Machine-sensitive causes also say
 * how the same-runner confirmation went: confirmed with its figures, not
 * reproduced (runner drift) with both figures, or why it could not run.
 *
 * One Finding per cause, gating ones first. The Markdown comment, the
 * terminal and the annotations all phrase a finding from this one shape, so
 * they say the same thing.
 */
import type { Cause, CauseEffect, MetricComparison, Report } from './model.js';
import { benchmarkDisplayName, benchmarkKey } from '../result/types.js';
import { formatChange } from './benchstat.js';
import { fileUrl, type DOC_ANCHORS } from './links.js';

export type FindingStatus = 'gate' | 'drift' | 'suspect' | 'unavailable' | 'report';

export interface Finding {
  cause: Cause;
  status: FindingStatus;
  /** file:line and its web address (null without links). */
  where: { file: string; line?: number; url: string | null } | null;
  function?: string;
  /** "new allocation", "new goroutine leak". */
  title: string;
  /** The site's figures and the compiler's words. */
  summary: string;
  /** Per benchmark: "BenchmarkEncode-2: allocs/op 0 → 1, B/op 0 → 15". */
  effects: string[];
  /** Per benchmark: "BenchmarkEncode-2: GC now runs (GC cycles/op 0 → 4.641µ), peak heap 2.676MiB → 6.226MiB (+132.60%)". */
  consequences: string[];
  /** How the same-runner confirmation went, one sentence per suspect (machine-sensitive causes). */
  confirmation: string[];
  details: string[];
  /** Which README section explains it. */
  topic: keyof typeof DOC_ANCHORS;
}

const STATUS_ORDER: Record<FindingStatus, number> = { gate: 0, suspect: 1, unavailable: 2, drift: 3, report: 4 };

function comparisonOf(report: Report, e: CauseEffect): MetricComparison | undefined {
  const k = benchmarkKey(e.benchmark);
  return report.comparisons.find((c) => c.metric === e.metric && benchmarkKey(c.benchmark) === k);
}

/** Effects grouped by benchmark, as one line each. */
function byBenchmark(effects: readonly CauseEffect[], phrase: (list: CauseEffect[]) => string[]): string[] {
  const groups = new Map<string, CauseEffect[]>();
  for (const e of effects) {
    const name = benchmarkDisplayName(e.benchmark);
    groups.set(name, [...(groups.get(name) ?? []), e]);
  }
  return [...groups].map(([name, list]) => `${name}: ${phrase(list).join(', ')}`);
}

const change = (e: CauseEffect) => formatChange(e.label, e.unit, e.base, e.head);

/** GC pause max that repeats p99's figures adds nothing (a handful of pauses per process). */
function withoutRepeats(list: CauseEffect[]): CauseEffect[] {
  const p99 = list.find((e) => e.metric === 'gc-pause-p99');
  return list.filter((e) => !(e.metric === 'gc-pause-max' && p99 && p99.base === e.base && p99.head === e.head));
}

function consequencePhrases(list: CauseEffect[]): string[] {
  const kept = withoutRepeats(list);
  const gc = kept.filter((e) => e.note === 'now triggers GC');
  const rest = kept.filter((e) => e.note !== 'now triggers GC');
  const out: string[] = [];
  if (gc.length > 0) out.push(`GC now runs (${gc.map(change).join(', ')})`);
  for (const e of rest) out.push(e.note ? `${change(e)}: ${e.note}` : change(e));
  return out;
}

function confirmationSentence(c: MetricComparison): string | null {
  const conf = c.confirmation;
  if (!conf) return null;
  const name = `${benchmarkDisplayName(c.benchmark)} ${c.label}`;
  const cached = formatChange('', c.unit, c.base?.median ?? null, c.head?.median ?? null).trim();
  const here = conf.base && conf.head ? formatChange('', c.unit, conf.base.median, conf.head.median).trim() : null;
  switch (conf.status) {
    case 'confirmed':
      return `${name}: confirmed on this runner (${here ?? conf.reason}${conf.p != null ? `, p=${conf.p.toFixed(3)}` : ''}).`;
    case 'not-reproduced':
      // The figures say it all; conf.reason repeats them unformatted (it is for logs and the JSON).
      return here
        ? `${name}: not reproduced on this runner (runner drift): ${cached} against the cached baseline, ${here} re-measured here${conf.p != null ? ` (p=${conf.p.toFixed(2)})` : ''}.`
        : `${name}: not reproduced on this runner (runner drift): ${cached} against the cached baseline; ${conf.reason}`;
    case 'unavailable':
      return `${name}: could not be confirmed on this runner, so it does not gate: ${conf.reason}`;
    default:
      return `${name}: not re-measured on this runner, so it does not gate: ${conf.reason}`;
  }
}

function statusOf(cause: Cause, comparisons: (MetricComparison | undefined)[]): FindingStatus {
  if (cause.gating) return 'gate';
  const states = comparisons.map((c) => c?.confirmation?.status);
  if (states.includes('pending')) return 'suspect';
  if (states.includes('unavailable')) return 'unavailable';
  if (states.includes('not-reproduced')) return 'drift';
  return 'report';
}

function findingOf(report: Report, cause: Cause): Finding {
  const effectComparisons = cause.effects.map((e) => comparisonOf(report, e));
  const status = statusOf(cause, effectComparisons);
  const confirmation = cause.kind === 'runtime' ? effectComparisons.map((c) => (c ? confirmationSentence(c) : null)).filter((s): s is string => !!s) : [];
  const topic: Finding['topic'] = cause.kind === 'runtime' && status === 'drift' ? 'drift' : cause.kind;
  return {
    cause,
    status,
    where: cause.file
      ? { file: cause.file, ...(cause.line !== undefined ? { line: cause.line } : {}), url: fileUrl(report.links, cause.file, cause.line) }
      : null,
    ...(cause.function ? { function: cause.function } : {}),
    title: cause.title,
    summary: cause.kind === 'runtime' ? '' : cause.summary,
    effects: byBenchmark(cause.effects, (list) => withoutRepeats(list).map(change)),
    consequences: byBenchmark(cause.consequences, consequencePhrases),
    confirmation,
    // A runtime cause's details are its benchmarks' reasons: the confirmation sentences say them better.
    details: cause.kind === 'runtime' && confirmation.length === effectComparisons.length ? [] : cause.details,
    topic,
  };
}

/**
 * The report's findings, gating first. Reports from before causes existed
 * get one finding per gating comparison.
 */
export function reportFindings(report: Report): Finding[] {
  const causes: Cause[] =
    report.causes ??
    report.comparisons
      .filter((c) => c.gating)
      .map((c) => ({
        kind: 'metric' as const,
        package: c.benchmark.package,
        ...(c.benchmark.file ? { file: c.benchmark.file } : {}),
        ...(c.benchmark.line !== undefined ? { line: c.benchmark.line } : {}),
        title: `${c.label} regressed`,
        summary: c.explanation ?? c.reason,
        details: [],
        benchmarks: [c.benchmark],
        effects: [{ benchmark: c.benchmark, metric: c.metric, label: c.label, unit: c.unit, base: c.base?.median ?? null, head: c.head?.median ?? null }],
        consequences: [],
        gating: true,
      }));
  return causes.map((c) => findingOf(report, c)).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/** "the same-runner confirmation re-measured 2 benchmarks (6 samples each) in 41 s of a 10m budget; 1 left out by the budget". */
export function confirmationCost(report: Report): string | null {
  const r = report.confirmationRun;
  if (!r) return null;
  const skipped = r.skipped ? `; ${r.skipped} suspect benchmark${r.skipped === 1 ? ' was' : 's were'} left out by the budget` : '';
  return (
    `Same-runner confirmation: ${r.suspects} suspect${r.suspects === 1 ? '' : 's'}, ${r.benchmarks} benchmark${r.benchmarks === 1 ? '' : 's'} ` +
    `re-measured interleaved against the baseline's commit (${r.count} samples per side) in ${Math.round(r.seconds)} s of a ${r.budget} budget${skipped}.`
  );
}

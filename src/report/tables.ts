/**
 * The report's comparisons as benchstat's tables: grouped by package (its
 * `pkg:` header) and metric, one row per benchmark with `median ± ci` per
 * side, the change (`~` when not significant) and `(p=… n=…)`, a geomean row
 * and benchstat's footnotes. The Markdown and the terminal renderers lay the
 * same tables out, each in its medium.
 *
 * Two things are ours. A last column says what the gate made of the row
 * (failing, report-only, a consequence of a cause, runner drift, …), because
 * benchstat's `~` and our verdict answer different questions: ours also asks
 * for a change beyond the metric's threshold and adjusts p across the job.
 * And metrics that repeat another's numbers are merged: with a handful of GC
 * pauses per process, the p99 and the maximum are the same order statistic,
 * so `GC pause max` rows equal to their `GC pause p99` row are left out and
 * the p99 table says so.
 */
import type { MetricComparison, Report, SampleSummary } from './model.js';
import {
  ALL_EQUAL_NOTE,
  GEOMEAN_NOTE,
  RATIO_NOTE,
  commonScale,
  comparisonNote,
  detectNote,
  formatBenchstatDelta,
  formatScaled,
  geomean,
  hasInterval,
  intervalNote,
  pctRange,
  scaleValue,
  signedPercent,
  tidyUnit,
  unitClass,
} from './benchstat.js';

/** What the gate made of a row. */
export type RowMark = 'gate' | 'report' | 'consequence' | 'suspect' | 'drift' | 'improvement' | 'insufficient' | '';

export interface BenchCell {
  /** The scaled median: `46.55n`. */
  center: string;
  /** The interval without the `±`: `3%`, `∞`. */
  range: string;
  /** Footnote numbers (1-based) of this cell. */
  notes: number[];
}

export interface BenchRow {
  comparison: MetricComparison;
  /** The benchmark as benchstat names it: without `Benchmark`, with `-procs`. */
  name: string;
  base: BenchCell | null;
  head: BenchCell | null;
  /** `~`, `+12.34%`, `?`; '' when a side is missing. */
  delta: string;
  /** `p=0.002 n=6`; '' when a side is missing. */
  note: string;
  deltaNotes: number[];
  mark: RowMark;
}

export interface BenchTable {
  package: string;
  metric: string;
  /** Our name for the metric (`GC pause p99`). */
  label: string;
  /** benchstat's unit (`sec/op`, `B/op`, `sec`, `B/s`). */
  unit: string;
  rows: BenchRow[];
  /** benchstat's geomean row, when the table has more than one row. */
  geomean: { base: string; head: string; delta: string; baseNotes: number[]; headNotes: number[] } | null;
  /** Footnote texts; row and cell `notes` index them from 1. */
  notes: string[];
  /** Labels of metrics merged into this table because they repeated its numbers. */
  merged: string[];
}

/** Pairs [dropped, kept]: the dropped metric's rows go when they repeat the kept one's. */
const REDUNDANT: ReadonlyArray<[string, string]> = [['gc-pause-max', 'gc-pause-p99']];

/** `BenchmarkEncode` with 2 procs → `Encode-2`. */
export function shortName(b: { name: string; procs: number }): string {
  const name = b.name.startsWith('Benchmark') && b.name.length > 'Benchmark'.length ? b.name.slice('Benchmark'.length) : b.name;
  return b.procs > 1 ? `${name}-${b.procs}` : name;
}

function rowMark(c: MetricComparison): RowMark {
  if (c.consequenceOf !== undefined) return 'consequence';
  if (c.verdict === 'regression') {
    if (c.gating) return 'gate';
    if (c.confirmation?.status === 'not-reproduced') return 'drift';
    if (c.confirmation && c.confirmation.status !== 'confirmed') return 'suspect';
    return 'report';
  }
  if (c.verdict === 'improvement') return 'improvement';
  if (c.verdict === 'insufficient' && c.base && c.head) return 'insufficient';
  return '';
}

function sameSummary(a: SampleSummary | null, b: SampleSummary | null): boolean {
  if (!a || !b) return a === b;
  return a.n === b.n && a.median === b.median && a.low === b.low && a.high === b.high;
}

/** The comparisons without rows that repeat another metric's, and which labels were merged where. */
function withoutRepeats(comparisons: readonly MetricComparison[]): { kept: MetricComparison[]; merged: Map<MetricComparison, string[]> } {
  const byKey = new Map<string, MetricComparison>();
  const key = (c: MetricComparison, metric: string) => `${c.benchmark.package}\u0000${c.benchmark.name}\u0000${c.benchmark.procs}\u0000${metric}`;
  for (const c of comparisons) byKey.set(key(c, c.metric), c);
  const merged = new Map<MetricComparison, string[]>();
  const dropped = new Set<MetricComparison>();
  for (const c of comparisons) {
    for (const [drop, keep] of REDUNDANT) {
      if (c.metric !== drop) continue;
      const k = byKey.get(key(c, keep));
      if (!k || !sameSummary(c.base, k.base) || !sameSummary(c.head, k.head) || c.verdict !== k.verdict) continue;
      dropped.add(c);
      merged.set(k, [...(merged.get(k) ?? []), c.label]);
    }
  }
  return { kept: comparisons.filter((c) => !dropped.has(c)), merged };
}

/** Tables in the order their packages and metrics first appear in the report. */
export function benchTables(report: Report, filter: (c: MetricComparison) => boolean = () => true): BenchTable[] {
  const { kept, merged } = withoutRepeats(report.comparisons.filter(filter));
  const groups = new Map<string, MetricComparison[]>();
  for (const c of kept) {
    if (!c.base && !c.head) continue;
    const k = `${c.benchmark.package}\u0000${c.metric}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  // Packages first, then metrics, each in order of first appearance.
  const packages = [...new Set(kept.map((c) => c.benchmark.package))];
  const out: BenchTable[] = [];
  for (const pkg of packages) {
    for (const [k, rows] of groups) if (k.startsWith(`${pkg}\u0000`)) out.push(table(report, rows, merged));
  }
  return out;
}

function table(report: Report, comparisons: MetricComparison[], merged: Map<MetricComparison, string[]>): BenchTable {
  const first = comparisons[0];
  const { unit, factor } = tidyUnit(first.unit);
  const cls = unitClass(unit);
  const alpha = report.settings.alpha;
  const notes: string[] = [];
  const note = (text: string | null): number[] => {
    if (!text) return [];
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return [i + 1];
  };
  const labels = new Set<string>();
  const rows = comparisons.map((c): BenchRow => {
    for (const l of merged.get(c) ?? []) labels.add(l);
    const t = (s: SampleSummary | null, xs: number[] | undefined) =>
      s ? { center: tidyMedian(s, xs, factor), lo: s.low * factor, hi: s.high * factor, s } : null;
    const b = t(c.base, c.samples?.base);
    const h = t(c.head, c.samples?.head);
    const scaler = commonScale([b?.center ?? 0, h?.center ?? 0], cls);
    const cell = (x: NonNullable<ReturnType<typeof t>>): BenchCell => {
      const finite = hasInterval(x.s);
      return { center: formatScaled(scaler, x.center), range: pctRange(x.center, x.lo, x.hi, finite), notes: finite ? [] : note(intervalNote()) };
    };
    const row: BenchRow = {
      comparison: c,
      name: shortName(c.benchmark),
      base: b ? cell(b) : null,
      head: h ? cell(h) : null,
      delta: '',
      note: '',
      deltaNotes: [],
      mark: rowMark(c),
    };
    if (b && h) {
      const p = c.rankP ?? c.p ?? (c.verdict === 'regression' || c.verdict === 'improvement' ? 0 : 1);
      const allEqual = c.base!.min === c.base!.max && c.head!.min === c.head!.max && c.base!.min === c.head!.min;
      row.delta = formatBenchstatDelta(p, alpha, b.center, h.center);
      row.note = comparisonNote(p, c.base!.n, c.head!.n);
      row.deltaNotes = allEqual ? note(ALL_EQUAL_NOTE) : note(detectNote(p, alpha, c.base!.n, c.head!.n));
    }
    return row;
  });
  return {
    package: first.benchmark.package,
    metric: first.metric,
    label: first.label,
    unit,
    rows,
    geomean: rows.length > 1 ? geomeanRow(rows, factor, cls, note) : null,
    notes,
    merged: [...labels],
  };
}

/**
 * The median in benchstat's unit, computed as benchstat does: of the values
 * already converted (`a·f + (b·f − a·f)/2`), which is not always the same
 * double as the converted median (`(a + (b − a)/2)·f`) and can print one digit
 * differently. From the summary when the report has no samples.
 */
function tidyMedian(s: SampleSummary, samples: readonly number[] | undefined, factor: number): number {
  if (factor === 1 || !samples || samples.length !== s.n) return s.median * factor;
  const xs = samples.map((v) => v * factor).sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid] : xs[mid - 1] + (xs[mid] - xs[mid - 1]) / 2;
}

/** cmd/benchstat's summary row: the geomean of each column's medians and of the rows' ratios. */
function geomeanRow(rows: BenchRow[], factor: number, cls: ReturnType<typeof unitClass>, note: (t: string | null) => number[]): BenchTable['geomean'] {
  const center = (r: BenchRow, side: 'base' | 'head') => tidyMedian(r.comparison[side]!, r.comparison.samples?.[side], factor);
  const centers = (side: 'base' | 'head') => rows.filter((r) => r.comparison[side]).map((r) => center(r, side));
  const column = (side: 'base' | 'head') => {
    const g = geomean(centers(side));
    return Number.isNaN(g) ? { text: '', notes: note(GEOMEAN_NOTE) } : { text: scaleValue(g, cls), notes: [] };
  };
  const base = column('base');
  const head = column('head');
  const ratios: number[] = [];
  let bad = false;
  for (const r of rows) {
    if (!r.comparison.base || !r.comparison.head) continue;
    const a = center(r, 'head');
    const b = center(r, 'base');
    if (a === b) ratios.push(1);
    else if (b === 0) bad = true;
    else ratios.push(a / b);
  }
  let delta = '?';
  const headNotes = [...head.notes];
  if (!bad) {
    const g = geomean(ratios);
    if (Number.isNaN(g)) headNotes.push(...note(RATIO_NOTE));
    else delta = signedPercent((g - 1) * 100);
  }
  return { base: base.text, head: head.text, delta, baseNotes: base.notes, headNotes };
}

/** The footnote markers benchstat prints: ¹ ² ³ … */
export function superscript(n: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return String(n)
    .split('')
    .map((d) => digits[Number(d)])
    .join('');
}

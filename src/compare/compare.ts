/**
 * Compare: `compareRuns` turns a baseline RunResult (or none) and the head's
 * into the Report (src/report/model.ts) — one MetricComparison per benchmark ×
 * metric, the site findings of the comparers (site-comparer.ts), failures, and
 * the verdict (verdict.ts). Later stages (src/gate) amend that Report.
 *
 * Compare is opinionated, like benchmath: the metric says what its samples are
 * and the comparison picks the test.
 *
 * - Deterministic metrics, and count metrics whose samples are constant on both
 *   sides (allocs/op is almost always exactly the same in every process), are
 *   compared exactly: a constant 0 → constant 1 allocs/op is a change with
 *   certainty, and a rank test would only add doubt it cannot justify.
 * - Everything else gets a two-sided Mann–Whitney U test (as benchstat), and
 *   the p-values of the whole job are adjusted together with Benjamini–Hochberg,
 *   because a job tests hundreds of benchmark × metric pairs and a 5% false-alarm
 *   rate per pair would fail nearly every unchanged run.
 * - A significant change only counts when it also exceeds the metric's
 *   relative threshold and absolute floor: a required check must not fail on a
 *   real but negligible 0.3% change.
 * - Too few samples to ever reach alpha is `insufficient`, never a silent pass.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { BenchmarkResult, RunResult } from '../result/types.js';
import { benchmarkDisplayName, benchmarkKey } from '../result/types.js';
import { UnknownMetrics, builtinMetrics, machineClass, metricById, type MetricDefinition, type MetricId, type MetricMode } from '../metrics/registry.js';
import {
  REPORT_SCHEMA,
  REPORT_VERSION,
  type BenchmarkRef,
  type FailureEntry,
  type MetricComparison,
  type Report,
  type SiteFinding,
  type Verdict,
} from '../report/model.js';
import { benjaminiHochberg, mannWhitneyU, minimumPValue, summarize } from './stats/index.js';
import type { SiteComparer } from './site-comparer.js';
import { escapeComparer } from './escapes.js';
import { leakComparer } from './leaks.js';
import { allocationComparer } from './allocations.js';
import { benchmarkRef } from './ref.js';
import { settle } from './verdict.js';

export interface MetricSettings {
  mode?: MetricMode;
  threshold?: number;
  floor?: number;
  /**
   * The seed's rule for GC pauses, as an option: regress when the head's
   * median exceeds the baseline's mean by more than 3 baseline standard
   * deviations (and the threshold and floor), instead of Mann–Whitney.
   */
  rule?: 'three-sigma';
  /** Absolute ceiling in the metric's unit: a head median above it regresses whatever the baseline. */
  ceiling?: number;
}

export interface CompareOptions {
  /** Configuration name, shown in the report and used for markers. */
  name: string;
  alpha: number;
  fdr: boolean;
  /** Overrides per metric id. */
  metrics: Record<string, MetricSettings>;
  failOnBenchmarkFailure: boolean;
  /** Where the baseline came from ('cache', 'dir', 'file', 'ab', 'none'). */
  baselineSource: string;
  /** New heap-escape sites allowed before the gate fails. */
  maxNewEscapes: number;
  /**
   * True when base and head were measured on the same runner, interleaved
   * (A/B mode, a confirmation): then machine-sensitive metrics gate like any
   * other. False for a baseline from another run (the cache, a directory, a
   * file): their regressions are suspects (`confirmation: pending`) that gate
   * only once src/gate/confirm.ts reproduces them on this runner.
   */
  sameRunner: boolean;
  /** Custom metric ids (`custom:<unit>`) declared machine-invariant (they are sensitive by default). */
  invariantMetrics?: readonly string[];
}

const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  name: 'go-runtime-gate',
  alpha: 0.05,
  fdr: true,
  metrics: {},
  failOnBenchmarkFailure: true,
  baselineSource: 'none',
  maxNewEscapes: 0,
  sameRunner: false,
};

/** Located findings compared besides the metrics, each kind by its own rules (see site-comparer.ts), run in this order. */
const SITE_COMPARERS: readonly SiteComparer[] = [escapeComparer, leakComparer, allocationComparer];

/**
 * The value held by more than half of the samples, if any. Count metrics
 * (allocs/op, B/op) are integers that are identical in almost every process;
 * the exceptions come from the testing harness allocating a few KB during a
 * run, which only ever *adds* and shows up as a lone higher sample. A strict
 * majority value is then the metric's true value (and equals the median).
 */
function majorityValue(xs: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const [v, n] of counts) if (n * 2 > xs.length) return v;
  return undefined;
}

function finite(xs: readonly number[] | undefined): number[] {
  return (xs ?? []).filter((x) => Number.isFinite(x));
}

/** Metric ids present in either benchmark, in registry order, custom units last. */
function metricIds(a: BenchmarkResult | undefined, b: BenchmarkResult): string[] {
  const present = new Set([...Object.keys(a?.metrics ?? {}), ...Object.keys(b.metrics), ...Object.keys(b.unavailable)]);
  const ordered = builtinMetrics()
    .map((m): string => m.id)
    .filter((id) => present.has(id));
  const rest = [...present].filter((id) => !ordered.includes(id)).sort();
  return [...ordered, ...rest];
}

interface Pending {
  c: MetricComparison;
  def: MetricDefinition;
}

function settingsFor(def: MetricDefinition, opts: CompareOptions) {
  const o = opts.metrics[def.id] ?? {};
  return {
    mode: o.mode ?? def.defaultMode,
    threshold: o.threshold ?? def.defaultThreshold,
    floor: o.floor ?? def.defaultFloor,
  };
}

function relativeDelta(base: number, head: number): number | null {
  if (base === 0) return head === 0 ? 0 : null;
  return head / base - 1;
}

/** True when the change from base to head is in the worse direction for this metric. */
function isWorse(def: MetricDefinition, base: number, head: number): boolean {
  return def.lowerIsBetter ? head > base : head < base;
}

/** Does the change exceed both the relative threshold and the absolute floor? */
function exceeds(c: MetricComparison): boolean {
  const abs = Math.abs(c.absoluteDelta ?? 0);
  if (abs === 0) return false;
  if (abs <= c.floor && c.floor > 0) return false;
  if (c.delta === null) return true; // from exactly 0 to something: any threshold is exceeded
  // 11/10 - 1 is 0.10000000000000009 in binary floating point: a change of
  // exactly the threshold must not count as exceeding it.
  return Math.abs(c.delta) > c.threshold + 1e-9;
}

function directional(def: MetricDefinition, c: MetricComparison): Verdict {
  const worse = isWorse(def, c.base!.median, c.head!.median);
  return worse ? 'regression' : 'improvement';
}

function compareOne(
  def: MetricDefinition,
  benchmark: BenchmarkRef,
  base: BenchmarkResult | undefined,
  head: BenchmarkResult,
  opts: CompareOptions,
): MetricComparison | null {
  const s = settingsFor(def, opts);
  if (s.mode === 'off') return null;
  const x = finite(base?.metrics[def.id]);
  const y = finite(head.metrics[def.id]);
  const c: MetricComparison = {
    benchmark,
    metric: def.id,
    unit: def.unit,
    label: def.label,
    lowerIsBetter: def.lowerIsBetter,
    mode: s.mode,
    base: x.length ? summarize(x) : null,
    head: y.length ? summarize(y) : null,
    delta: null,
    absoluteDelta: null,
    p: null,
    pAdjusted: null,
    test: 'none',
    threshold: s.threshold,
    floor: s.floor,
    verdict: 'insufficient',
    gating: false,
    reason: '',
    warnings: [],
  };
  // benchstat's p for its table, whatever test decides below (src/report/benchstat.ts prints it).
  if (x.length && y.length) {
    c.rankP = mannWhitneyU(x, y).p;
    c.samples = { base: x, head: y };
  }
  const unavailable = head.unavailable[def.id] ?? base?.unavailable[def.id];
  if (!c.head) {
    c.reason = unavailable ? `unavailable: ${unavailable}` : 'no samples in head';
    return c;
  }
  if (!base) {
    c.reason = 'no baseline';
    return c;
  }
  if (!c.base) {
    c.reason = base.unavailable[def.id] ? `unavailable in baseline: ${base.unavailable[def.id]}` : 'no samples in baseline';
    return c;
  }
  c.delta = relativeDelta(c.base.median, c.head.median);
  c.absoluteDelta = c.head.median - c.base.median;

  const mx = majorityValue(x);
  const my = majorityValue(y);
  // Exact only when the majorities agree, or when each side's majority value
  // never occurs on the other side. A benchmark that prints 11 allocs/op in
  // most processes and 12 in the rest (docs/accuracy.md: 26 vs 14 of 40) would
  // otherwise read "11 → 12" as a certain change in a third of unchanged runs;
  // overlapping values go to Mann–Whitney, which weighs them.
  const separated = mx !== undefined && my !== undefined && (mx === my || (!y.includes(mx) && !x.includes(my)));
  const exact = def.kind === 'deterministic' || (def.kind === 'count' && separated && x.length >= 2 && y.length >= 2);
  if (exact) {
    c.test = 'exact';
    const all = x.every((v) => v === x[0]) && y.every((v) => v === y[0]);
    if (c.absoluteDelta === 0) {
      c.verdict = 'unchanged';
      c.reason = all ? 'identical in every sample' : 'the same value in most samples on both sides';
    } else if (exceeds(c)) {
      c.verdict = directional(def, c);
      c.reason = all ? `constant in every sample on both sides (${x.length} base, ${y.length} head)` : `${mx} in most base samples, ${my} in most head samples`;
    } else {
      c.verdict = 'unchanged';
      c.reason = 'changed, but within the threshold';
    }
    return c;
  }
  if (opts.metrics[def.id]?.rule === 'three-sigma' && x.length >= 2) {
    c.test = 'three-sigma';
    const m = mean(x);
    const sd = sampleStandardDeviation(x);
    const limit = def.lowerIsBetter ? m + 3 * sd : m - 3 * sd;
    const beyond = def.lowerIsBetter ? c.head.median > limit : c.head.median < limit;
    c.verdict = beyond && exceeds(c) ? 'regression' : 'unchanged';
    c.reason = `3σ rule: head median ${beyond ? 'beyond' : 'within'} baseline mean ± 3σ (${limit.toPrecision(4)} ${def.unit})`;
    return c;
  }
  const minP = minimumPValue(x.length, y.length);
  // benchstat calls p == alpha significant (it prints `~` only when p > alpha).
  if (minP > opts.alpha) {
    c.reason = `n=${x.length} vs ${y.length} can never reach p≤${opts.alpha} (smallest possible p=${minP.toPrecision(2)}); raise count`;
    return c;
  }
  c.test = 'mann-whitney';
  // With ties, doubling the smaller tail (benchstat's rule, kept for parity in
  // stats/) can exceed 1; a probability above 1 means nothing to a reader.
  c.p = Math.min(1, mannWhitneyU(x, y).p);
  return c;
}

/** Decides a Mann–Whitney comparison once its adjusted p is known. */
function decide(p: Pending, alpha: number): void {
  const { c, def } = p;
  if (c.test !== 'mann-whitney' || c.pAdjusted === null) return;
  if (!(c.pAdjusted <= alpha)) {
    c.verdict = 'unchanged';
    c.reason = `not significant (p=${c.pAdjusted.toPrecision(3)} > ${alpha})`;
  } else if (!exceeds(c)) {
    c.verdict = 'unchanged';
    c.reason = `significant but within the threshold (${(c.threshold * 100).toFixed(1)}%${c.floor ? `, floor ${c.floor} ${c.unit}` : ''})`;
  } else {
    c.verdict = directional(def, c);
    c.reason = `significant (p=${c.pAdjusted.toPrecision(3)} ≤ ${alpha}) and beyond the threshold`;
  }
}

/** An absolute ceiling (e.g. GC pause p99 above 20 ms) regresses whatever the baseline or its absence says. */
function applyCeiling(c: MetricComparison, ceiling: number | undefined): void {
  if (ceiling === undefined || !c.head || c.mode === 'off') return;
  const above = c.lowerIsBetter ? c.head.median > ceiling : c.head.median < ceiling;
  if (!above) return;
  c.verdict = 'regression';
  c.test = 'ceiling';
  c.reason = `head median ${c.head.median} ${c.unit} is beyond the ceiling ${ceiling} ${c.unit}`;
}

function failuresOf(r: RunResult, side: 'head' | 'base'): FailureEntry[] {
  const out: FailureEntry[] = [];
  for (const pf of r.packageFailures) {
    const f: FailureEntry = { package: pf.package, name: '', kind: 'build', message: pf.message, output: pf.output, side };
    if (pf.diagnostics?.length) f.diagnostics = pf.diagnostics;
    out.push(f);
  }
  for (const b of r.benchmarks) {
    if (b.failure) {
      out.push({ package: b.package, name: b.name, kind: b.failure.kind, message: b.failure.message, output: b.failure.output, side });
    }
  }
  return out;
}

function environmentWarnings(base: RunResult, head: RunResult): string[] {
  const w: string[] = [];
  const a = base.environment;
  const b = head.environment;
  if (a.goVersion !== b.goVersion) w.push(`Go version differs: baseline ${a.goVersion}, head ${b.goVersion}.`);
  if (a.goos !== b.goos || a.goarch !== b.goarch) w.push(`Platform differs: baseline ${a.goos}/${a.goarch}, head ${b.goos}/${b.goarch}.`);
  if (a.cpu !== b.cpu) w.push(`CPU differs: baseline "${a.cpu || 'unknown'}", head "${b.cpu || 'unknown'}"; time/op is not comparable.`);
  if (a.gomaxprocs !== b.gomaxprocs) w.push(`GOMAXPROCS differs: baseline ${a.gomaxprocs}, head ${b.gomaxprocs}.`);
  if (a.configHash !== b.configHash) w.push('Measurement settings differ from the baseline’s (config hash); results may not be comparable.');
  // A release may refine how a metric is derived (e.g. which rounds of a benchmark a per-op
  // GC figure covers); a baseline written by another release can differ for that reason alone.
  if (base.tool.version !== head.tool.version)
    w.push(
      `The baseline was recorded by ${base.tool.name} ${base.tool.version}, this run by ${head.tool.version}; metric definitions may differ between releases.`,
    );
  return w;
}

/** Metrics that are 0 in every sample of a benchmark that never collects. */
const GC_WORK: ReadonlySet<string> = new Set<MetricId>(['gc-cycles', 'gc-pause-p99', 'gc-pause-max', 'gc-pause-total', 'mark-assist']);

/**
 * A machine-sensitive metric compared with a baseline from another run cannot
 * gate on that evidence: the other runner's state moves it as much as code
 * does (docs/accuracy.md). It becomes a suspect when it regressed, or when its
 * raw p alone (before the job-wide FDR adjustment, which a lone change of a
 * count-6 job can never pass) is significant and the change exceeds the
 * threshold: the interleaved re-measurement decides either way, with its own,
 * much smaller family of comparisons.
 */
function markSuspect(p: Pending, opts: CompareOptions): void {
  const { c, def } = p;
  if (c.mode !== 'gate' || c.test === 'ceiling') return;
  // A count (allocs/op, B/op) is machine-invariant where the code fixes it: the same value in
  // most samples of each side, compared exactly. Where its samples scatter (concurrent code:
  // goroutine stacks, lazily grown buffers, GC timing), it moves with the runner's scheduling
  // like any sensitive metric (docs/accuracy.md, "Which metrics move"), so it is a suspect too.
  const scattered = def.kind === 'count' && c.test === 'mann-whitney';
  if (machineClass(def.id, opts.invariantMetrics) === 'invariant' && !scattered) return;
  const screened = c.test === 'mann-whitney' && c.p !== null && c.p <= opts.alpha && exceeds(c) && isWorse(def, c.base!.median, c.head!.median);
  if (c.verdict !== 'regression' && !screened) return;
  c.gating = false;
  c.confirmation = {
    status: 'pending',
    reason:
      c.verdict === 'regression'
        ? 'regressed against a baseline measured on another runner: machine-sensitive, so it gates only when re-measured here'
        : `raw p=${c.p!.toPrecision(2)} beyond the threshold against a baseline measured on another runner: re-measured here to decide`,
  };
}

/**
 * Compares head against base (null: no baseline, head values are still shown).
 * Pure: same inputs, same Report.
 */
export function compareRuns(base: RunResult | null, head: RunResult, options: Partial<CompareOptions> = {}): Report {
  const opts: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const baseByKey = new Map((base?.benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
  const headKeys = new Set(head.benchmarks.map((b) => benchmarkKey(b)));
  const pending: Pending[] = [];
  const added: BenchmarkRef[] = [];
  const unknown = new UnknownMetrics();
  for (const h of head.benchmarks) {
    if (h.failure) continue;
    const b = baseByKey.get(benchmarkKey(h));
    if (base && !b) added.push(benchmarkRef(h));
    for (const id of metricIds(b, h)) {
      const def = metricById(id);
      if (!def) {
        unknown.note(id, benchmarkDisplayName(h));
        continue;
      }
      const c = compareOne(def, benchmarkRef(h), b, h, opts);
      if (c) pending.push({ c, def });
    }
  }
  const removed = (base?.benchmarks ?? []).filter((b) => !b.failure && !headKeys.has(benchmarkKey(b))).map(benchmarkRef);

  const adjusted = opts.fdr ? benjaminiHochberg(pending.map((p) => p.c.p)) : pending.map((p) => p.c.p);
  pending.forEach((p, i) => {
    p.c.pAdjusted = adjusted[i];
    decide(p, opts.alpha);
    applyCeiling(p.c, opts.metrics[p.def.id]?.ceiling);
    p.c.gating = p.c.mode === 'gate' && p.c.verdict === 'regression';
    if (p.c.verdict === 'regression' && GC_WORK.has(p.def.id) && p.c.base?.max === 0) {
      // No pause to lengthen: the baseline ran no GC cycle at all. The change is that GC runs now.
      p.c.reason = `now triggers GC: the baseline ran no GC cycle here (${p.c.reason})`;
    }
    if (!opts.sameRunner) markSuspect(p, opts);
  });
  const comparisons = pending.map((p) => p.c);
  // Only head failures matter: a baseline that failed somewhere is simply not compared there.
  const failures = failuresOf(head, 'head');

  const sites: SiteFinding[] = [];
  const siteWarnings: string[] = [];
  for (const comparer of SITE_COMPARERS) {
    const out = comparer.compare(base, head, { alpha: opts.alpha, metrics: opts.metrics, maxNewEscapes: opts.maxNewEscapes });
    sites.push(...out.findings);
    siteWarnings.push(...out.warnings);
  }
  const headByKey = new Map(head.benchmarks.map((b) => [benchmarkKey(b), b]));
  for (const c of comparisons) {
    const h = headByKey.get(benchmarkKey(c.benchmark));
    if (!h) continue;
    for (const comparer of SITE_COMPARERS) {
      const text = comparer.explain?.(c, baseByKey.get(benchmarkKey(c.benchmark)), h);
      if (text) c.explanation = text;
    }
  }
  const warnings = [...head.warnings, ...siteWarnings, ...unknown.warnings()];
  if (base) warnings.push(...environmentWarnings(base, head));
  const insufficientGated = comparisons.filter((c) => c.verdict === 'insufficient' && c.mode === 'gate' && c.base && c.head).length;
  if (insufficientGated > 0) {
    warnings.push(`${insufficientGated} gated comparison${insufficientGated === 1 ? '' : 's'} had too few samples to decide; raise \`count\`.`);
  }

  return settle({
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    name: opts.name,
    baselineSource: base ? opts.baselineSource : 'none',
    verdict: 'pass',
    headline: '',
    head: { environment: head.environment, createdAt: head.createdAt, config: head.config },
    baseline: base ? { environment: base.environment, createdAt: base.createdAt, config: base.config } : null,
    settings: { alpha: opts.alpha, fdr: opts.fdr, failOnBenchmarkFailure: opts.failOnBenchmarkFailure },
    comparisons,
    failures,
    added,
    removed,
    warnings,
    counts: { regressions: 0, improvements: 0, unchanged: 0, insufficient: 0, failures: 0 },
    sites,
  });
}

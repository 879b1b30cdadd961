/**
 * Goroutine leaks: a goroutine created during a benchmark and still alive and
 * blocked when its trace ended (defined in src/trace/families/goroutines.ts),
 * grouped by the innermost creation frame in the module under test. This
 * file is the leak SiteComparer (site-comparer.ts). A *new* leak site is a
 * regression whatever the sample count — leaks are the kind of bug that a
 * count-6 test cannot make more certain — but it must appear in most samples
 * (median > 0): a goroutine that happens to be exiting at the instant the
 * trace stops is not a leak.
 *
 * Sites are matched across commits by file and function, not line, so an edit
 * above the `go` statement does not turn an old leak into a "new" one.
 */
import type { BenchmarkResult, RunResult, SiteSeries } from '../result/types.js';
import { benchmarkKey } from '../result/types.js';
import type { SiteFinding } from '../report/model.js';
import type { SiteComparer, SiteCompareOptions } from './site-comparer.js';
import { benchmarkRef } from './ref.js';
import { mannWhitneyU, median, minimumPValue } from './stats/index.js';

const LEAK_METRIC = 'goroutines-leaked';
const UNIT = 'goroutines';

function siteKey(s: SiteSeries): string {
  return `${s.file}\u0000${s.function}`;
}

/** Leak series of a benchmark by key, merging sites of one function (their counts add up per sample). */
function leakSites(b: BenchmarkResult | undefined): Map<string, SiteSeries> {
  const out = new Map<string, SiteSeries>();
  for (const s of b?.sites ?? []) {
    if (s.kind !== 'leak') continue;
    const k = siteKey(s);
    const prev = out.get(k);
    if (!prev) {
      out.set(k, { ...s, values: Object.fromEntries(Object.entries(s.values).map(([u, v]) => [u, [...v]])) });
    } else {
      for (const [unit, values] of Object.entries(s.values)) {
        const a = (prev.values[unit] ??= []);
        values.forEach((v, i) => (a[i] = (a[i] ?? 0) + v));
      }
    }
  }
  return out;
}

function stackLines(s: SiteSeries): string[] {
  return (s.stack ?? []).map((f) => `${f.function}\n    ${f.file}:${f.line}`).flatMap((x) => x.split('\n'));
}

function formatPerOp(x: number): string {
  return x >= 10 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2);
}

export const leakComparer: SiteComparer = {
  kind: 'leak',
  compare(base: RunResult | null, head: RunResult, options: SiteCompareOptions) {
    const mode = options.metrics[LEAK_METRIC]?.mode ?? 'gate';
    const findings: SiteFinding[] = [];
    if (mode === 'off') return { findings, warnings: [] };
    const baseByKey = new Map((base?.benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
    for (const h of head.benchmarks) {
      if (h.failure) continue;
      const b = baseByKey.get(benchmarkKey(h));
      const headSites = leakSites(h);
      const baseSites = leakSites(b);
      for (const [key, site] of headSites) {
        const y = site.values[UNIT] ?? [];
        const my = median(y);
        if (my <= 0) continue; // leaked in a minority of runs at most: not a leak
        const old = baseSites.get(key);
        const x = old?.values[UNIT] ?? [];
        const mx = median(x);
        const finding: SiteFinding = {
          kind: 'leak',
          change: 'new',
          benchmark: benchmarkRef(h),
          package: h.package,
          function: site.function,
          file: site.file,
          line: site.line,
          summary: '',
          details: stackLines(site),
          unit: UNIT,
          base: base && b ? mx : null,
          head: my,
          gating: false,
          warnings: [],
        };
        // Per op: leaked in the benchmark's last round over its printed N (src/analyze/trace.ts),
        // so exact with a duration benchtime too.
        const perOp = site.values['goroutines/op'];
        const perOpText = perOp && perOp.length ? `, ${formatPerOp(median(perOp))} per op` : '';
        const perRun = `${my} goroutine${my === 1 ? '' : 's'} blocked at exit (median of ${y.length} runs${perOpText})`;
        if (!base || !b) {
          finding.summary = `${perRun}; no baseline to compare with`;
        } else if (mx <= 0) {
          finding.summary = `new leak: ${perRun}, none in the baseline`;
          finding.gating = mode === 'gate';
        } else {
          // Both sides leak here: only a significant increase counts.
          const decidable = minimumPValue(x.length, y.length) <= options.alpha;
          const p = decidable ? Math.min(1, mannWhitneyU(x, y).p) : 1;
          if (!(my > mx && p <= options.alpha)) continue;
          finding.change = 'grown';
          finding.summary = `leaks more: ${mx} → ${my} goroutines blocked at exit (median, p=${p.toPrecision(2)})`;
          finding.gating = mode === 'gate';
        }
        findings.push(finding);
      }
      if (!b) continue;
      for (const [key, site] of baseSites) {
        if (headSites.has(key) && median(headSites.get(key)!.values[UNIT] ?? []) > 0) continue;
        const mx = median(site.values[UNIT] ?? []);
        if (mx <= 0) continue;
        findings.push({
          kind: 'leak',
          change: 'removed',
          benchmark: benchmarkRef(h),
          package: h.package,
          function: site.function,
          file: site.file,
          line: site.line,
          summary: `fixed: the baseline left ${mx} goroutine${mx === 1 ? '' : 's'} alive here, this change none`,
          details: stackLines(site),
          unit: UNIT,
          base: mx,
          head: 0,
          gating: false,
          warnings: [],
        });
      }
    }
    return { findings, warnings: [] };
  },
};

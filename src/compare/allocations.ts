/**
 * Allocation sites explain allocs/op and B/op; they do not gate on their own
 * (the benchmark's own allocs/op and B/op do). A site is reported when it
 * changed beyond the profile's noise (see allocation-sites.ts for the rule),
 * and an allocs/op or B/op change gets a sentence naming the sites behind it.
 * This file adapts the stored SiteSeries to that rule and its findings.
 */
import type { BenchmarkResult, RunResult, SiteSeries } from '../result/types.js';
import { benchmarkKey } from '../result/types.js';
import type { MetricComparison, SiteFinding } from '../report/model.js';
import type { SiteComparer } from './site-comparer.js';
import { compareAllocationSites, explainAllocationChange, type SiteGrowth } from './allocation-sites.js';
import { median } from './stats/index.js';
import { withoutPackage, type AllocationSite } from '../pprof/sites.js';
import { benchmarkRef } from './ref.js';

/** SiteSeries (aligned per sample) back to per-sample site lists. */
function perSample(b: BenchmarkResult | undefined): AllocationSite[][] {
  const series = (b?.sites ?? []).filter((s): s is SiteSeries => s.kind === 'allocation');
  // A benchmark that allocates nothing has profiles but no sites: its samples still count (as zeros).
  const profiled = (b?.samples ?? []).filter((s) => s.artifacts.memprofile).length;
  const n = Math.max(profiled, ...series.map((s) => (s.values['B/op'] ?? []).length));
  const out: AllocationSite[][] = Array.from({ length: n }, () => []);
  for (const s of series) {
    for (let i = 0; i < n; i++) {
      const objectsPerOp = s.values['objects/op']?.[i] ?? 0;
      const bytesPerOp = s.values['B/op']?.[i] ?? 0;
      if (objectsPerOp === 0 && bytesPerOp === 0) continue;
      out[i].push({
        function: s.function,
        file: s.file,
        line: s.line,
        objectsPerOp,
        bytesPerOp,
        objects: 0,
        bytes: 0,
        ...(s.size !== undefined ? { size: s.size } : {}),
        ...(s.snippet ? { snippet: s.snippet } : {}),
      });
    }
  }
  return out;
}

// compare() and explain() (once for allocs/op, once for B/op) ask for the same
// benchmark's growth; it is computed once per head benchmark.
const growthCache = new WeakMap<BenchmarkResult, { base: BenchmarkResult | undefined; growth: SiteGrowth[] }>();

function growthOf(base: BenchmarkResult | undefined, head: BenchmarkResult): SiteGrowth[] {
  const cached = growthCache.get(head);
  if (cached && cached.base === base) return cached.growth;
  const x = perSample(base);
  const y = perSample(head);
  const growth = x.length === 0 || y.length === 0 ? [] : compareAllocationSites(x, y);
  growthCache.set(head, { base, growth });
  return growth;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function finding(b: BenchmarkResult, g: SiteGrowth): SiteFinding {
  const bo = median(g.base.objectsPerOp);
  const ho = median(g.head.objectsPerOp);
  const bb = median(g.base.bytesPerOp);
  const hb = median(g.head.bytesPerOp);
  const change: SiteFinding['change'] = g.kind === 'gone' ? 'removed' : g.kind;
  const sign = (d: number) => (d > 0 ? '+' : '');
  return {
    kind: 'allocation',
    change,
    benchmark: benchmarkRef(b),
    package: b.package,
    function: withoutPackage(g.function),
    file: g.file,
    line: g.line,
    summary:
      `${fmt(bo)} → ${fmt(ho)} objects/op (${sign(g.deltaObjectsPerOp)}${fmt(g.deltaObjectsPerOp)}), ` +
      `${fmt(bb)} → ${fmt(hb)} B/op (${sign(g.deltaBytesPerOp)}${fmt(g.deltaBytesPerOp)})` +
      (g.baseLine !== undefined ? `; was line ${g.baseLine}` : ''),
    details: [],
    unit: 'B/op',
    base: bb,
    head: hb,
    gating: false,
    warnings: [],
  };
}

export const allocationComparer: SiteComparer = {
  kind: 'allocation',
  compare(base: RunResult | null, head: RunResult) {
    const findings: SiteFinding[] = [];
    if (!base) return { findings, warnings: [] };
    const baseByKey = new Map(base.benchmarks.filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
    for (const h of head.benchmarks) {
      if (h.failure) continue;
      for (const g of growthOf(baseByKey.get(benchmarkKey(h)), h)) findings.push(finding(h, g));
    }
    return { findings, warnings: [] };
  },
  explain(c: MetricComparison, base: BenchmarkResult | undefined, head: BenchmarkResult): string | undefined {
    if ((c.metric !== 'allocs' && c.metric !== 'bytes') || !c.base || !c.head) return undefined;
    if (c.verdict !== 'regression' && c.verdict !== 'improvement') return undefined;
    if (!(head.sites ?? []).some((s) => s.kind === 'allocation')) return undefined;
    return explainAllocationChange(c.metric, c.base.median, c.head.median, growthOf(base, head));
  },
};

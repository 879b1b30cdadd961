/**
 * Located findings (leak sites, allocation sites, escape sites) are compared
 * by their own rules — a new leak site is a regression however few samples
 * there are, an allocation site only explains a B/op change, an escape is
 * deterministic — so each kind brings its own comparer implementing this
 * interface (`leaks.ts`, `allocations.ts`, `escapes.ts`). compareRuns
 * (`compare.ts`) lists them, runs them all and folds their gating findings
 * into the verdict. This file imports no comparer and nothing of compareRuns,
 * so the comparers and compareRuns depend on it and not on each other.
 */
import type { BenchmarkResult, RunResult } from '../result/types.js';
import type { MetricComparison, SiteFinding } from '../report/model.js';
import type { MetricMode } from '../metrics/registry.js';

export interface SiteCompareOptions {
  alpha: number;
  /** The configured mode per metric id (a comparer reads its own metric's, e.g. `goroutines-leaked`, `escapes`). */
  metrics: Record<string, { mode?: MetricMode }>;
  maxNewEscapes: number;
}

interface SiteComparison {
  findings: SiteFinding[];
  warnings: string[];
}

export interface SiteComparer {
  readonly kind: SiteFinding['kind'];
  compare(base: RunResult | null, head: RunResult, options: SiteCompareOptions): SiteComparison;
  /** A sentence explaining a metric's change by this kind's sites (allocation sites explain allocs/op and B/op). */
  explain?(c: MetricComparison, base: BenchmarkResult | undefined, head: BenchmarkResult): string | undefined;
}

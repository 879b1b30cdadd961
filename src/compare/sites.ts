/**
 * Located findings (leak sites, allocation sites, escape sites) are compared
 * by their own rules — a new leak site is a regression however few samples
 * there are, an allocation site only explains a B/op change, an escape is
 * deterministic — so each kind brings its own comparer, listed here.
 * compareRuns runs them all and folds their gating findings into the verdict.
 */
import type { BenchmarkResult, RunResult } from '../result/types.js';
import type { MetricComparison, SiteFinding } from '../report/model.js';
import type { MetricSettings } from './compare.js';
import { leakComparer } from './leaks.js';
import { allocationComparer } from './allocations.js';
import { escapeComparer } from './escapes.js';

export interface SiteCompareOptions {
  alpha: number;
  metrics: Record<string, MetricSettings>;
  maxNewEscapes: number;
}

export interface SiteComparison {
  findings: SiteFinding[];
  warnings: string[];
}

export interface SiteComparer {
  readonly kind: SiteFinding['kind'];
  compare(base: RunResult | null, head: RunResult, options: SiteCompareOptions): SiteComparison;
  /** A sentence explaining a metric's change by this kind's sites (allocation sites explain allocs/op and B/op). */
  explain?(c: MetricComparison, base: BenchmarkResult | undefined, head: BenchmarkResult): string | undefined;
}

const comparers: readonly SiteComparer[] = [escapeComparer, leakComparer, allocationComparer];

export function siteComparers(): readonly SiteComparer[] {
  return comparers;
}

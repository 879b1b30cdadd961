/**
 * The Report: the one data model every renderer (Markdown, terminal, JSON,
 * annotations) reads. `compare/` produces it from two RunResults; nothing in a
 * renderer recomputes statistics.
 */
import type { Diagnostic, Environment, FailureKind, MeasureConfig } from '../result/types.js';
import type { MetricMode } from '../metrics/registry.js';

export const REPORT_SCHEMA = 'go-runtime-gate/report';
export const REPORT_VERSION = 1;

/** `unchanged` renders as `~` (benchstat's sign for "no significant change"). */
export type Verdict = 'regression' | 'improvement' | 'unchanged' | 'insufficient';

/** The job's outcome. */
export type OverallVerdict = 'pass' | 'fail' | 'no-baseline' | 'acknowledged';

export interface SampleSummary {
  n: number;
  median: number;
  /** Confidence interval of the median by order statistics; equals [min, max] when n is too small. */
  low: number;
  high: number;
  /** Confidence level actually achieved by [low, high] (e.g. 0.95, or lower for small n). */
  confidence: number;
  min: number;
  max: number;
}

export interface BenchmarkRef {
  package: string;
  name: string;
  procs: number;
  /** Repo-relative source file of the benchmark function, when known. */
  file?: string;
  line?: number;
}

export interface MetricComparison {
  benchmark: BenchmarkRef;
  metric: string;
  unit: string;
  label: string;
  lowerIsBetter: boolean;
  mode: MetricMode;
  base: SampleSummary | null;
  head: SampleSummary | null;
  /** Relative change of medians (head/base - 1); null when base median is 0 and head is not. */
  delta: number | null;
  /** head median - base median, in `unit`. */
  absoluteDelta: number | null;
  /** Two-sided p-value, null when not computed (exact comparison, missing samples). */
  p: number | null;
  /** Benjamini–Hochberg adjusted p across all comparisons of the report (equals p when FDR is off). */
  pAdjusted: number | null;
  /** How the verdict was decided. */
  test: 'mann-whitney' | 'exact' | 'three-sigma' | 'ceiling' | 'none';
  threshold: number;
  floor: number;
  verdict: Verdict;
  /** True when this comparison fails the gate (mode `gate` and verdict `regression`). */
  gating: boolean;
  /** Why the verdict is what it is, in one line (e.g. "n=3 < 4: can never reach alpha"). */
  reason: string;
  /** What caused the change, when known: e.g. the allocation sites behind an allocs/op regression. */
  explanation?: string;
  warnings: string[];
}

export interface FailureEntry {
  package: string;
  /** Benchmark name, or '' for a package-level failure (build). */
  name: string;
  kind: FailureKind;
  message: string;
  output: string;
  /** Which side failed. */
  side: 'head' | 'base';
  /** Compiler errors at file:line (build failures), for annotations. */
  diagnostics?: Diagnostic[];
}

/** What kind of located finding a SiteFinding is; each has a report section and an annotation style. */
export type SiteKind = 'leak' | 'allocation' | 'escape';

/**
 * A finding at a source position that gates or explains a verdict: a
 * goroutine-leak creation site, an allocation site that grew, a new heap
 * escape. One shape for all kinds so that every renderer (Markdown, terminal,
 * annotations) handles a new kind without new code paths.
 */
export interface SiteFinding {
  kind: SiteKind;
  change: 'new' | 'grown' | 'removed' | 'shrunk';
  /** The benchmark it was measured in (absent for package-level findings such as escapes). */
  benchmark?: BenchmarkRef;
  package: string;
  /** Enclosing function, with receiver, e.g. `(*Encoder).Encode`. */
  function: string;
  /** Repo-relative for code in the repository; otherwise as Go reports it. */
  file: string;
  line: number;
  column?: number;
  /** One line: "+1.00 objects/op, +8 B/op", "1 goroutine blocked at exit per run", "&x escapes to heap". */
  summary: string;
  /** Supporting lines: a creation stack, the compiler's escape flow. */
  details: string[];
  unit?: string;
  base?: number | null;
  head?: number | null;
  /** True when this finding alone fails the gate. */
  gating: boolean;
  warnings: string[];
}

export interface RunSide {
  environment: Environment;
  createdAt: string;
  config: MeasureConfig;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  version: number;
  /** Configuration name (check name / comment marker). */
  name: string;
  /** Where the baseline came from: 'cache', 'dir', 'file', 'ab', or 'none'. */
  baselineSource: string;
  verdict: OverallVerdict;
  /** One sentence explaining the verdict. */
  headline: string;
  head: RunSide;
  baseline: RunSide | null;
  settings: { alpha: number; fdr: boolean; failOnBenchmarkFailure: boolean };
  comparisons: MetricComparison[];
  failures: FailureEntry[];
  /** Benchmarks only in head (new) or only in base (removed). */
  added: BenchmarkRef[];
  removed: BenchmarkRef[];
  warnings: string[];
  counts: { regressions: number; improvements: number; unchanged: number; insufficient: number; failures: number };
  /** Located findings (leaks, grown allocation sites, escapes); absent in reports from before they existed. */
  sites?: SiteFinding[];
  /**
   * Why there is no baseline, in one sentence, when there is none and the
   * pipeline knows why (none was found where it looked, the store failed, this
   * run records the baseline, the A/B base could not be measured). Renderers
   * say exactly this instead of guessing "first run".
   */
  noBaselineReason?: string;
}

/**
 * The Report: the one data model every renderer (Markdown, terminal, JSON,
 * annotations) reads. `compareRuns` (src/compare/compare.ts) produces it from
 * two RunResults; the gate pipeline (src/gate) then adds what later stages
 * learn: same-runner confirmation, the affected-only selection, trends and
 * an acknowledge label. Nothing in a renderer recomputes statistics. Every
 * field must also have a schema in src/document/report.ts (it will not
 * compile otherwise).
 */
import type { Diagnostic, Environment, FailureKind, MeasureConfig } from '../result/types.js';
import type { MetricMode } from '../metrics/registry.js';

export const REPORT_SCHEMA = 'go-runtime-gate/report';
export const REPORT_VERSION = 1;

/** `unchanged` renders as `~` (benchstat's sign for "no significant change"). */
export type Verdict = 'regression' | 'improvement' | 'unchanged' | 'insufficient';

/** The job's outcome. */
type OverallVerdict = 'pass' | 'fail' | 'no-baseline' | 'acknowledged';

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
  /**
   * A machine-sensitive regression seen against a baseline from another run
   * (the cache) is a suspect until an interleaved re-measurement on this
   * runner confirms it; this says how that went. Absent for invariant
   * metrics and for same-runner comparisons (A/B mode).
   */
  confirmation?: Confirmation;
  /** Set when this regression is a consequence of an invariant cause (see `causes`): it does not gate on its own. */
  consequenceOf?: string;
  /**
   * The two-sided Mann–Whitney U p of the samples exactly as benchstat
   * computes and prints it, also where the decision used another test (an
   * exact comparison of constant counts, the 3σ rule) or none (too few
   * samples): the report's benchstat-compatible tables show this one. Absent
   * when a side has no samples, and in older reports.
   */
  rankP?: number;
  /**
   * The samples of each side, as measured: the charts draw them, and the
   * benchstat tables take the median from them the way benchstat does (of
   * the values converted to its unit). Absent in older reports.
   */
  samples?: { base: number[]; head: number[] };
  /** This metric's median in earlier baselines of the branch, oldest first, when the store provided them (src/report/trend.ts). */
  trend?: TrendPoint[];
}

/** One earlier baseline's median of a comparison's benchmark and metric. */
export interface TrendPoint {
  commit: string;
  createdAt: string;
  median: number;
}

/** The same-runner confirmation of a machine-sensitive suspect (src/gate/confirm.ts). */
export interface Confirmation {
  /**
   * - `pending`: not re-measured (yet); never gates.
   * - `confirmed`: the interleaved re-measurement regressed too; gates.
   * - `not-reproduced`: it did not: runner drift, reported with both figures.
   * - `unavailable`: could not re-measure (no baseline commit, over the budget, …); never gates.
   */
  status: 'pending' | 'confirmed' | 'not-reproduced' | 'unavailable';
  /** One sentence with the figures, or why it could not run. */
  reason: string;
  /** The re-measurement, when it ran: base and head measured interleaved on this runner. */
  base?: SampleSummary | null;
  head?: SampleSummary | null;
  p?: number | null;
}

/** One regression's figures, as a cause lists its effects and consequences. */
export interface CauseEffect {
  benchmark: BenchmarkRef;
  metric: string;
  label: string;
  unit: string;
  /** Medians. */
  base: number | null;
  head: number | null;
  /** Set when the figures alone mislead, e.g. `now triggers GC` for a pause against a baseline without GC. */
  note?: string;
}

/** What a regression is grouped under (src/compare/causes.ts). */
export type CauseKind = 'new-allocation' | 'allocation-growth' | 'leak' | 'new-escape' | 'metric' | 'runtime';

/** One cause of a report's regressions, with what it moved. */
export interface Cause {
  kind: CauseKind;
  package: string;
  function?: string;
  /** Repo-relative location, when the cause has one. */
  file?: string;
  line?: number;
  /** A few words: "new allocation", "new goroutine leak". */
  title: string;
  /** One line with the specifics: the site's figures, the compiler's words. */
  summary: string;
  /** Supporting lines: the escape flow, the leak's creation stack. */
  details: string[];
  benchmarks: BenchmarkRef[];
  /** The invariant comparisons this cause explains. */
  effects: CauseEffect[];
  /** Machine-sensitive moves of the same benchmarks, listed here and gated only through the cause. */
  consequences: CauseEffect[];
  /** True when this cause fails the gate. */
  gating: boolean;
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
type SiteKind = 'leak' | 'allocation' | 'escape';

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

/**
 * Where the report's locations open on the web, filled by the Action from
 * the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, the pull
 * request's head SHA, GITHUB_RUN_ID). Absent in the CLI and the demo, whose
 * reports link nothing rather than guess.
 */
export interface ReportLinks {
  /** The repository's web address, e.g. `https://github.com/octo/app`. */
  repository: string;
  /** The commit file links point into: the pull request's head. */
  headSha: string;
  /** The workflow run that made this report. */
  run?: string;
  /** The baseline's commit page. */
  baselineCommit?: string;
  /**
   * Where the directory that the report's file paths are relative to lies
   * inside the repository ('' or absent: the repository root; `svc/api` when
   * the checkout is a subfolder of the repository's tree).
   */
  root?: string;
  /** go-runtime-gate's own README, whose sections explain each kind of finding. */
  docs?: string;
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
  /** The regressions grouped by cause (src/compare/causes.ts); the verdict counts these. Absent in older reports. */
  causes?: Cause[];
  /** What the same-runner confirmation of machine-sensitive suspects cost, when it ran. */
  confirmationRun?: ConfirmationRun;
  /** Web addresses for files, commits, the run and the docs (absent outside the Action). */
  links?: ReportLinks;
  /** Present when only the benchmarks a change affects were to be measured (`affected: auto`). */
  affected?: AffectedSummary;
  /** Present when the head (and an A/B base) were measured by `count` shard jobs and merged (`mode: merge`). */
  shards?: { count: number };
}

/**
 * What an affected-only run measured and left out (src/gate/affected.ts).
 * Benchmarks not affected by the change were not measured: they carry the
 * baseline's values for context and never a verdict.
 */
export interface AffectedSummary {
  /** `affected`: only the benchmarks depending on a changed package were measured; `all`: everything was, for `reason`. */
  measured: 'affected' | 'all';
  /** The commit the change was taken from ('' when unknown). */
  base: string;
  /** One sentence: what changed, or why everything was measured. */
  reason: string;
  /** Packages whose files changed. */
  changedPackages: string[];
  /** Packages with benchmarks that the change does not reach. */
  unaffectedPackages: string[];
  /** The unaffected benchmarks, with the baseline's medians when there is a baseline. */
  notAffected: NotAffectedBenchmark[];
}

export interface NotAffectedBenchmark {
  benchmark: BenchmarkRef;
  /** The baseline's medians (time, B/op, allocs/op); empty without a baseline. */
  baseline: { metric: string; label: string; unit: string; median: number }[];
}

export interface ConfirmationRun {
  /** Suspects found (pending, not consequences). */
  suspects: number;
  /** Benchmarks re-measured. */
  benchmarks: number;
  /** Samples per side. */
  count: number;
  seconds: number;
  /** The budget, as configured (a Go duration). */
  budget: string;
  /** Suspect benchmarks left out by the budget. */
  skipped?: number;
}

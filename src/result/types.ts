/**
 * RunResult: the one document a measurement produces and a baseline stores.
 * Schema version 1. Readers must accept every older version (migrating it) and
 * refuse newer ones with the reason; see `document/run-result.ts`.
 */

export const RUN_RESULT_SCHEMA = 'go-runtime-gate/run-result';
export const RUN_RESULT_VERSION = 1;

export interface Environment {
  /** `go version` output's version, e.g. `go1.26.8`. */
  goVersion: string;
  goos: string;
  goarch: string;
  /** CPU model as the benchmark's `cpu:` line prints it ('' if unknown). */
  cpu: string;
  /** GOMAXPROCS of the measuring machine (number of CPUs Go sees). */
  gomaxprocs: number;
  /** Runner OS (`RUNNER_OS` in Actions, else Node's platform). */
  runnerOs: string;
  commit: string;
  ref: string;
  /** Hash of every setting that changes what is measured; baselines only match the same hash. */
  configHash: string;
}

/** The settings that produced a run, as recorded for reports and the config hash. */
export interface MeasureConfig {
  packages: string[];
  bench: string;
  count: number;
  benchtime: string;
  cpu: number[];
  tags: string;
  goTestFlags: string[];
  /** Per-process timeout as Go's duration syntax (`10m`). */
  timeout: string;
  memprofile: boolean;
  /** -test.memprofilerate (bytes per sample; 0 = Go's default of 512 KiB). */
  memprofileRate?: number;
  trace: boolean;
}

interface SampleArtifacts {
  /** Paths relative to the artifacts directory of the run. */
  memprofile?: string;
  trace?: string;
}

/** One process run of one benchmark. */
export interface Sample {
  /** Position of this process among all processes of the run (interleaving order). */
  order: number;
  /** Iterations (b.N) the benchmark line reported. */
  iterations: number;
  /** Every value–unit pair of the benchmark line, keyed by unit. */
  values: Record<string, number>;
  artifacts: SampleArtifacts;
  /** Wall-clock milliseconds of the process. */
  wallMs: number;
}

interface StackFrame {
  function: string;
  /** Repo-relative for files in the repository, else as Go recorded it. */
  file: string;
  line: number;
}

/**
 * One located site's per-sample values within a benchmark: a goroutine-leak
 * creation site (from the trace) or an allocation site (from the heap
 * profile). Values are aligned with the samples that were analysed, with 0
 * where the site did not appear in a sample, so the same statistics apply.
 */
export interface SiteSeries {
  kind: 'leak' | 'allocation';
  function: string;
  file: string;
  line: number;
  /** Creation stack of a leak, innermost first. */
  stack?: StackFrame[];
  /** An allocation site's bytes per object in the first sample that has it (its size class). */
  size?: number;
  /** An allocation site's source line, trimmed, without comment: with `function` and `size` its identity across commits (`line` is display only). */
  snippet?: string;
  /** Per unit (`goroutines`, `objects/op`, `B/op`), one value per analysed sample. */
  values: Record<string, number[]>;
}

export type FailureKind = 'failed' | 'panic' | 'timeout' | 'build' | 'no-result';

export interface BenchmarkFailure {
  kind: FailureKind;
  message: string;
  /** Tail of the process output (bounded). */
  output: string;
}

export interface BenchmarkResult {
  /** Package import path. */
  package: string;
  /** Benchmark name without the `Benchmark` prefix's package and without the -N suffix, e.g. `BenchmarkEncode/small`. */
  name: string;
  /** GOMAXPROCS the benchmark ran with (the -N suffix; 1 when absent). */
  procs: number;
  /** Source position of the benchmark function (repo-relative), when known. */
  file?: string;
  line?: number;
  samples: Sample[];
  /** Per metric id, the per-sample values (same order as `samples`). */
  metrics: Record<string, number[]>;
  /** Metrics that could not be measured, with the reason (never reported as zero). */
  unavailable: Record<string, string>;
  failure?: BenchmarkFailure;
  /** Located sites (leaks, allocations) found in the samples' traces and profiles. */
  sites?: SiteSeries[];
}

/** A compiler or toolchain message at a source position (repo-relative file). */
export interface Diagnostic {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface PackageFailure {
  package: string;
  kind: 'build' | 'list';
  message: string;
  output: string;
  /** Compiler errors with positions, for the report and annotations. */
  diagnostics?: Diagnostic[];
}

/**
 * The compiler's heap-escape sites of the measured packages (non-test code),
 * as collected by src/escape. Kept whole: a pull request's new sites are found
 * by a multiset diff against the baseline's, by identity keys without lines.
 */
export interface EscapeAnalysis {
  goVersion: string;
  packages: string[];
  sites: import('../escape/sites.js').EscapeSite[];
  unrecognised: { package: string; file: string; line: number; text: string; outputLine: number }[];
  compileErrors: { package: string; file: string; line: number; column?: number; message: string }[];
  warnings: string[];
}

export interface RunResult {
  schema: typeof RUN_RESULT_SCHEMA;
  version: number;
  tool: { name: string; version: string };
  createdAt: string;
  environment: Environment;
  config: MeasureConfig;
  /** Module root (absolute at measure time; informational). */
  workingDirectory: string;
  benchmarks: BenchmarkResult[];
  packageFailures: PackageFailure[];
  warnings: string[];
  /** Escape analysis of the measured packages; absent when switched off, or in older baselines. */
  escapes?: EscapeAnalysis;
  /** Why escape analysis is missing when it was wanted. */
  escapesUnavailable?: string;
  /**
   * Baselines only: the medians of the branch's earlier baselines, oldest
   * first, carried forward at each save (src/report/trend.ts) so that a
   * report can draw a metric's trend from the one baseline it restores — the
   * Actions cache cannot list older entries.
   */
  history?: BaselineHistoryEntry[];
}

/** One earlier baseline of a branch, reduced to each benchmark's median per metric. */
export interface BaselineHistoryEntry {
  commit: string;
  createdAt: string;
  benchmarks: Array<{ package: string; name: string; procs: number; medians: Record<string, number> }>;
}

/** A benchmark's identity across runs: package, name and procs. */
export function benchmarkKey(b: Pick<BenchmarkResult, 'package' | 'name' | 'procs'>): string {
  return `${b.package}\u0000${b.name}\u0000${b.procs}`;
}

/** How a benchmark is shown to people: `pkg.Name-procs` like `go test` prints it (procs only when >1). */
export function benchmarkDisplayName(b: Pick<BenchmarkResult, 'name' | 'procs'>): string {
  return b.procs > 1 ? `${b.name}-${b.procs}` : b.name;
}

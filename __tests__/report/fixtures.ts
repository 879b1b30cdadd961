/**
 * Hand-built Reports for the renderer tests. Numbers are realistic (what a
 * count=6 run of a JSON codec's benchmarks would give) so that formatting
 * mistakes are visible in the output, and every builder takes overrides so a
 * test states only what it is about.
 */
import type { Environment, MeasureConfig } from '../../src/result/types.js';
import type { BenchmarkRef, FailureEntry, MetricComparison, Report, RunSide, SampleSummary } from '../../src/report/model.js';
import { REPORT_SCHEMA, REPORT_VERSION } from '../../src/report/model.js';

export const PKG = 'example.com/codec';

export function environment(overrides: Partial<Environment> = {}): Environment {
  return {
    goVersion: 'go1.26.0',
    goos: 'linux',
    goarch: 'amd64',
    cpu: 'AMD EPYC 7763 64-Core Processor',
    gomaxprocs: 4,
    runnerOs: 'Linux',
    commit: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ref: 'refs/heads/main',
    configHash: 'c0ffee',
    ...overrides,
  };
}

export function measureConfig(overrides: Partial<MeasureConfig> = {}): MeasureConfig {
  return {
    packages: ['./...'],
    bench: '.',
    count: 6,
    benchtime: '1s',
    cpu: [],
    tags: '',
    goTestFlags: [],
    timeout: '10m',
    memprofile: true,
    trace: true,
    ...overrides,
  };
}

export function runSide(env: Partial<Environment> = {}, createdAt = '2025-03-04T15:06:07Z'): RunSide {
  return { environment: environment(env), createdAt, config: measureConfig() };
}

/** A summary whose interval is `spread` (relative) either side of the median. */
export function summary(median: number, n = 6, spread = 0): SampleSummary {
  const low = median * (1 - spread);
  const high = median * (1 + spread);
  return { n, median, low, high, confidence: n >= 6 ? 0.97 : 0.75, min: low, max: high };
}

export function bench(name: string, overrides: Partial<BenchmarkRef> = {}): BenchmarkRef {
  return { package: PKG, name, procs: 8, file: 'codec_test.go', line: 42, ...overrides };
}

type MetricId = 'time' | 'bytes' | 'allocs';
const METRICS: Record<MetricId, Pick<MetricComparison, 'metric' | 'unit' | 'label' | 'lowerIsBetter' | 'mode' | 'threshold' | 'floor'>> = {
  time: { metric: 'time', unit: 'ns/op', label: 'time/op', lowerIsBetter: true, mode: 'report', threshold: 0.1, floor: 0 },
  bytes: { metric: 'bytes', unit: 'B/op', label: 'B/op', lowerIsBetter: true, mode: 'gate', threshold: 0.05, floor: 0 },
  allocs: { metric: 'allocs', unit: 'allocs/op', label: 'allocs/op', lowerIsBetter: true, mode: 'gate', threshold: 0, floor: 0 },
};

/**
 * A comparison of medians `base` → `head`. Delta and absolute delta are
 * derived the way `compare/` defines them (null delta when base is 0).
 */
export function comparison(
  name: string,
  metric: MetricId,
  base: number | null,
  head: number | null,
  overrides: Partial<MetricComparison> = {},
): MetricComparison {
  const m = METRICS[metric];
  const b = base === null ? null : summary(base, 6, metric === 'time' ? 0.02 : 0);
  const h = head === null ? null : summary(head, 6, metric === 'time' ? 0.03 : 0);
  const delta = b && h ? (b.median === 0 ? (h.median === 0 ? 0 : null) : h.median / b.median - 1) : null;
  const verdict = overrides.verdict ?? 'unchanged';
  return {
    benchmark: bench(name),
    ...m,
    base: b,
    head: h,
    delta,
    absoluteDelta: b && h ? h.median - b.median : null,
    p: b && h ? (verdict === 'unchanged' ? 0.818 : 0.002165) : null,
    pAdjusted: b && h ? (verdict === 'unchanged' ? 1 : 0.0087) : null,
    test: b && h ? 'mann-whitney' : 'none',
    verdict,
    gating: verdict === 'regression' && m.mode === 'gate',
    reason: verdict === 'regression' ? `p<alpha and Δ exceeds ${m.threshold * 100}%` : '',
    warnings: [],
    ...overrides,
  };
}

export const PANIC_OUTPUT = [
  'goos: linux',
  'goarch: amd64',
  'pkg: example.com/codec',
  'BenchmarkDecode/nested-8   \tpanic: runtime error: index out of range [3] with length 3',
  '',
  'goroutine 7 [running]:',
  'example.com/codec.(*decoder).next(...)',
  '\t/home/runner/work/codec/decode.go:88 +0x1d4',
  'note: input was ```json {"a":[1,2,3]} ``` and `backticks` here',
  '````',
  '</details>',
  '<script>alert(1)</script> @octocat #123',
  'exit status 2',
].join('\n');

export function panicFailure(overrides: Partial<FailureEntry> = {}): FailureEntry {
  return {
    package: PKG,
    name: 'BenchmarkDecode/nested',
    kind: 'panic',
    message: 'panic: runtime error: index out of range [3] with length 3',
    output: PANIC_OUTPUT,
    side: 'head',
    ...overrides,
  };
}

function counts(comparisons: MetricComparison[], failures: FailureEntry[]): Report['counts'] {
  const of = (v: string): number => comparisons.filter((c) => c.verdict === v).length;
  return {
    regressions: of('regression'),
    improvements: of('improvement'),
    unchanged: of('unchanged'),
    insufficient: of('insufficient'),
    failures: failures.length,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  const comparisons = overrides.comparisons ?? [];
  const failures = overrides.failures ?? [];
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    name: 'default',
    baselineSource: 'cache',
    verdict: 'pass',
    headline: 'No runtime-health regressions.',
    head: runSide({ commit: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d', ref: 'refs/pull/17/merge' }, '2025-03-05T09:10:11Z'),
    baseline: runSide(),
    settings: { alpha: 0.05, fdr: true, failOnBenchmarkFailure: true },
    comparisons,
    failures,
    added: [],
    removed: [],
    warnings: [],
    counts: counts(comparisons, failures),
    ...overrides,
  };
}

/**
 * The report a typical failing PR produces: an extra allocation and more
 * bytes in Encode, a faster Decode, unchanged time, a benchmark run with too
 * few samples, a panicking benchmark, one added and one removed benchmark.
 */
export function failingReport(overrides: Partial<Report> = {}): Report {
  const comparisons = [
    comparison('BenchmarkEncode/small', 'allocs', 12, 13, { verdict: 'regression' }),
    comparison('BenchmarkEncode/small', 'bytes', 1536, 1664, { verdict: 'regression' }),
    comparison('BenchmarkEncode/small', 'time', 1234.5, 1300.2, { verdict: 'unchanged' }),
    comparison('BenchmarkEncode/empty', 'allocs', 0, 1, { verdict: 'regression' }),
    comparison('BenchmarkDecode/flat', 'time', 45_600, 38_100, { verdict: 'improvement', p: 0.002165, pAdjusted: 0.0087 }),
    comparison('BenchmarkDecode/flat', 'bytes', 64, 64, { verdict: 'unchanged', test: 'exact', p: null, pAdjusted: null }),
    comparison('BenchmarkStream', 'allocs', 3, 4, {
      verdict: 'insufficient',
      base: summary(3, 3),
      head: summary(4, 3),
      p: 0.1,
      pAdjusted: 0.3,
      reason: 'n=3 < 4: can never reach alpha=0.05',
      warnings: ['only 3 samples on each side'],
    }),
  ];
  const failures = [panicFailure()];
  return report({
    verdict: 'fail',
    headline: '3 gated regressions (allocs/op, B/op) and 1 failed benchmark.',
    comparisons,
    failures,
    added: [bench('BenchmarkEncode/huge')],
    removed: [bench('BenchmarkLegacy')],
    ...overrides,
  });
}

/** A first run: no baseline, head values only. */
export function noBaselineReport(): Report {
  const comparisons = [
    comparison('BenchmarkEncode/small', 'allocs', null, 12, { verdict: 'insufficient', reason: 'no baseline' }),
    comparison('BenchmarkEncode/small', 'bytes', null, 1536, { verdict: 'insufficient', reason: 'no baseline' }),
    comparison('BenchmarkEncode/small', 'time', null, 1234.5, { verdict: 'insufficient', reason: 'no baseline' }),
  ];
  return report({
    verdict: 'no-baseline',
    baselineSource: 'none',
    baseline: null,
    headline: 'No baseline found; nothing was gated.',
    comparisons,
  });
}

/** Baseline measured with another Go and on another CPU. */
export function mismatchReport(): Report {
  return failingReport({
    baseline: runSide({ goVersion: 'go1.25.3', cpu: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz' }),
    // Worded as compare/ words them: renderers show these once, from the environments.
    warnings: [
      'Go version differs: baseline go1.25.3, head go1.26.0.',
      'CPU differs: baseline "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", head "AMD EPYC 7763 64-Core Processor"; time/op is not comparable.',
      'baseline is from go1.25.3; escape diffs are toolchain-sensitive',
    ],
  });
}

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  'a|b|c',
  'Benchmark`tick`',
  'Benchmark```fence```',
  '@octocat',
  'Fix #123 and GH-1',
  '](javascript:alert(1))',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '**bold** _it_ ~~strike~~',
  '<!-- comment -->',
  '</details><details open>',
  'line\nbreak|cell',
  'ansi\u001b[31mred\u001b[0m',
  'bidi\u202egnp.exe',
  'ünïcödé/日本語/😀',
  '$\\color{red}{X}$',
  '&lt;script&gt;',
  'x'.repeat(5000),
];

/** `n` gating regressions whose names cycle through the hostile ones. */
export function hostileReport(n: number): Report {
  const comparisons: MetricComparison[] = [];
  for (let i = 0; i < n; i++) {
    const name = `Benchmark${HOSTILE_NAMES[i % HOSTILE_NAMES.length]}/${i}`;
    comparisons.push(
      comparison(name, i % 2 === 0 ? 'allocs' : 'bytes', 10 + i, 20 + i, {
        verdict: 'regression',
        benchmark: bench(name, { package: i % 3 === 0 ? 'example.com/<pkg>|@octocat' : PKG }),
      }),
    );
  }
  const failures = [panicFailure({ name: 'Benchmark<script>alert(1)</script>|x', message: '@octocat `boom` | <b>x</b>\nsecond line' })];
  return report({
    verdict: 'fail',
    name: 'conf|<b>@octocat</b>',
    headline: `${n} gated regressions.`,
    comparisons,
    failures,
    warnings: ['<img src=x onerror=alert(1)> @octocat'],
  });
}

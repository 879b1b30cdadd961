/**
 * RunResult fixtures for tests. Every builder returns a complete, valid v1
 * document (the RunResult reader accepts it) and takes partial overrides, so a test
 * states only what it is about.
 */

import { configHash } from '../../src/result/confighash.js';
import {
  RUN_RESULT_SCHEMA,
  RUN_RESULT_VERSION,
  type BenchmarkResult,
  type Environment,
  type MeasureConfig,
  type RunResult,
  type Sample,
} from '../../src/result/types.js';

export const COMMIT_A = 'a'.repeat(40);
export const COMMIT_B = 'b'.repeat(40);
export const COMMIT_C = 'c'.repeat(40);

export function makeConfig(overrides: Partial<MeasureConfig> = {}): MeasureConfig {
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

export function makeEnvironment(overrides: Partial<Environment> = {}, config: MeasureConfig = makeConfig()): Environment {
  return {
    goVersion: 'go1.26.0',
    goos: 'linux',
    goarch: 'amd64',
    cpu: 'AMD EPYC 7763 64-Core Processor',
    gomaxprocs: 4,
    runnerOs: 'Linux',
    commit: COMMIT_A,
    ref: 'refs/heads/main',
    configHash: configHash(config),
    ...overrides,
  };
}

/** `n` samples whose values are `base + i` for every unit in `units` (ns/op, B/op, allocs/op by default). */
export function makeSamples(n: number, base: Record<string, number> = { 'ns/op': 1000, 'B/op': 64, 'allocs/op': 2 }): Sample[] {
  return Array.from({ length: n }, (_, i) => ({
    order: i,
    iterations: 100000,
    values: Object.fromEntries(Object.entries(base).map(([unit, v]) => [unit, v + i])),
    artifacts: { memprofile: `s${i}.mem.pprof`, trace: `s${i}.trace` },
    wallMs: 1200 + i,
  }));
}

export function makeBenchmark(overrides: Partial<BenchmarkResult> = {}): BenchmarkResult {
  const samples = overrides.samples ?? makeSamples(6);
  return {
    package: 'example.com/mod/codec',
    name: 'BenchmarkEncode/small',
    procs: 4,
    file: 'codec/codec_test.go',
    line: 42,
    samples,
    metrics: {
      time: samples.map((s) => s.values['ns/op'] ?? 0),
      bytes: samples.map((s) => s.values['B/op'] ?? 0),
      allocs: samples.map((s) => s.values['allocs/op'] ?? 0),
      gcPauseP99: samples.map((_, i) => 15000 + i * 10),
    },
    unavailable: { goroutinesLeaked: 'trace has no goroutine events (truncated?)' },
    ...overrides,
  };
}

export interface RunResultOverrides extends Partial<Omit<RunResult, 'environment' | 'config'>> {
  environment?: Partial<Environment>;
  config?: Partial<MeasureConfig>;
}

export function makeRunResult(overrides: RunResultOverrides = {}): RunResult {
  const { environment, config: configOverrides, ...rest } = overrides;
  const config = makeConfig(configOverrides);
  return {
    schema: RUN_RESULT_SCHEMA,
    version: RUN_RESULT_VERSION,
    tool: { name: 'go-runtime-gate', version: '0.1.0' },
    createdAt: '2026-03-01T12:00:00.000Z',
    environment: makeEnvironment(environment, config),
    config,
    workingDirectory: '/home/runner/work/mod/mod',
    benchmarks: [
      makeBenchmark(),
      makeBenchmark({
        name: 'BenchmarkDecode',
        procs: 1,
        file: undefined,
        line: undefined,
        failure: { kind: 'panic', message: 'panic: index out of range', output: 'goroutine 1 [running]:\n…' },
      }),
    ],
    packageFailures: [{ package: 'example.com/mod/broken', kind: 'build', message: 'build failed', output: './x.go:3:1: syntax error' }],
    warnings: ['GOMAXPROCS differs from -cpu'],
    ...rest,
  };
}

import type { BenchmarkResult, RunResult } from '../../src/result/types.js';

/** A RunResult with the given benchmarks' metric samples (other fields realistic but fixed). */
export function run(benchmarks: Partial<BenchmarkResult>[], env: Partial<RunResult['environment']> = {}): RunResult {
  return {
    schema: 'go-runtime-gate/run-result',
    version: 1,
    tool: { name: 'go-runtime-gate', version: '0.1.0' },
    createdAt: '2026-11-20T10:00:00.000Z',
    environment: {
      goVersion: 'go1.26.8',
      goos: 'linux',
      goarch: 'amd64',
      cpu: 'AMD EPYC',
      gomaxprocs: 2,
      runnerOs: 'Linux',
      commit: 'c0ffee',
      ref: 'refs/heads/main',
      configHash: 'abc123',
      ...env,
    },
    config: {
      packages: ['./...'],
      bench: '.',
      count: 6,
      benchtime: '100x',
      cpu: [],
      tags: '',
      goTestFlags: [],
      timeout: '10m',
      memprofile: false,
      trace: false,
    },
    workingDirectory: '/m',
    benchmarks: benchmarks.map((b) => ({
      package: 'example.com/m/p',
      name: 'BenchmarkX',
      procs: 2,
      samples: [],
      metrics: {},
      unavailable: {},
      ...b,
    })),
    packageFailures: [],
    warnings: [],
  };
}

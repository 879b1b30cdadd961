/**
 * An id no registry row knows is never compared; the report says so instead
 * of dropping it (a baseline from a release that named a metric differently,
 * a hand-edited RunResult).
 */
import { compareRuns } from '../../src/compare/compare.js';
import { UnknownMetrics } from '../../src/metrics/registry.js';
import { run } from './helpers.js';

const six = [10, 11, 10, 12, 11, 10];

test('a metric id without a row is a visible warning, and is not compared', () => {
  const base = run([{ metrics: { allocs: six, 'gc-cycle': six } }, { name: 'BenchmarkY', metrics: { 'gc-cycle': six } }]);
  const head = run([
    { metrics: { allocs: six, 'gc-cycle': six, 'custom:frames/s': six } },
    { name: 'BenchmarkY', metrics: {}, unavailable: { 'peak-heaps': 'trace unreadable' } },
  ]);
  const report = compareRuns(base, head);
  expect(report.comparisons.map((c) => `${c.benchmark.name} ${c.metric}`)).toEqual(['BenchmarkX allocs', 'BenchmarkX custom:frames/s']);
  expect(report.warnings).toEqual([
    'Unknown metric "gc-cycle" (in BenchmarkX-2, BenchmarkY-2), not compared: this release has no such metric.',
    'Unknown metric "peak-heaps" (in BenchmarkY-2), not compared: this release has no such metric.',
  ]);
  expect(report.verdict).toBe('pass');
});

test('no warning when every id is known', () => {
  const r = run([{ metrics: { allocs: six, 'gc-cycles': six, 'custom:frames/s': six } }]);
  expect(compareRuns(r, r).warnings).toEqual([]);
});

test('a long list of benchmarks is shortened', () => {
  const u = new UnknownMetrics();
  for (const b of ['A', 'B', 'C', 'D', 'E']) u.note('x', b);
  expect(u.warnings()).toEqual(['Unknown metric "x" (in A, B, C and 2 more), not compared: this release has no such metric.']);
});

import {
  MISSING,
  clipOutput,
  environmentDifferences,
  formatAbsoluteDelta,
  formatBytes,
  formatCI,
  formatCount,
  formatDelta,
  formatNanoseconds,
  formatP,
  formatPValue,
  formatPercent,
  formatSampleCount,
  formatSummary,
  formatThreshold,
  formatTimestamp,
  formatValue,
  isEnvironmentWarning,
  plural,
  shortCommit,
} from '../../src/report/format.js';
import { runSide, summary } from './fixtures.js';

describe('formatValue by unit', () => {
  it('scales time with three significant digits', () => {
    expect(formatValue(456, 'ns/op')).toBe('456ns');
    expect(formatValue(1234.5, 'ns/op')).toBe('1.23µs');
    expect(formatValue(12_345_678, 'ns/op')).toBe('12.3ms');
    expect(formatValue(1.5e9, 'ns/op')).toBe('1.50s');
    expect(formatValue(0.25, 'ns/op')).toBe('0.250ns');
    expect(formatValue(0, 'ns/op')).toBe('0ns');
  });

  it('promotes a value that rounds up to 1000 to the next unit', () => {
    expect(formatNanoseconds(999.6)).toBe('1.00µs');
    expect(formatNanoseconds(999_999)).toBe('1.00ms');
  });

  it('keeps small byte counts exact and uses binary prefixes above 1 KiB', () => {
    expect(formatValue(64, 'B/op')).toBe('64 B');
    expect(formatValue(64.5, 'B/op')).toBe('64.5 B');
    expect(formatValue(1023, 'B/op')).toBe('1023 B');
    expect(formatValue(1536, 'B/op')).toBe('1.50KiB');
    expect(formatValue(12.3 * 1024 * 1024, 'B/op')).toBe('12.3MiB');
    expect(formatBytes(1024 ** 3)).toBe('1.00GiB');
    expect(formatBytes(1_048_575)).toBe('1.00MiB');
    expect(formatValue(2048, 'B')).toBe('2.00KiB');
  });

  it('prints counts as integers when they are, else with three significant digits', () => {
    expect(formatValue(12, 'allocs/op')).toBe('12');
    expect(formatValue(12.5, 'allocs/op')).toBe('12.5');
    expect(formatValue(0.5, 'allocs/op')).toBe('0.5');
    expect(formatValue(1204, 'allocs/op')).toBe('1204');
    expect(formatCount(2_500_000)).toBe('2.5M');
    expect(formatValue(3, 'goroutines')).toBe('3');
  });

  it('prints throughput in decimal units as Go does', () => {
    expect(formatValue(456.7, 'MB/s')).toBe('456.7 MB/s');
    expect(formatValue(1234, 'MB/s')).toBe('1.23 GB/s');
  });

  it('keeps unknown units and a non-op denominator', () => {
    expect(formatValue(12.3456, 'frames/s')).toBe('12.35 frames/s');
    expect(formatValue(123_456, 'widgets')).toBe('123.5k widgets');
    expect(formatValue(7, 'hits')).toBe('7 hits');
    expect(formatValue(1500, 'ns/frame')).toBe('1.50µs/frame');
  });

  it('shows missing and non-finite values without throwing', () => {
    expect(formatValue(null, 'ns/op')).toBe(MISSING);
    expect(formatValue(undefined, 'B/op')).toBe(MISSING);
    expect(formatValue(Infinity, 'ns/op')).toBe('∞');
    expect(formatValue(NaN, 'allocs/op')).toBe('NaN');
  });
});

describe('deltas', () => {
  it('formats relative changes with a sign and two decimals', () => {
    expect(formatPercent(0.1234)).toBe('+12.34%');
    expect(formatPercent(-0.05)).toBe('-5.00%');
    expect(formatPercent(-0.00001)).toBe('0.00%');
    expect(formatPercent(Infinity)).toBe('+∞');
  });

  it('prints ~ for no significant change, +∞ from a zero base, — without a base', () => {
    const base = { median: 10 };
    expect(formatDelta({ delta: 0.01, base, head: { median: 10.1 }, verdict: 'unchanged' })).toBe('~');
    expect(formatDelta({ delta: 0.2, base, head: { median: 12 }, verdict: 'regression' })).toBe('+20.00%');
    expect(formatDelta({ delta: null, base: { median: 0 }, head: { median: 1 }, verdict: 'regression' })).toBe('+∞');
    expect(formatDelta({ delta: null, base: null, head: { median: 1 }, verdict: 'insufficient' })).toBe(MISSING);
  });

  it('formats absolute deltas in the unit with a sign', () => {
    expect(formatAbsoluteDelta(1, 'allocs/op')).toBe('+1');
    expect(formatAbsoluteDelta(128, 'B/op')).toBe('+128 B');
    expect(formatAbsoluteDelta(-1200, 'ns/op')).toBe('-1.20µs');
    expect(formatAbsoluteDelta(null, 'ns/op')).toBe(MISSING);
  });
});

describe('p-values, sample counts and intervals', () => {
  it('prints p like benchstat', () => {
    expect(formatP(0.002165)).toBe('p=0.002');
    expect(formatP(0.0004)).toBe('p<0.001');
    expect(formatP(1)).toBe('p=1.000');
    expect(formatP(null)).toBe(MISSING);
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.818)).toBe('0.818');
  });

  it('never rounds a p-value across alpha', () => {
    expect(formatP(0.0496, 0.05)).toBe('p=0.0496');
    expect(formatP(0.0504, 0.05)).toBe('p=0.050');
    expect(formatP(0.04999, 0.05)).toBe('p=0.04999');
  });

  it('prints n=6, or n=6+5 when the sides differ', () => {
    expect(formatSampleCount(6, 6)).toBe('n=6');
    expect(formatSampleCount(6, 5)).toBe('n=6+5');
    expect(formatSampleCount(6)).toBe('n=6');
    expect(formatSampleCount(null, 6)).toBe('n=6');
  });

  it('prints the confidence interval relative to the median', () => {
    expect(formatCI(summary(100, 6, 0.03))).toBe('±3%');
    expect(formatCI(summary(100, 6, 0))).toBe('±0%');
    expect(formatCI(summary(100, 6, 0.004))).toBe('±0.4%');
    expect(formatCI({ median: 100, low: 98, high: 110 })).toBe('±10%');
    expect(formatCI({ median: 0, low: 0, high: 1 })).toBe('±∞');
  });

  it('combines median and interval into a cell', () => {
    expect(formatSummary(summary(1536, 6, 0.01), 'B/op')).toBe('1.50KiB ±1%');
    expect(formatSummary(null, 'B/op')).toBe(MISSING);
  });
});

describe('thresholds and misc', () => {
  it('states the threshold in the direction that is worse', () => {
    expect(formatThreshold(0.05, 0, 'B/op', true)).toBe('+5%');
    expect(formatThreshold(0, 0, 'allocs/op', true)).toBe('any');
    expect(formatThreshold(0.1, 0, 'MB/s', false)).toBe('-10%');
    expect(formatThreshold(0.2, 50_000, 'ns', true)).toBe('+20% and +50.0µs');
  });

  it('formats timestamps, commits and plurals', () => {
    expect(formatTimestamp('2025-03-04T15:06:07Z')).toBe('2025-03-04 15:06 UTC');
    expect(formatTimestamp('yesterday')).toBe('yesterday');
    expect(shortCommit('3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39')).toBe('3f2a9c1d8e7b');
    expect(shortCommit('HEAD')).toBe('HEAD');
    expect(plural(1, 'regression')).toBe('1 regression');
    expect(plural(2, 'regression')).toBe('2 regressions');
  });

  it('clips long output keeping its start and end', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}`);
    const out = clipOutput(lines.join('\n'), 30).split('\n');
    expect(out[0]).toBe('line 0');
    expect(out[out.length - 1]).toBe('line 199');
    expect(out).toContain('… 170 lines omitted …');
    expect(out.length).toBe(31);
    expect(clipOutput('x'.repeat(20_000), 60, 1000).length).toBeLessThan(1100);
  });

  it('lists environment differences between baseline and head', () => {
    const diffs = environmentDifferences(runSide({ goVersion: 'go1.25.3', cpu: 'Xeon' }), runSide());
    expect(diffs.map((d) => d.label)).toEqual(['Go version', 'CPU']);
    expect(diffs[0]).toEqual({ label: 'Go version', base: 'go1.25.3', head: 'go1.26.0' });
    expect(environmentDifferences(null, runSide())).toEqual([]);
    expect(environmentDifferences(runSide(), runSide())).toEqual([]);
  });

  it('recognises a warning that restates an environment difference, whatever its wording', () => {
    const diffs = environmentDifferences(runSide({ goVersion: 'go1.25.3', gomaxprocs: 8 }), runSide());
    expect(isEnvironmentWarning('Go version differs: baseline go1.25.3, head go1.26.0.', diffs)).toBe(true);
    expect(isEnvironmentWarning('toolchain changed from go1.25.3 to go1.26.0', diffs)).toBe(true);
    expect(isEnvironmentWarning('GOMAXPROCS differs: baseline 8, head 4.', diffs)).toBe(true);
    expect(isEnvironmentWarning('8 of 4 samples were dropped', diffs)).toBe(false);
    expect(isEnvironmentWarning('escape diffs are toolchain-sensitive (go1.25.3)', diffs)).toBe(false);
  });
});

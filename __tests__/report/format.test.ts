/** The shared formats of format.ts; the comparisons' numbers are benchstat's (benchstat.test.ts). */
import {
  clipOutput,
  environmentDifferences,
  formatBytes,
  formatNanoseconds,
  formatThreshold,
  formatTimestamp,
  isEnvironmentWarning,
  plural,
  shortCommit,
} from '../../src/report/format.js';
import { runSide } from './fixtures.js';

describe('durations and sizes for inspect', () => {
  it('scales time with three significant digits and promotes a value that rounds up to 1000', () => {
    expect(formatNanoseconds(456)).toBe('456ns');
    expect(formatNanoseconds(1234.5)).toBe('1.23µs');
    expect(formatNanoseconds(12_345_678)).toBe('12.3ms');
    expect(formatNanoseconds(0)).toBe('0ns');
    expect(formatNanoseconds(999.6)).toBe('1.00µs');
  });

  it('keeps small byte counts exact and uses binary prefixes above 1 KiB', () => {
    expect(formatBytes(64)).toBe('64 B');
    expect(formatBytes(1536)).toBe('1.50KiB');
    expect(formatBytes(1_048_575)).toBe('1.00MiB');
  });
});

describe('thresholds and misc', () => {
  it('states the threshold in the direction that is worse', () => {
    expect(formatThreshold(0.05, 0, 'B/op', true)).toBe('+5%');
    expect(formatThreshold(0, 0, 'allocs/op', true)).toBe('any');
    expect(formatThreshold(0.1, 0, 'MB/s', false)).toBe('-10%');
    expect(formatThreshold(0.2, 50_000, 'ns', true)).toBe('+20% and +50.00µs');
    expect(formatThreshold(0.1, 4096, 'B', true)).toBe('+10% and +4.000KiB');
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

/**
 * benchstat's formatting rules, one by one (the agreement with the real
 * benchstat on whole tables is benchstat.tables.test.ts).
 */
import {
  commonScale,
  comparisonNote,
  formatAmount,
  formatBenchstatDelta,
  formatChange,
  formatScaled,
  goFixed,
  pctRange,
  scaleValue,
  tidyUnit,
  unitClass,
} from '../../src/report/benchstat.js';

describe('benchstat notation', () => {
  it("rounds exact halves to even, as Go's %f does (JavaScript's toFixed rounds them up)", () => {
    expect(goFixed(0.5, 0)).toBe('0');
    expect(goFixed(1.5, 0)).toBe('2');
    expect(goFixed(2.5, 0)).toBe('2');
    expect(goFixed(0.125, 2)).toBe('0.12');
    expect(goFixed(0.375, 2)).toBe('0.38');
    expect(goFixed(1.005, 2)).toBe('1.00'); // 1.005 is 1.00499999… as a double
    expect(goFixed(9.9999, 3)).toBe('10.000');
    expect(goFixed(-0.001, 2)).toBe('-0.00');
  });

  it('tidies units as benchunit does', () => {
    expect(tidyUnit('ns/op')).toEqual({ unit: 'sec/op', factor: 1e-9 });
    expect(tidyUnit('ns')).toEqual({ unit: 'sec', factor: 1e-9 });
    expect(tidyUnit('MB/s')).toEqual({ unit: 'B/s', factor: 1e6 });
    expect(tidyUnit('allocs/op')).toEqual({ unit: 'allocs/op', factor: 1 });
    expect(tidyUnit('frames/ns')).toEqual({ unit: 'frames/ns', factor: 1 });
    expect(unitClass('B/op')).toBe('binary');
    expect(unitClass('B/s')).toBe('binary');
    expect(unitClass('GCs/op')).toBe('decimal');
    expect(unitClass('ops/B')).toBe('decimal');
  });

  it('scales a row by its smallest non-zero value, with at least four significant digits', () => {
    const s = commonScale([0, 4.81e-6], 'decimal');
    expect([formatScaled(s, 0), formatScaled(s, 4.81e-6)]).toEqual(['0.000µ', '4.810µ']);
    expect(scaleValue(46.55e-9, 'decimal')).toBe('46.55n');
    expect(scaleValue(1204, 'decimal')).toBe('1.204k');
    expect(scaleValue(4096, 'binary')).toBe('4.000Ki');
    expect(scaleValue(1020 * 1024, 'binary')).toBe('1020.0Ki');
    expect(scaleValue(0.25e-9, 'decimal')).toBe('0.2500n');
    expect(scaleValue(0, 'decimal')).toBe('0.000');
  });

  it('prints the interval, the delta and the note as benchstat', () => {
    expect(pctRange(100, 95, 103, true)).toBe('5%');
    expect(pctRange(100, 95, 103, false)).toBe('∞');
    expect(pctRange(0, 0, 0, true)).toBe('0%');
    expect(pctRange(0, 0, 5, true)).toBe('?');
    expect(formatBenchstatDelta(0.002, 0.05, 100, 150)).toBe('+50.00%');
    expect(formatBenchstatDelta(0.05, 0.05, 100, 150)).toBe('+50.00%');
    expect(formatBenchstatDelta(0.051, 0.05, 100, 150)).toBe('~');
    expect(formatBenchstatDelta(0.002, 0.05, 0, 1)).toBe('?');
    expect(formatBenchstatDelta(0.002, 0.05, 7, 7)).toBe('0.00%');
    expect(comparisonNote(0.0021645, 6, 6)).toBe('p=0.002 n=6');
    expect(comparisonNote(0.043, 6, 8)).toBe('p=0.043 n=6+8');
    expect(comparisonNote(0, 60, 60)).toBe('n=60');
  });

  it('phrases changes and amounts for prose in the same notation', () => {
    expect(formatChange('allocs/op', 'allocs/op', 0, 1)).toBe('allocs/op 0 → 1');
    expect(formatChange('B/op', 'B/op', 4096, 6144)).toBe('B/op 4.000Ki → 6.000Ki (+50.00%)');
    expect(formatChange('GC cycles/op', 'GCs/op', 0, 4.81e-6)).toBe('GC cycles/op 0 → 4.810µ');
    expect(formatChange('GC pause p99', 'ns', 0, 8_993_000)).toBe('GC pause p99 0 → 8.993ms');
    expect(formatChange('peak heap', 'B', 2.9e6, 6.6e6)).toBe('peak heap 2.766MiB → 6.294MiB (+127.59%)');
    expect(formatAmount(50_000, 'ns')).toBe('50.00µs');
  });
});

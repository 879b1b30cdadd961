import fc from 'fast-check';
import { StreamQuantile, quantile, quantileUnsorted } from '../../../src/trace/families/quantile.js';

describe('nearest-rank quantiles', () => {
  it('picks sorted[ceil(q·n) − 1]', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.99)).toBe(198);
    expect(quantile(sorted, 0.5)).toBe(100);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.99)).toBe(0);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
  });

  it('finds the same value by selection as by sorting, ties and all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.constantFrom(0, 0.01, 0.5, 0.9, 0.99, 1), (xs, q) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(quantileUnsorted(Float64Array.from(xs), q)).toBe(quantile(sorted, q));
        expect(quantileUnsorted([...xs], q)).toBe(quantile(sorted, q));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles sorted, reversed and constant inputs of a large size', () => {
    const n = 100_001;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    const down = Float64Array.from({ length: n }, (_, i) => n - 1 - i);
    const same = new Float64Array(n).fill(3);
    expect(quantileUnsorted(up, 0.99)).toBe(Math.ceil(0.99 * n) - 1);
    expect(quantileUnsorted(down, 0.99)).toBe(Math.ceil(0.99 * n) - 1);
    expect(quantileUnsorted(same, 0.99)).toBe(3);
  });

  it('counts small values and keeps the rest, with the same quantiles, total and max as the values sorted', () => {
    // Around the counted range's end (65536), non-integers and negatives, which are kept.
    const value = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 65_530, max: 65_540 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.constantFrom(0.5, 65_535.5, -3),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.constantFrom(0, 0.01, 0.5, 0.9, 0.99, 1), (xs, q) => {
        const s = new StreamQuantile();
        for (const x of xs) s.add(x);
        const sorted = [...xs].sort((a, b) => a - b);
        expect(s.quantile(q)).toBe(quantile(sorted, q));
        expect(s.count).toBe(xs.length);
        expect(s.total).toBe(xs.reduce((a, b) => a + b, 0));
        expect(s.max).toBe(Math.max(0, ...xs));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { benjaminiHochberg } from '../../../src/compare/stats/index.js';

describe('benjaminiHochberg', () => {
  it('matches a hand-computed example (m = 10)', () => {
    // Sorted p with rank i: p·m/i, then running minimum from the top.
    //  i  p      p·10/i   adjusted
    //  1  0.001  0.01     0.01
    //  2  0.008  0.04     0.04
    //  3  0.039  0.13     0.084
    //  4  0.041  0.1025   0.084
    //  5  0.042  0.084    0.084
    //  6  0.060  0.1      0.1
    //  7  0.074  0.10571  0.10571
    //  8  0.205  0.25625  0.216
    //  9  0.212  0.23556  0.216
    // 10  0.216  0.216    0.216
    const ps = [0.205, 0.001, 0.042, 0.216, 0.039, 0.008, 0.074, 0.041, 0.212, 0.06];
    const expected = [0.216, 0.01, 0.084, 0.216, 0.084, 0.04, 0.074 * (10 / 7), 0.084, 0.216, 0.1];
    const adjusted = benjaminiHochberg(ps);
    adjusted.forEach((q, i) => expect(q).toBeCloseTo(expected[i], 12));
  });

  it('passes nulls through and does not count them in m', () => {
    const adjusted = benjaminiHochberg([0.01, null, 0.04, 0.03, null, 0.005]);
    // m = 4: 0.005→0.02, 0.01→0.02, 0.03→0.04, 0.04→0.04.
    expect(adjusted[1]).toBeNull();
    expect(adjusted[4]).toBeNull();
    expect(adjusted[0]).toBeCloseTo(0.02, 15);
    expect(adjusted[2]).toBeCloseTo(0.04, 15);
    expect(adjusted[3]).toBeCloseTo(0.04, 15);
    expect(adjusted[5]).toBeCloseTo(0.02, 15);
    expect(benjaminiHochberg([0.02, null, null])).toEqual([0.02, null, null]);
  });

  it('caps at 1 (including benchstat’s p > 1 from tied samples)', () => {
    expect(benjaminiHochberg([0.01, 4 / 3])).toEqual([0.02, 1]);
    expect(benjaminiHochberg([0.9, 0.95, 4 / 3])).toEqual([1, 1, 1]);
    expect(benjaminiHochberg([0.3, 0.6, 0.8])).toEqual([0.8, 0.8, 0.8]);
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
  });

  it('handles empty and all-null input', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([null, null])).toEqual([null, null]);
  });

  it('rejects NaN and negative p-values', () => {
    expect(() => benjaminiHochberg([0.1, Number.NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.1])).toThrow(RangeError);
  });

  it('is monotone in p, never below p, and a single test is unchanged', () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 40 }), (ps) => {
        const qs = benjaminiHochberg(ps);
        expect(qs.length).toBe(ps.length);
        ps.forEach((p, i) => {
          const q = qs[i];
          if (p === null) {
            expect(q).toBeNull();
            return;
          }
          expect(q).not.toBeNull();
          expect(q!).toBeGreaterThanOrEqual(p);
          expect(q!).toBeLessThanOrEqual(1);
          ps.forEach((p2, j) => {
            if (p2 !== null && p2 > p) expect(qs[j]!).toBeGreaterThanOrEqual(q!);
          });
        });
      }),
      { seed: 99, numRuns: 200 },
    );
  });
});

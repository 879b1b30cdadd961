import fc from 'fast-check';
import { EXACT_LIMIT, EXACT_TIES_LIMIT, isSignificant, mannWhitneyU } from '../../../src/compare/stats/index.js';

/**
 * Independent reference for the exact regimes: enumerate every way of
 * choosing which n1 of the pooled observations are "x", compute U for each,
 * and apply benchstat's two-sided rule (2·P(U ≤ min(U, n1n2 − U)), or 1 at the
 * centre). Exponential, so only for small pooled sizes.
 */
function bruteForceP(x: readonly number[], y: readonly number[]): { u: number; p: number } {
  const pooled = [...x, ...y];
  const n1 = x.length;
  const n2 = y.length;
  const uOf = (xs: number[], ys: number[]): number => {
    let u = 0;
    for (const a of xs) for (const b of ys) u += a > b ? 1 : a === b ? 0.5 : 0;
    return u;
  };
  const observed = uOf([...x], [...y]);
  const mirror = n1 * n2 - observed;
  if (observed === mirror) return { u: observed, p: 1 };
  const small = Math.min(observed, mirror);
  let atMost = 0;
  let total = 0;
  const n = pooled.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let bits = 0;
    for (let m = mask; m; m &= m - 1) bits++;
    if (bits !== n1) continue;
    const xs: number[] = [];
    const ys: number[] = [];
    pooled.forEach((v, i) => ((mask >> i) & 1 ? xs : ys).push(v));
    total++;
    if (uOf(xs, ys) <= small) atMost++;
  }
  return { u: observed, p: (2 * atMost) / total };
}

describe('mannWhitneyU: exact distribution, no ties', () => {
  it('gives the textbook value for two fully separated samples of 4', () => {
    const r = mannWhitneyU([1, 2, 3, 4], [5, 6, 7, 8]);
    expect(r.method).toBe('exact');
    expect(r.u).toBe(0);
    expect(r.p).toBeCloseTo(2 / 70, 15);
  });

  it('reports U for x (pairs where x wins, ties count ½)', () => {
    expect(mannWhitneyU([5, 6, 7, 8], [1, 2, 3, 4]).u).toBe(16);
    expect(mannWhitneyU([1, 10], [5]).u).toBe(1);
    expect(mannWhitneyU([1, 5, 10], [5]).u).toBe(1.5);
  });

  it('matches known tail probabilities', () => {
    // 5 vs 5 with U = 3: P(U ≤ 3) = 7/252.
    expect(mannWhitneyU([1, 2, 3, 4, 8], [5, 6, 7, 9, 10]).p).toBeCloseTo(14 / 252, 15);
    // 3 vs 3, separated: the best 3 vs 3 can do is 0.1.
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6]).p).toBeCloseTo(0.1, 15);
    // 1 vs 1 can never be anything but p = 1.
    expect(mannWhitneyU([1], [2]).p).toBe(1);
  });

  it('returns p = 1 when U sits exactly at the centre n1·n2/2', () => {
    const r = mannWhitneyU([1, 4, 5, 8], [2, 3, 6, 7]);
    expect(r.u).toBe(8);
    expect(r.p).toBe(1);
  });

  it('is symmetric in x and y without ties (p equal, U mirrored)', () => {
    const x = [10.1, 12.5, 9.7, 11.2, 13.9, 10.8];
    const y = [12.2, 14.1, 13.3, 15.0, 12.9, 11.9, 16.2];
    const a = mannWhitneyU(x, y);
    const b = mannWhitneyU(y, x);
    expect(b.p).toBe(a.p);
    expect(a.u + b.u).toBe(x.length * y.length);
  });

  it('does not depend on input order', () => {
    expect(mannWhitneyU([4, 1, 3, 2], [8, 5, 7, 6])).toEqual(mannWhitneyU([1, 2, 3, 4], [5, 6, 7, 8]));
  });

  it('agrees with brute-force enumeration on random small samples', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 14 }), fc.integer({ min: 1, max: 13 }), (values, split) => {
        const cut = 1 + (split % (values.length - 1));
        const x = values.slice(0, cut);
        const y = values.slice(cut);
        const ours = mannWhitneyU(x, y);
        const ref = bruteForceP(x, y);
        expect(ours.method).toBe('exact');
        expect(ours.u).toBe(ref.u);
        expect(Math.abs(ours.p - ref.p)).toBeLessThanOrEqual(1e-12 * ref.p);
      }),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('uses the exact distribution up to 50 per side', () => {
    const x = Array.from({ length: 50 }, (_, i) => 2 * i);
    const y = Array.from({ length: 50 }, (_, i) => 2 * i + 1);
    const r = mannWhitneyU(x, y);
    expect(EXACT_LIMIT).toBe(50);
    expect(r.method).toBe('exact');
    // Interleaved: U = 50·49/2 = 1225, just below the centre 1250 → large p.
    expect(r.u).toBe(1225);
    expect(r.p).toBeGreaterThan(0.5);
    expect(mannWhitneyU([...x, 1000], [...y, 1001]).method).toBe('normal');
  });
});

describe('mannWhitneyU: ties', () => {
  it('uses the exact tie-aware distribution for small samples', () => {
    // Pooled 1,2,2,2,3,3; x = {1,2,2}. Enumerated by hand-checked brute force.
    const x = [1, 2, 2];
    const y = [2, 3, 3];
    const r = mannWhitneyU(x, y);
    expect(r.method).toBe('exact-ties');
    expect(r.u).toBe(1); // 2 vs 2 twice → 2·½
    expect(r.p).toBeCloseTo(bruteForceP(x, y).p, 14);
  });

  it('two different constants: every split but the observed one has larger U', () => {
    // Only 1 of C(10,5) = 252 assignments gives U = 0.
    const r = mannWhitneyU([16, 16, 16, 16, 16], [24, 24, 24, 24, 24]);
    expect(r.method).toBe('exact-ties');
    expect(r.p).toBeCloseTo(2 / 252, 15);
  });

  it('reproduces benchstat’s asymmetric doubled tail (p can exceed 1 and depend on order)', () => {
    // Under the null, x=[1] vs y=[1,2]: U ∈ {0.5 (prob 2/3), 2 (prob 1/3)}.
    // Observed U = 0.5 → 2·P(U ≤ 0.5) = 4/3. benchstat prints p=1.333.
    expect(mannWhitneyU([1], [1, 2]).p).toBeCloseTo(4 / 3, 15);
    expect(mannWhitneyU([1, 2], [1]).p).toBeCloseTo(2 / 3, 15);
  });

  it('agrees with brute-force enumeration on random tied samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        (x, y) => {
          const pooled = [...x, ...y];
          if (pooled.every((v) => v === pooled[0])) return; // all-equal is tested separately
          const ours = mannWhitneyU(x, y);
          const ref = bruteForceP(x, y);
          expect(ours.u).toBe(ref.u);
          expect(Math.abs(ours.p - ref.p)).toBeLessThanOrEqual(1e-12 * ref.p);
        },
      ),
      { seed: 777, numRuns: 200 },
    );
  });

  it('switches to the normal approximation above 25 per side when tied', () => {
    const x = Array.from({ length: 26 }, (_, i) => i % 5);
    const y = Array.from({ length: 26 }, (_, i) => (i % 5) + 1);
    expect(EXACT_TIES_LIMIT).toBe(25);
    expect(mannWhitneyU(x.slice(0, 25), y.slice(0, 25)).method).toBe('exact-ties');
    expect(mannWhitneyU(x, y).method).toBe('normal');
  });
});

describe('mannWhitneyU: normal approximation', () => {
  it('applies the continuity correction (no ties)', () => {
    // 60 vs 60. y = 0, 10, …, 590. x: 25 values below every y, then
    // 255, 265, …, 595, the value 10i + 5 beating i + 1 y's (i = 25..59):
    // U = 26 + … + 60 = 1505. μ = 1800, σ² = 3600·121/12 = 36300,
    // z = (1505 − 1800 + ½)/√36300 = −1.5457241…, p = erfc(|z|/√2)
    // = 0.1221712071156075 (Python math.erfc).
    const y = Array.from({ length: 60 }, (_, i) => i * 10);
    const x = Array.from({ length: 60 }, (_, i) => (i < 25 ? -1 - i : i * 10 + 5));
    const r = mannWhitneyU(x, y);
    expect(r.method).toBe('normal');
    expect(r.u).toBe(1505);
    expect(r.p).toBeCloseTo(0.1221712071156075, 14);
  });

  it('applies the tie correction to the variance', () => {
    // 30 vs 30 over the values 0, 1, 2: x = 0×10, 1×10, 2×10; y = 0×5, 1×10,
    // 2×15, so the tie blocks have sizes 15, 20, 25 and
    // σ² = 900/12 · (61 − Σ(t³ − t)/(60·59)).
    const x = [...new Array(10).fill(0), ...new Array(10).fill(1), ...new Array(10).fill(2)];
    const y = [...new Array(5).fill(0), ...new Array(10).fill(1), ...new Array(15).fill(2)];
    const r = mannWhitneyU(x, y);
    expect(r.method).toBe('normal');
    // Pairs: x=0 vs y=0 → 50 ties; x=1 beats 5, ties 10 → 10·(5 + 5) = 100;
    // x=2 beats 15, ties 15 → 10·(15 + 7.5) = 225; x=0 ties → 10·2.5 = 25.
    expect(r.u).toBe(25 + 100 + 225);
    const ties = [15, 20, 25];
    const tieSum = ties.reduce((a, t) => a + t ** 3 - t, 0);
    const sigma = Math.sqrt((900 * (61 - tieSum / (60 * 59))) / 12);
    const z = (350 - 450 + 0.5) / sigma;
    // Without the tie correction σ would be √(900·61/12) and p larger.
    const untied = Math.sqrt((900 * 61) / 12);
    expect(sigma).toBeLessThan(untied);
    // Reference: Python math.erfc(abs(z)/sqrt(2)).
    expect(z).toBeCloseTo(-1.5724005171213173, 12);
    expect(r.p).toBeCloseTo(0.11585769443276345, 14);
  });

  it('is symmetric in x and y (both tails computed accurately)', () => {
    const x = Array.from({ length: 60 }, (_, i) => 1000 + i);
    const y = Array.from({ length: 60 }, (_, i) => 2000 + i);
    const a = mannWhitneyU(x, y);
    const b = mannWhitneyU(y, x);
    expect(a.p).toBe(b.p);
    // Far-separated samples give a tiny but non-zero p (benchstat prints 0 one way round).
    expect(a.p).toBeGreaterThan(0);
    expect(a.p).toBeLessThan(1e-20);
  });
});

describe('mannWhitneyU: degenerate input', () => {
  it('returns p = 1 when every value is identical (benchstat: "all samples are equal")', () => {
    expect(mannWhitneyU([5, 5, 5], [5, 5, 5, 5])).toEqual({ u: 6, p: 1, method: 'all-equal' });
    expect(mannWhitneyU(new Array(40).fill(7), new Array(40).fill(7)).method).toBe('all-equal');
  });

  it('compares a constant sample against a varying one normally', () => {
    const r = mannWhitneyU([300, 300, 300, 300, 300], [298, 300, 301, 303, 305]);
    expect(r.method).toBe('exact-ties');
    expect(r.p).toBeGreaterThan(0.05);
  });

  it('rejects empty samples and NaN with RangeError', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU([1], [])).toThrow(RangeError);
    expect(() => mannWhitneyU([1, Number.NaN], [2])).toThrow(RangeError);
  });

  it('ranks infinities like any other value', () => {
    expect(mannWhitneyU([1, 2, 3, 4], [5, 6, 7, Infinity]).p).toBeCloseTo(2 / 70, 15);
  });
});

describe('isSignificant (benchstat’s ~ rule)', () => {
  it('is significant iff p <= alpha', () => {
    expect(isSignificant(0.049, 0.05)).toBe(true);
    expect(isSignificant(0.05, 0.05)).toBe(true);
    expect(isSignificant(0.0500001, 0.05)).toBe(false);
    expect(isSignificant(4 / 3, 0.05)).toBe(false);
  });
});

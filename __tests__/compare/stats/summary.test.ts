import {
  medianInterval,
  medianIntervalWarning,
  minimumPValue,
  mannWhitneyU,
  samplesForMedianInterval,
  samplesForSignificance,
  significanceWarning,
  summarize,
  median,
} from '../../../src/compare/stats/index.js';
import fc from 'fast-check';

const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('summarize: median', () => {
  it('takes the middle value for odd n and the midpoint for even n', () => {
    expect(summarize([3, 1, 2]).median).toBe(2);
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
    expect(summarize([7]).median).toBe(7);
    expect(summarize([10, 20]).median).toBe(15);
  });

  it('reports n, min and max and does not mutate its input', () => {
    const xs = [5, 3, 9, 1];
    const s = summarize(xs);
    expect(s).toMatchObject({ n: 4, min: 1, max: 9 });
    expect(xs).toEqual([5, 3, 9, 1]);
  });

  it('median() is the middle order statistic (midpoint a + (b − a)/2 for even n), equal to summarize’s, without touching its input', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const copy = [...xs];
        const sorted = [...xs].sort((a, b) => a - b);
        const k = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[k] : sorted[k - 1] + (sorted[k] - sorted[k - 1]) / 2;
        expect(median(xs)).toBe(expected);
        expect(summarize(xs).median).toBe(expected);
        expect(xs).toEqual(copy);
      }),
    );
  });

  it('rejects empty samples and NaN', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN])).toThrow(RangeError);
    expect(() => summarize([1], 1.5)).toThrow(RangeError);
  });
});

describe('summarize: confidence interval of the median at 95%', () => {
  // Expected intervals for xs = 1..n, hand-derived from Binomial(n, ½):
  // for n ≤ 5 even [min, max] covers only 1 − 2/2ⁿ < 0.95, so the interval
  // is clamped and the achieved confidence reported.
  const expected: Record<number, [low: number, high: number, confidence: number]> = {
    1: [1, 1, 0],
    2: [1, 2, 0.5],
    3: [1, 3, 0.75],
    4: [1, 4, 0.875],
    5: [1, 5, 0.9375],
    6: [1, 6, 62 / 64],
    7: [1, 7, 126 / 128],
    8: [1, 7, 246 / 256], // left-biased: [X(1), X(7)] rather than [X(2), X(8)]
    9: [2, 8, 492 / 512],
    10: [2, 9, 1002 / 1024],
  };

  it.each(Object.entries(expected).map(([n, v]) => [Number(n), ...v] as const))('n=%i → [%d, %d] at %f', (n, low, high, confidence) => {
    const s = summarize(oneTo(n));
    expect([s.low, s.high]).toEqual([low, high]);
    expect(s.confidence).toBeCloseTo(confidence, 15);
    expect(s.low).toBeLessThanOrEqual(s.median);
    expect(s.high).toBeGreaterThanOrEqual(s.median);
  });

  it('uses benchmath’s unbounded orders when n is too small', () => {
    // n = 5: [X(1), X(5)] covers 30/32 < 0.95, so one more step runs off the
    // left end (left bias): (−∞, X(5)] with 31/32.
    expect(medianInterval(5, 0.95)).toEqual({ n: 5, loOrder: 0, hiOrder: 5, confidence: 31 / 32 });
    expect(medianInterval(2, 0.95)).toEqual({ n: 2, loOrder: 0, hiOrder: 3, confidence: 1 });
    expect(medianInterval(6, 0.95)).toMatchObject({ loOrder: 1, hiOrder: 6 });
  });

  it('explains clamped intervals with benchstat’s footnote', () => {
    expect(samplesForMedianInterval(0.95)).toEqual({ op: '>=', n: 6 });
    expect(medianIntervalWarning(5, 0.95)).toBe('need >= 6 samples for confidence interval at level 0.95');
    expect(medianIntervalWarning(6, 0.95)).toBeNull();
    expect(medianIntervalWarning(7, 0.99)).toBe('need >= 8 samples for confidence interval at level 0.99');
    expect(medianIntervalWarning(8, 0.99)).toBeNull();
  });

  it('covers the median with at least the requested confidence once n allows', () => {
    for (const confidence of [0.5, 0.8, 0.9, 0.95, 0.99]) {
      for (let n = 1; n <= 200; n++) {
        const ci = medianInterval(n, confidence);
        expect(ci.confidence).toBeGreaterThanOrEqual(confidence - 1e-9);
        expect(ci.loOrder).toBeLessThanOrEqual(Math.ceil(n / 2));
        expect(ci.hiOrder).toBeGreaterThan(Math.floor(n / 2));
      }
    }
  });

  it('uses the normal approximation above 30 (benchmath’s threshold) with sensible results', () => {
    // n = 100: the symmetric 95% interval is [X(40), X(61)] (coverage ≈ 0.965);
    // benchmath then tries dropping the top order statistic and keeps
    // [X(40), X(60)] because its (approximate) coverage ≈ 0.953 still suffices.
    const ci = medianInterval(100, 0.95);
    expect([ci.loOrder, ci.hiOrder]).toEqual([40, 60]);
    expect(ci.confidence).toBeGreaterThan(0.95);
    expect(ci.confidence).toBeLessThan(0.96);
  });

  it('returns the whole line for confidence 1', () => {
    expect(medianInterval(10, 1)).toEqual({ n: 10, loOrder: 0, hiOrder: 11, confidence: 1 });
    const s = summarize(oneTo(10), 1);
    expect([s.low, s.high]).toEqual([1, 10]);
    expect(s.confidence).toBeCloseTo(1 - 2 / 1024, 15);
  });
});

describe('minimumPValue', () => {
  it('says 3 vs 3 can never reach 0.05 and 4 vs 4 can', () => {
    expect(minimumPValue(3, 3)).toBeGreaterThan(0.05);
    expect(minimumPValue(3, 3)).toBeCloseTo(0.1, 15);
    expect(minimumPValue(4, 4)).toBeLessThan(0.05);
  });

  it('reproduces benchmath’s uTestMinP table for equal sizes', () => {
    const table = [
      1, 0.3333333333333333, 0.1, 0.02857142857142857, 0.007936507936507936, 0.0021645021645021645, 0.0005827505827505828, 0.0001554001554001554,
      4.113533525298231e-5,
    ];
    table.forEach((p, i) => expect(minimumPValue(i + 1, i + 1)).toBeCloseTo(p, 15));
  });

  it('is 2/C(n1+n2, n1) for unequal small sizes and symmetric', () => {
    expect(minimumPValue(3, 7)).toBeCloseTo(2 / 120, 15);
    expect(minimumPValue(7, 3)).toBe(minimumPValue(3, 7));
    expect(minimumPValue(1, 1)).toBe(1);
    expect(minimumPValue(1, 19)).toBeGreaterThan(0.05);
    expect(minimumPValue(1, 40)).toBeLessThan(0.05); // 2/41
  });

  it('is what the test actually returns on maximally separated samples', () => {
    for (const [n1, n2] of [
      [2, 5],
      [4, 4],
      [6, 9],
      [20, 20],
    ] as const) {
      const x = Array.from({ length: n1 }, (_, i) => i);
      const y = Array.from({ length: n2 }, (_, i) => 100 + i);
      expect(mannWhitneyU(x, y).p).toBe(minimumPValue(n1, n2));
    }
    // Normal regime: two constants beat distinct values (the tie correction shrinks σ).
    const x = new Array(60).fill(1);
    const y = new Array(60).fill(2);
    expect(mannWhitneyU(x, y).p).toBe(minimumPValue(60, 60));
    const distinct = mannWhitneyU(
      Array.from({ length: 60 }, (_, i) => i),
      Array.from({ length: 60 }, (_, i) => 100 + i),
    ).p;
    expect(minimumPValue(60, 60)).toBeLessThan(distinct);
  });

  it('rejects non-positive or fractional sizes', () => {
    expect(() => minimumPValue(0, 3)).toThrow(RangeError);
    expect(() => minimumPValue(2.5, 3)).toThrow(RangeError);
  });
});

describe('samplesForSignificance / significanceWarning (benchstat footnote)', () => {
  it('needs 4 per side at alpha 0.05', () => {
    expect(samplesForSignificance(0.05)).toEqual({ op: '>=', n: 4 });
    expect(samplesForSignificance(0.01)).toEqual({ op: '>=', n: 5 });
    expect(samplesForSignificance(1e-9)).toEqual({ op: '>', n: 9 });
  });

  it('warns only when p > alpha and both sides are short', () => {
    expect(significanceWarning(3, 3, 0.1, 0.05)).toBe('need >= 4 samples to detect a difference at alpha level 0.05');
    expect(significanceWarning(3, 8, 0.3, 0.05)).toBeNull();
    expect(significanceWarning(3, 3, 0.05, 0.05)).toBeNull();
  });
});

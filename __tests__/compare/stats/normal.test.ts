import { erfc, normalCdf, normalQuantile } from '../../../src/compare/stats/index.js';

describe('erfc', () => {
  // Correctly rounded reference values, computed with 90-digit decimal
  // arithmetic from the series erf(x) = 2/√π·e^(−x²)·Σ (2x²)^k·x/(2k+1)!!.
  const reference: [number, number][] = [
    [0, 1],
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [0.75, 0.28884436634648486],
    [1, 0.15729920705028513],
    [1.5, 0.033894853524689274],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.8427007929497148],
  ];

  it.each(reference)('erfc(%f)', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThanOrEqual(5e-15 * expected);
  });

  it('underflows to 0 far in the tail and handles NaN', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe('normalCdf / normalQuantile', () => {
  it('gives the familiar values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(12, 10, 2)).toBeCloseTo(normalCdf(1), 15);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.5, 50, 5)).toBeCloseTo(50, 12);
  });

  it('inverts the CDF', () => {
    for (const p of [1e-10, 0.001, 0.1, 0.3, 0.7, 0.99]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
    }
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(2)).toBeNaN();
  });
});

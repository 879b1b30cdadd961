/**
 * Checks our statistics against the real benchstat. The fixture is produced
 * by `node scripts/benchstat-oracle.mjs` (Go + the golang.org/x/perf version
 * recorded in the file); this test only reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSignificant, mannWhitneyU, medianInterval, medianIntervalWarning, significanceWarning, summarize } from '../../../src/compare/stats/index.js';

type Bound = number | '+Inf' | '-Inf';

interface OracleCase {
  name: string;
  slug: string;
  description: string;
  regime: 'exact' | 'exact-ties' | 'normal' | 'all-equal';
  x: number[];
  y: number[];
  benchstat: { pText: string | null; p: number | null; n1: number; n2: number; delta: string; unchanged: boolean };
  full: { p: number; pString: string; n1: number; n2: number; delta: string; warnings: string[] };
}

interface OracleSummary {
  name: string;
  n: number;
  requestedConfidence: number;
  center: number;
  lo: Bound;
  hi: Bound;
  confidence: number;
  warnings: string[];
}

interface Oracle {
  perfVersion: string;
  alpha: number;
  alphaEqualityCheck: { alpha: number; p: number; unchanged: boolean };
  cases: OracleCase[];
  summaries: OracleSummary[];
}

const oracle = JSON.parse(readFileSync(join(process.cwd(), '__tests__', 'fixtures', 'benchstat', 'expectations.json'), 'utf8')) as Oracle;

/**
 * Agreement with benchmath's full-precision p. Both sides compute the same
 * quantity in floating point by different routes, so we expect ~1e-15
 * relative; 1e-9 leaves room for benchmath's lgamma-based binomial
 * coefficients (used above n = 20). The absolute 1e-15 floor covers
 * benchstat's 1 − Φ(z) cancellation in the normal approximation: for z > 0
 * it returns values like 0 where the true p is 4e-21 (case
 * 60v60-separated-down), while we compute the tail directly.
 */
function closeToFull(ours: number, full: number): boolean {
  return Math.abs(ours - full) <= 1e-9 * Math.abs(full) || Math.abs(ours - full) <= 1e-15;
}

function relErr(ours: number, full: number): number {
  return full === 0 ? Math.abs(ours) : Math.abs(ours - full) / Math.abs(full);
}

describe('benchstat oracle fixture', () => {
  it('covers the regimes the brief asks for', () => {
    expect(oracle.perfVersion).toMatch(/^v\d/);
    expect(oracle.cases.length).toBeGreaterThanOrEqual(20);
    const regimes = new Set(oracle.cases.map((c) => c.regime));
    expect([...regimes].sort()).toEqual(['all-equal', 'exact', 'exact-ties', 'normal']);
    const sizes = oracle.cases.map((c) => Math.max(c.x.length, c.y.length));
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(60);
    expect(oracle.cases.some((c) => c.x.length !== c.y.length)).toBe(true);
    // Both verdicts occur, so the `~` comparison below is not vacuous.
    expect(oracle.cases.some((c) => c.benchstat.unchanged)).toBe(true);
    expect(oracle.cases.some((c) => !c.benchstat.unchanged)).toBe(true);
  });
});

describe.each(oracle.cases.map((c) => [`${c.name} ${c.slug}`, c] as const))('Mann–Whitney vs benchstat: %s', (_label, c) => {
  const ours = mannWhitneyU(c.x, c.y);

  it('takes the expected code path', () => {
    expect(ours.method).toBe(c.regime);
    expect([c.full.n1, c.full.n2]).toEqual([c.x.length, c.y.length]);
    expect([c.benchstat.n1, c.benchstat.n2]).toEqual([c.x.length, c.y.length]);
  });

  it('matches benchmath’s full-precision p', () => {
    if (!closeToFull(ours.p, c.full.p)) {
      throw new Error(`p=${ours.p} vs benchmath ${c.full.pString} (rel ${relErr(ours.p, c.full.p)})`);
    }
    // Three significant digits, stated separately because it is the contract.
    if (c.full.p > 1e-15) expect(Number(ours.p.toPrecision(3))).toBe(Number(c.full.p.toPrecision(3)));
  });

  it('matches the p benchstat printed, at its precision', () => {
    if (c.benchstat.pText === null) {
      // benchstat omits p when it is exactly 0 (see closeToFull).
      expect(c.full.p).toBe(0);
      expect(ours.p).toBeLessThan(1e-15);
    } else {
      expect(ours.p.toFixed(3)).toBe(c.benchstat.pText);
    }
  });

  it('makes the same ~ / delta decision at alpha = 0.05', () => {
    expect(!isSignificant(ours.p, oracle.alpha)).toBe(c.benchstat.unchanged);
    expect(c.full.delta === '~').toBe(c.benchstat.unchanged);
  });

  it('gives the same "need more samples" warning', () => {
    const expected =
      ours.method === 'all-equal' ? ['all samples are equal'] : [significanceWarning(c.x.length, c.y.length, ours.p, oracle.alpha)].filter((w) => w !== null);
    expect(expected).toEqual(c.full.warnings);
  });
});

describe('benchstat’s rule at p == alpha', () => {
  it('treats p equal to alpha as significant, as benchstat does', () => {
    const { alpha, p, unchanged } = oracle.alphaEqualityCheck;
    expect(p).toBe(alpha);
    expect(unchanged).toBe(false);
    expect(isSignificant(p, alpha)).toBe(true);
  });
});

function bound(b: Bound): number {
  return b === '+Inf' ? Infinity : b === '-Inf' ? -Infinity : b;
}

/** Σ_{k=lo}^{hi−1} C(n,k)/2ⁿ, independently of the implementation. */
function binomialCoverage(n: number, lo: number, hi: number): number {
  let total = 0;
  let c = 1; // C(n, k)
  for (let k = 0; k < hi; k++) {
    if (k >= lo) total += c;
    c = (c * (n - k)) / (k + 1);
  }
  return total / 2 ** n;
}

/**
 * Grid cells where benchmath's lgamma-based binomial coefficients break an
 * exact tie to the right while we keep the intended left bias (see
 * medianInterval in summary.ts). Listed explicitly so any other divergence
 * fails the test.
 */
const KNOWN_MIRRORED = ['ci-0.95-n24', 'ci-0.9-n22', 'ci-0.9-n29', 'ci-0.99-n28'];

describe('median confidence intervals vs benchmath (xs = 1..n)', () => {
  const grid = oracle.summaries.filter((s) => s.name.startsWith('ci-'));

  it('has the grid', () => {
    expect(grid.length).toBeGreaterThanOrEqual(150);
  });

  it.each(grid.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const ci = medianInterval(s.n, s.requestedConfidence);
    // With xs = 1..n the bound value is the order statistic; ±∞ are orders 0 and n+1.
    const goLo = bound(s.lo) === -Infinity ? 0 : (s.lo as number);
    const goHi = bound(s.hi) === Infinity ? s.n + 1 : (s.hi as number);
    if (KNOWN_MIRRORED.includes(name)) {
      expect(s.n).toBeGreaterThan(20);
      expect(s.n).toBeLessThanOrEqual(30);
      expect([ci.loOrder, ci.hiOrder]).toEqual([s.n + 1 - goHi, s.n + 1 - goLo]);
      expect(ci.loOrder).toBe(goLo - 1);
    } else {
      expect([ci.loOrder, ci.hiOrder]).toEqual([goLo, goHi]);
    }
    // Same coverage either way (mirror images of a symmetric distribution).
    expect(Math.abs(ci.confidence - s.confidence)).toBeLessThanOrEqual(1e-12);
    expect(medianIntervalWarning(s.n, s.requestedConfidence)).toBe(s.warnings[0] ?? null);

    const xs = Array.from({ length: s.n }, (_, i) => i + 1);
    const sum = summarize(xs, s.requestedConfidence);
    expect(sum.median).toBe(s.center);
    expect(sum.low).toBe(Math.max(ci.loOrder, 1));
    expect(sum.high).toBe(Math.min(ci.hiOrder, s.n));
    if (ci.loOrder >= 1 && ci.hiOrder <= s.n) {
      expect(Math.abs(sum.confidence - s.confidence)).toBeLessThanOrEqual(1e-12);
    } else {
      // Clamped to [min, max]: the achieved coverage of that interval, not benchmath's 1.
      expect(sum.confidence).toBeCloseTo(binomialCoverage(s.n, sum.low, sum.high), 14);
    }
  });
});

describe('summaries of the oracle samples vs benchmath', () => {
  const samples = new Map<string, number[]>(
    oracle.cases.flatMap((c): [string, number[]][] => [
      [`${c.name}-x`, c.x],
      [`${c.name}-y`, c.y],
    ]),
  );
  const entries = oracle.summaries.filter((s) => samples.has(s.name));

  it('has one per sample', () => {
    expect(entries.length).toBe(2 * oracle.cases.length);
  });

  it.each(entries.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const xs = samples.get(name)!;
    const sum = summarize(xs, s.requestedConfidence);
    expect(sum.n).toBe(xs.length);
    expect(sum.median).toBe(s.center);
    const lo = bound(s.lo);
    const hi = bound(s.hi);
    expect(sum.low).toBe(Number.isFinite(lo) ? lo : Math.min(...xs));
    expect(sum.high).toBe(Number.isFinite(hi) ? hi : Math.max(...xs));
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      expect(Math.abs(sum.confidence - s.confidence)).toBeLessThanOrEqual(1e-12);
    }
  });
});

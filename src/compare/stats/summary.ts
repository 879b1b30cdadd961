/**
 * Sample summaries (median and a distribution-free confidence interval for
 * it) and the "can this comparison ever be significant?" bound, following
 * benchstat's `benchmath.AssumeNothing`.
 *
 * Why order statistics: benchmark timings are not normal (long right tails,
 * multi-modal from CPU frequency and GC), so a mean ± t-interval would be
 * misleading. For a continuous population with median M, each observation
 * falls below M with probability ½ independently, so the number K of
 * observations below M is Binomial(n, ½). The interval between the l-th and
 * r-th smallest observations contains M exactly when l ≤ K < r, which has
 * probability Σ_{k=l}^{r−1} C(n, k)/2ⁿ — no assumption about the shape of the
 * distribution at all.
 */

import { median as sampleMedian, quantileSorted } from 'simple-statistics';
import type { SampleSummary } from '../../report/model.js';
import { choose, EXACT_LIMIT, EXACT_TIES_LIMIT, normalApproxPValue } from './mannwhitney.js';
import { normalCdf, normalQuantile } from './normal.js';

/**
 * Confidence interval of the median expressed as order statistics, with
 * benchmath's conventions.
 */
export interface MedianInterval {
  n: number;
  /** 1-based order statistic of the lower bound; 0 means unbounded (benchstat shows −∞). */
  loOrder: number;
  /** 1-based order statistic of the upper bound; n + 1 means unbounded (+∞). */
  hiOrder: number;
  /** Coverage of the interval as benchmath computes it (unbounded ends included). */
  confidence: number;
}

/**
 * Up to this n the binomial probabilities are summed exactly; above it
 * benchmath switches to a normal approximation of the binomial (with
 * continuity correction). We switch at the same n so the chosen order
 * statistics — and hence the printed interval — are the same.
 */
const MEDIAN_CI_EXACT_LIMIT = 30;

/** Binomial(n, ½) probability mass at k; exact for n ≤ 1023. */
function halfBinomialPmf(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  return choose(n, k) / 2 ** n;
}

/**
 * Order statistics bounding a confidence interval for the median of n
 * observations at (at least) the requested confidence.
 *
 * Small n (≤ 30): start from the most likely value of K (the lower of the two
 * modes when n is odd) and grow the interval one step at a time towards
 * whichever neighbour carries more probability, preferring the left on ties,
 * until the accumulated probability reaches `confidence`. Because the
 * binomial is unimodal this yields the shortest interval with enough
 * coverage. When even the whole range is not enough (n too small), the
 * interval runs off both ends: loOrder 0 and hiOrder n + 1, coverage 1.
 *
 * Known, deliberate difference from benchstat for 21 ≤ n ≤ 30: benchmath
 * computes C(n, k) there as exp(lgamma(…) − lgamma(…) − lgamma(…)), so the
 * two mirror-image probabilities C(n, k) and C(n, n − k) — equal in exact
 * arithmetic — can differ in the last bit, and its "prefer the left on ties"
 * then sometimes goes right. We use exact binomial coefficients, so the tie is
 * a tie and the left bias holds. Both intervals have exactly the same
 * coverage; ours is benchstat's shifted one order statistic to the left. In
 * the oracle grid (n ≤ 70 at 95 %, n ≤ 40 at 90 % and 99 %) this happens at
 * n = 24 (95 %), n = 22 and 29 (90 %) and n = 28 (99 %). Matching it would
 * mean reproducing Go's lgamma rounding bit for bit.
 *
 * Large n: take the central `confidence` mass of N(n/2, n/4), widen it
 * outwards to whole order statistics (continuity correction: order k stands
 * for [k − ½, k + ½]), then try shrinking the upper end by one if the
 * coverage still suffices — the same left bias as above.
 */
export function medianInterval(n: number, confidence: number): MedianInterval {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`medianInterval: n must be a positive integer, got ${n}`);
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new RangeError(`medianInterval: confidence must be in [0, 1], got ${confidence}`);
  }
  if (confidence >= 1) return { n, loOrder: 0, hiOrder: n + 1, confidence: 1 };

  let l: number;
  let r: number;
  let achieved: number;
  if (n <= MEDIAN_CI_EXACT_LIMIT) {
    const mode = Math.ceil((n + 1) / 2) - 1;
    l = mode;
    r = mode + 1;
    achieved = halfBinomialPmf(n, mode);
    let left = halfBinomialPmf(n, l - 1);
    let right = halfBinomialPmf(n, r);
    while (achieved < confidence && (left > 0 || right > 0)) {
      if (left >= right) {
        achieved += left;
        l--;
        left = halfBinomialPmf(n, l - 1);
      } else {
        achieved += right;
        r++;
        right = halfBinomialPmf(n, r);
      }
    }
  } else {
    const mu = n / 2;
    const sigma = Math.sqrt(n / 4);
    const lowEdge = normalQuantile((1 - confidence) / 2, mu, sigma);
    const highEdge = 2 * mu - lowEdge;
    l = Math.floor(lowEdge - 0.5) + 1;
    r = Math.ceil(highEdge - 0.5) + 1;
    const coverage = (lo: number, hi: number): number => normalCdf(hi - 0.5, mu, sigma) - normalCdf(lo - 0.5, mu, sigma);
    achieved = coverage(l, r);
    const shrunk = coverage(l, r - 1);
    if (shrunk >= confidence && shrunk < achieved) {
      achieved = shrunk;
      r--;
    }
    // The normal tails never quite reach 1, but (−∞, +∞) certainly holds the median.
    if (l <= 0 && r >= n + 1) achieved = 1;
  }
  return { n, loOrder: Math.max(l, 0), hiOrder: Math.min(r, n + 1), confidence: achieved };
}

/** Exact coverage Σ_{k=lo}^{hi−1} C(n,k)/2ⁿ of the interval [X(lo), X(hi)]. */
function exactCoverage(n: number, lo: number, hi: number): number {
  if (hi <= lo) return 0;
  let numer = 0n;
  let c = 1n; // C(n, k), walked up from k = 0
  const bn = BigInt(n);
  for (let k = 0; k < hi; k++) {
    if (k >= lo) numer += c;
    c = (c * (bn - BigInt(k))) / BigInt(k + 1);
  }
  // numer / 2^n with ~64 bits of precision, without overflowing a double.
  return Number((numer << 64n) >> bn) / 2 ** 64;
}

function byValue(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Median and confidence interval of the median (order statistics, see
 * {@link medianInterval}).
 *
 * Where benchstat would print ±∞ because n is too small for the requested
 * confidence (n < 6 at 95%), the report model wants real numbers, so the
 * interval is clamped to the sample's [min, max] and `confidence` reports
 * what that clamped interval actually achieves, e.g. 1 − 2/2ⁿ = 0.9375 for
 * [min, max] with n = 5, and 0 for n = 1. Use {@link medianIntervalWarning}
 * for benchstat's explanation.
 */
export function summarize(xs: readonly number[], confidence = 0.95): SampleSummary {
  if (xs.length === 0) throw new RangeError('summarize: empty sample');
  for (const v of xs) {
    if (Number.isNaN(v)) throw new RangeError('summarize: sample contains NaN');
  }
  const sorted = [...xs].sort(byValue);
  const n = sorted.length;
  // Even n: midpoint of the two middle values, a + (b − a)/2, which is what
  // benchstat's R8 quantile gives for q = ½ and what simple-statistics'
  // linear (type 7) quantile gives too.
  const median = quantileSorted(sorted, 0.5);

  const ci = medianInterval(n, confidence);
  const lo = Math.max(ci.loOrder, 1);
  const hi = Math.min(ci.hiOrder, n);
  const clamped = lo !== ci.loOrder || hi !== ci.hiOrder;
  return {
    n,
    median,
    low: sorted[lo - 1],
    high: sorted[hi - 1],
    confidence: clamped ? exactCoverage(n, lo, hi) : ci.confidence,
    min: sorted[0],
    max: sorted[n - 1],
  };
}

/** How many samples are needed before the median interval is finite at this confidence (benchmath's rule, searched up to 50). */
export function samplesForMedianInterval(confidence: number): { op: '>=' | '>'; n: number } {
  const limit = 50;
  for (let n = 2; n <= limit; n++) {
    const ci = medianInterval(n, confidence);
    if (ci.loOrder > 0 && ci.hiOrder <= n) return { op: '>=', n };
  }
  return { op: '>', n: limit };
}

/**
 * benchstat's footnote when the interval had to be clamped, e.g.
 * "need >= 6 samples for confidence interval at level 0.95"; null otherwise.
 */
export function medianIntervalWarning(n: number, confidence: number): string | null {
  const ci = medianInterval(n, confidence);
  if (ci.loOrder > 0 && ci.hiOrder <= n) return null;
  const { op, n: need } = samplesForMedianInterval(confidence);
  return `need ${op} ${need} samples for confidence interval at level ${confidence}`;
}

/**
 * The smallest two-sided p-value {@link mannWhitneyU} can return for sample
 * sizes n1 and n2, whatever the data. If it exceeds alpha, the comparison can
 * never be significant and the verdict must be `insufficient`, not `~`.
 *
 * The extreme is reached when the samples do not overlap at all. In the exact
 * regime that has probability 1/C(n1+n2, n1) per tail, so p = 2/C(n1+n2, n1)
 * (0.1 for 3 vs 3, 0.0286 for 4 vs 4: benchstat's uTestMinP table, which is
 * this for equal sizes). In the normal regime, ties inside each sample shrink
 * the tie-corrected variance and therefore the p-value, so both the untied
 * and the "each sample constant" configurations are evaluated and the smaller
 * is returned.
 */
export function minimumPValue(n1: number, n2: number): number {
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1) {
    throw new RangeError(`minimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
  }
  const separated = (1 / choose(n1 + n2, n1)) * 2;
  const candidates: number[] = [];
  // Distinct values, x entirely below y: U = 0.
  if (n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT) candidates.push(separated);
  else candidates.push(normalApproxPValue(n1, n2, 0, new Array<number>(n1 + n2).fill(1)));
  // x constant, y a larger constant: tie vector [n1, n2], U = 0.
  if (n1 <= EXACT_TIES_LIMIT && n2 <= EXACT_TIES_LIMIT) candidates.push(separated);
  else candidates.push(normalApproxPValue(n1, n2, 0, [n1, n2]));
  return Math.min(...candidates);
}

/**
 * benchmath's "need >= N samples to detect a difference" threshold: the
 * smallest equal per-side size whose minimum p reaches alpha, searched over
 * 1..9 like benchmath's table (beyond that it says "> 9").
 */
export function samplesForSignificance(alpha: number): { op: '>=' | '>'; n: number } {
  const limit = 9;
  for (let n = 1; n <= limit; n++) {
    if (minimumPValue(n, n) <= alpha) return { op: '>=', n };
  }
  return { op: '>', n: limit };
}

/**
 * benchstat's footnote when a non-significant result could not have been
 * significant with these sizes: emitted when p > alpha and *both* samples are
 * below {@link samplesForSignificance}. (For unequal sizes this is a
 * heuristic in benchstat; {@link minimumPValue} is the exact test.)
 */
export function significanceWarning(n1: number, n2: number, p: number, alpha: number): string | null {
  if (p <= alpha) return null;
  const { op, n } = samplesForSignificance(alpha);
  if (n1 < n && n2 < n) return `need ${op} ${n} samples to detect a difference at alpha level ${alpha}`;
  return null;
}

/**
 * Median of the samples; 0 for none (a site absent from every sample
 * allocated nothing). simple-statistics selects rather than sorts, and its
 * midpoint for even n is `a + (b − a)/2`, the same value `summarize` gives.
 */
export function median(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : sampleMedian(xs);
}

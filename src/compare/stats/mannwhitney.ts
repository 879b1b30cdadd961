/**
 * Two-sided Mann–Whitney U test, reproducing what benchstat reports.
 *
 * benchstat (golang.org/x/perf/cmd/benchstat) compares samples with
 * `benchmath.AssumeNothing.Compare`, which runs go-moremath's
 * `MannWhitneyUTest(old, new, LocationDiffers)`. To let a reviewer re-run
 * benchstat on the same numbers and see the same p-value, this module follows
 * that procedure's *decisions* (which distribution, which thresholds, how the
 * two-sided p is formed, what happens when everything is tied), while the
 * computations are our own:
 *
 * - U is the statistic for `x` (the first sample): the number of pairs
 *   (xi, yj) with xi > yj, plus ½ for every tied pair.
 * - Without ties and with both samples of size ≤ {@link EXACT_LIMIT} (50), the
 *   exact null distribution of U is used. For small samples this matters: the
 *   distribution is lumpy and the normal approximation is poor.
 * - With ties and both samples of size ≤ {@link EXACT_TIES_LIMIT} (25), the
 *   exact *conditional* null distribution given the observed tie pattern is
 *   used (every split of the tied blocks between x and y is equally likely).
 *   benchstat uses a lower limit here because its tie-aware algorithm is more
 *   expensive; we keep the same limit so that the same data take the same
 *   path.
 * - Otherwise, the normal approximation with tie correction of the variance
 *   and a ½ continuity correction.
 * - When every value in both samples is identical the test is meaningless;
 *   benchstat reports p = 1 ("all samples are equal"), and so do we.
 *
 * The exact two-sided p is 2·P(U ≤ min(U, n1·n2 − U)), or 1 when U sits
 * exactly at the centre n1·n2/2 (doubling would count the central mass twice).
 * With ties the conditional distribution of U need not be symmetric, so this
 * doubling can exceed 1 and can depend on which sample is first: x = [1],
 * y = [1, 2] gives p = 4/3 while swapping them gives 2/3. benchstat prints
 * exactly these values (`p=1.333 n=1+2`), so we keep them rather than
 * silently diverging; they only arise when p is far above any alpha.
 */

import { erfc } from './normal.js';

/** How the p-value was obtained. */
type MannWhitneyMethod = 'exact' | 'exact-ties' | 'normal' | 'all-equal';

export interface MannWhitneyResult {
  /** U statistic for x: #(x > y) + ½·#(x = y) over all pairs; in [0, n1·n2]. */
  u: number;
  /** Two-sided p-value, benchstat's definition (see module comment). */
  p: number;
  method: MannWhitneyMethod;
}

/** Largest per-sample size for the exact distribution when there are no ties (benchstat: MannWhitneyExactLimit). */
export const EXACT_LIMIT = 50;
/** Largest per-sample size for the exact tie-aware distribution (benchstat: MannWhitneyTiesExactLimit). */
export const EXACT_TIES_LIMIT = 25;

/**
 * benchstat's significance rule: it prints `~` (no significant change) when
 * p > alpha, and a delta otherwise — so p exactly equal to alpha counts as
 * significant.
 */
export function isSignificant(p: number, alpha: number): boolean {
  return p <= alpha;
}

export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  checkSample(x, 'x');
  checkSample(y, 'y');
  const n1 = x.length;
  const n2 = y.length;
  const { twoU, ties } = rankStatistic(x, y);
  const u = twoU / 2;

  if (ties.length === 1) {
    // One block holding every observation: no ordering information at all.
    return { u, p: 1, method: 'all-equal' };
  }

  const hasTies = ties.some((t) => t > 1);
  const exact = hasTies ? n1 <= EXACT_TIES_LIMIT && n2 <= EXACT_TIES_LIMIT : n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT;

  if (exact) {
    const method = hasTies ? 'exact-ties' : 'exact';
    const twoUMirror = 2 * n1 * n2 - twoU;
    if (twoU === twoUMirror) return { u, p: 1, method };
    const twoUSmall = Math.min(twoU, twoUMirror);
    const below = hasTies ? countTiedAtMost(n1, n2, ties, twoUSmall) : countUntiedAtMost(n1, n2, twoUSmall);
    const p = (below / choose(n1 + n2, n1)) * 2;
    return { u, p, method };
  }

  return { u, p: normalApproxPValue(n1, n2, u, ties), method: 'normal' };
}

function checkSample(xs: readonly number[], name: string): void {
  if (xs.length === 0) throw new RangeError(`mannWhitneyU: sample ${name} is empty`);
  for (const v of xs) {
    if (Number.isNaN(v)) throw new RangeError(`mannWhitneyU: sample ${name} contains NaN`);
  }
}

function byValue(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Walks both sorted samples together. Returns 2·U for x (an integer, so the
 * ½ of tied pairs stays exact) and the sizes of the blocks of equal values in
 * ascending value order (the "tie vector"; all ones when there are no ties).
 */
function rankStatistic(x: readonly number[], y: readonly number[]): { twoU: number; ties: number[] } {
  const xs = [...x].sort(byValue);
  const ys = [...y].sort(byValue);
  const ties: number[] = [];
  let twoU = 0;
  let i = 0;
  let j = 0;
  let yBelow = 0;
  while (i < xs.length || j < ys.length) {
    const v = j >= ys.length || (i < xs.length && xs[i] <= ys[j]) ? xs[i] : ys[j];
    let cx = 0;
    let cy = 0;
    while (i < xs.length && xs[i] === v) {
      cx++;
      i++;
    }
    while (j < ys.length && ys[j] === v) {
      cy++;
      j++;
    }
    // Each x in this block beats every y below it and ties with the cy here.
    twoU += cx * (2 * yBelow + cy);
    yBelow += cy;
    ties.push(cx + cy);
  }
  return { twoU, ties };
}

/**
 * Number of ways to assign n1 of the N = n1 + n2 ranked observations to x
 * (the rest to y), respecting the tie blocks, for each value of 2U up to
 * maxTwoU. Entry i of the result is the count for 2U = i·unit.
 *
 * Dynamic programme over the tie blocks in ascending order. The state is
 * (j = x-observations placed so far, s = 2U accumulated so far). Putting r of
 * a block's t observations into x adds r·(2·(y below the block) + (t − r)) to
 * 2U — each such x beats every lower y and half-ties the t − r y's beside it —
 * and can be done in C(t, r) ways. Contributions are never negative, so states
 * with s > maxTwoU can be dropped: the cost is O(blocks · n1 · maxTwoU · r),
 * and we only ever ask for the smaller tail.
 *
 * Without ties every contribution is even, so the caller passes unit = 2 and
 * the table is indexed by U instead of 2U (half the work).
 *
 * This is the same conditional distribution that benchstat obtains with its
 * Cheung–Klotz linked-list recursion; we just fill the table forwards.
 * Counts are kept as doubles: they can exceed 2^53 (C(100, 50) ≈ 1e29), but
 * they are sums of positive terms, so the relative error stays near 1e-15.
 */
function countAtMost(n1: number, n2: number, ties: readonly number[], maxTwoU: number, unit: 1 | 2): Float64Array {
  const width = Math.floor(maxTwoU / unit) + 1;
  let cur = new Float64Array((n1 + 1) * width);
  let next = new Float64Array((n1 + 1) * width);
  // Highest index holding a non-zero count in each row (-1: empty row), so
  // the inner loop never scans the all-zero upper part of a row.
  let top = new Int32Array(n1 + 1).fill(-1);
  let nextTop = new Int32Array(n1 + 1);
  cur[0] = 1;
  top[0] = 0;
  let seen = 0; // observations in the blocks processed so far
  for (const t of ties) {
    next.fill(0);
    nextTop.fill(-1);
    const binom = binomialRow(t);
    const jLow = Math.max(0, seen - n2);
    const jHigh = Math.min(n1, seen);
    for (let j = jLow; j <= jHigh; j++) {
      const rowTop = top[j];
      if (rowTop < 0) continue;
      const yBelow = seen - j;
      // r x's and t - r y's in this block; y's may not exceed n2 in total.
      const rLow = Math.max(0, yBelow + t - n2);
      const rHigh = Math.min(t, n1 - j);
      const from = j * width;
      for (let r = rLow; r <= rHigh; r++) {
        const add = (r * (2 * yBelow + t - r)) / unit;
        if (add >= width) continue;
        const weight = binom[r];
        const row = j + r;
        const to = row * width + add;
        const last = Math.min(rowTop, width - 1 - add);
        for (let s = 0; s <= last; s++) {
          const c = cur[from + s];
          if (c !== 0) next[to + s] += c * weight;
        }
        if (last + add > nextTop[row]) nextTop[row] = last + add;
      }
    }
    [cur, next] = [next, cur];
    [top, nextTop] = [nextTop, top];
    seen += t;
  }
  return cur.subarray(n1 * width, (n1 + 1) * width);
}

function sum(xs: Float64Array): number {
  let total = 0;
  for (const v of xs) total += v;
  return total;
}

function countTiedAtMost(n1: number, n2: number, ties: readonly number[], maxTwoU: number): number {
  return sum(countAtMost(n1, n2, ties, maxTwoU, 1));
}

/**
 * Without ties the distribution depends only on (n1, n2), and a job compares
 * many benchmarks with the same sample counts, so the cumulative counts are
 * cached per size pair (up to 2U = n1·n2, i.e. the lower half, which is all the
 * two-sided test ever needs).
 */
const untiedCache = new Map<string, Float64Array>();
const UNTIED_CACHE_SIZE = 32;

function countUntiedAtMost(n1: number, n2: number, maxTwoU: number): number {
  const key = `${n1},${n2}`;
  let cumulative = untiedCache.get(key);
  if (cumulative === undefined) {
    // 2U ≤ n1·n2, i.e. U ≤ n1·n2/2, covers every lower tail we can be asked for.
    const counts = countAtMost(n1, n2, new Array<number>(n1 + n2).fill(1), n1 * n2, 2);
    cumulative = new Float64Array(counts.length);
    let running = 0;
    for (let s = 0; s < counts.length; s++) {
      running += counts[s];
      cumulative[s] = running;
    }
    if (untiedCache.size >= UNTIED_CACHE_SIZE) {
      const oldest = untiedCache.keys().next().value;
      if (oldest !== undefined) untiedCache.delete(oldest);
    }
    untiedCache.set(key, cumulative);
  }
  return cumulative[Math.floor(maxTwoU / 2)];
}

/** C(t, 0..t) as doubles (exact while the values stay below 2^53, t ≲ 50). */
function binomialRow(t: number): number[] {
  const row = [1];
  for (let r = 1; r <= t; r++) row.push((row[r - 1] * (t - r + 1)) / r);
  return row;
}

/** C(n, k) rounded once to a double, via exact big-integer arithmetic. */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const kk = BigInt(Math.min(k, n - k));
  const nn = BigInt(n);
  let c = 1n;
  for (let i = 1n; i <= kk; i++) c = (c * (nn - kk + i)) / i;
  return Number(c);
}

/**
 * Normal approximation, as benchstat does it above the exact limits:
 *   mean  μ = n1·n2/2
 *   var   σ² = n1·n2/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1)))   (tie-corrected)
 *   z = (U − μ ∓ ½)/σ  (continuity correction toward the mean)
 *   p = 2·Φ(−|z|) = erfc(|z|/√2)
 * benchstat evaluates 2·min(Φ(z), 1 − Φ(z)); when z > 0 its 1 − Φ(z)
 * cancels catastrophically (a p of 1e-21 comes out as 0). Computing the
 * lower tail directly gives the same value where benchstat is accurate and
 * the true value where it is not.
 *
 * Exported (not re-exported from index.ts) for minimumPValue in summary.ts.
 */
export function normalApproxPValue(n1: number, n2: number, u: number, ties: readonly number[]): number {
  const n = n1 + n2;
  let tieSum = 0;
  for (const t of ties) tieSum += t * t * t - t;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt((n1 * n2 * (n + 1 - tieSum / (n * (n - 1)))) / 12);
  if (sigma === 0) return 1; // unreachable: σ = 0 only when all values are equal
  let numer = u - mu;
  numer -= Math.sign(numer) * 0.5;
  const z = numer / sigma;
  return erfc(Math.abs(z) / Math.SQRT2);
}

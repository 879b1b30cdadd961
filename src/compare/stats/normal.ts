/**
 * Standard normal distribution helpers (complementary error function, CDF,
 * quantile). JavaScript has no `erf`/`erfc`, and simple-statistics' `erf` is a
 * short polynomial fit good to ~1e-7 — far too coarse to agree with Go's
 * `math.Erfc` on p-values such as 1e-12. These routines are accurate to a few
 * ulps over the whole range we use, so the normal-approximation p-values agree
 * with benchstat to ~1e-14 relative.
 */

/** 2/√π. */
const TWO_OVER_SQRT_PI = 1.1283791670955126;
/** 1/√π. */
const ONE_OVER_SQRT_PI = 0.5641895835477563;

/**
 * Below this argument erfc(x) is computed as 1 − erf(x) with erf from a
 * positive-term power series; above it, by a continued fraction. The
 * subtraction 1 − erf(x) loses digits as erfc(x) shrinks (at x = 2 about two,
 * erfc(2) ≈ 0.0047), while the continued fraction converges slowly near 0
 * (≈ 340 terms at 0.75, ≈ 2100 at 0.3). At 0.75 erfc ≈ 0.29, so the
 * subtraction costs under one bit and the fraction stays cheap: both sides of
 * the switch are accurate to a few ulps.
 */
const SERIES_LIMIT = 0.75;

/**
 * erf(x) for 0 ≤ x < SERIES_LIMIT from the series
 *   erf(x) = 2/√π · e^(−x²) · Σ_{k≥0} (2x²)^k · x / (1·3·5···(2k+1)).
 * Unlike the textbook alternating Taylor series, every term is positive, so
 * there is no cancellation and the sum is accurate to rounding.
 */
function erfSeries(x: number): number {
  const twoX2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k < 500; k++) {
    term *= twoX2 / (2 * k + 1);
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) for x ≥ SERIES_LIMIT by Laplace's continued fraction
 *   erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))))
 * evaluated with the modified Lentz algorithm. It converges faster the larger
 * x is, which is exactly where 1 − erf(x) would be useless.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = f;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    const a = k / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    d = 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (Math.exp(-x * x) * ONE_OVER_SQRT_PI) / f;
}

/** Complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < SERIES_LIMIT) return 1 - erfSeries(x);
  // erfc(27.3) is below the smallest subnormal double.
  if (x > 27.3) return 0;
  return erfcContinuedFraction(x);
}

/** CDF of the normal distribution N(mu, sigma²) at x. */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  return erfc(-(x - mu) / (sigma * Math.SQRT2)) / 2;
}

/**
 * Quantile (inverse CDF) of N(mu, sigma²). Solved by bisection on the
 * accurate CDF rather than with a rational approximation: it is only called a
 * handful of times per summary, and bisection to the last bit removes any
 * doubt about the approximation's error near an integer rounding boundary.
 */
export function normalQuantile(p: number, mu = 0, sigma = 1): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return mu - sigma * normalQuantile(1 - p);
  // Standard normal lower tail: the answer lies in [-40, 0].
  let lo = -40;
  let hi = 0;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  const z = (lo + hi) / 2;
  return mu + sigma * z;
}

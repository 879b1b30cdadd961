/**
 * Benjamini–Hochberg false-discovery-rate adjustment.
 *
 * A job compares every benchmark × metric, easily hundreds of tests; at
 * alpha = 0.05 a few "significant" changes would appear by chance alone.
 * Controlling the false discovery rate (the expected share of false alarms
 * among the flagged comparisons) keeps the gate trustworthy without the power
 * loss of Bonferroni.
 *
 * Adjusted p-values (Benjamini & Hochberg 1995, step-up): sort the m p-values
 * ascending, p(1) ≤ … ≤ p(m); then
 *   q(i) = min over j ≥ i of  min(1, p(j) · m / j).
 * Taking the running minimum from the largest p downwards makes q monotone in
 * p, and "q ≤ alpha" is then equivalent to the BH procedure rejecting that
 * hypothesis at level alpha.
 *
 * Comparisons that have no p-value (exact comparisons, missing samples) are
 * passed through as null and do not count towards m — they are not tests.
 * p-values above 1 (benchstat's doubled tail can reach 4/3 with ties) are
 * accepted and, like every adjusted value, capped at 1.
 */
export function benjaminiHochberg(ps: readonly (number | null)[]): (number | null)[] {
  const present: { index: number; p: number }[] = [];
  ps.forEach((p, index) => {
    if (p === null) return;
    if (Number.isNaN(p) || p < 0) throw new RangeError(`benjaminiHochberg: invalid p-value ${p} at index ${index}`);
    present.push({ index, p });
  });
  const out: (number | null)[] = ps.map(() => null);
  const m = present.length;
  if (m === 0) return out;

  // Stable sort keeps equal p-values in input order (their q are equal anyway).
  present.sort((a, b) => a.p - b.p);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = present[rank - 1];
    // p·(m/rank) rather than (p·m)/rank: m/rank ≥ 1 exactly in floating
    // point, so the adjusted value can never round below the raw p.
    running = Math.min(running, entry.p * (m / rank));
    out[entry.index] = running;
  }
  return out;
}

/**
 * Nearest-rank quantiles, the rule every percentile metric of a trace uses
 * (GC pauses, scheduling latency) and the x/exp/trace oracle reproduces:
 * p = sorted[ceil(q·n) − 1], so a p99 is always a value that occurred.
 */

/** The index ceil(q·n) − 1 of the nearest-rank quantile q of n values, within [0, n − 1]. */
function rank(n: number, q: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
}

/** Nearest-rank quantile of an ascending array (0 for an empty one). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[rank(sorted.length, q)];
}

/**
 * The same quantile of unsorted values, found by selection (quickselect,
 * median-of-three pivots) instead of a sort: linear on average, which matters
 * for millions of values (3.8 million scheduling waits: 56ms instead of 540ms).
 * Reorders `values`.
 */
export function quantileUnsorted(values: Float64Array | number[], q: number): number {
  if (values.length === 0) return 0;
  return selectKth(values, rank(values.length, q));
}

/** The k-th smallest of `values` (0-based, k within range), by quickselect. Reorders `values`. */
function selectKth(values: Float64Array | number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const a = values[lo];
    const b = values[(lo + hi) >>> 1];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // Hoare partition: afterwards values[lo..j] ≤ pivot ≤ values[i..hi], and j < i.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/** Values below this are counted per integer value rather than kept. */
const SMALL = 1 << 16;

/**
 * Nearest-rank quantiles of a stream of numbers, exact, in little memory when
 * most values are small non-negative integers (durations in nanoseconds under
 * 65.536 µs): those are counted per value in a fixed 256 KiB table; only the
 * others are kept, 8 bytes each. When every kept value is above every counted
 * one, a rank falls either in the counts or, past them, among the kept values;
 * a negative or fractional value below the table's end (never a duration)
 * makes quantile() expand the counts and select among all values instead.
 */
export class StreamQuantile {
  total = 0;
  max = 0;
  private counts: Uint32Array | undefined;
  private nCounted = 0;
  private kept = new Float64Array(256);
  private nKept = 0;
  /** Whether a kept value is below SMALL: then kept and counted values interleave. */
  private interleaved = false;

  /** How many values were added. */
  get count(): number {
    return this.nCounted + this.nKept;
  }

  add(v: number): void {
    this.total += v;
    if (v > this.max) this.max = v;
    if (v >= 0 && v < SMALL && Number.isInteger(v)) {
      (this.counts ??= new Uint32Array(SMALL))[v]++;
      this.nCounted++;
      return;
    }
    if (v < SMALL) this.interleaved = true;
    if (this.nKept === this.kept.length) {
      const grown = new Float64Array(this.nKept * 2);
      grown.set(this.kept);
      this.kept = grown;
    }
    this.kept[this.nKept++] = v;
  }

  /** The nearest-rank quantile q of the values added (0 when there are none). Reorders the kept values. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const k = rank(this.count, q);
    const counts = this.counts;
    if (this.interleaved) {
      const all = new Float64Array(this.count);
      all.set(this.kept.subarray(0, this.nKept));
      let i = this.nKept;
      if (counts) for (let v = 0; v < SMALL; v++) for (let c = counts[v]; c > 0; c--) all[i++] = v;
      return selectKth(all, k);
    }
    if (k < this.nCounted && counts) {
      let seen = 0;
      for (let v = 0; v < SMALL; v++) {
        seen += counts[v];
        if (seen > k) return v;
      }
    }
    return selectKth(this.kept.subarray(0, this.nKept), k - this.nCounted);
  }
}

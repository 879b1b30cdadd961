/**
 * The table cases of the benchstat oracle: benchmark results with several
 * units (the ones our reports print), written as Go benchmark-format files
 * named `base` and `head` and given to the real benchstat, whose printed text
 * tables are recorded verbatim. __tests__/report/benchstat.tables.test.ts
 * feeds the same samples through our comparison and table code and checks the
 * two agree cell for cell: medians, ±, deltas, p-values, notation.
 *
 * Units map to our metrics as the RunResult reader maps them: ns/op → time,
 * B/op → bytes, allocs/op → allocs, MB/s → throughput, GCs/op → gc-cycles,
 * ns (a pause) → gc-pause-p99, B (a heap size) → peak-heap, goroutines →
 * goroutines-leaked. Values are written with JavaScript's shortest
 * round-trip form, which Go parses back to the same double.
 *
 * Known quirk left out: benchfmt keeps a value in its original unit when
 * tidying does not change the number, which happens for 0 (0 ns is 0 sec), so
 * benchstat puts all-zero `ns` samples in a separate table headed `ns`. We
 * tidy every value; the cases avoid zeros in `ns` units.
 */

/** mulberry32, as in the main script, with its own seed so the p-value cases stay as they were. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20260911);
const gauss = () => {
  let u = 0;
  while (u === 0) u = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};
/** n values around mu with a relative spread, rounded to `digits` significant digits. */
const noisy = (n, mu, rel, digits = 4) => Array.from({ length: n }, () => Number((mu * (1 + rel * gauss())).toPrecision(digits)));
const constant = (n, v) => new Array(n).fill(v);

/** The metric each unit feeds, as the RunResult reader names them. */
export const UNIT_METRIC = {
  'ns/op': 'time',
  'B/op': 'bytes',
  'allocs/op': 'allocs',
  'MB/s': 'throughput',
  'GCs/op': 'gc-cycles',
  ns: 'gc-pause-p99',
  B: 'peak-heap',
  goroutines: 'goroutines-leaked',
};

/**
 * Each case: a package and its benchmarks, every benchmark with samples per
 * unit for base and head (same length within a side and benchmark).
 */
export function tableCases() {
  const cases = [];
  const bench = (name, procs, units) => ({ name, procs, units });

  // Like the demo's codec package: a new allocation, a grown one, unchanged throughput benchmarks.
  cases.push({
    name: 'codec-like',
    package: 'example.com/gateexample/codec',
    benchmarks: [
      bench('BenchmarkEncode', 2, {
        'ns/op': [noisy(6, 27.1, 0.2), noisy(6, 161.6, 0.2)],
        'B/op': [constant(6, 0), constant(6, 15)],
        'allocs/op': [constant(6, 0), constant(6, 1)],
        'GCs/op': [constant(6, 0), noisy(6, 4.81e-6, 0.05)],
        // Not 0 in the base: benchstat leaves a value it would tidy to the same number (0 ns → 0 sec)
        // in its original unit, so zero pauses would land in a table of their own ("ns").
        ns: [noisy(6, 210e3, 0.3), noisy(6, 8.99e6, 0.3)],
        B: [noisy(6, 2.9e6, 0.1), noisy(6, 6.6e6, 0.1)],
      }),
      bench('BenchmarkNewFrame', 2, {
        'ns/op': [noisy(6, 1234, 0.05), noisy(6, 1830, 0.05)],
        'B/op': [constant(6, 4096), constant(6, 6144)],
        'allocs/op': [constant(6, 1), constant(6, 1)],
        'GCs/op': [noisy(6, 0.00095, 0.1), noisy(6, 0.00143, 0.1)],
        ns: [noisy(6, 41000, 0.2), noisy(6, 43000, 0.2)],
        B: [noisy(6, 4.2e6, 0.05), noisy(6, 4.3e6, 0.05)],
      }),
      bench('BenchmarkChecksum/size=64', 2, {
        'ns/op': [noisy(6, 80.5, 0.03), noisy(6, 80.9, 0.03)],
        'B/op': [constant(6, 0), constant(6, 0)],
        'allocs/op': [constant(6, 0), constant(6, 0)],
        'MB/s': [noisy(6, 795, 0.03), noisy(6, 791, 0.03)],
      }),
      bench('BenchmarkChecksum/size=4096', 2, {
        'ns/op': [noisy(6, 4850, 0.02), noisy(6, 4700, 0.02)],
        'B/op': [constant(6, 0), constant(6, 0)],
        'allocs/op': [constant(6, 0), constant(6, 0)],
        'MB/s': [noisy(6, 844.8, 0.02), noisy(6, 871.5, 0.02)],
      }),
    ],
  });

  // Few samples: benchstat's ∞ interval and its "need >= 4 samples" note.
  cases.push({
    name: 'few-samples',
    package: 'example.com/mod/small',
    benchmarks: [
      bench('BenchmarkTiny', 1, {
        'ns/op': [noisy(4, 0.25, 0.05), noisy(4, 0.31, 0.05)],
        'allocs/op': [constant(4, 3), constant(4, 3)],
      }),
      bench('BenchmarkThree', 8, {
        'ns/op': [noisy(3, 15.01e3, 0.05), noisy(3, 14.45e3, 0.05)],
        'allocs/op': [constant(3, 12), constant(3, 13)],
      }),
      bench('BenchmarkFive', 8, {
        'ns/op': [noisy(5, 2.2e9, 0.01), noisy(5, 2.6e9, 0.01)],
        'allocs/op': [
          [1204, 1204, 1205, 1204, 1204],
          [1204, 1204, 1204, 1206, 1204],
        ],
      }),
    ],
  });

  // Large counts and sizes, unequal sample counts, ties: the prefixes beyond k and Ki.
  cases.push({
    name: 'large-values',
    package: 'example.com/mod/heap',
    benchmarks: [
      bench('BenchmarkBuild', 4, {
        'ns/op': [noisy(6, 12.5e6, 0.04), noisy(8, 13.9e6, 0.04)],
        'B/op': [noisy(6, 1.5 * 1024 * 1024, 0.001, 7), noisy(8, 1.5 * 1024 * 1024 * 1.3, 0.001, 7)],
        'allocs/op': [noisy(6, 20480, 0.0005, 5), noisy(8, 26000, 0.0005, 5)],
        'GCs/op': [noisy(6, 0.0043, 0.05), noisy(8, 0.0052, 0.05)],
        B: [noisy(6, 120e6, 0.02), noisy(8, 130e6, 0.02)],
        goroutines: [constant(6, 0), constant(8, 0)],
      }),
      bench('BenchmarkProcess', 4, {
        'ns/op': [noisy(6, 950, 0.05), noisy(8, 990, 0.05)],
        'B/op': [constant(6, 276), [870, 871, 870, 871, 870, 870, 871, 870]],
        'allocs/op': [constant(6, 3), constant(8, 5)],
        'GCs/op': [noisy(6, 5.96e-5, 0.1), noisy(8, 1.96e-4, 0.1)],
        B: [noisy(6, 7.38e6, 0.05), noisy(8, 11.47e6, 0.05)],
        goroutines: [constant(6, 0), [10101, 10101, 10102, 10101, 10100, 10101, 10101, 10101]],
      }),
    ],
  });
  return cases;
}

/** Go benchmark-format text of one side (0 = base, 1 = head) of a case. */
export function benchText(c, side) {
  const lines = ['goos: linux', 'goarch: amd64', `pkg: ${c.package}`];
  for (const b of c.benchmarks) {
    const units = Object.keys(b.units);
    const n = b.units[units[0]][side].length;
    for (let i = 0; i < n; i++) {
      const fields = units.map((u) => `${String(b.units[u][side][i])} ${u}`);
      lines.push(`${b.name}${b.procs > 1 ? `-${b.procs}` : ''} \t1000\t${fields.join('\t')}`);
    }
  }
  return lines.join('\n') + '\n';
}

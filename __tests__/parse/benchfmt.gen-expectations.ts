/**
 * What the generator module in __tests__/fixtures/benchfmt/gen prints, shared
 * by the saved-fixture tests and the live `go test` test so both hold the
 * parser to the same expectations.
 */
import type { BenchmarkLine, ParseResult } from '../../src/parse/benchfmt.js';

export const MAIN = 'example.com/benchfmtgen';
export const NOISY = 'example.com/benchfmtgen/noisy';

export const MEM = ['B/op', 'allocs/op'];

/** Units each benchmark of the main package prints under -benchmem, in Go's order. */
export const UNITS: Record<string, string[]> = {
  BenchmarkPlain: ['ns/op', ...MEM],
  BenchmarkAlloc: ['ns/op', ...MEM],
  'BenchmarkSub/size=small': ['ns/op', ...MEM],
  'BenchmarkSub/size=large': ['ns/op', ...MEM],
  'BenchmarkSub/with_space': ['ns/op', ...MEM],
  'BenchmarkSub/dup': ['ns/op', ...MEM],
  'BenchmarkSub/dup#01': ['ns/op', ...MEM],
  'BenchmarkSub/n-10': ['ns/op', ...MEM],
  BenchmarkThroughput: ['ns/op', 'MB/s', ...MEM],
  BenchmarkCustom: ['ns/op', 'frames/s', 'ns/frame', 'p99-ns', ...MEM],
  'BenchmarkZeroNs/only': MEM,
  'BenchmarkZeroNs/custom': ['widgets/op', ...MEM],
  Benchmark_underscore: ['ns/op', ...MEM],
};
export const NAMES = Object.keys(UNITS);

export const inPkg = (r: ParseResult, pkg: string) => r.benchmarks.filter((b) => b.config.pkg === pkg);
export const key = (b: BenchmarkLine) => `${b.name}@${b.procs}`;
const value = (b: BenchmarkLine, unit: string) => b.values.find((v) => v.unit === unit)?.value;

/**
 * Checks the main package's results of one `-benchmem` run over `procsList`:
 * names and GOMAXPROCS in Go's order, iteration counts, units, config, and
 * the values Go makes deterministic (allocations and reported metrics).
 */
export function expectGenResults(
  r: ParseResult,
  want: {
    procsList: number[];
    iterations: number;
    config: Record<string, string>;
    /**
     * 'exact' for saved output. A live run charges the benchmark with whatever
     * else the process allocated while it ran (testing reads the whole process's
     * MemStats), which at a few iterations can be kilobytes per op: a loaded CI
     * run printed 1128 B/op for BenchmarkAlloc at 5 iterations. Live runs check
     * a lower bound.
     */
    allocs?: 'exact' | 'atLeast';
  },
): void {
  const main = inPkg(r, MAIN);
  // Go runs each benchmark for every -cpu value before moving on.
  expect(main.map(key)).toEqual(NAMES.flatMap((n) => want.procsList.map((p) => `${n}@${p}`)));
  for (const b of main) {
    expect(b.iterations).toBe(want.iterations);
    expect(b.values.map((v) => v.unit)).toEqual(UNITS[b.name]);
    expect(b.config).toEqual({ ...want.config, pkg: MAIN });
    for (const v of b.values) expect(Number.isFinite(v.value) && v.value >= 0).toBe(true);
    // Times are measured, so only their presence is certain.
    if (value(b, 'ns/op') !== undefined) expect(value(b, 'ns/op')).toBeGreaterThan(0);
  }
  for (const b of main.filter((x) => x.name === 'BenchmarkAlloc')) {
    if (want.allocs === 'atLeast') {
      expect(value(b, 'B/op')).toBeGreaterThanOrEqual(64);
      expect(value(b, 'allocs/op')).toBeGreaterThanOrEqual(1);
    } else {
      expect(value(b, 'B/op')).toBe(64);
      expect(value(b, 'allocs/op')).toBe(1);
    }
  }
  for (const b of main.filter((x) => x.name === 'BenchmarkCustom')) {
    expect(b.values.slice(1, 4)).toEqual([
      { value: 60, unit: 'frames/s' },
      { value: 16.5, unit: 'ns/frame' },
      { value: 1250, unit: 'p99-ns' },
    ]);
  }
  for (const b of main.filter((x) => x.name === 'BenchmarkThroughput')) {
    expect(value(b, 'MB/s')).toBeGreaterThan(0);
  }
}

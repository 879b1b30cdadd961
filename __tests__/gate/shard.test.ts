/**
 * The split of a sharded run (src/gate/shard.ts): every benchmark in exactly
 * one shard, the same split in every job, by function count without a baseline,
 * balanced with one, long functions split into their leaves, and a benchmark
 * added later never moving the others.
 */
import { ShardAssignment, shardFilter, type ShardUnit } from '../../src/gate/shard.js';

const P = 'example.com/m/p';
const Q = 'example.com/m/q';
const fns = (pkg: string, ...names: string[]): ShardUnit[] => names.map((name) => ({ package: pkg, name }));
const leaf = (pkg: string, name: string) => `${pkg}\u0000${name}`;
const owners = (a: ShardAssignment, units: ShardUnit[]) => units.map((u) => a.shardOfLeaf(u.package, u.name));

test('without a baseline the functions go round-robin in name order when there are fewer packages than shards', () => {
  const units = fns(P, 'BenchmarkA', 'BenchmarkB', 'BenchmarkC', 'BenchmarkD', 'BenchmarkE', 'BenchmarkF', 'BenchmarkG');
  const a = new ShardAssignment(units, new Map(), 3);
  expect(owners(a, units)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  expect([0, 1, 2].map((s) => a.unitsOf(s).length)).toEqual([3, 2, 2]);
});

test('without a baseline whole packages go round-robin when there are enough of them, so each is built once', () => {
  const pkgs = ['a', 'b', 'c', 'd', 'e'].map((p) => `example.com/m/${p}`);
  const units = pkgs.flatMap((p) => fns(p, 'BenchmarkX', 'BenchmarkY'));
  const a = new ShardAssignment(units, new Map(), 2);
  expect(owners(a, units)).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0, 0]);
  expect(a.unitsOf(1)).toEqual(['example.com/m/b', 'example.com/m/d']);
  for (const p of pkgs) expect(a.packageShard(p)).toBe(a.shardOfLeaf(p, 'BenchmarkX'));
});

test('without a baseline a package with many benchmark functions is split by function, not given to one shard', () => {
  // Seen on golang.org/x/sync in ab mode: round-robin by package gave one shard 44 of 67
  // benchmarks and another 1. Without durations, each function counts as one.
  const R = 'example.com/m/r';
  const units = [
    ...fns(P, 'BenchmarkA', 'BenchmarkB', 'BenchmarkC', 'BenchmarkD', 'BenchmarkE', 'BenchmarkF'),
    ...fns(Q, 'BenchmarkX'),
    ...fns(R, 'BenchmarkY'),
  ];
  const a = new ShardAssignment(units, new Map(), 2);
  expect(a.load).toEqual([4, 4]);
  expect([0, 1].map((s) => units.filter((u) => a.shardOfLeaf(u.package, u.name) === s).length)).toEqual([4, 4]);
  // Packages within a fair share stay whole: built by one shard only.
  expect(
    a
      .unitsOf(0)
      .concat(a.unitsOf(1))
      .filter((k) => !k.includes('Benchmark')),
  ).toEqual(expect.arrayContaining([Q, R]));
});

test('with a baseline the shards are balanced by measured time, longest first', () => {
  const units = fns(P, 'BenchmarkA', 'BenchmarkB', 'BenchmarkC', 'BenchmarkD', 'BenchmarkE', 'BenchmarkF');
  const ms = [900, 500, 400, 300, 200, 100];
  const durations = new Map(units.map((u, i) => [leaf(u.package, u.name), ms[i]]));
  const a = new ShardAssignment(units, durations, 2);
  // Longest first, each to the lighter shard (ties: the lower index): A→0, B→1, C→1, D→0, E→1, F→1.
  expect(owners(a, units)).toEqual([0, 1, 1, 0, 1, 1]);
  expect(a.load).toEqual([1200, 1200]);
  // Every leaf of a function goes where the function goes.
  expect(a.shardOfLeaf(P, 'BenchmarkA/small')).toBe(a.shardOfLeaf(P, 'BenchmarkA'));
});

test('every job computes the same split, and a different baseline gives a different digest', () => {
  const units = [...fns(P, 'BenchmarkA', 'BenchmarkB'), ...fns(Q, 'BenchmarkC', 'BenchmarkD')];
  const d1 = new Map([[leaf(P, 'BenchmarkA'), 10]]);
  const one = new ShardAssignment(units, d1, 2);
  const two = new ShardAssignment([...units].reverse(), new Map(d1), 2);
  expect(two.digest).toBe(one.digest);
  expect(owners(two, units)).toEqual(owners(one, units));
  expect(new ShardAssignment(units, new Map([[leaf(Q, 'BenchmarkD'), 10]]), 2).digest).not.toBe(one.digest);
});

test('a benchmark added after the baseline never moves one the baseline knows', () => {
  // P alone is longer than a fair share, so it is split into its functions.
  const known = fns(P, 'BenchmarkA', 'BenchmarkB', 'BenchmarkC', 'BenchmarkD');
  const durations = new Map(known.map((u, i) => [leaf(u.package, u.name), 100 * (i + 1)]));
  const before = new ShardAssignment(known, durations, 3);
  const after = new ShardAssignment([...known, ...fns(P, 'BenchmarkAA', 'BenchmarkZ')], durations, 3);
  expect(owners(after, known)).toEqual(owners(before, known));
  // And every benchmark has exactly one shard.
  const filters = [1, 2, 3].map((index) => shardFilter({ index, count: 3 }, after));
  for (const u of [...known, ...fns(P, 'BenchmarkAA', 'BenchmarkZ')]) expect(filters.filter((f) => f.measuresLeaf(u.package, u.name))).toHaveLength(1);
});

test('a function longer than a fair share is split into its leaves; a new leaf goes with its first leaf', () => {
  const units = [...fns(P, 'BenchmarkTable'), ...fns(Q, 'BenchmarkX', 'BenchmarkY')];
  const durations = new Map([
    [leaf(P, 'BenchmarkTable/a'), 400],
    [leaf(P, 'BenchmarkTable/b'), 400],
    [leaf(P, 'BenchmarkTable/c'), 400],
    [leaf(Q, 'BenchmarkX'), 200],
    [leaf(Q, 'BenchmarkY'), 200],
  ]);
  const a = new ShardAssignment(units, durations, 3);
  const tableShards = ['a', 'b', 'c'].map((s) => a.shardOfLeaf(P, `BenchmarkTable/${s}`));
  expect(new Set(tableShards).size).toBe(3);
  // Q (400 ms, under the fair share of 533) stays whole: it is built by one shard only.
  expect(a.shardOfLeaf(Q, 'BenchmarkX')).toBe(a.shardOfLeaf(Q, 'BenchmarkY'));
  expect(a.load).toEqual([800, 400, 400]);
  // Each shard owning a leaf runs the function (to discover its leaves), and keeps only its own.
  for (const s of [0, 1, 2]) expect(a.runsFunction(s, P, 'BenchmarkTable')).toBe(true);
  expect(a.shardOfLeaf(P, 'BenchmarkTable/new')).toBe(a.shardOfLeaf(P, 'BenchmarkTable/a'));
  // Escape analysis of a package is run by one shard, one that builds it.
  const p = a.packageShard(P);
  expect(a.runsFunction(p, P, 'BenchmarkTable')).toBe(true);
  expect(a.runsFunction(a.packageShard(Q), Q, 'BenchmarkX') || a.runsFunction(a.packageShard(Q), Q, 'BenchmarkY')).toBe(true);
});

test('more shards than benchmarks leaves some shards empty, and one shard is everything', () => {
  const units = fns(P, 'BenchmarkA', 'BenchmarkB');
  const a = new ShardAssignment(units, new Map(), 4);
  expect([0, 1, 2, 3].map((s) => a.unitsOf(s).length)).toEqual([1, 1, 0, 0]);
  const whole = new ShardAssignment(units, new Map([[leaf(P, 'BenchmarkA/x'), 5]]), 1);
  expect(owners(whole, units)).toEqual([0, 0]);
  expect(whole.runsFunction(0, P, 'BenchmarkA')).toBe(true);
});

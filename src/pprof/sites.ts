/**
 * Allocation sites: where a benchmark's allocations come from, as flat totals
 * per source line and per function, normalised per benchmark operation.
 *
 * "Flat" means what `go tool pprof -top` calls flat: each sample is charged to
 * its leaf frame only, and the leaf frame is the innermost line of the first
 * location (an inlined callee, when there is one). Go already hides the
 * runtime's own allocator frames (mallocgc, makeslice, growslice…) when it
 * writes the profile, so the leaf is the code that asked for the memory.
 *
 * ## Per-op derivation
 *
 * A `-test.memprofile` covers the whole process: package init, the testing
 * framework, the benchmark's setup code, the `b.N = 1` warm-up run (`run1`)
 * and every sizing round, not only the run whose N is printed. `testing` calls
 * `runtime.GC()` before writing the profile, so every allocation up to the end
 * is in it. Two ways to divide, chosen by the caller:
 *
 * 1. `iterations` (raw, for `-test.benchtime=Nx`): the benchmark body ran
 *    1 + N times in the process (the warm-up with b.N = 1, then b.N = N;
 *    for `1x` only once). `profileIterations('10000x', 10000)` returns 10001.
 *    Site totals are divided by it. Checked against the benchmark's own
 *    `B/op` and `allocs/op` with `-test.memprofilerate=1`: they agree to within
 *    the setup allocations divided by N (tests assert it) — except for tiny
 *    allocations (pointer-free, under 16 bytes): the runtime packs several
 *    into one 16-byte block and the profile records the block, not each
 *    object, so a site making one 8-byte allocation per op shows as
 *    0.5 objects/op and 8 B/op while the benchmark prints 1 allocs/op.
 * 2. `reported` (recommended; required for time-based `-test.benchtime=1s`,
 *    where the sizing rounds are not printed and the total iteration count is
 *    unknown): each site gets its share of the counted total times the
 *    benchmark's own `allocs/op` (objects) and `B/op` (bytes). The site
 *    figures then sum exactly to the benchmark line by construction, tiny
 *    allocations included (as long as the sites' shares are right).
 *
 * With `benchmark` set (recommended), only samples whose stack passes through
 * the leaf benchmark's own function are counted, which removes init, flag
 * parsing and the testing framework from the figures. For `BenchmarkX` that
 * is `BenchmarkX` or one of its closures (RunParallel bodies); for a
 * sub-benchmark `BenchmarkX/a` it is a closure of `BenchmarkX` (its b.Run
 * body runs on a goroutine of its own, without the parent's frame), never the
 * parent itself: the parent's setup and testing's b.Run machinery (matching
 * the name against -test.bench compiles regular expressions) run under the
 * parent and are a large share of a short run like `-test.benchtime=10x`.
 * A stack that reaches testing.(*B).Run below the accepted frame is that
 * machinery one level down (a nested sub-benchmark's parent) and is not
 * counted either. Allocations made by goroutines the code under test starts
 * carry no benchmark frame and are not counted.
 *
 * With the default sampling rate (one sample per 512 KiB) Go's unsampled
 * values are estimates; small per-op sites are only reliable with a small
 * `-test.memprofilerate` (1 records every allocation).
 */
import { ProfileError } from './reader.js';
import { sampleTypeIndex, type Location, type Profile } from './profile.js';

export interface AllocationSite {
  /** Function name as in the profile, e.g. `example.com/codec.(*Encoder).Encode`. */
  function: string;
  /** Source file as in the profile (absolute for module code, GOROOT path for the standard library). */
  file: string;
  /** The allocating line; for `byFunction` entries the function's first line. Display only: identity across commits is function, what and ordinal (src/compare/allocation-sites.ts). */
  line: number;
  /** Bytes per object in the profile (the size class the allocator rounded to; an average when a line allocates several sizes). */
  size?: number;
  /** The allocating source line, trimmed, without its trailing comment; set by the caller when the source is readable. */
  snippet?: string;
  objectsPerOp: number;
  bytesPerOp: number;
  /** The unnormalised totals from the profile (alloc_objects, alloc_space). */
  objects: number;
  bytes: number;
}

export interface AllocationSiteOptions {
  /** Times the benchmark body ran in the process (derivation 1). */
  iterations?: number;
  /** The benchmark's own per-op figures (derivation 2); takes precedence over `iterations`. */
  reported?: { allocsPerOp: number; bytesPerOp: number };
  /**
   * Count only samples under this benchmark function: `BenchmarkEncode`,
   * `example.com/codec.BenchmarkEncode`, or a sub-benchmark name such as
   * `BenchmarkChecksum/size=64` (then only the parent's closures count: the
   * b.Run bodies, see the header).
   */
  benchmark?: string;
}

export interface AllocationSites {
  byLine: AllocationSite[];
  byFunction: AllocationSite[];
  /** Totals of the counted samples (unnormalised). */
  totalObjects: number;
  totalBytes: number;
  /** Totals per op, the sums of `byLine`. */
  objectsPerOp: number;
  bytesPerOp: number;
  /** What the totals were divided by, and how it was chosen. */
  derivation: 'iterations' | 'reported';
  iterations?: number;
}

/**
 * How many times a benchmark body ran in a process started with
 * `-test.benchtime=<benchtime>` that printed `n` iterations; `undefined` when
 * it cannot be known (time-based benchtime runs unprinted sizing rounds).
 */
export function profileIterations(benchtime: string, n: number): number | undefined {
  const m = /^(\d+)x$/.exec(benchtime.trim());
  if (!m) return undefined;
  const target = Number(m[1]);
  if (target !== n) return undefined;
  // testing's run1 always runs b.N = 1 first; launch() then runs b.N = target
  // unless the target is 1 (golang.org/issue/32051).
  return target > 1 ? target + 1 : 1;
}

/** Computes flat allocation sites from a heap profile's alloc_objects and alloc_space values. */
export function allocationSites(profile: Profile, options: AllocationSiteOptions): AllocationSites {
  const objIdx = sampleTypeIndex(profile, 'alloc_objects');
  const byteIdx = sampleTypeIndex(profile, 'alloc_space');
  if (objIdx < 0 || byteIdx < 0) {
    throw new ProfileError(
      'not-profile',
      profile.fileName,
      0,
      'a heap profile with alloc_objects and alloc_space sample types',
      `found ${profile.sampleTypes.map((t) => t.type).join(', ') || 'none'}`,
    );
  }
  const underBenchmark = options.benchmark ? benchmarkMatcher(options.benchmark) : undefined;

  let totalObjects = 0;
  let totalBytes = 0;
  const nTypes = profile.sampleTypes.length;
  const { values, stackStart, stackLocations, locations } = profile;
  // Whether a location has a frame of the benchmark, computed once per location
  // rather than once per sample frame.
  const benchLoc = underBenchmark ? locations.map((l) => l.lines.some((ln) => underBenchmark(ln.function.name))) : undefined;
  const runLoc = underBenchmark ? locations.map((l) => l.lines.some((ln) => ln.function.name === TESTING_RUN)) : undefined;
  // Totals per leaf location first (a profile has far fewer locations than
  // samples), then per line and function from those: no string key per sample.
  const leafObjects = new Float64Array(locations.length);
  const leafBytes = new Float64Array(locations.length);
  let noLeafObjects = 0;
  let noLeafBytes = 0;
  for (let i = 0; i < profile.sampleCount; i++) {
    const objects = values[i * nTypes + objIdx];
    const bytes = values[i * nTypes + byteIdx];
    if (objects === 0 && bytes === 0) continue;
    const from = stackStart[i];
    const to = stackStart[i + 1];
    if (benchLoc && runLoc) {
      // Root first: the benchmark's frame sits a few frames above testing's.
      let k = to - 1;
      while (k >= from && !benchLoc[stackLocations[k]]) k--;
      if (k < from) continue;
      // testing's b.Run below it: a parent's machinery, not the leaf's code.
      let r = k - 1;
      while (r >= from && !runLoc[stackLocations[r]]) r--;
      if (r >= from) continue;
    }
    totalObjects += objects;
    totalBytes += bytes;
    if (from < to) {
      const leaf = stackLocations[from];
      leafObjects[leaf] += objects;
      leafBytes[leaf] += bytes;
    } else {
      noLeafObjects += objects;
      noLeafBytes += bytes;
    }
  }

  const lines = new Map<string, AllocationSite>();
  const funcs = new Map<string, AllocationSite>();
  const addLeaf = (leaf: Location | undefined, objects: number, bytes: number): void => {
    const ln = leaf?.lines[0];
    const fn = ln?.function.name ?? (leaf ? `0x${leaf.address.toString(16)}` : '<unknown>');
    const file = ln?.function.file ?? '';
    const lineNo = ln?.line ?? 0;
    add(lines, `${fn}\u0000${file}\u0000${lineNo}`, fn, file, lineNo, objects, bytes);
    add(funcs, `${fn}\u0000${file}`, fn, file, ln?.function.startLine ?? 0, objects, bytes);
  };
  locations.forEach((l, i) => {
    if (leafObjects[i] !== 0 || leafBytes[i] !== 0) addLeaf(l, leafObjects[i], leafBytes[i]);
  });
  if (noLeafObjects !== 0 || noLeafBytes !== 0) addLeaf(undefined, noLeafObjects, noLeafBytes);

  let objDiv: number;
  let byteDiv: number;
  let derivation: AllocationSites['derivation'];
  if (options.reported) {
    derivation = 'reported';
    // Share of the total times the benchmark's own figure; a zero total means
    // nothing to distribute (every site is then 0 per op).
    objDiv = options.reported.allocsPerOp > 0 && totalObjects > 0 ? totalObjects / options.reported.allocsPerOp : Infinity;
    byteDiv = options.reported.bytesPerOp > 0 && totalBytes > 0 ? totalBytes / options.reported.bytesPerOp : Infinity;
  } else {
    derivation = 'iterations';
    const it = options.iterations;
    if (it === undefined || !(it > 0) || !Number.isFinite(it)) {
      throw new RangeError(`allocationSites: iterations must be a positive number, got ${it}`);
    }
    objDiv = it;
    byteDiv = it;
  }
  const finish = (m: Map<string, AllocationSite>): AllocationSite[] => {
    const out = [...m.values()];
    for (const site of out) {
      site.objectsPerOp = site.objects / objDiv;
      site.bytesPerOp = site.bytes / byteDiv;
      if (site.objects > 0) site.size = Math.round(site.bytes / site.objects);
    }
    return out.sort(bySize);
  };
  const byLine = finish(lines);
  const byFunction = finish(funcs);
  return {
    byLine,
    byFunction,
    totalObjects,
    totalBytes,
    objectsPerOp: totalObjects / objDiv,
    bytesPerOp: totalBytes / byteDiv,
    derivation,
    iterations: derivation === 'iterations' ? options.iterations : undefined,
  };
}

function add(m: Map<string, AllocationSite>, key: string, fn: string, file: string, line: number, objects: number, bytes: number): void {
  const site = m.get(key);
  if (site) {
    site.objects += objects;
    site.bytes += bytes;
  } else {
    m.set(key, { function: fn, file, line, objectsPerOp: 0, bytesPerOp: 0, objects, bytes });
  }
}

const TESTING_RUN = 'testing.(*B).Run';

/** Largest first; ties broken by name and line so output is stable across runs. */
function bySize(a: AllocationSite, b: AllocationSite): number {
  return (
    b.bytes - a.bytes ||
    b.objects - a.objects ||
    (a.function < b.function ? -1 : a.function > b.function ? 1 : 0) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line
  );
}

/** The name without its import path and package: `example.com/codec.(*Encoder).Encode` → `(*Encoder).Encode`. */
export function withoutPackage(fn: string): string {
  // Type arguments and receivers may contain import paths themselves
  // (`pkg.F[example.com/x.T]`), so the package path ends before the first `(` or `[`.
  let bound = fn.length;
  for (const c of ['(', '[']) {
    const i = fn.indexOf(c);
    if (i >= 0 && i < bound) bound = i;
  }
  const base = fn.slice(fn.lastIndexOf('/', bound) + 1);
  const dot = base.indexOf('.');
  return dot >= 0 ? base.slice(dot + 1) : base;
}

function benchmarkMatcher(benchmark: string): (fn: string) => boolean {
  // The sub-benchmark part starts at the first '/' after the function name;
  // a qualified name has '/' in its import path before that.
  const fnAt = benchmark.lastIndexOf('.Benchmark');
  const slash = benchmark.indexOf('/', fnAt < 0 ? 0 : fnAt);
  const top = slash < 0 ? benchmark : benchmark.slice(0, slash);
  const sub = slash >= 0;
  const short = withoutPackage(top);
  const qualified = top !== short && top.includes('.');
  const matches = new Map<string, boolean>();
  return (fn: string) => {
    let hit = matches.get(fn);
    if (hit === undefined) {
      const name = qualified ? fn : withoutPackage(fn);
      const want = qualified ? top : short;
      // Closures are named Parent.funcN (and Parent.funcN.M when nested); a
      // sub-benchmark's body is one of them, never the parent itself.
      hit = (!sub && name === want) || name.startsWith(`${want}.func`);
      matches.set(fn, hit);
    }
    return hit;
  };
}

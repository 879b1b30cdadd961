/**
 * Which shard measures what (`shard: i/n`), a pure function of the benchmark
 * functions discovered and the baseline's durations, so every job of a matrix
 * computes the same split without talking to the others.
 *
 * The unit is a package with all its benchmark functions (known from the
 * source before anything is built), so that a shard builds only the packages
 * it measures: building a test binary costs about as much as measuring a few
 * benchmarks. A package that took more than a fair share (total / n) in the
 * baseline is split into its functions, and such a function into its
 * sub-benchmarks, so that one long package or table does not set the wall
 * time alone; functions and leaves the baseline lacks go with the package's
 * (or function's) first unit. With a baseline, units are balanced by their
 * measured wall time (longest first, each to the least-loaded shard); units
 * the baseline lacks come after them in name order, each to the least-loaded
 * shard, counted at the median known duration. Without a baseline every
 * benchmark function counts as one (a package weighs its number of functions,
 * and is split by function when that exceeds a fair share); equal units go in
 * name order, round-robin. Adding a benchmark therefore never
 * moves one the baseline knows. A package the discovery did not list is
 * placed by a hash of its path.
 *
 * Escape analysis of a package is done once, by its home shard (that of its
 * first unit).
 */
import { createHash } from 'node:crypto';
import type { RunResult } from '../result/types.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** A top-level benchmark function: package import path and name. */
export interface ShardUnit {
  package: string;
  name: string;
}

function unitKey(pkg: string, name: string): string {
  return `${pkg}\u0000${name}`;
}

/** Wall milliseconds each leaf benchmark's samples took in a run (`cpu` values summed), by `package\0name`. */
export function leafDurations(run: RunResult | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!run) return out;
  for (const b of run.benchmarks) {
    const k = unitKey(b.package, b.name);
    out.set(k, (out.get(k) ?? 0) + b.samples.reduce((s, x) => s + x.wallMs, 0));
  }
  return out;
}

function hashShard(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

/** The function key of a leaf key (`pkg\0Name/sub` → `pkg\0Name`); the package path has slashes of its own. */
function functionKey(key: string): string {
  const at = key.indexOf('\u0000');
  return key.slice(0, at + 1) + key.slice(at + 1).split('/')[0];
}

/** The unit key of a whole package. */
const packageKey = (pkg: string) => `${pkg}\u0000`;

/** The split of one plan's benchmarks over `count` shards, the same in every job given the same inputs. */
export class ShardAssignment {
  /** Owner (0-based shard) of each unit: a package `pkg\0`, a function `pkg\0Name`, or a leaf `pkg\0Name/sub`. */
  private readonly owner = new Map<string, number>();
  /** Split functions: their leaves' owners, and the shard of their first leaf, which takes leaves the baseline lacks. */
  private readonly split = new Map<string, { owners: Set<number>; home: number }>();
  /** Each package's home: the shard of its first unit, which runs its escape analysis and takes functions the split lacks. */
  private readonly home = new Map<string, number>();
  /** Total estimated milliseconds per shard (0-based), for the log. */
  readonly load: number[];
  /** A digest of the units and their owners: shards of one run must agree on it. */
  readonly digest: string;

  constructor(
    functions: readonly ShardUnit[],
    leaves: ReadonlyMap<string, number>,
    readonly count: number,
  ) {
    const fnKeys = [...new Set(functions.map((u) => unitKey(u.package, u.name)))].sort();
    const fnsOf = new Map<string, string[]>();
    for (const fk of fnKeys) {
      const pkg = fk.slice(0, fk.indexOf('\u0000'));
      let fns = fnsOf.get(pkg);
      if (!fns) fnsOf.set(pkg, (fns = []));
      fns.push(fk);
    }
    const fnSet = new Set(fnKeys);
    const leavesOf = new Map<string, [string, number][]>();
    for (const [k, ms] of leaves) {
      const fk = functionKey(k);
      if (!fnSet.has(fk)) continue;
      let own = leavesOf.get(fk);
      if (!own) leavesOf.set(fk, (own = []));
      own.push([k, ms]);
    }
    const measuredMs = (fk: string) => (leavesOf.get(fk) ?? []).reduce((s, [, ms]) => s + ms, 0);
    // Without any duration (no baseline), every function counts as one: a package weighs its number
    // of benchmark functions, so one with many is split instead of making one shard the slowest.
    const measured = fnKeys.some((fk) => measuredMs(fk) > 0);
    const fnMs = measured ? measuredMs : () => 1;
    const pkgMs = (pkg: string) => fnsOf.get(pkg)!.reduce((s, fk) => s + fnMs(fk), 0);
    const total = fnKeys.reduce((s, fk) => s + fnMs(fk), 0);
    const fair = total / count;
    // A package is one unit, so that a shard builds only the packages it measures. One longer than a
    // fair share is split into its functions, and a function longer than that into its leaves.
    const byFunction = (pkg: string) => pkgMs(pkg) > fair;
    const units = new Map<string, number>();
    for (const [pkg, fns] of fnsOf) {
      if (count === 1 || !byFunction(pkg)) {
        units.set(packageKey(pkg), pkgMs(pkg));
        continue;
      }
      for (const fk of fns) {
        const own = leavesOf.get(fk) ?? [];
        if (own.length > 1 && fnMs(fk) > fair) for (const [k, ms] of own) units.set(k, ms);
        else units.set(fk, fnMs(fk));
      }
    }
    const keys = [...units.keys()].sort();
    const known = keys.filter((k) => units.get(k)! > 0).sort((a, b) => units.get(b)! - units.get(a)! || (a < b ? -1 : 1));
    const unknown = keys.filter((k) => !(units.get(k)! > 0));
    const sorted = known.map((k) => units.get(k)!).sort((a, b) => a - b);
    const typical = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 1;
    this.load = new Array<number>(count).fill(0);
    for (const k of [...known, ...unknown]) {
      let best = 0;
      for (let s = 1; s < count; s++) if (this.load[s] < this.load[best]) best = s;
      this.owner.set(k, best);
      this.load[best] += units.get(k) || typical;
    }
    for (const k of keys) {
      const pkg = k.slice(0, k.indexOf('\u0000'));
      if (!this.home.has(pkg)) this.home.set(pkg, this.owner.get(k)!);
      const fk = functionKey(k);
      if (k !== fk && k !== packageKey(pkg)) {
        const entry = this.split.get(fk) ?? { owners: new Set<number>(), home: this.owner.get(k)! };
        entry.owners.add(this.owner.get(k)!);
        this.split.set(fk, entry);
      }
    }
    const h = createHash('sha256');
    for (const k of keys) h.update(`${k}\u0001${this.owner.get(k)}\n`);
    this.digest = `${count}:${h.digest('hex').slice(0, 16)}`;
  }

  /** Whether a 0-based shard runs a top-level benchmark function (all of it, or some of its leaves). */
  runsFunction(shard: number, pkg: string, name: string): boolean {
    const split = this.split.get(unitKey(pkg, name));
    if (split) return split.owners.has(shard);
    return this.functionShard(pkg, name) === shard;
  }

  /** The 0-based shard that measures a leaf benchmark. */
  shardOfLeaf(pkg: string, name: string): number {
    const top = name.split('/')[0];
    const split = this.split.get(unitKey(pkg, top));
    if (split) return this.owner.get(unitKey(pkg, name)) ?? split.home;
    return this.functionShard(pkg, top);
  }

  /** The shard of a function that is not split: its package's, its own, or (added since) its package's home. */
  private functionShard(pkg: string, name: string): number {
    return this.owner.get(packageKey(pkg)) ?? this.owner.get(unitKey(pkg, name)) ?? this.packageShard(pkg);
  }

  /** The 0-based shard that runs a package's escape analysis (a package the split lacks: by a hash of its path). */
  packageShard(pkg: string): number {
    return this.home.get(pkg) ?? hashShard(pkg, this.count);
  }

  /** Units assigned to a 0-based shard, as `package` or `package name` strings in name order. */
  unitsOf(shard: number): string[] {
    return [...this.owner.entries()]
      .filter(([, s]) => s === shard)
      .map(([k]) => k.replace('\u0000', ' ').trim())
      .sort();
  }

  get unitCount(): number {
    return this.owner.size;
  }
}

/** What a shard run keeps of its split, bound to one shard. */
export interface ShardFilter {
  /** Whether this shard runs a top-level benchmark function of `pkg` (all or part of it). */
  runsFunction(pkg: string, name: string): boolean;
  /** Whether this shard measures a leaf benchmark of `pkg`. */
  measuresLeaf(pkg: string, name: string): boolean;
  /** Whether this shard runs `pkg`'s escape analysis. */
  analyses(pkg: string): boolean;
}

export function shardFilter(spec: ShardSpec, assignment: ShardAssignment): ShardFilter {
  const me = spec.index - 1;
  return {
    runsFunction: (pkg, name) => assignment.runsFunction(me, pkg, name),
    measuresLeaf: (pkg, name) => assignment.shardOfLeaf(pkg, name) === me,
    analyses: (pkg) => assignment.packageShard(pkg) === me,
  };
}

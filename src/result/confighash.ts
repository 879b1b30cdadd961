/**
 * The configuration hash: a baseline is only comparable with a run that
 * measured the same quantities. Two runs whose hashes differ measured different
 * things (other packages, another benchtime, a build tag that swaps an
 * implementation, profiling on or off), and the store never pairs them.
 */

import { createHash } from 'node:crypto';
import type { MeasureConfig } from './types.js';

/**
 * Every field of MeasureConfig is classified here, and the `Record<keyof …>`
 * type makes adding a field to MeasureConfig a compile error until someone
 * decides whether it changes what is measured. Forgetting that decision would
 * either split baselines needlessly or silently compare unlike runs.
 *
 * Excluded, and why:
 * - `count` is how many samples are taken. More samples narrow the confidence
 *   interval of the same quantity; they do not change the quantity. A baseline
 *   recorded with count 10 is a perfectly good reference for a PR run with
 *   count 6, and teams do tune count without wanting to lose their baseline.
 * - `timeout` only decides when a process is killed. A benchmark that finishes
 *   measures the same thing under any timeout; one that does not is recorded as
 *   failed, which the comparison reports on its own.
 *
 * Included: everything that selects the code that runs (`packages`, `bench`,
 * `tags`, `goTestFlags`), how it runs (`benchtime`, which also changes b.N and
 * so per-op amortisation; `cpu`, which sets GOMAXPROCS), and the
 * instrumentation that perturbs the measurement (`memprofile` sampling,
 * `trace` overhead and the metrics that exist only with it).
 */
const HASHED: Record<keyof MeasureConfig, boolean> = {
  packages: true,
  bench: true,
  benchtime: true,
  cpu: true,
  tags: true,
  goTestFlags: true,
  memprofile: true,
  memprofileRate: true,
  trace: true,
  count: false,
  timeout: false,
};

/** Fields that go into the hash, in a fixed order (independent of the object's key order). */
export const CONFIG_HASH_FIELDS = (Object.keys(HASHED) as (keyof MeasureConfig)[]).filter((k) => HASHED[k]).sort();

function sortedUnique<T>(values: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...new Set(values)].sort(compare);
}

/**
 * The canonical form of the hashed settings. Lists that are sets in meaning
 * are normalised so that equivalent spellings share a baseline: the package
 * list and the -cpu list (`./a ./b` and `./b ./a` measure the same thing), and
 * build tags, which Go accepts comma- or space-separated in any order.
 * `goTestFlags` keeps its order: flags are positional and a later one can
 * override an earlier one.
 */
function canonicalConfig(config: MeasureConfig): Record<string, unknown> {
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const canonical: Record<string, unknown> = {
    packages: sortedUnique(config.packages.map((p) => p.trim()).filter(Boolean), byCodeUnit),
    bench: config.bench,
    benchtime: config.benchtime.trim(),
    cpu: sortedUnique(config.cpu, (a, b) => a - b),
    tags: sortedUnique(config.tags.split(/[\s,]+/).filter(Boolean), byCodeUnit),
    goTestFlags: [...config.goTestFlags],
    memprofile: config.memprofile,
    // Absent in configurations written before it existed: JSON drops undefined,
    // so their hashes (and the baselines keyed by them) stay the same.
    memprofileRate: config.memprofile ? config.memprofileRate : undefined,
    trace: config.trace,
  };
  return Object.fromEntries(CONFIG_HASH_FIELDS.map((k) => [k, canonical[k]]));
}

/**
 * 12 hex characters of SHA-256 over the canonical settings. 48 bits make an
 * accidental collision between the handful of configurations one repository
 * uses negligible, while keeping cache keys and file names short. The `v1:`
 * prefix lets a future change to the canonical form start fresh hashes rather
 * than collide with old ones.
 */
export function configHash(config: MeasureConfig): string {
  const text = 'go-runtime-gate/config-hash/v1:' + JSON.stringify(canonicalConfig(config));
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

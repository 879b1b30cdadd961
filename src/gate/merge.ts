/**
 * The merge stage of a sharded run (`mode: merge`): the ShardResults the
 * shard jobs uploaded are read from a directory, checked to be one run's
 * parts — every shard 1..n exactly once, the same commit, configuration, Go
 * and platform, mode, affected selection and split — and put together into
 * the one head (and, in A/B mode, base) RunResult the unsharded run would have
 * measured. The pipeline then compares, confirms, reports and saves it like
 * any other measurement (pipeline.ts).
 *
 * A missing shard, a shard of another run or a benchmark measured twice is
 * refused with the file and the field named: the check must fail, never pass
 * on part of the benchmarks.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { readDocumentFile, shardDocument, type ShardResult } from '../document/index.js';
import type { ShardSelection } from '../document/shard.js';
import { benchmarkKey, benchmarkDisplayName, RUN_RESULT_SCHEMA, RUN_RESULT_VERSION, type RunResult } from '../result/types.js';
import type { Selection } from '../discover/affected.js';
import { GateError } from '../errors.js';
import { configHash } from '../result/confighash.js';
import { measureConfigOf, type GateConfig } from '../options/config.js';

/** One shard's document and the file it came from. */
export interface ShardFile {
  file: string;
  doc: ShardResult;
}

/** What the merge hands the pipeline in place of measuring. */
export interface MergedRun {
  mode: 'cache' | 'ab';
  head: RunResult;
  /** A/B: the merged merge-base; null when a shard could not measure it. */
  base: RunResult | null;
  baseProblem?: string;
  baseWarnings: string[];
  selection?: Selection;
  /** Shard count, for the log and the report's warnings. */
  count: number;
}

class ShardError extends GateError {
  constructor(message: string) {
    super('shard-mismatch', message);
  }
}

/** Every `.json` file under `dir` (artifact downloads nest one folder per artifact). */
async function jsonFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ShardError(
      `shard-dir: cannot read ${dir} (${code === 'ENOENT' ? 'no such directory' : (err as Error).message}): download the shards' artifacts there first`,
    );
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads every ShardResult under `dir`; a file that is not one is refused with its name. */
export async function readShardDir(dir: string): Promise<ShardFile[]> {
  const files = await jsonFiles(dir);
  if (files.length === 0)
    throw new ShardError(`shard-dir: no shard results (*.json) in ${dir}: did the shard jobs upload them, and did this job download them there?`);
  const out: ShardFile[] = [];
  for (const file of files) out.push({ file, doc: await readDocumentFile(shardDocument, file) });
  return out;
}

function run(body: ShardResult['head']): RunResult {
  return { schema: RUN_RESULT_SCHEMA, version: RUN_RESULT_VERSION, ...body };
}

/** The fields every shard of one run must share, as `[field path, value]`. */
function identity(d: ShardResult): [string, string][] {
  const e = d.head.environment;
  return [
    ['shard.count', String(d.shard.count)],
    ['mode', d.mode],
    ['head.environment.commit', e.commit],
    ['head.environment.configHash', e.configHash],
    ['head.config.count', String(d.head.config.count)],
    ['head.environment.goVersion', e.goVersion],
    ['head.environment.goos', e.goos],
    ['head.environment.goarch', e.goarch],
    ['selection', JSON.stringify(d.selection ?? null)],
    ['shard.basis', d.shard.basis],
    ['shard.digest', d.shard.digest],
  ];
}

function toSelection(s: ShardSelection): Selection {
  if (s.kind === 'all') return { kind: 'all', base: s.base, reason: s.reason ?? '' };
  return { kind: 'affected', base: s.base, files: s.files ?? [], changed: s.changed ?? [], affected: s.affected ?? [], unaffected: s.unaffected ?? [] };
}

/** Checks the shards are one run's complete set and merges them; throws a ShardError naming what is wrong. */
export function mergeShards(shards: readonly ShardFile[], dir: string): MergedRun {
  const first = shards[0];
  const want = identity(first.doc);
  for (const s of shards.slice(1)) {
    const got = identity(s.doc);
    for (const [i, [field, value]] of got.entries()) {
      if (value === want[i][1]) continue;
      const why =
        field === 'shard.basis' || field === 'shard.digest'
          ? ' (the shards split the benchmarks differently: a baseline was saved while they ran, or they discovered different benchmarks; run them again)'
          : ' (a shard of another run or configuration)';
      throw new ShardError(`${s.file}: ${field} is ${JSON.stringify(value)}, but ${first.file} has ${JSON.stringify(want[i][1])}${why}`);
    }
  }
  const count = first.doc.shard.count;
  const byIndex = new Map<number, ShardFile>();
  for (const s of shards) {
    const i = s.doc.shard.index;
    if (i > count) throw new ShardError(`${s.file}: shard.index is ${i}, more than shard.count ${count}`);
    const twin = byIndex.get(i);
    if (twin) throw new ShardError(`shard ${i}/${count} appears twice: ${twin.file} and ${s.file}`);
    byIndex.set(i, s);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !byIndex.has(i));
  if (missing.length) {
    const found = [...byIndex.keys()].sort((a, b) => a - b).map((i) => `${i}/${count} in ${byIndex.get(i)!.file}`);
    throw new ShardError(
      `shard ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from ${dir} (found ${found.join('; ')}): ` +
        'a shard job failed or its artifact was not downloaded; nothing is compared on part of the benchmarks.',
    );
  }
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
  const head = mergeRuns(ordered.map((s) => ({ file: s.file, run: run(s.doc.head) })));
  // A/B: a shard whose part of the merge-base could not be measured (its packages are new, or do not
  // compile there) leaves only its benchmarks without a baseline, as one package would in one job;
  // the merge has no baseline only when no shard measured the merge-base.
  const measuredHere = ordered.filter((s) => s.doc.head.benchmarks.length > 0 || s.doc.head.packageFailures.length > 0);
  const bases = measuredHere.filter((s) => s.doc.base);
  const lacking = measuredHere.filter((s) => !s.doc.base).map((s) => ({ s, why: s.doc.baseProblem ?? 'the merge-base was not measured' }));
  const ab = first.doc.mode === 'ab';
  const base = ab && bases.length ? mergeRuns(bases.map((s) => ({ file: s.file, run: run(s.doc.base!) }))) : null;
  const problem = ab && !base && lacking.length ? lacking[0].why : undefined;
  const partial = base ? lacking.map(({ s, why }) => `Shard ${s.doc.shard.index}/${count}: ${why}; its benchmarks have no baseline.`) : [];
  return {
    mode: first.doc.mode,
    head,
    base,
    ...(problem ? { baseProblem: problem } : {}),
    baseWarnings: [...new Set([...ordered.flatMap((s) => s.doc.baseWarnings ?? []), ...partial])],
    ...(first.doc.selection ? { selection: toSelection(first.doc.selection) } : {}),
    count,
  };
}

/**
 * The merged run is the one this job compares: measured with the same
 * settings as this job's (a confirmation re-measures with them) and of the
 * commit it runs for (`commit` '' skips that check).
 */
export function checkMergedRun(merged: MergedRun, config: GateConfig, commit: string, dir: string): void {
  const e = merged.head.environment;
  const hash = configHash(measureConfigOf(config));
  if (e.configHash !== hash)
    throw new ShardError(
      `The shards in ${dir} were measured with other measurement settings than this merge's (configHash ${e.configHash} vs ${hash}): ` +
        'give the merge the same benchtime, bench, packages, cpu, tags, go-test-flags, profiles and memprofile-rate as the shards.',
    );
  if (commit && e.commit && e.commit !== commit) throw new ShardError(`The shards in ${dir} measured commit ${e.commit}, but this merge runs for ${commit}.`);
}

/** The shards' RunResults as one: benchmarks side by side (each exactly once), failures, warnings and escape analyses joined. */
function mergeRuns(parts: readonly { file: string; run: RunResult }[]): RunResult {
  const measured = parts.find((p) => p.run.benchmarks.length > 0) ?? parts[0];
  // A function split across shards is discovered by each of them: its failure (it did not run) is reported by all, once here.
  const seen = new Map<string, { file: string; failedOnly: boolean }>();
  const benchmarks: RunResult['benchmarks'] = [];
  for (const p of parts)
    for (const b of p.run.benchmarks) {
      const k = benchmarkKey(b);
      const failedOnly = !!b.failure && b.samples.length === 0;
      const other = seen.get(k);
      if (other?.failedOnly && failedOnly) continue;
      if (other) throw new ShardError(`${p.file}: ${b.package} ${benchmarkDisplayName(b)} was also measured by ${other.file}: the shards' splits overlap`);
      seen.set(k, { file: p.file, failedOnly });
      benchmarks.push(b);
    }
  const unique = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];
  const escapeParts = parts.filter((p) => p.run.escapes).map((p) => p.run.escapes!);
  const unavailable = [...new Set(parts.flatMap((p) => (p.run.escapesUnavailable ? [p.run.escapesUnavailable] : [])))];
  const merged: RunResult = {
    ...measured.run,
    createdAt: parts.map((p) => p.run.createdAt).sort()[parts.length - 1],
    benchmarks,
    packageFailures: unique(
      parts.flatMap((p) => p.run.packageFailures),
      (f) => `${f.package}\u0000${f.kind}`,
    ),
    warnings: [...new Set(parts.flatMap((p) => p.run.warnings))],
  };
  delete merged.escapes;
  delete merged.escapesUnavailable;
  if (escapeParts.length) {
    merged.escapes = {
      goVersion: escapeParts[0].goVersion,
      packages: [...new Set(escapeParts.flatMap((e) => e.packages))].sort(),
      sites: escapeParts.flatMap((e) => e.sites),
      unrecognised: escapeParts.flatMap((e) => e.unrecognised),
      compileErrors: escapeParts.flatMap((e) => e.compileErrors),
      warnings: [...new Set(escapeParts.flatMap((e) => e.warnings))],
    };
  }
  if (unavailable.length) merged.escapesUnavailable = unavailable.join('; ');
  return merged;
}

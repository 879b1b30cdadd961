/**
 * Sharded runs on real Go and git (the bundled example: main = its base,
 * feature = its head, which regresses on purpose). The push is measured in
 * three shards, merged and saved as main's baseline; the pull request is
 * measured once unsharded and once in three shards merged, and both must give
 * the same verdict, the same gated regressions and the same located findings.
 * A missing, doubled or foreign shard is refused with its name.
 *
 * Only metrics that do not move with the machine gate here, and the
 * comparison looks at those two separate measurements of the same commits
 * must agree on exactly (allocations, leaked goroutines, escapes, sites).
 */
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseConfig } from '../../src/options/config.js';
import { runGate, type GateOutcome } from '../../src/gate/pipeline.js';
import { plainLog, type GatePlan } from '../../src/gate/plan.js';
import { runShard } from '../../src/gate/shard-run.js';
import { checkMergedRun, mergeShards, readShardDir, type ShardFile } from '../../src/gate/merge.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { DirectoryStore } from '../../src/store/dir.js';
import { shardDocument, writeDocumentFile, type ShardResult } from '../../src/document/index.js';
import { benchmarkKey } from '../../src/result/types.js';
import { builtinMetrics, machineClass } from '../../src/metrics/registry.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { git, twoCommitRepo, type TwoCommitRepo } from '../helpers/gitrepo.js';
import { EXAMPLE, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(3 * GO_MEASURE_TIMEOUT_MS);

/** The metrics that move with the machine (off here): the registry's sensitive ones. */
const MACHINE = builtinMetrics()
  .filter((m) => machineClass(m.id) === 'sensitive')
  .map((m) => m.id);
let repo: TwoCommitRepo;
let store: DirectoryStore;
const config = () =>
  parseConfig({ workingDirectory: repo.dir, count: '5', benchtime: '100x', memprofileRate: '1', metrics: MACHINE.map((m) => `${m}=off`).join(',') });
const deps = () => ({ runner: processRunner, log: plainLog(() => {}) });

function plan(commit: string, ref: string, extra: Partial<GatePlan>): Promise<GatePlan> {
  return tempDir().then((workDir) => ({
    config: config(),
    head: { repoRoot: repo.dir, commit, ref },
    baseline: { kind: 'none', why: 'measure' },
    workDir,
    ...extra,
  }));
}

/** Runs `count` shards of a plan (each in its own work directory, as separate jobs would) and writes their files to a fresh directory. */
async function shards(make: () => Promise<GatePlan>, count: number): Promise<{ dir: string; docs: ShardResult[] }> {
  const dir = await tempDir('grg-shards-');
  const docs: ShardResult[] = [];
  for (let index = 1; index <= count; index++) {
    const doc = await runShard(await make(), { index, count }, deps());
    await mkdir(path.join(dir, `artifact-${index}`));
    await writeDocumentFile(shardDocument, path.join(dir, `artifact-${index}`, `shard-${index}-of-${count}.json`), doc);
    docs.push(doc);
  }
  return { dir, docs };
}

/**
 * Metrics two measurements of the same commits agree on. Not bytes, and not
 * the allocations of the leaking benchmark: how much a leaked goroutine
 * allocates depends on the runtime's free goroutine list, and its regression
 * was significant in some runs and not in others, sharded or not.
 */
const STABLE = new Set(['allocs', 'goroutines-leaked', 'escapes', 'allocation-sites']);
const leaking = (pkg: string) => pkg.endsWith('/leaky');
const gated = (o: GateOutcome) =>
  o.report.comparisons
    .filter((c) => c.gating && STABLE.has(c.metric) && (c.metric === 'goroutines-leaked' || !leaking(c.benchmark.package)))
    .map((c) => `${benchmarkKey(c.benchmark)} ${c.metric} ${c.verdict}`)
    .sort();
const findings = (o: GateOutcome) =>
  (o.report.sites ?? [])
    .filter((s) => s.gating && (s.kind !== 'allocation' || !leaking(s.package)))
    .map((s) => `${s.kind} ${s.change} ${s.file}:${s.line}`)
    .sort();

let unsharded: GateOutcome;
let merged: GateOutcome;
let prShards: { dir: string; docs: ShardResult[] };

beforeAll(async () => {
  repo = await twoCommitRepo(path.join(EXAMPLE, 'base'), path.join(EXAMPLE, 'head'));
  store = new DirectoryStore(await tempDir('grg-merge-store-'));
  // The push to main, in three shards, merged and saved as main's baseline.
  git(repo.dir, 'checkout', '--quiet', 'main');
  const push = () => plan(repo.base, 'refs/heads/main', { baseline: { kind: 'none', why: 'record' }, save: { store, branch: 'main' } });
  const pushShards = await shards(push, 3);
  const pushMerged = mergeShards(await readShardDir(pushShards.dir), pushShards.dir);
  const saved = await runGate({ ...(await push()), merged: pushMerged }, deps());
  expect(saved.saved).toMatchObject({ saved: true });
  git(repo.dir, 'checkout', '--quiet', 'feature');
  // The pull request, unsharded and in three shards.
  const pr = () => plan(repo.head, 'refs/pull/1/merge', { baseline: { kind: 'store', store, branch: 'main' } });
  unsharded = await runGate(await pr(), deps());
  prShards = await shards(pr, 3);
  merged = await runGate({ ...(await pr()), merged: mergeShards(await readShardDir(prShards.dir), prShards.dir) }, deps());
});

test('every shard measures its own part, and together they measure what one run does', () => {
  const parts = prShards.docs.map((d) => d.head.benchmarks.map(benchmarkKey));
  expect(parts.every((p) => p.length > 0)).toBe(true);
  const all = parts.flat();
  expect(new Set(all).size).toBe(all.length);
  expect(all.sort()).toEqual(unsharded.head.benchmarks.map(benchmarkKey).sort());
  // Escape analysis ran once per package, across the shards, as in one run.
  const analysed = prShards.docs.flatMap((d) => d.head.escapes?.packages ?? []);
  expect(analysed.sort()).toEqual([...unsharded.head.escapes!.packages].sort());
  // The split was balanced by the baseline the merged push saved, the same in every shard.
  expect(new Set(prShards.docs.map((d) => d.shard.digest)).size).toBe(1);
  expect(prShards.docs[0].shard.basis).toMatch(new RegExp(`^baseline ${repo.base} `));
});

test('three shards merged give the same verdict, regressions and findings as the unsharded run', () => {
  expect(unsharded.report.verdict).toBe('fail');
  expect(merged.report.verdict).toBe(unsharded.report.verdict);
  expect(gated(merged)).toEqual(gated(unsharded));
  expect(gated(unsharded).length).toBeGreaterThan(0);
  expect(findings(merged)).toEqual(findings(unsharded));
  expect(findings(unsharded).some((f) => f.startsWith('escape'))).toBe(true);
  expect(findings(unsharded).some((f) => f.startsWith('leak'))).toBe(true);
  expect(merged.report.removed).toEqual([]);
  expect(merged.report.added).toEqual(unsharded.report.added);
  expect(merged.report.shards).toEqual({ count: 3 });
  expect(unsharded.report.shards).toBeUndefined();
  expect(renderMarkdown(merged.report)).toContain('Measured in 3 shard jobs and merged into this one report.');
  expect(renderTerminal(merged.report)).toContain('Measured in 3 shard jobs and merged into this one report.');
});

async function writeShards(files: ShardFile[], edit: (doc: ShardResult, i: number) => ShardResult | null): Promise<string> {
  const dir = await tempDir('grg-shards-bad-');
  for (const [i, f] of files.entries()) {
    const doc = edit(structuredClone(f.doc), i);
    if (doc) await writeDocumentFile(shardDocument, path.join(dir, path.basename(f.file)), doc);
  }
  return dir;
}

test('a missing shard is refused with its number, never merged into a pass', async () => {
  const files = await readShardDir(prShards.dir);
  const dir = await writeShards(files, (d, i) => (i === 1 ? null : d));
  await expect(readShardDir(dir).then((s) => mergeShards(s, dir))).rejects.toThrow(
    /shard 2\/3 is missing from .*found 1\/3 in .*shard-1-of-3\.json; 3\/3 in .*shard-3-of-3\.json/,
  );
});

test('a shard of another commit, configuration or split is refused, naming the file and the field', async () => {
  const files = await readShardDir(prShards.dir);
  const foreign = await writeShards(files, (d, i) => {
    if (i === 2) d.head.environment.commit = 'f'.repeat(40);
    return d;
  });
  await expect(readShardDir(foreign).then((s) => mergeShards(s, foreign))).rejects.toThrow(
    /shard-3-of-3\.json: head\.environment\.commit is "f{40}", but .*shard-1-of-3\.json has/,
  );
  const config = await writeShards(files, (d, i) => {
    if (i === 1) d.head.environment.configHash = 'other';
    return d;
  });
  await expect(readShardDir(config).then((s) => mergeShards(s, config))).rejects.toThrow(/shard-2-of-3\.json: head\.environment\.configHash is "other"/);
  const split = await writeShards(files, (d, i) => {
    if (i === 1) d.shard.digest = '3:0000';
    return d;
  });
  await expect(readShardDir(split).then((s) => mergeShards(s, split))).rejects.toThrow(/shard\.digest .*split the benchmarks differently/);
  const twice = await writeShards(files, (d, i) => (i === 2 ? { ...d, shard: { ...d.shard, index: 1 } } : d));
  await expect(readShardDir(twice).then((s) => mergeShards(s, twice))).rejects.toThrow(/shard 1\/3 appears twice/);
});

test('the merge refuses shards measured with other settings than its own, or of another commit', async () => {
  const m = mergeShards(await readShardDir(prShards.dir), prShards.dir);
  expect(() => checkMergedRun(m, config(), repo.head, prShards.dir)).not.toThrow();
  const other = parseConfig({ workingDirectory: repo.dir, count: '6', benchtime: '100x' });
  expect(() => checkMergedRun(m, other, repo.head, prShards.dir)).toThrow(/other measurement settings than this merge's/);
  expect(() => checkMergedRun(m, config(), repo.base, prShards.dir)).toThrow(new RegExp(`measured commit ${repo.head}, but this merge runs for ${repo.base}`));
});

test('a file that is not a shard result is refused with its name', async () => {
  const dir = await tempDir('grg-shards-junk-');
  await writeFile(path.join(dir, 'report.json'), JSON.stringify({ schema: 'go-runtime-gate/report', version: 1 }));
  await expect(readShardDir(dir)).rejects.toThrow(/report\.json.*a Report, not a ShardResult/);
  await expect(readShardDir(path.join(dir, 'absent'))).rejects.toThrow(/cannot read .*absent \(no such directory\)/);
});

test('A/B shards carry the merge-base beside the head, and merged they gate like one run', async () => {
  const ab = () => plan(repo.head, 'refs/pull/1/merge', { baseline: { kind: 'ab', baseRef: 'main' } });
  const { dir, docs } = await shards(ab, 2);
  expect(docs.every((d) => d.mode === 'ab' && d.base && d.base.environment.commit === repo.base)).toBe(true);
  const m = mergeShards(await readShardDir(dir), dir);
  expect(m.base!.benchmarks.map(benchmarkKey).sort()).toEqual(m.head.benchmarks.map(benchmarkKey).sort());
  const o = await runGate({ ...(await ab()), merged: m }, deps());
  expect(o.report.baselineSource).toBe('ab');
  expect(renderMarkdown(o.report)).toContain('measured by the shard jobs');
  expect(renderTerminal(o.report)).toMatch(/baseline: merge-base .*, measured by the shard jobs \(A\/B, interleaved\)/);
  expect(renderMarkdown(o.report)).toContain(
    'Measured in 2 shard jobs and merged; each job measured its share of the merge-base and the head interleaved on its runner.',
  );
  expect(o.report.verdict).toBe('fail');
  expect(gated(o)).toEqual(gated(unsharded));
  expect(findings(o)).toEqual(findings(unsharded));

  // One shard's part of the merge-base could not be measured (say, its packages are new): only its
  // benchmarks lack a baseline, as one package would in an unsharded run.
  const files = await readShardDir(dir);
  const lacking = await writeShards(files, (d, i) => {
    if (i !== 1) return d;
    delete d.base;
    return { ...d, baseProblem: 'the merge-base 0123456789ab has no benchmark to measure' };
  });
  const partial = mergeShards(await readShardDir(lacking), lacking);
  expect(partial.base!.benchmarks.map(benchmarkKey).sort()).toEqual(docs[0].base!.benchmarks.map(benchmarkKey).sort());
  expect(partial.baseProblem).toBeUndefined();
  expect(partial.baseWarnings).toContain('Shard 2/2: the merge-base 0123456789ab has no benchmark to measure; its benchmarks have no baseline.');
  const none = await writeShards(files, (d) => {
    delete d.base;
    return { ...d, baseProblem: 'the merge-base 0123456789ab does not compile: x' };
  });
  expect(mergeShards(await readShardDir(none), none)).toMatchObject({ base: null, baseProblem: 'the merge-base 0123456789ab does not compile: x' });
});

/**
 * The bundled Action (dist/index.js) as a matrix would run it, on a real git
 * repository (__tests__/helpers/graph-module.ts): on a push, two jobs with
 * `shard: i/2` write their ShardResults and a `mode: merge` job saves one
 * baseline; on a pull request the same, and the merge job compares and
 * reports every benchmark once. A merge job that lacks a shard fails, naming
 * it.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runAction, type ActionRun } from '../helpers/runner-env.js';
import { git } from '../helpers/gitrepo.js';
import { graphRepo, writeFiles, GRAPH_FILES } from '../helpers/graph-module.js';
import { tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(2 * GO_MEASURE_TIMEOUT_MS);

const repository = { default_branch: 'main', full_name: 'octo/graph' };
// B/op and allocs/op report but do not gate here: on a loaded machine a benchmark that allocates
// nothing read 266 B/op in both head samples at 20x (the testing harness's own allocation in the
// timed region; 0 in the baseline's), which the constant-samples rule took for a regression. This
// test is about the shards' plumbing; that false alarm is a product weakness of its own.
const common = { count: '2', benchtime: '20x', profiles: 'none', affected: 'all', metrics: 'bytes=report,allocs=report' };

/** Two shard jobs, each in its own workspace copy (as separate runners), their files gathered like download-artifact does. */
async function matrix(
  event: Omit<Parameters<typeof runAction>[0], 'inputs' | 'workspace'>,
  repo: string,
  inputs: Record<string, string>,
): Promise<{ jobs: ActionRun[]; dir: string }> {
  const downloaded = await tempDir('grg-download-');
  const jobs: ActionRun[] = [];
  for (const i of [1, 2]) {
    const workspace = await tempDir(`grg-shard-${i}-`);
    await cp(repo, workspace, { recursive: true });
    const job = await runAction({ ...event, inputs: { ...inputs, shard: `${i}/2` }, workspace });
    jobs.push(job);
    if (job.code !== 0) continue;
    await mkdir(path.join(downloaded, `runtime-gate-shard-${i}`));
    await cp(job.outputs['shard-file'], path.join(downloaded, `runtime-gate-shard-${i}`, path.basename(job.outputs['shard-file'])));
    await rm(workspace, { recursive: true, force: true });
  }
  return { jobs, dir: downloaded };
}

test('shards measured in a matrix and merged: one baseline on a push, one report on a pull request', async () => {
  const repo = await graphRepo();
  const baselines = await tempDir('grg-baselines-');
  const pushEvent = { eventName: 'push', payload: { repository, ref: 'refs/heads/main' }, ref: 'refs/heads/main', sha: repo.base };
  const push = await matrix(pushEvent, repo.dir, { ...common, 'baseline-dir': baselines });
  for (const job of push.jobs) {
    expect(job.code).toBe(0);
    expect(job.stdout).not.toMatch(/Baseline saved/);
    expect(job.outputs['shard-file']).toMatch(/go-runtime-gate-shards\/shard-[12]-of-2\.json$/);
    expect(job.summary).toMatch(/Shard [12]\/2: measured \d+ benchmark/);
  }
  const saved = await runAction({ ...pushEvent, inputs: { ...common, 'baseline-dir': baselines, mode: 'merge', 'shard-dir': push.dir }, workspace: repo.dir });
  expect(saved.code).toBe(0);
  expect(saved.stdout).toMatch(/Merged 2 shards from .*: 7 benchmarks \(cache mode\)/);
  expect(saved.stdout).toMatch(/Baseline saved/);

  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  await writeFiles(repo.dir, { 'b/b.go': GRAPH_FILES['b/b.go'].replace('* 2', '* 3') });
  git(repo.dir, 'commit', '--quiet', '-am', 'change b');
  const head = git(repo.dir, 'rev-parse', 'HEAD');
  const prEvent = {
    eventName: 'pull_request',
    payload: { repository, number: 7, pull_request: { number: 7, base: { ref: 'main', sha: repo.base }, head: { sha: head, ref: 'feature' } } },
    ref: 'refs/pull/7/merge',
    sha: head,
  };
  const pr = await matrix(prEvent, repo.dir, { ...common, 'baseline-dir': baselines });
  const sizes = pr.jobs.map((j) => Number(/measured (\d+) benchmark/.exec(j.summary)?.[1]));
  expect(sizes[0] + sizes[1]).toBe(7);
  expect(sizes.every((n) => n > 0)).toBe(true);
  // The split was balanced by the baseline the merged push saved.
  expect(pr.jobs[0].stdout).toMatch(/Shard 1\/2: \d+ of 7 .*balanced by the baseline of [0-9a-f]{12}/);

  const merged = await runAction({
    ...prEvent,
    inputs: { ...common, 'baseline-dir': baselines, mode: 'merge', 'shard-dir': pr.dir, 'report-path': 'report.json' },
    workspace: repo.dir,
  });
  expect(merged.code).toBe(0);
  const report = JSON.parse(readFileSync(merged.outputs['report-json'], 'utf8'));
  expect(report.baseline.environment.commit).toBe(repo.base);
  expect([...new Set(report.comparisons.map((c: { benchmark: { name: string } }) => c.benchmark.name))].sort()).toEqual([
    'BenchmarkA',
    'BenchmarkB',
    'BenchmarkD',
    'BenchmarkE',
    'BenchmarkF',
    'BenchmarkG',
    'BenchmarkT',
  ]);
  expect(report.removed).toEqual([]);
  expect(report.added).toEqual([]);
  expect(merged.outputs.verdict).toBe('pass');
  expect(merged.summary).toContain('Measured in 2 shard jobs and merged into this one report.');

  // A matrix job that failed: its shard never arrives, and the gate fails naming it.
  await rm(path.join(pr.dir, 'runtime-gate-shard-2'), { recursive: true });
  const partial = await runAction({ ...prEvent, inputs: { ...common, 'baseline-dir': baselines, mode: 'merge', 'shard-dir': pr.dir }, workspace: repo.dir });
  expect(partial.code).not.toBe(0);
  expect(partial.stdout).toMatch(/::error::.*shard 2\/2 is missing from/);
  expect(partial.summary).toMatch(/could not run.*shard 2\/2 is missing/s);
});

/**
 * The bundled Action (dist/index.js) on a pull request with `affected: auto`
 * (the default), on a real git repository (__tests__/helpers/graph-module.ts):
 * the push measures and records everything; the pull request's base commit
 * (pull_request.base.sha) and its checkout decide what is measured, and the
 * job summary lists the rest as not affected.
 */
import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/runner-env.js';
import { git } from '../helpers/gitrepo.js';
import { graphRepo, writeFiles, GRAPH_FILES } from '../helpers/graph-module.js';
import { tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

const repository = { default_branch: 'main', full_name: 'octo/graph' };
const common = { count: '2', benchtime: '20x', profiles: 'none' };

test('a pull request measures only the benchmarks its change reaches', async () => {
  const repo = await graphRepo();
  const baselines = await tempDir('grg-baselines-');
  const push = await runAction({
    inputs: { ...common, 'baseline-dir': baselines },
    eventName: 'push',
    payload: { repository, ref: 'refs/heads/main' },
    ref: 'refs/heads/main',
    sha: repo.base,
    workspace: repo.dir,
  });
  expect(push.code).toBe(0);
  expect(push.stdout).toMatch(/Baseline saved/);

  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  await writeFiles(repo.dir, { 'b/b.go': GRAPH_FILES['b/b.go'].replace('* 2', '* 3') });
  git(repo.dir, 'commit', '--quiet', '-am', 'change b');
  const head = git(repo.dir, 'rev-parse', 'HEAD');
  const pr = await runAction({
    inputs: { ...common, 'baseline-dir': baselines, 'report-path': 'report.json' },
    eventName: 'pull_request',
    payload: { repository, number: 7, pull_request: { number: 7, base: { ref: 'main', sha: repo.base }, head: { sha: head, ref: 'feature' } } },
    ref: 'refs/pull/7/merge',
    sha: head,
    workspace: repo.dir,
  });
  expect(pr.code).toBe(0);
  expect(pr.stdout).toMatch(/Affected benchmarks: 1 file\(s\) changed since [0-9a-f]{12}; changed packages: example\.com\/graph\/b; measuring 2 of 7/);
  const report = JSON.parse(readFileSync(pr.outputs['report-json'], 'utf8'));
  expect([...new Set(report.comparisons.map((c: { benchmark: { name: string } }) => c.benchmark.name))].sort()).toEqual(['BenchmarkB', 'BenchmarkD']);
  expect(report.affected.notAffected.map((n: { benchmark: { name: string } }) => n.benchmark.name).sort()).toEqual([
    'BenchmarkA',
    'BenchmarkE',
    'BenchmarkF',
    'BenchmarkG',
    'BenchmarkT',
  ]);
  expect(report.removed).toEqual([]);
  expect(pr.summary).toContain('Not affected by this change (5, not measured)');
});

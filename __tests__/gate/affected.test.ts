/**
 * Affected-only runs through the one pipeline, on real git and Go
 * (__tests__/helpers/graph-module.ts: b imports a, d imports b, t's tests
 * import c, e, f, g stand apart). A baseline of everything is recorded on
 * main; the pull request's change decides what is measured, the rest is
 * listed as not affected with the baseline's values and never as removed.
 */
import { parseConfig } from '../../src/options/config.js';
import { runGate, type GateOutcome } from '../../src/gate/pipeline.js';
import { plainLog, type GatePlan } from '../../src/gate/plan.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { DirectoryStore } from '../../src/store/dir.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { git } from '../helpers/gitrepo.js';
import { graphRepo, writeFiles, GRAPH_FILES } from '../helpers/graph-module.js';
import { tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

const M = 'example.com/graph';
let repo: { dir: string; base: string };
let store: DirectoryStore;
const config = () => parseConfig({ workingDirectory: repo.dir, count: '2', benchtime: '20x', profiles: 'none' });
const deps = () => ({ runner: processRunner, log: plainLog(() => {}) });
const pkgs = (o: GateOutcome) => [...new Set(o.head.benchmarks.map((b) => b.package.slice(M.length + 1)))].sort();

/** Commits `files` on a new branch off main and runs the gate there against the store, affected: auto. */
async function pullRequest(branch: string, files: Record<string, string>, baseline: GatePlan['baseline'] = { kind: 'store', store, branch: 'main' }) {
  git(repo.dir, 'checkout', '--quiet', '-B', branch, 'main');
  await writeFiles(repo.dir, files);
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '--quiet', '-m', branch);
  const commit = git(repo.dir, 'rev-parse', 'HEAD');
  return runGate(
    { config: config(), head: { repoRoot: repo.dir, commit, ref: `refs/heads/${branch}` }, baseline, workDir: await tempDir(), affected: { base: repo.base } },
    deps(),
  );
}

beforeAll(async () => {
  repo = await graphRepo();
  store = new DirectoryStore(await tempDir('grg-affected-store-'));
  // The push to main: everything measured and recorded, affected or not.
  const saved = await runGate(
    {
      config: config(),
      head: { repoRoot: repo.dir, commit: repo.base, ref: 'refs/heads/main' },
      baseline: { kind: 'none', why: 'record' },
      save: { store, branch: 'main' },
      workDir: await tempDir(),
      affected: { base: repo.base },
    },
    deps(),
  );
  expect(pkgs(saved)).toEqual(['a', 'b', 'd', 'e', 'f', 'g', 't']);
});

test('a change to a leaf measures it and its dependents; the others are listed with the baseline', async () => {
  const o = await pullRequest('leaf', { 'a/a.go': GRAPH_FILES['a/a.go'].replace('n + 1', 'n + 2') });
  expect(pkgs(o)).toEqual(['a', 'b', 'd']);
  expect(o.report.affected).toMatchObject({ measured: 'affected', changedPackages: [`${M}/a`] });
  expect(o.report.affected!.unaffectedPackages.map((p) => p.slice(M.length + 1))).toEqual(['e', 'f', 'g', 't']);
  const listed = o.report.affected!.notAffected;
  expect(listed.map((n) => n.benchmark.name).sort()).toEqual(['BenchmarkE', 'BenchmarkF', 'BenchmarkG', 'BenchmarkT']);
  expect(listed.every((n) => n.baseline.some((v) => v.metric === 'time' && v.median > 0))).toBe(true);
  // Not measured is not removed, and carries no comparison.
  expect(o.report.removed).toEqual([]);
  expect(o.report.comparisons.every((c) => ['a', 'b', 'd'].includes(c.benchmark.package.slice(M.length + 1)))).toBe(true);
  expect(o.report.verdict).not.toBe('no-baseline');
  const md = renderMarkdown(o.report);
  expect(md).toContain('Not affected by this change (4, not measured)');
  expect(md).toMatch(/BenchmarkG\S* in `example\.com\/graph\/g`: baseline time\/op /);
  expect(renderTerminal(o.report)).toContain('Not affected by this change (4, not measured; baseline values):');
});

test('a change to a package only a test imports measures that test’s package', async () => {
  const o = await pullRequest('testonly', { 'c/c.go': GRAPH_FILES['c/c.go'].replace('n - 1', 'n - 2') });
  expect(pkgs(o)).toEqual(['t']);
});

test('a README change measures nothing and passes, saying why', async () => {
  const o = await pullRequest('docs', { 'README.md': '# graph, documented\n' });
  expect(o.head.benchmarks).toEqual([]);
  expect(o.report.verdict).toBe('pass');
  expect(o.report.headline).toMatch(/^No benchmark is affected by this change: nothing was measured\./);
  expect(o.report.affected!.notAffected).toHaveLength(7);
});

test('a go.mod change measures everything and says why', async () => {
  const o = await pullRequest('gomod', { 'go.mod': GRAPH_FILES['go.mod'] + '\n// touched\n' });
  expect(pkgs(o)).toEqual(['a', 'b', 'd', 'e', 'f', 'g', 't']);
  expect(o.report.affected).toMatchObject({ measured: 'all', reason: 'Every benchmark was measured: go.mod changed.' });
  expect(renderMarkdown(o.report)).toContain('Every benchmark was measured: go.mod changed.');
});

test('A/B mode measures only the affected packages, on both sides', async () => {
  const o = await pullRequest('ab', { 'b/b.go': GRAPH_FILES['b/b.go'].replace('* 2', '* 3') }, { kind: 'ab', baseRef: 'main' });
  expect(pkgs(o)).toEqual(['b', 'd']);
  expect([...new Set(o.base!.benchmarks.map((b) => b.package.slice(M.length + 1)))].sort()).toEqual(['b', 'd']);
  expect(o.report.affected).toMatchObject({ measured: 'affected', notAffected: [] });
});

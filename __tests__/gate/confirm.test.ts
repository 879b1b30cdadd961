/**
 * The confirm stage on real git and real Go: a machine-sensitive regression
 * against a cached baseline gates only when an interleaved re-measurement on
 * this runner, against the baseline's own commit, reproduces it.
 *
 * The module is fixtures/accuracy's gc package: commit 1 as it is, commit 2
 * with GOGC halved around BenchmarkGarbage ("GC cycles ×2": no allocation
 * changes, so only the machine-sensitive GC cycles/op moves).
 */
import path from 'node:path';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parseConfig } from '../../src/options/config.js';
import { runGate } from '../../src/gate/pipeline.js';
import { plainLog, type GatePlan } from '../../src/gate/plan.js';
import { DirectoryStore } from '../../src/store/dir.js';
import { processRunner } from '../../src/toolchain/exec.js';
import type { RunResult } from '../../src/result/types.js';
import type { Report } from '../../src/report/model.js';
import { runMeasurement } from '../helpers/gate.js';
import { extraWorktrees, git, twoCommitRepo, type TwoCommitRepo } from '../helpers/gitrepo.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

const SETTINGS = { packages: './gc', bench: '^BenchmarkGarbage$', count: '6', benchtime: '100ms', profiles: 'trace' };

async function gcModule(variant: 'base' | 'gc'): Promise<string> {
  const dir = await tempDir(`grg-confirm-${variant}-`);
  await cp(path.join(ROOT, 'fixtures/accuracy/go.mod'), path.join(dir, 'go.mod'));
  await cp(path.join(ROOT, 'fixtures/accuracy/gc'), path.join(dir, 'gc'), { recursive: true });
  if (variant === 'gc') {
    const knobs = await readFile(path.join(dir, 'gc', 'knobs_gc.go'), 'utf8');
    await writeFile(path.join(dir, 'gc', 'knobs_gc.go'), knobs.replace(/^\/\/go:build [^\n]*\n\n?/, ''));
    await rm(path.join(dir, 'gc', 'knobs_base.go'));
  }
  return dir;
}

function gcCycles(report: Report) {
  return report.comparisons.find((c) => c.benchmark.name === 'BenchmarkGarbage' && c.metric === 'gc-cycles')!;
}

/** A baseline store holding `base` as main's baseline. */
async function storeWith(base: RunResult): Promise<DirectoryStore> {
  const store = new DirectoryStore(await tempDir('grg-confirm-store-'));
  const saved = await store.save(base, 'main');
  expect(saved.saved).toBe(true);
  return store;
}

async function gate(dir: string, store: DirectoryStore, commit: string, logs: string[]): Promise<Report> {
  const plan: GatePlan = {
    config: parseConfig({ ...SETTINGS, workingDirectory: dir }),
    head: { repoRoot: dir, commit, ref: 'refs/heads/feature' },
    baseline: { kind: 'store', store, branch: 'main' },
    confirm: { base: { kind: 'commit' }, count: 8, alpha: 0.01, budget: '5m' },
    workDir: await tempDir('grg-confirm-work-'),
  };
  return (await runGate(plan, { runner: processRunner, log: plainLog((m) => logs.push(m)) })).report;
}

/** The base commit's RunResult, measured from a copy of its files, labelled with its commit. */
async function measureBase(repo: TwoCommitRepo): Promise<RunResult> {
  const dir = await gcModule('base');
  return runMeasurement(parseConfig({ ...SETTINGS, workingDirectory: dir }), {
    workDir: await tempDir(),
    repoRoot: dir,
    commit: repo.base,
    ref: 'refs/heads/main',
  });
}

describe('confirming machine-sensitive suspects on this runner', () => {
  let repo: TwoCommitRepo;
  let base: RunResult;
  beforeAll(async () => {
    repo = await twoCommitRepo(await gcModule('base'), await gcModule('gc'));
    base = await measureBase(repo);
  });

  it('gates on a GC regression the re-measurement reproduces, fetching the baseline commit into a shallow clone', async () => {
    // The pull request's checkout: a shallow clone of the head commit, without the base commit.
    const origin = path.join(await tempDir('grg-confirm-origin-'), 'origin.git');
    git(path.dirname(origin), 'clone', '--quiet', '--bare', repo.dir, origin);
    const clone = path.join(await tempDir('grg-confirm-clone-'), 'clone');
    git(path.dirname(clone), 'clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${repo.base}^{commit}`)).toThrow();

    const logs: string[] = [];
    const report = await gate(clone, await storeWith(base), repo.head, logs);
    const c = gcCycles(report);
    expect(c.confirmation).toMatchObject({ status: 'confirmed' });
    expect(c.confirmation!.reason).toMatch(/^confirmed on this runner: re-measured here .* → .*; against the cached baseline/);
    expect(c.gating).toBe(true);
    expect(report.verdict).toBe('fail');
    // On a loaded machine another GC metric may be a suspect too; if it does not reproduce it is drift and never gates.
    expect(report.causes!.filter((x) => x.gating)).toEqual([expect.objectContaining({ kind: 'runtime', gating: true })]);
    for (const other of report.causes!.filter((x) => !x.gating)) expect(other.summary).toMatch(/^not reproduced on this runner \(runner drift\)/);
    expect(report.headline).toMatch(/^1 regression: 1 confirmed runtime regression/);
    expect(report.confirmationRun).toMatchObject({ benchmarks: 1, count: 8, budget: '5m' });
    expect(logs.join('\n')).toMatch(/fetching the baseline's commit/);
    expect(extraWorktrees(clone)).toEqual([]);
  });

  it('reports a suspect that does not reproduce as runner drift, and passes', async () => {
    // The same code as the baseline, but a baseline recorded where this benchmark collected
    // less than half as often (another runner): GC cycles/op look 2.5× worse from here.
    const drifted: RunResult = structuredClone(base);
    const b = drifted.benchmarks.find((x) => x.name === 'BenchmarkGarbage')!;
    b.metrics['gc-cycles'] = b.metrics['gc-cycles'].map((v) => v * 0.4);
    git(repo.dir, 'checkout', '--quiet', 'main');
    try {
      const report = await gate(repo.dir, await storeWith(drifted), repo.base, []);
      const c = gcCycles(report);
      expect(c.confirmation).toMatchObject({ status: 'not-reproduced' });
      expect(c.confirmation!.reason).toMatch(/^not reproduced on this runner \(runner drift\): against the cached baseline .*; re-measured here/);
      expect(c.gating).toBe(false);
      expect(report.verdict).toBe('pass');
      expect(report.headline).toMatch(/not confirmed on this runner and do(es)? not gate/);
    } finally {
      git(repo.dir, 'checkout', '--quiet', 'feature');
    }
  });

  it('degrades to report-only, with the reason, when the baseline commit cannot be had', async () => {
    const foreign: RunResult = structuredClone(base);
    foreign.environment.commit = 'f'.repeat(40);
    const report = await gate(repo.dir, await storeWith(foreign), repo.head, []);
    const c = gcCycles(report);
    expect(c.confirmation).toMatchObject({ status: 'unavailable' });
    expect(c.confirmation!.reason).toMatch(
      /could not re-measure on this runner: the baseline's commit ffffffffffff is not in this clone and could not be fetched/,
    );
    expect(c.gating).toBe(false);
    expect(report.verdict).toBe('pass');
  });
});

describe('confirmation is not needed for consequences', () => {
  it('does not re-measure a machine-sensitive move explained by a new allocation', async () => {
    // codec of the example: Encode's new allocation explains its GC cycles; nothing is re-measured.
    const dir = await tempDir('grg-confirm-codec-');
    await mkdir(dir, { recursive: true });
    const settings = { packages: './codec', bench: '^BenchmarkEncode$', count: '6', benchtime: '20000x', profiles: 'memprofile,trace' };
    const measure = async (side: 'base' | 'head') =>
      runMeasurement(parseConfig({ ...settings, workingDirectory: path.join(ROOT, 'fixtures/example', side) }), {
        workDir: await tempDir(),
        repoRoot: path.join(ROOT, 'fixtures/example', side),
        commit: side === 'base' ? 'b'.repeat(40) : 'c'.repeat(40),
        ref: 'refs/heads/main',
      });
    const store = await storeWith(await measure('base'));
    const plan: GatePlan = {
      config: parseConfig({ ...settings, workingDirectory: path.join(ROOT, 'fixtures/example/head') }),
      head: { repoRoot: path.join(ROOT, 'fixtures/example/head'), commit: 'c'.repeat(40), ref: 'refs/heads/feature' },
      baseline: { kind: 'store', store, branch: 'main' },
      confirm: { base: { kind: 'commit' }, count: 8, alpha: 0.01, budget: '5m' },
      workDir: await tempDir(),
    };
    const { report } = await runGate(plan, { runner: processRunner, log: plainLog(() => {}) });
    expect(report.confirmationRun).toBeUndefined();
    const cause = report.causes!.find((c) => c.kind === 'new-allocation')!;
    expect(cause).toMatchObject({ file: 'codec/codec.go', line: 16, gating: true });
    for (const c of report.comparisons.filter((x) => x.confirmation)) expect(c.consequenceOf).toBeDefined();
    expect(report.verdict).toBe('fail');
  });
});

/**
 * The baseline stage: a run that measured less than it should is never
 * recorded as the baseline (it would disarm the gate for every pull request
 * based on it), and restoring says a miss, a failure and a hit apart.
 */
import { baselineRefusal, restoreBaseline, saveBaseline } from '../../src/gate/baseline.js';
import { plainLog } from '../../src/gate/plan.js';
import { DirectoryStore } from '../../src/store/dir.js';
import { StoreUnavailableError, type BaselineStore } from '../../src/store/store.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { makeRunResult } from '../result/fixtures.js';
import { tempDir } from '../helpers/paths.js';
import type { BenchmarkResult, RunResult } from '../../src/result/types.js';

function bench(name: string, extra: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return { package: 'example.com/m', name, procs: 1, samples: [], metrics: { allocs: [1, 1, 1, 1] }, unavailable: {}, ...extra };
}

function run(benchmarks: BenchmarkResult[], extra: Partial<RunResult> = {}): RunResult {
  return { ...makeRunResult(), benchmarks, packageFailures: [], ...extra };
}

const deps = () => {
  const lines: string[] = [];
  return { lines, deps: { runner: processRunner, log: plainLog((m) => lines.push(m)) } };
};

describe('baselineRefusal', () => {
  it('accepts a complete run', () => {
    expect(baselineRefusal(run([bench('BenchmarkA')]), null)).toBe('');
  });

  it('refuses build failures, failed benchmarks, an empty run, and benchmarks lost since the previous baseline', () => {
    const broken = run([bench('BenchmarkA')], { packageFailures: [{ package: 'example.com/m/x', kind: 'build', message: 'does not compile', output: '' }] });
    expect(baselineRefusal(broken, null)).toMatch(/^1 package could not be built or listed \(example\.com\/m\/x\)$/);
    const failed = run([bench('BenchmarkA', { failure: { kind: 'panic', message: 'panic: x', output: '' } })]);
    expect(baselineRefusal(failed, null)).toMatch(/^1 benchmark failed \(example\.com\/m BenchmarkA\)$/);
    expect(baselineRefusal(run([]), null)).toBe('no benchmark was measured');
    const previous = run([bench('BenchmarkA'), bench('BenchmarkB'), bench('BenchmarkC', { procs: 4 })]);
    expect(baselineRefusal(run([bench('BenchmarkA')]), previous)).toMatch(
      /2 benchmarks of the previous baseline \(.*\) are missing \(example\.com\/m BenchmarkB, example\.com\/m BenchmarkC-4\)/,
    );
  });
});

describe('saveBaseline', () => {
  it('saves a complete run and refuses one that lost a benchmark, unless told to', async () => {
    const store = new DirectoryStore(await tempDir());
    const { deps: d } = deps();
    const first = await saveBaseline({ store, branch: 'main' }, run([bench('BenchmarkA'), bench('BenchmarkB')]), d);
    expect(first).toMatchObject({ saved: true, refused: false, headline: expect.stringMatching(/^Baseline recorded for main at /) });

    const lossy = run([bench('BenchmarkA')], { environment: { ...makeRunResult().environment, commit: 'c'.repeat(40) } });
    const refused = await saveBaseline({ store, branch: 'main' }, lossy, d);
    expect(refused).toMatchObject({ saved: false, refused: true });
    expect(refused.headline).toMatch(
      /^Baseline NOT recorded for main at cccccccccccc: 1 benchmark of the previous baseline .* is missing \(example\.com\/m BenchmarkB\)\.$/,
    );
    expect(refused.reason).toMatch(/allow-incomplete-baseline/);
    // Still the old baseline.
    expect((await store.restore({ branch: 'main', environment: lossy.environment }))!.result.benchmarks).toHaveLength(2);

    const forced = await saveBaseline({ store, branch: 'main', allowIncomplete: true }, lossy, d);
    expect(forced).toMatchObject({ saved: true, refused: false });
  });

  it('says a store that did not keep the baseline did not, with its reason', async () => {
    const store: BaselineStore = {
      kind: 'cache',
      describe: () => 'a cache that refuses',
      save: async () => ({ saved: false, where: 'cache:k', reason: 'Cache service responded with 403' }),
      restore: async () => null,
    };
    const out = await saveBaseline({ store, branch: 'main' }, run([bench('BenchmarkA')]), deps().deps);
    expect(out).toMatchObject({ saved: false, refused: false, where: 'cache:k' });
    expect(out.headline).toMatch(/^Baseline NOT recorded for main at .*: Cache service responded with 403\.$/);
    expect(out.warnings).toEqual(['The baseline could not be saved (cache:k): Cache service responded with 403.']);
  });
});

describe('restoreBaseline', () => {
  const head = run([bench('BenchmarkA')]);

  it('names the branch and the store it searched when there is no baseline', async () => {
    const store = new DirectoryStore(await tempDir());
    const { lines, deps: d } = deps();
    const r = await restoreBaseline({ kind: 'store', store, branch: 'main' }, head, d);
    expect(r.baseline).toBeNull();
    expect(r.missing).toBe(`No baseline of branch main was found (directory ${store.dir}, for linux/amd64 and these measurement settings).`);
    expect(lines.join('\n')).toContain('No baseline of branch main was found');
  });

  it('says a store that failed failed, as a warning for the report, never as a miss', async () => {
    const store: BaselineStore = {
      kind: 'cache',
      describe: () => 'the Actions cache',
      save: async () => ({ saved: true, where: 'x' }),
      restore: async () => {
        throw new StoreUnavailableError('the Actions cache could not be asked for a baseline: HTTP 503');
      },
    };
    const r = await restoreBaseline({ kind: 'store', store, branch: 'main' }, head, deps().deps);
    expect(r.baseline).toBeNull();
    expect(r.missing).toBe(
      'The baseline of branch main could not be restored (the Actions cache): the Actions cache could not be asked for a baseline: HTTP 503.',
    );
    expect(r.warnings).toEqual([r.missing]);
  });
});

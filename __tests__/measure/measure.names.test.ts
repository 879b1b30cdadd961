/**
 * Benchmark names exactly as Go's testing package prints and matches them, on
 * the real fixture module fixtures/names: sub-benchmarks whose names end in
 * -<digits> (`BenchmarkNewSeq/Weighted-1`, as in golang.org/x/sync/semaphore),
 * names testing de-duplicates with #01, and a name with a space. Each
 * allocates its own size, so B/op shows whose result line was read.
 */
import path from 'node:path';
import { cp } from 'node:fs/promises';
import { parseConfig } from '../../src/options/config.js';
import { runMeasurement } from '../helpers/gate.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { runCli } from '../../src/cli/main.js';
import { readDocumentFile, reportDocument } from '../../src/document/index.js';
import { capture } from '../helpers/cli-io.js';
import { git } from '../helpers/gitrepo.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

const NAMES = path.join(ROOT, 'fixtures', 'names');

/** Copies a fixture without the .gate/ work directory earlier runs left in it. */
const notWorkDir = (src: string) => path.basename(src) !== '.gate';

/** B/op each benchmark of ./seq allocates, by the name Go prints at GOMAXPROCS 1. */
const SEQ_BYTES: Record<string, number> = {
  'BenchmarkNewSeq/Weighted-1': 16,
  'BenchmarkNewSeq/Weighted-128': 2048,
  'BenchmarkDup/x': 32,
  'BenchmarkDup/x#01': 64,
  'BenchmarkDup/x#01#01': 128,
  'BenchmarkSpaced/n_-_2': 512,
};

/**
 * testing charges a benchmark with every allocation of its process while it
 * runs (the runtime's own, a slow trace write's new thread: a few KB now and
 * then); at 1000 iterations that adds at most a few bytes per op.
 */
function ownBytes(name: string, bytesPerOp: number[] | undefined): boolean {
  const size = SEQ_BYTES[name];
  return !!bytesPerOp?.length && bytesPerOp.every((v) => v >= size && v < size + 16);
}

function ctx(workDir: string) {
  return { runner: processRunner, workDir, repoRoot: ROOT, commit: 'abc', ref: 'refs/heads/main' };
}

describe('names that end in -<digits> or carry #NN', () => {
  it("measures every leaf under the name Go prints, with that leaf's own numbers", async () => {
    const config = parseConfig({ workingDirectory: NAMES, packages: './seq', count: '2', benchtime: '1000x', profiles: 'none' });
    const r = await runMeasurement(config, ctx(await tempDir()));
    expect(r.benchmarks.filter((b) => b.failure).map((b) => `${b.name}: ${b.failure!.message}`)).toEqual([]);
    expect(r.benchmarks.map((b) => b.name).sort()).toEqual(Object.keys(SEQ_BYTES).sort());
    for (const b of r.benchmarks) {
      expect([b.name, b.metrics.bytes, ownBytes(b.name, b.metrics.bytes)]).toEqual([b.name, b.metrics.bytes, true]);
      expect(b.samples).toHaveLength(2);
    }
  });

  it('keeps the names with an explicit -cpu list, GOMAXPROCS 1 included, and records each leaf per GOMAXPROCS', async () => {
    const config = parseConfig({
      workingDirectory: NAMES,
      packages: './seq',
      bench: 'NewSeq|Spaced',
      count: '1',
      benchtime: '1000x',
      profiles: 'none',
      cpu: '1,2',
    });
    const r = await runMeasurement(config, ctx(await tempDir()));
    expect(r.benchmarks.filter((b) => b.failure).map((b) => `${b.name}: ${b.failure!.message}`)).toEqual([]);
    const got = r.benchmarks.map((b) => `${b.name} procs=${b.procs} own-bytes=${ownBytes(b.name, b.metrics.bytes)}`).sort();
    expect(got).toEqual(
      ['BenchmarkNewSeq/Weighted-1', 'BenchmarkNewSeq/Weighted-128', 'BenchmarkSpaced/n_-_2']
        .flatMap((n) => [1, 2].map((p) => `${n} procs=${p} own-bytes=true`))
        .sort(),
    );
  });

  it('compares cleanly A/A end to end: run --save, then run --compare', async () => {
    // A copy in its own git repository, as a user's module would be.
    const repo = await tempDir('grg-names-repo-');
    await cp(NAMES, repo, { recursive: true, filter: notWorkDir });
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'names');
    const baselines = await tempDir('grg-names-baselines-');
    const common = ['-C', repo, '--packages', './seq', '--count', '4', '--benchtime', '10x', '--profiles', 'none', '--baseline-dir', baselines];

    const saved = capture();
    expect([await runCli(['run', ...common, '--save'], saved), saved.stderr]).toEqual([0, expect.stringContaining('Baseline saved')]);
    const reportFile = path.join(await tempDir(), 'report.json');
    const compared = capture();
    const code = await runCli(['run', ...common, '--compare', '--report', reportFile], compared);
    const report = await readDocumentFile(reportDocument, reportFile);
    expect(report.failures).toEqual([]);
    expect([report.added, report.removed]).toEqual([[], []]);
    expect([...new Set(report.comparisons.map((c) => c.benchmark.name))].sort()).toEqual(Object.keys(SEQ_BYTES).sort());
    expect([code, report.verdict]).toEqual([0, 'pass']);
  });
});

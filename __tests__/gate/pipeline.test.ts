/**
 * The pipeline's prepare, measure and analyze stages on real Go: real `go
 * list`, `go test -c`, benchmark processes, heap profiles and traces, from the
 * fixture modules under fixtures/.
 */
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { parseConfig } from '../../src/options/config.js';
import { NoBenchmarksError } from '../../src/gate/prepare.js';
import { runMeasurement } from '../helpers/gate.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { ConfigError, ToolchainError } from '../../src/errors.js';
import { EXAMPLE, BROKEN, ROOT, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

function ctx(workDir: string, repoRoot = ROOT) {
  return { runner: processRunner, workDir, repoRoot, commit: 'abc', ref: 'refs/heads/main' };
}

describe('runMeasurement on the example module', () => {
  let result: Awaited<ReturnType<typeof runMeasurement>>;
  let workDir: string;
  beforeAll(async () => {
    workDir = await tempDir();
    // Enough iterations that the harness's own occasional ~5 KB allocation rounds away in B/op.
    const config = parseConfig({ workingDirectory: path.join(EXAMPLE, 'head'), packages: './codec', count: '2', benchtime: '10000x' });
    result = await runMeasurement(config, ctx(workDir));
  });

  it('finds every leaf benchmark, sub-benchmarks included, with its declaration', () => {
    const names = result.benchmarks.map((b) => b.name).sort();
    expect(names).toEqual(['BenchmarkChecksum/size=4096', 'BenchmarkChecksum/size=64', 'BenchmarkEncode', 'BenchmarkNewFrame']);
    const enc = result.benchmarks.find((b) => b.name === 'BenchmarkEncode')!;
    expect(enc.package).toBe('example.com/gateexample/codec');
    expect(enc.file).toBe('fixtures/example/head/codec/codec_test.go');
    expect(enc.line).toBe(10);
    expect(enc.failure).toBeUndefined();
  });

  it('records count samples per benchmark with every unit Go printed', () => {
    for (const b of result.benchmarks) {
      expect(b.samples).toHaveLength(2);
      expect(b.samples.every((s) => s.iterations === 10000)).toBe(true);
      expect(b.metrics.time).toHaveLength(2);
      expect(b.metrics.allocs).toHaveLength(2);
    }
    const enc = result.benchmarks.find((b) => b.name === 'BenchmarkEncode')!;
    expect(enc.metrics.allocs).toEqual([1, 1]);
    const frame = result.benchmarks.find((b) => b.name === 'BenchmarkNewFrame')!;
    // testing charges a benchmark with the whole process's allocations. With the
    // trace on, a write(2) of the trace writer that is slow (a loaded machine) has
    // its P handed to a new OS thread by sysmon, ~5.3 KB of heap each (the m, its g0
    // and gsignal, its profiling stacks); a few of those inside the 10000 iterations
    // print 6145 to 6148 (seen in about 1 of 1,500 samples on a loaded 2-core
    // machine). That only ever adds, and only now and then: every sample is 6144 or
    // a little more, and not both samples more.
    for (const v of frame.metrics.bytes) {
      expect(v).toBeGreaterThanOrEqual(6144);
      expect(v).toBeLessThan(6144 + 16);
    }
    expect(frame.metrics.bytes).toContain(6144);
    const sum = result.benchmarks.find((b) => b.name === 'BenchmarkChecksum/size=64')!;
    expect(sum.metrics.throughput).toHaveLength(2);
  });

  it('interleaves samples round-robin across benchmarks', () => {
    const orders = result.benchmarks.map((b) => b.samples.map((s) => s.order));
    const n = result.benchmarks.length;
    for (const o of orders) expect(o[1] - o[0]).toBe(n);
    expect(orders.map((o) => o[0]).sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
  });

  it('writes a heap profile and a trace per sample and records their paths', () => {
    for (const b of result.benchmarks) {
      for (const s of b.samples) {
        for (const rel of [s.artifacts.memprofile!, s.artifacts.trace!]) {
          const abs = path.join(workDir, 'samples', rel);
          expect(existsSync(abs)).toBe(true);
          expect(statSync(abs).size).toBeGreaterThan(0);
        }
      }
    }
  });

  it('records the environment', () => {
    expect(result.environment.goVersion).toMatch(/^go1\.\d+/);
    expect(result.environment.goos).toBe(process.platform === 'darwin' ? 'darwin' : 'linux');
    expect(result.environment.cpu).not.toBe('');
    expect(result.environment.configHash).toMatch(/^[0-9a-f]{12}$/);
    expect(result.environment.commit).toBe('abc');
  });
});

describe('runMeasurement with profiles off and a bench filter', () => {
  it('runs only the matching leaves and writes no artifacts', async () => {
    const workDir = await tempDir();
    const config = parseConfig({
      workingDirectory: path.join(EXAMPLE, 'base'),
      count: '1',
      benchtime: '10x',
      bench: 'Checksum/size=64$',
      profiles: 'none',
    });
    const r = await runMeasurement(config, ctx(workDir));
    expect(r.benchmarks.map((b) => b.name)).toEqual(['BenchmarkChecksum/size=64']);
    expect(r.benchmarks[0].samples[0].artifacts).toEqual({});
  });
});

describe('bad input', () => {
  const broken = (pkgs: string, extra: Record<string, string> = {}) =>
    parseConfig({ workingDirectory: BROKEN, packages: pkgs, count: '2', benchtime: '10x', profiles: 'none', ...extra });

  it('records a panicking benchmark as failed with the panic, and still measures its neighbour', async () => {
    const r = await runMeasurement(broken('./panics'), ctx(await tempDir()));
    const boom = r.benchmarks.find((b) => b.name === 'BenchmarkPanics')!;
    expect(boom.failure).toMatchObject({ kind: 'panic', message: 'panic: assignment to entry in nil map' });
    expect(boom.failure!.output).toMatch(/panics_test\.go:\d+/);
    const fine = r.benchmarks.find((b) => b.name === 'BenchmarkFine')!;
    expect(fine.failure).toBeUndefined();
    expect(fine.samples).toHaveLength(2);
  });

  it('records a failing benchmark with its b.Fatal message', async () => {
    const r = await runMeasurement(broken('./fails'), ctx(await tempDir()));
    expect(r.benchmarks[0].failure).toMatchObject({ kind: 'failed' });
    expect(r.benchmarks[0].failure!.message).toMatch(/--- FAIL: BenchmarkFails .*checksum mismatch: got 1, want 2/);
  });

  it('records a benchmark that exceeds its timeout', async () => {
    const r = await runMeasurement(broken('./slow', { timeout: '1s' }), ctx(await tempDir()));
    expect(r.benchmarks[0]).toMatchObject({ name: 'BenchmarkSlow' });
    expect(r.benchmarks[0].failure).toMatchObject({ kind: 'timeout' });
    expect(r.benchmarks[0].failure!.message).toMatch(/^exceeded the timeout of 1s and was stopped/);
    // SIGQUIT made Go print the stacks, so the user sees where it was stuck.
    expect(r.benchmarks[0].failure!.output).toMatch(/slow_test\.go:\d+/);
  });

  it('turns a package that does not compile into a failure with file:line diagnostics', async () => {
    const r = await runMeasurement(broken('./nocompile ./panics'), ctx(await tempDir()));
    expect(r.packageFailures).toHaveLength(1);
    expect(r.packageFailures[0]).toMatchObject({ package: 'example.com/gatebroken/nocompile', kind: 'build' });
    expect(r.packageFailures[0].diagnostics).toEqual([
      { file: 'fixtures/broken/nocompile/nocompile.go', line: 5, column: 9, message: 'undefined: undefinedIdentifier' },
    ]);
    expect(r.benchmarks.some((b) => b.name === 'BenchmarkFine' && !b.failure)).toBe(true);
  });

  it('says which pattern and packages matched no benchmark', async () => {
    await expect(runMeasurement(broken('./clean'), ctx(await tempDir()))).rejects.toThrow(NoBenchmarksError);
    await expect(runMeasurement(broken('./panics', { bench: 'NoSuchBench' }), ctx(await tempDir()))).rejects.toThrow(
      /No benchmark matches -bench 'NoSuchBench' in \.\/panics \(1 package searched\)/,
    );
  });

  it('refuses a missing working directory by name', async () => {
    const config = parseConfig({ workingDirectory: path.join(BROKEN, 'does-not-exist') });
    await expect(runMeasurement(config, ctx(await tempDir()))).rejects.toThrow(ConfigError);
    await expect(runMeasurement(config, ctx(await tempDir()))).rejects.toThrow(/working-directory: ".*does-not-exist" does not exist/);
  });

  it('says Go is missing and that setup-go is needed', async () => {
    const config = parseConfig({ workingDirectory: BROKEN, packages: './panics' });
    const run = runMeasurement(config, { ...ctx(await tempDir()), goCommand: 'go-not-installed-here' });
    await expect(run).rejects.toThrow(ToolchainError);
    await expect(runMeasurement(config, { ...ctx(await tempDir()), goCommand: 'go-not-installed-here' })).rejects.toThrow(
      /Go was not found on PATH .*setup-go/,
    );
  });
});

/**
 * Every sample's trace and heap profile are its own, on the real fixture
 * module fixtures/names: benchmarks whose names differ only in characters a
 * file name cannot hold as they are (`café` / `cafü`, `X/a/b` / `X/a_b`),
 * only after their first 60 characters, or only in the import path of their
 * package (`internal/codec` / `pkg/codec`). In each pair one allocates 4 MiB
 * per op and the other 8 bytes, so peak heap and allocation sites show whose
 * artifacts a benchmark was given; and a sample handed another sample's
 * artifacts is refused when they are read.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseConfig } from '../../src/options/config.js';
import { runMeasurement } from '../helpers/gate.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { analyzeSamples } from '../../src/analyze/samples.js';
import type { BenchmarkResult, RunResult } from '../../src/result/types.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

const NAMES = path.join(ROOT, 'fixtures', 'names');
const MiB = 1 << 20;
const LONG = 'table_driven_case_'.repeat(4);

/** Benchmark (package, name) → the file and the text of the line that allocates, and whether it allocates 4 MiB. */
const CASES = [
  { pkg: 'uni', name: 'BenchmarkCafe/café', file: 'uni/uni_test.go', after: 'b.Run("café"', big: false },
  { pkg: 'uni', name: 'BenchmarkCafe/cafü', file: 'uni/uni_test.go', after: 'b.Run("cafü"', big: true },
  { pkg: 'uni', name: 'BenchmarkX/a/b', file: 'uni/uni_test.go', after: 'b.Run("b"', big: false },
  { pkg: 'uni', name: 'BenchmarkX/a_b', file: 'uni/uni_test.go', after: 'b.Run("a_b"', big: true },
  { pkg: 'uni', name: `BenchmarkLong/${LONG}small`, file: 'uni/uni_test.go', after: 'b.Run(prefix+"small"', big: false },
  { pkg: 'uni', name: `BenchmarkLong/${LONG}big`, file: 'uni/uni_test.go', after: 'b.Run(prefix+"big"', big: true },
  { pkg: 'internal/codec', name: 'BenchmarkCodec', file: 'internal/codec/codec_test.go', after: 'func BenchmarkCodec', big: false },
  { pkg: 'pkg/codec', name: 'BenchmarkCodec', file: 'pkg/codec/codec_test.go', after: 'func BenchmarkCodec', big: true },
];

/** 1-based line of the first `make(` after the line containing `marker`. */
async function allocationLine(file: string, marker: string): Promise<number> {
  const lines = (await readFile(path.join(NAMES, file), 'utf8')).split('\n');
  const start = lines.findIndex((l) => l.includes(marker));
  const i = lines.findIndex((l, k) => k > start && l.includes('make('));
  expect([marker, start >= 0 && i > start]).toEqual([marker, true]);
  return i + 1;
}

describe('artifact paths unique by construction', () => {
  let result: RunResult;
  let workDir: string;
  const find = (pkg: string, name: string): BenchmarkResult => result.benchmarks.find((b) => b.package === `example.com/gatenames/${pkg}` && b.name === name)!;

  beforeAll(async () => {
    workDir = await tempDir();
    const config = parseConfig({
      workingDirectory: NAMES,
      packages: './uni ./internal/codec ./pkg/codec',
      count: '2',
      benchtime: '5x',
      memprofileRate: '1',
    });
    result = await runMeasurement(config, { runner: processRunner, workDir, repoRoot: ROOT, commit: 'abc', ref: 'refs/heads/main' });
  });

  it('measures every benchmark of the pairs, each with both samples read', () => {
    for (const c of CASES) {
      const b = find(c.pkg, c.name);
      expect([c.pkg, c.name, b?.failure, b?.samples.length, b?.unavailable]).toEqual([c.pkg, c.name, undefined, 2, {}]);
    }
    expect(result.warnings.filter((w) => /could not be read/.test(w))).toEqual([]);
    const dirs = result.benchmarks.flatMap((b) => b.samples.map((s) => path.dirname(s.artifacts.trace!)));
    expect(new Set(dirs).size).toBe(dirs.length);
  });

  it('gives each benchmark its own trace: only the 4 MiB ones reach 4 MiB of heap', () => {
    for (const c of CASES) {
      const peaks = find(c.pkg, c.name).metrics['peak-heap'];
      expect([c.pkg, c.name, peaks.length, peaks.every((v) => (c.big ? v >= 4 * MiB : v < 4 * MiB))]).toEqual([c.pkg, c.name, 2, true]);
    }
  });

  it("gives each benchmark its own heap profile: its own allocation line is a site, its twin's is not", async () => {
    const where = async (c: (typeof CASES)[number]) => `fixtures/names/${c.file}:${await allocationLine(c.file, c.after)}`;
    for (const [i, c] of CASES.entries()) {
      const twin = CASES[i ^ 1];
      const sites = (find(c.pkg, c.name).sites ?? []).filter((s) => s.kind === 'allocation').map((s) => `${s.file}:${s.line}`);
      expect([c.pkg, c.name, sites.includes(await where(c)), sites.includes(await where(twin))]).toEqual([c.pkg, c.name, true, false]);
    }
  });

  it("refuses a sample's artifacts that another sample wrote, saying whose they are", async () => {
    const cafe = find('uni', 'BenchmarkCafe/café');
    const cafu = find('uni', 'BenchmarkCafe/cafü');
    // What a collision looks like when read: café's samples pointing at files cafü's samples wrote.
    const confused: BenchmarkResult = {
      ...cafe,
      metrics: { bytes: cafe.metrics.bytes },
      unavailable: {},
      sites: undefined,
      samples: cafe.samples.map((s, i) => ({ ...s, artifacts: cafu.samples[i].artifacts })),
    };
    const warnings = await analyzeSamples([confused], { artifactsDir: path.join(workDir, 'samples'), repoRoot: ROOT, modules: new Map() });
    expect(warnings).toHaveLength(4);
    for (const w of warnings)
      expect(w).toMatch(
        /BenchmarkCafe\/café: (trace|heap profile) of sample \d+ could not be read: .*sample\.json.*expected the artifacts of example\.com\/gatenames\/uni BenchmarkCafe\/café sample \d+: .*BenchmarkCafe\/cafü/,
      );
    expect(confused.metrics['peak-heap']).toBeUndefined();
    expect(confused.unavailable['peak-heap']).toMatch(/cafü/);
    expect(confused.unavailable['allocation-sites']).toBeDefined();
  });
});

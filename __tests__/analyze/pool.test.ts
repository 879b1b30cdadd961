/**
 * AnalysisPool (src/analyze/pool.ts) on real artifacts: samples of the
 * accuracy fixture's allocating benchmark and its goroutine-leaking one (tag regress_leak), measured by
 * the gate pipeline, one trace truncated and one heap profile overwritten.
 * Read through the pool (some jobs by the lowest-priority worker "while
 * measuring", the rest by a normal worker and the calling thread) they give
 * exactly what the direct reading gives: the same metrics, sites, unavailable
 * reasons and warnings, the failures failing with the same messages. Worker
 * threads run compiled JavaScript, so the pool runs in a node process on a
 * tsc build of its module graph.
 */
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import { parseConfig } from '../../src/options/config.js';
import { runMeasurement } from '../helpers/gate.js';
import type { RunResult } from '../../src/result/types.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);
const run = promisify(execFile);

const FIXTURE = path.join(ROOT, 'fixtures', 'accuracy');

/** Reads the artifacts of `result` directly and through a pool; prints both outcomes and the pool's stats. */
const SCRIPT = `
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { AnalysisPool } from './src/analyze/pool.js';
import { analyzeSamples, sampleJobs } from './src/analyze/samples.js';
import { metricsFilledBy } from './src/metrics/registry.js';
const [resultFile, artifactsDir, repoRoot, modulePath] = process.argv.slice(2);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
const line = new Set(metricsFilledBy('benchmark line'));
const fresh = () => result.benchmarks.map((b) => ({ ...b, metrics: Object.fromEntries(Object.entries(b.metrics).filter(([id]) => line.has(id))), unavailable: {}, sites: undefined }));
const modules = new Map(result.benchmarks.map((b) => [b.package, { dir: repoRoot, path: modulePath }]));
const opts = { artifactsDir, repoRoot, modules };
const direct = fresh();
const directWarnings = await analyzeSamples(direct, opts);
// A pool handed no sample starts no lowest-priority thread, only the one it reads with afterwards.
const idle = new AnalysisPool({ background: true, workers: 1 });
idle.startAnalysis();
const idleThreads = idle.stats.threads;
await idle.close();
// GO_RUNTIME_GATE_ANALYSIS=after: nothing is read while measuring, even when samples are handed over.
process.env.GO_RUNTIME_GATE_ANALYSIS = 'after';
const after = new AnalysisPool({ workers: 1 });
delete process.env.GO_RUNTIME_GATE_ANALYSIS;
const b0 = result.benchmarks[0];
const j0 = sampleJobs(b0.package, b0.name, b0.samples[0], opts);
after.prefetch(j0.trace);
await new Promise((r) => setTimeout(r, 200));
const afterWhileMeasuring = { threads: after.stats.threads, read: after.stats.whileMeasuring };
after.startAnalysis();
await after.result(j0.trace);
const afterStats = after.stats;
await after.close();
const pool = new AnalysisPool({ background: true, workers: 1 });
const pooled = fresh();
for (const b of pooled) for (const s of b.samples) {
  const jobs = sampleJobs(b.package, b.name, s, opts);
  pool.prefetch(jobs.trace);
  pool.prefetch(jobs.profile);
}
while (pool.stats.whileMeasuring < 3) await new Promise((r) => setTimeout(r, 20));
pool.startAnalysis();
const pooledWarnings = await analyzeSamples(pooled, { ...opts, pool });
await pool.close();
console.log(JSON.stringify({ direct, directWarnings, pooled, pooledWarnings, stats: pool.stats, idleThreads, afterWhileMeasuring, afterStats, priority: os.getPriority() }));
`;

describe('AnalysisPool', () => {
  let result: RunResult;
  let workDir: string;
  let build: string;

  beforeAll(async () => {
    workDir = await tempDir();
    build = path.join(workDir, 'build');
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--outDir', build, '--rootDir', ROOT, '--module', 'ES2022', '--target', 'ES2022', '--moduleResolution', 'Bundler'];
    flags.push('--types', 'node', '--skipLibCheck', '--esModuleInterop', '--resolveJsonModule', '--strict');
    const sources = ['src/analyze/pool.ts', 'src/analyze/samples.ts', 'src/metrics/registry.ts'].map((f) => path.join(ROOT, f));
    await run(process.execPath, [tsc, ...flags, ...sources], { cwd: ROOT });
    await symlink(path.join(ROOT, 'node_modules'), path.join(build, 'node_modules'));
    await writeFile(path.join(build, 'package.json'), '{"type":"module"}\n');
    const config = parseConfig({
      workingDirectory: FIXTURE,
      packages: './conc ./alloc',
      bench: 'WorkerPool|Records',
      tags: 'regress_leak',
      count: '3',
      benchtime: '200x',
    });
    result = await runMeasurement(config, { workDir, repoRoot: ROOT, commit: 'abc', ref: 'refs/heads/main' });
  });

  it('reads real artifacts, broken ones included, exactly as the direct reading does', async () => {
    result.benchmarks.sort((a, b) => a.name.localeCompare(b.name));
    expect(result.benchmarks.map((b) => [b.name, b.samples.length, b.failure])).toEqual([
      ['BenchmarkRecords', 3, undefined],
      ['BenchmarkWorkerPool', 3, undefined],
    ]);
    const artifactsDir = path.join(workDir, 'samples');
    const [records, pool] = result.benchmarks;
    await truncate(path.join(artifactsDir, pool.samples[1].artifacts.trace!), 300);
    await writeFile(path.join(artifactsDir, records.samples[2].artifacts.memprofile!), 'not a profile');
    const resultFile = path.join(workDir, 'result.json');
    await writeFile(resultFile, JSON.stringify(result));
    await writeFile(path.join(build, 'check.mjs'), SCRIPT);
    const { stdout } = await run(process.execPath, [path.join(build, 'check.mjs'), resultFile, artifactsDir, FIXTURE, 'example.com/accuracy'], {
      maxBuffer: 1 << 26,
    });
    const out = JSON.parse(stdout) as {
      direct: RunResult['benchmarks'];
      directWarnings: string[];
      pooled: RunResult['benchmarks'];
      pooledWarnings: string[];
      stats: { whileMeasuring: number; workers: number; here: number; threads: number };
      idleThreads: number;
      afterWhileMeasuring: { threads: number; read: number };
      afterStats: { whileMeasuring: number; workers: number; here: number; threads: number };
      priority: number;
    };
    expect(out.pooled).toEqual(out.direct);
    expect(out.pooledWarnings).toEqual(out.directWarnings);
    // The broken artifacts fail, naming themselves; the others are read.
    expect(out.directWarnings).toHaveLength(2);
    expect(out.directWarnings[0]).toMatch(/^BenchmarkRecords: heap profile of sample \d+ could not be read: .*mem\.pprof/);
    expect(out.directWarnings[1]).toMatch(/^BenchmarkWorkerPool: trace of sample \d+ could not be read: .*trace\.out/);
    const leaks = out.direct[1].metrics['goroutines-leaked'];
    expect(leaks).toHaveLength(2);
    expect(out.direct[1].sites?.some((s) => s.kind === 'leak')).toBe(true);
    expect(out.direct[0].sites?.some((s) => s.kind === 'allocation')).toBe(true);
    // Every job ran somewhere, some while "measuring"; the lowest priority stayed in its worker thread.
    const { whileMeasuring, workers, here } = out.stats;
    expect(whileMeasuring).toBeGreaterThanOrEqual(3);
    expect(whileMeasuring + workers + here).toBe(12);
    // The lowest-priority thread started with the first sample handed over, the other one after measuring.
    expect(out.stats.threads).toBe(2);
    expect(out.idleThreads).toBe(1);
    expect(out.afterWhileMeasuring).toEqual({ threads: 0, read: 0 });
    expect(out.afterStats.whileMeasuring).toBe(0);
    expect(out.afterStats.workers + out.afterStats.here).toBe(1);
    expect(out.priority).toBe(0);
    // The pooled reading is the pipeline's own (it ran in jest, without workers) for the intact artifacts.
    const original = JSON.parse(await readFile(resultFile, 'utf8')) as RunResult;
    expect(out.direct[1].metrics['peak-heap']).toEqual([0, 2].map((i) => original.benchmarks[1].metrics['peak-heap'][i]));
  });
});

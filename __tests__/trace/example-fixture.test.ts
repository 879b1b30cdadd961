/**
 * The example module's trace fixtures, measured the way the engine measures
 * a sample (test binary, one benchmark, -test.trace): head/leaky leaks one
 * goroutine per call at a known line, base/leaky none; head/gcpressure runs
 * more GC cycles per op than base.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE, tempDir } from '../helpers/paths.js';
import { traceMetrics, type StackFrame, type TraceMetrics } from '../../src/trace/metrics.js';
import { buildOracle, runOracle } from './helpers.js';

jest.setTimeout(180_000);
const run = promisify(execFile);

const N = 300;
let dir: string;

/** Builds the package's test binary and runs one benchmark with b.N = N under the tracer. */
async function sample(side: 'base' | 'head', pkg: string, bench: string, n = N): Promise<{ file: string; m: TraceMetrics }> {
  const pkgDir = path.join(EXAMPLE, side, pkg);
  const bin = path.join(dir, `${side}-${pkg}.test`);
  const file = path.join(dir, `${side}-${pkg}.trace`);
  await run('go', ['test', '-c', '-o', bin, '.'], { cwd: pkgDir });
  await run(bin, ['-test.run=^$', `-test.bench=^${bench}$`, `-test.benchtime=${n}x`, '-test.benchmem', `-test.trace=${file}`], {
    cwd: pkgDir,
  });
  const moduleDir = path.join(EXAMPLE, side) + path.sep;
  const isModuleFrame = (f: StackFrame) => f.file.startsWith(moduleDir);
  return { file, m: await traceMetrics(file, { fileName: file, isModuleFrame }) };
}

beforeAll(async () => {
  dir = await tempDir('grg-trace-example-');
});

test('head/leaky leaks one goroutine per call at the go statement; base/leaky none beyond a worker or two still exiting at the end', async () => {
  const head = await sample('head', 'leaky', 'BenchmarkProcess');
  const base = await sample('base', 'leaky', 'BenchmarkProcess');
  const src = path.join(EXAMPLE, 'head', 'leaky', 'leaky.go');
  const line = readFileSync(src, 'utf8').split('\n').findIndex((l) => l.includes('\tgo worker(in, out)')) + 1;
  // A base worker may still be exiting when the trace stops (close(in) lets it
  // return asynchronously), so one base sample can show a goroutine or two alive
  // at the end; the comparison ignores a site unless most samples have it
  // (src/compare/leaks.ts). The head leaks every one of its N + 1 workers.
  const baseLeaked = base.m.leaks.reduce((s, l) => s + l.count, 0);
  expect(baseLeaked).toBeLessThanOrEqual(3);
  expect(head.m.leaks).toHaveLength(1);
  // The testing package runs the benchmark with b.N = 1 first, then b.N = N: N + 1 calls in one trace.
  expect(head.m.leaks[0]).toMatchObject({ function: 'example.com/gateexample/leaky.Process', file: src, line, count: N + 1 });
  // Of those, the last round (b.N = N) created exactly N: 1 per op.
  expect(head.m.benchmarkRounds).toBe(3);
  expect(head.m.leaks[0].lastRoundCount).toBe(N);
  expect(head.m.leaks[0].stack.map((f) => f.function)).toContain('example.com/gateexample/leaky.BenchmarkProcess');
  expect(head.m.goroutines.aliveAtEnd - base.m.goroutines.aliveAtEnd).toBeGreaterThanOrEqual(N + 1 - baseLeaked);

  const oracle = await buildOracle(dir);
  const [go] = await runOracle(oracle, [head.file]);
  expect(head.m.goroutines).toEqual(go.goroutines);
  expect(head.m.gcPauses.durationsNs).toEqual(go.gcPausesNs);
});

test('head/gcpressure runs more GC cycles per op than base/gcpressure', async () => {
  const n = 20000;
  const base = await sample('base', 'gcpressure', 'BenchmarkBuild', n);
  const head = await sample('head', 'gcpressure', 'BenchmarkBuild', n);
  const perOp = (m: TraceMetrics) => m.gcCycles / (n + 1);
  expect(base.m.gcCycles).toBeGreaterThan(0);
  expect(perOp(head.m)).toBeGreaterThan(2 * perOp(base.m));
  expect(head.m.gcPauses.count).toBeGreaterThan(base.m.gcPauses.count);
});

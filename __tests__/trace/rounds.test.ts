/**
 * Benchmark rounds in real traces: testing runs a benchmark function with
 * b.N = 1, then (with a duration benchtime) sizing rounds, then the N it
 * prints, calling runtime.GC() from testing.(*B).runN before each. The trace
 * metrics find those starts, and the engine's per-op GC figures cover only the
 * last round, divided by the printed N (the fixture's benchmarks put their
 * garbage in known rounds).
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/paths.js';
import { traceMetrics, type TraceMetrics } from '../../src/trace/metrics.js';
import { TraceReader } from '../../src/trace/reader.js';
import { analyzeTrace } from '../../src/analyze/trace.js';
import { FIXTURES, REAL_125 } from './helpers.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';

// Builds the fixture, and under four older toolchains (downloaded on a cold machine).
jest.setTimeout(GO_BUILD_TIMEOUT_MS);
const run = promisify(execFile);

const MODULE = path.join(FIXTURES, 'rounds');
let dir: string;
let bin: string;

beforeAll(async () => {
  dir = await tempDir('grg-trace-rounds-');
  bin = path.join(dir, 'rounds.test');
  await run('go', ['test', '-c', '-o', bin, '.'], { cwd: MODULE });
});

/** Runs one benchmark under the tracer; returns the trace, its metrics and the printed N. */
async function sample(
  bench: string,
  benchtime: string,
  testBin = bin,
  env: Record<string, string> = {},
): Promise<{ file: string; m: TraceMetrics; n: number }> {
  const file = path.join(dir, `${path.basename(testBin)}-${bench.replace(/\W/g, '_')}-${benchtime}.trace`);
  const { stdout } = await run(testBin, ['-test.run=^$', `-test.bench=^${bench}$`, `-test.benchtime=${benchtime}`, `-test.trace=${file}`], {
    cwd: MODULE,
    env: { ...process.env, ...env },
  });
  const line = stdout.split('\n').find((l) => l.startsWith(bench.replace(/\$\/\^/g, '/')));
  const n = Number(line?.trim().split(/\s+/)[1]);
  expect(n).toBeGreaterThan(0);
  const m = await traceMetrics(file, { fileName: file, isModuleFrame: (f) => f.file.startsWith(MODULE) });
  return { file, m, n };
}

/**
 * GC cycles that began before the last round started. When the benchmark collects
 * garbage only in its last round these are exactly the earlier rounds' forced cycles;
 * cycles after the round (testing's own work once the benchmark goroutine has ended,
 * seen on a loaded machine) are not the round's and not counted here.
 */
async function cyclesBeforeLastRound(file: string, m: TraceMetrics): Promise<number> {
  let n = 0;
  for await (const g of new TraceReader(file, file).generations()) {
    for (const ev of g.events()) if (ev.name === 'GCBegin' && ev.time < m.lastRound!.startNs) n++;
  }
  return n;
}

const analyze = (file: string, n: number) => analyzeTrace(file, file, n, { dir: MODULE, path: 'example.com/rounds' }, (f) => f);

test('GC work of the b.N = 1 round only: none of it is in the last round, so 0 GC cycles/op', async () => {
  const { file, m, n } = await sample('BenchmarkWarmupOnly', '50x');
  expect(n).toBe(50);
  // testing's own "main" round, run1's b.N = 1, then b.N = 50.
  expect(m.benchmarkRounds).toBe(3);
  const unforced = m.gcCycles - m.forcedGcCycles;
  expect(unforced).toBeGreaterThan(0);
  expect(m.lastRound).toMatchObject({ gcCycles: 0, gcPauses: { count: 0, totalNs: 0 } });
  expect(m.lastRound!.markAssistNs).toBeLessThanOrEqual(m.markAssistNs);

  const a = await analyze(file, n);
  expect(a.values['gc-cycles']).toBe(0);
  expect(a.values['gc-pause-total']).toBe(0);
  // Percentiles stay per process: the warm-up round's pauses are still the benchmark's.
  expect(a.values['gc-pause-max']).toBe(m.unforcedGcPauses.maxNs);
  expect(a.values['gc-pause-max']).toBeGreaterThan(0);
});

test('GC work of the printed round only: none of it before the last round, divided by exactly N', async () => {
  const { file, m, n } = await sample('BenchmarkFinalOnly', '5x');
  expect(n).toBe(5);
  expect(m.benchmarkRounds).toBe(3);
  // Nothing but the two earlier rounds' forced cycles before the last round; its garbage
  // then gives it cycles.
  expect(await cyclesBeforeLastRound(file, m)).toBe(2);
  const round = m.lastRound!;
  expect(round.gcCycles).toBeGreaterThan(0);
  expect(round.gcCycles).toBeLessThanOrEqual(m.gcCycles - m.forcedGcCycles);
  // Two stops per cycle, but the last cycle may still be running when the trace ends.
  expect(round.gcPauses.count).toBeLessThanOrEqual(2 * round.gcCycles);
  expect(round.gcPauses.count).toBeGreaterThanOrEqual(2 * round.gcCycles - 1);
  expect(round.gcPauses.durationsNs.every((d) => m.unforcedGcPauses.durationsNs.includes(d))).toBe(true);
  expect(round.markAssistNs).toBeLessThanOrEqual(m.markAssistNs);

  const a = await analyze(file, n);
  expect(a.values['gc-cycles']).toBe(round.gcCycles / 5);
  expect(a.values['gc-pause-total']).toBe(round.gcPauses.totalNs / 5);
});

test('a duration benchtime: the unprinted sizing rounds are found and left out of the per-op figures', async () => {
  // Every round with b.N > 1 collects the same garbage (16 MB, a few ms); the sizing
  // rounds grow N at most 100-fold each from b.N = 1 until 200ms are reached, so there
  // are several of them (b.N = 100 alone would have to take 200ms to be the last).
  const { file, m, n } = await sample('BenchmarkFinalOnly', '200ms');
  expect(m.benchmarkRounds).toBeGreaterThanOrEqual(4);
  const unforced = m.gcCycles - m.forcedGcCycles;
  expect(m.lastRound!.gcCycles).toBeGreaterThan(0);
  expect(m.lastRound!.gcCycles).toBeLessThan(unforced);
  const a = await analyze(file, n);
  expect(a.values['gc-cycles']).toBe(m.lastRound!.gcCycles / n);
});

test('a trace that is not a benchmark has no rounds, and the per-op figures fall back to the whole trace', async () => {
  const m = await traceMetrics(REAL_125, { fileName: REAL_125, isModuleFrame: () => false });
  expect(m.benchmarkRounds).toBe(0);
  expect(m.lastRound).toBeUndefined();
  const a = await analyze(REAL_125, 9);
  // N + 1 = 10 iterations assumed, over every unforced cycle of the trace.
  expect(a.values['gc-cycles']).toBe((m.gcCycles - m.forcedGcCycles) / 10);
});

test("a benchmark's own runtime.GC() calls are forced cycles but not round starts", async () => {
  const { m } = await sample('BenchmarkCallsGC', '5x');
  expect(m.benchmarkRounds).toBe(3);
  // Three round starts plus one cycle per call: 1 in the b.N = 1 round, 5 in the last.
  expect(m.forcedGcCycles).toBe(3 + 1 + 5);
  expect(m.lastRound!.gcCycles).toBe(0);
});

test("a sub-benchmark's last round ends with it: the parent's code after b.Run is left out", async () => {
  const { m } = await sample('BenchmarkSub$/^leaf', '5x');
  // main, the parent's b.N = 1, the leaf's b.N = 1 and its b.N = 5.
  expect(m.benchmarkRounds).toBe(4);
  // 64 MB of garbage after b.Run: cycles in the trace, none in the leaf's round (320 bytes).
  expect(m.gcCycles - m.forcedGcCycles).toBeGreaterThan(0);
  expect(m.lastRound).toMatchObject({ gcCycles: 0, gcPauses: { count: 0 }, markAssistNs: 0 });
});

test('a round is found when an allocating goroutine starts the cycle runtime.GC was about to start', async () => {
  // With GOGC=1 the background goroutine starts cycles all the time, and in about a quarter of
  // the runs one of them is the cycle testing's runtime.GC() then only waits for (seen with the
  // GCBegin rule alone: 8 of 30 traces had 2 round starts instead of 3).
  for (let i = 0; i < 12; i++) {
    const { m } = await sample('BenchmarkBackground', '5x', bin, { GOGC: '1' });
    expect(m.benchmarkRounds).toBe(3);
  }
});

/** testing's runN and its runtime.GC() call, as every toolchain from Go 1.22 writes them (the oracle test's toolchains). */
test.each(['go1.22.12', 'go1.23.12', 'go1.24.13', 'go1.25.7'])('%s: the same rounds', async (toolchain) => {
  const old = path.join(dir, `rounds-${toolchain}.test`);
  await run('go', ['test', '-c', '-o', old, '.'], { cwd: MODULE, env: { ...process.env, GOTOOLCHAIN: toolchain, GOFLAGS: '-mod=mod' } });
  const { file, m } = await sample('BenchmarkFinalOnly', '5x', old);
  expect(m.benchmarkRounds).toBe(3);
  expect(await cyclesBeforeLastRound(file, m)).toBe(2);
  expect(m.lastRound!.gcCycles).toBeGreaterThan(0);
  const calls = await sample('BenchmarkCallsGC', '5x', old);
  expect(calls.m.benchmarkRounds).toBe(3);
  expect(calls.m.forcedGcCycles).toBe(3 + 1 + 5);
});

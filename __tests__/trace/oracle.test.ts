/**
 * Our reader against Go's (golang.org/x/exp/trace, via scripts/trace-oracle)
 * on the real Go 1.25 corpus trace and on traces written in this run by a
 * fixture program with known behaviour, under every toolchain from Go 1.22.
 *
 * Needs Go on PATH and the module proxy (first run downloads x/exp and the
 * older toolchains, ~10 s each; cached after).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { collectTrace, leakSiteOf, traceMetrics, type StackFrame, type TraceMetrics } from '../../src/trace/metrics.js';
import type { TraceFamily } from '../../src/trace/families/family.js';
import { schedLatency, type SchedLatencyCollector } from '../../src/trace/families/sched-latency.js';
import { TraceReader } from '../../src/trace/reader.js';
import { FIXTURES, REAL_125, buildOracle, loadFuzzCases, loadGoldenTests, inFixture, runFixture, runOracle, type OracleResult } from './helpers.js';

import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const PROG = 'traceprog';
const SOURCE = path.join(FIXTURES, PROG, 'main.go');
const LEAK_LINE =
  readFileSync(SOURCE, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes('// LEAK-SITE')) + 1;

let dir: string;
let oracle: string;

beforeAll(async () => {
  dir = await tempDir('grg-trace-');
  oracle = await buildOracle(dir);
});

async function countEvents(file: string): Promise<{ events: number; syncs: number; first: number; last: number }> {
  let events = 0;
  let syncs = 0;
  let first = -1;
  let last = 0;
  for await (const g of new TraceReader(file, file).generations()) {
    for (const ev of g.events()) {
      events++;
      if (ev.name === 'Sync') syncs++;
      if (first < 0) first = ev.time;
      last = ev.time;
    }
  }
  // Go's reader ends with one more Sync after the last generation; ours does not.
  return { events: events + 1, syncs: syncs + 1, first, last };
}

/** The scheduling-latency family's waits (not part of TraceMetrics), read through a family that uses it. */
async function schedWaits(file: string): Promise<SchedLatencyCollector['waits']> {
  let c: SchedLatencyCollector | undefined;
  const spy: TraceFamily = { name: 'spy', events: [], create: ({ use }) => ((c = use(schedLatency)), { onEvent() {}, finish() {} }), values: () => ({}) };
  await collectTrace(file, { fileName: file, isModuleFrame: () => false }, [spy]);
  return c!.waits;
}

/** Everything the oracle reports must equal what we compute, to the nanosecond. */
async function expectAgreement(file: string, ours: TraceMetrics, go: OracleResult, isModule: (f: StackFrame) => boolean = () => false): Promise<void> {
  expect(go.error).toBeUndefined();
  const counted = await countEvents(file);
  expect(counted.events).toBe(go.events);
  expect(counted.syncs).toBe(go.syncs);
  expect(counted.first).toBe(go.firstNs);
  expect(ours.generations).toBe(go.syncs - 1);
  expect(ours.gcCycles).toBe(go.gcCycles);
  expect(ours.forcedGcCycles).toBe(go.forcedGcCycles);
  expect(ours.gcPauses.durationsNs).toEqual(go.gcPausesNs);
  expect(ours.markAssistNs).toBe(go.markAssistNs);
  expect(ours.peakHeapBytes).toBe(go.peakHeapBytes);
  expect(ours.heapGoalBytes).toBe(go.heapGoalBytes);
  expect(ours.goroutines).toEqual(go.goroutines);
  expect(new Map(ours.leaks.map((l) => [`${l.file}:${l.line}`, l.count]))).toEqual(oracleLeaks(go, isModule));
  const waits = await schedWaits(file);
  expect(waits).toEqual(go.schedWaits);
  // Every trace here schedules goroutines; a count of 0 would make the equality vacuous.
  expect(waits.count).toBeGreaterThan(0);
}

/** Whether the trace ends inside a GC cycle (a GCBegin with no GCEnd after it). */
async function lastCycleOpen(file: string): Promise<boolean> {
  let open = false;
  for await (const g of new TraceReader(file, file).generations()) {
    for (const ev of g.events()) {
      if (ev.name === 'GCBegin') open = true;
      else if (ev.name === 'GCEnd') open = false;
    }
  }
  return open;
}

/** Our leak sites recomputed from the oracle's stacks with the same predicate. */
function oracleLeaks(go: OracleResult, isModule: (f: StackFrame) => boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const stk of go.leakStacks) {
    const f = leakSiteOf(stk, isModule);
    if (f) m.set(`${f.file}:${f.line}`, (m.get(`${f.file}:${f.line}`) ?? 0) + 1);
  }
  return m;
}

test('real Go 1.25 trace (encoding/json tests): equal to x/exp/trace', async () => {
  const [go] = await runOracle(oracle, [REAL_125]);
  const inJson = (f: StackFrame) => f.file.includes('/encoding/json/');
  const ours = await traceMetrics(REAL_125, { fileName: REAL_125, isModuleFrame: inJson });
  await expectAgreement(REAL_125, ours, go, inJson);
  expect(ours.gcPauses.count).toBe(35);
});

test('forced cycles agree with x/exp/trace on every corpus trace it reads', async () => {
  const files = [REAL_125];
  for (const c of [...loadGoldenTests(), ...loadFuzzCases()]) {
    const f = path.join(dir, `corpus-${c.name}.trace`);
    writeFileSync(f, c.bytes);
    files.push(f);
  }
  let compared = 0;
  for (const go of await runOracle(oracle, files)) {
    if (go.error !== undefined) continue;
    const ours = await traceMetrics(go.file, { fileName: go.file, isModuleFrame: () => false });
    expect([go.file, ours.gcCycles, ours.forcedGcCycles]).toEqual([go.file, go.gcCycles, go.forcedGcCycles]);
    compared++;
  }
  expect(compared).toBeGreaterThan(10);
});

describe('generated traces with known behaviour (local toolchain)', () => {
  test('exactly K forced GCs', async () => {
    const file = path.join(dir, 'gc.trace');
    await runFixture(PROG, file, { args: ['-gcs', '7'] });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    expect(ours.gcCycles).toBe(7);
    expect(ours.forcedGcCycles).toBe(7);
    expect(ours.unforcedGcPauses.count).toBe(0);
    // Each cycle stops the world twice: sweep termination and mark termination.
    expect(ours.gcPauses.count).toBe(14);
    expect(ours.gcPauses.maxNs).toBeGreaterThan(0);
    expect(ours.leaks).toEqual([]);
  });

  test('cycles forced by runtime.GC told apart from cycles triggered by allocation', async () => {
    const file = path.join(dir, 'garbage.trace');
    await runFixture(PROG, file, { args: ['-gcs', '3', '-garbage', '256'] });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    expect(ours.forcedGcCycles).toBe(3);
    // 256 MB of garbage against a heap of a few MB: cycles triggered by allocation,
    // none of them counted as forced. How many depends on the pacer and the load
    // (7 to dozens seen here), so only their presence is asserted.
    expect(ours.gcCycles - ours.forcedGcCycles).toBeGreaterThan(0);
    // Two stops per cycle; those of the forced cycles are left out of the unforced pauses.
    // The garbage loop runs up to trace.Stop, so the last (unforced) cycle may still be
    // running when the trace ends, with fewer than its two stops in the trace (a loaded
    // CI run: 49 cycles, 97 pauses).
    const open = (await lastCycleOpen(file)) ? 1 : 0;
    const unforced = ours.gcCycles - ours.forcedGcCycles;
    expect(ours.gcPauses.count).toBeLessThanOrEqual(2 * ours.gcCycles);
    expect(ours.gcPauses.count).toBeGreaterThanOrEqual(2 * (ours.gcCycles - open));
    expect(ours.unforcedGcPauses.count).toBe(ours.gcPauses.count - 2 * ours.forcedGcCycles);
    expect(ours.unforcedGcPauses.count).toBeGreaterThanOrEqual(2 * (unforced - open));
    expect(ours.unforcedGcPauses.durationsNs.every((d) => ours.gcPauses.durationsNs.includes(d))).toBe(true);
  });

  test('a cycle an allocation began is not forced when its starter then waits for it in runtime.GC', async () => {
    const file = path.join(dir, 'allocgc.trace');
    await runFixture(PROG, file, { args: ['-allocgc', '3'] });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    // The case happened: main waited in runtime.GC ("wait until GC ends") for a cycle
    // whose GCBegin it caused in mallocgc, not in runtime.GC.
    let allocBegun = false;
    let waitedForAlloc = 0;
    for await (const g of new TraceReader(file, file).generations()) {
      for (const ev of g.events()) {
        if (ev.name === 'GCBegin') allocBegun = ev.stack().some((f) => f.function.startsWith('runtime.mallocgc'));
        else if (ev.name === 'GCEnd') allocBegun = false;
        else if (ev.name === 'GoBlock' && ev.blockReason() === 'wait until GC ends' && allocBegun) waitedForAlloc++;
      }
    }
    expect(waitedForAlloc).toBeGreaterThan(0);
    expect(ours.forcedGcCycles).toBe(3);
    expect(go.forcedGcCycles).toBe(3);
    expect(ours.gcCycles).toBeGreaterThanOrEqual(6);
  });

  test('the GC workers the first cycle starts from an allocation of main are not leaks', async () => {
    const file = path.join(dir, 'nosettle.trace');
    await runFixture(PROG, file, { args: ['-nosettle', '-leak', '2'] });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    // The workers were created while tracing, from main's stack, and are parked at the end.
    const workers = go.leakStacks.filter((s) => s.some((f) => f.function === 'runtime.gcBgMarkStartWorkers'));
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((s) => s.some((f) => f.function === 'main.main'))).toBe(true);
    expect(ours.leaks.map((l) => [l.function, l.line, l.count])).toEqual([['main.leakSite', LEAK_LINE, 2]]);
  });

  test('exactly M goroutines leaked at a known file:line', async () => {
    const file = path.join(dir, 'leak.trace');
    await runFixture(PROG, file, { args: ['-leak', '4'] });
    const isModule = inFixture(PROG);
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: isModule });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    expect(ours.leaks).toHaveLength(1);
    expect(ours.leaks[0]).toMatchObject({ function: 'main.leakSite', file: SOURCE, line: LEAK_LINE, count: 4 });
    expect(ours.leaks[0].stack[0]).toEqual({ function: 'main.leakSite', file: SOURCE, line: LEAK_LINE });
    expect(ours.leaks[0].stack.some((f) => f.function === 'main.main')).toBe(true);
    expect(oracleLeaks(go, isModule)).toEqual(new Map([[`${SOURCE}:${LEAK_LINE}`, 4]]));
  });

  test('a known peak of concurrent goroutines', async () => {
    const file = path.join(dir, 'peak.trace');
    await runFixture(PROG, file, { args: ['-peak', '300'] });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    // All 300 are alive at once, together with main (it started the trace, so the trace
    // knows it from its first events) and the goroutines trace.Start created (the only
    // others created while tracing; they live to the end). The goroutines that existed
    // before tracing are counted in atStart when first mentioned, which for most of them
    // (the GC workers, one per P, and the runtime's own) is only at the end of the trace,
    // after the spike: they are an upper bound, not a lower one. (300 + atStart − 4 as
    // the lower bound held with GOMAXPROCS 2 by one goroutine and failed above that.)
    const tracer = ours.goroutines.created - 300;
    expect(ours.goroutines.created).toBeGreaterThanOrEqual(300);
    expect(ours.goroutines.peakAlive).toBeGreaterThanOrEqual(300 + 1 + tracer);
    expect(ours.goroutines.peakAlive).toBeLessThanOrEqual(300 + tracer + ours.goroutines.atStart);
    // Every one of the 300 exited, and the fixture waits until they have (not merely
    // called Done) before stopping the trace, so none is alive at its end.
    expect(ours.goroutines.ended).toBe(300);
    expect(ours.leaks).toEqual([]);
  });

  test('several generations (GODEBUG=traceadvanceperiod)', async () => {
    const file = path.join(dir, 'gens.trace');
    await runFixture(PROG, file, {
      args: ['-busy', '400ms', '-churn', '20', '-gcs', '2', '-leak', '1'],
      env: { GODEBUG: 'traceadvanceperiod=25000000' },
    });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    expect(ours.generations).toBeGreaterThanOrEqual(5);
    expect(ours.gcCycles).toBeGreaterThanOrEqual(2);
    expect(ours.goroutines.created).toBeGreaterThan(1000);
    expect(ours.leaks.map((l) => [l.line, l.count])).toEqual([[LEAK_LINE, 1]]);
  });
});

/**
 * Older toolchains through the module proxy (GOTOOLCHAIN=go1.NN.x). Each
 * writes its own wire version; Go 1.24 writes 23. If a toolchain cannot be
 * downloaded the test fails: no silent skip.
 */
describe.each([
  ['go1.22.12', 22],
  ['go1.23.12', 23],
  ['go1.24.13', 23],
  ['go1.25.7', 25],
])('toolchain %s', (toolchain, wire) => {
  test(`writes wire version ${wire}; metrics equal to x/exp/trace`, async () => {
    const file = path.join(dir, `${toolchain}.trace`);
    await runFixture(PROG, file, {
      args: ['-gcs', '3', '-leak', '2', '-peak', '40', '-busy', '120ms', '-churn', '5'],
      env: { GOTOOLCHAIN: toolchain, GODEBUG: 'traceadvanceperiod=30000000' },
    });
    const ours = await traceMetrics(file, { fileName: file, isModuleFrame: inFixture(PROG) });
    const [go] = await runOracle(oracle, [file]);
    await expectAgreement(file, ours, go, inFixture(PROG));
    expect(ours.goVersion).toBe(wire);
    expect(ours.gcCycles).toBe(3);
    // Every toolchain's GCBegin of runtime.GC has runtime.GC innermost (gcStart skipped).
    expect(ours.forcedGcCycles).toBe(3);
    expect(ours.generations).toBeGreaterThanOrEqual(2);
    expect(ours.leaks.map((l) => [l.function, l.line, l.count])).toEqual([['main.leakSite', LEAK_LINE, 2]]);
  });
});

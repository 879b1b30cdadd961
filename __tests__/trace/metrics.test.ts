/**
 * The trace driver: one loop over the events feeds each family's collector
 * exactly the event types it declares, dependencies first, and the families'
 * values are the sample's metric values.
 */
import { collectTrace, traceMetrics } from '../../src/trace/metrics.js';
import type { TraceCollector, TraceFamily } from '../../src/trace/families/family.js';
import { TraceReader } from '../../src/trace/reader.js';
import { Ev } from '../../src/trace/wire.js';
import { REAL_125 } from './helpers.js';

const options = { fileName: REAL_125, isModuleFrame: (f: { file: string }) => f.file.includes('/encoding/json/') };

class Recorder implements TraceCollector {
  readonly seen: string[] = [];
  finished = 0;
  constructor(
    private readonly log: string[],
    private readonly name: string,
  ) {}
  onEvent(ev: { type: number; time: number }): void {
    this.seen.push(`${ev.type}@${ev.time}`);
    this.log.push(this.name);
  }
  finish(): void {
    this.finished++;
  }
}

test('each collector gets exactly the events of its types, in trace order, and is finished once', async () => {
  const types = [Ev.GoStart, Ev.GCBegin, Ev.HeapAlloc];
  const log: string[] = [];
  let rec: Recorder | undefined;
  const family: TraceFamily<Recorder> = {
    name: 'recorder',
    events: types,
    create: () => (rec = new Recorder(log, 'r')),
    values: () => ({}),
  };
  await collectTrace(REAL_125, options, [family]);
  const expected: string[] = [];
  for await (const g of new TraceReader(REAL_125, REAL_125).generations()) {
    for (const ev of g.events()) if ((types as number[]).includes(ev.type)) expected.push(`${ev.type}@${ev.time}`);
  }
  expect(expected.length).toBeGreaterThan(1000);
  expect(rec!.seen).toEqual(expected);
  expect(rec!.finished).toBe(1);
});

test('a family’s dependency is created once, before it, and sees each event first', async () => {
  const log: string[] = [];
  const created: string[] = [];
  const base: TraceFamily<Recorder> = {
    name: 'base',
    events: [Ev.GCBegin],
    create: () => (created.push('base'), new Recorder(log, 'base')),
    values: () => ({}),
  };
  let got: Recorder | undefined;
  const dependent: TraceFamily<Recorder> = {
    name: 'dependent',
    events: [Ev.GCBegin],
    create: ({ use }) => {
      got = use(base);
      created.push('dependent');
      return new Recorder(log, 'dependent');
    },
    values: () => ({}),
  };
  await collectTrace(REAL_125, options, [dependent, base]);
  expect(created).toEqual(['base', 'dependent']);
  expect(got).toBeInstanceOf(Recorder);
  expect(log.length).toBeGreaterThan(2);
  for (let i = 0; i < log.length; i += 2) expect(log.slice(i, i + 2)).toEqual(['base', 'dependent']);
});

test('a family run only as another’s dependency reports its values too', async () => {
  const inner: TraceFamily<Recorder> = { name: 'inner', events: [], create: () => new Recorder([], 'i'), values: () => ({ 'gc-cycles': -1 }) };
  const outer: TraceFamily<Recorder> = {
    name: 'outer',
    events: [],
    create: ({ use }) => (use(inner), new Recorder([], 'o')),
    values: () => ({}),
  };
  // inner's value comes after the core families' and so replaces gc-cycles: it was reported.
  expect((await collectTrace(REAL_125, options, [outer])).values(1)['gc-cycles']).toBe(-1);
});

test('a family that depends on itself is an error, not a hang', async () => {
  const loop: TraceFamily<Recorder> = { name: 'loop', events: [], create: ({ use }) => use(loop), values: () => ({}) };
  await expect(collectTrace(REAL_125, options, [loop])).rejects.toThrow('trace family "loop" depends on itself');
});

test('the values are the core families’ metrics, read from TraceMetrics, per op where they are per op', async () => {
  // Only the five families TraceMetrics is made of (no others the registry may name).
  const c = await collectTrace(REAL_125, options, []);
  const m = c.metrics;
  expect(m).toEqual(await traceMetrics(REAL_125, options));
  // encoding/json's tests are not a benchmark: no rounds, so whole-trace figures per op.
  expect(m.benchmarkRounds).toBe(0);
  const v = c.values(4);
  expect(v).toEqual({
    'gc-cycles': (m.gcCycles - m.forcedGcCycles) / 4,
    'gc-pause-p99': m.unforcedGcPauses.p99Ns,
    'gc-pause-max': m.unforcedGcPauses.maxNs,
    'gc-pause-total': m.unforcedGcPauses.totalNs / 4,
    'mark-assist': m.markAssistNs / 4,
    'peak-heap': m.peakHeapBytes,
    'goroutines-leaked': m.leaks.reduce((s, l) => s + l.count, 0),
    'goroutines-peak': m.goroutines.peakAlive,
  });
  expect(Object.keys(v)).toEqual([
    'gc-cycles',
    'gc-pause-p99',
    'gc-pause-max',
    'gc-pause-total',
    'mark-assist',
    'peak-heap',
    'goroutines-leaked',
    'goroutines-peak',
  ]);
  expect(v['gc-pause-p99']).toBeGreaterThan(0);
});

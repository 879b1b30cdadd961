import { GcCycleCollector } from '../../../src/trace/families/gc-cycles.js';
import { MarkAssistCollector } from '../../../src/trace/families/mark-assist.js';
import { Ev } from '../../../src/trace/wire.js';
import { Table, event, fn } from './synthetic.js';

const RUN_N = fn('testing.(*B).runN');

function setup() {
  const t = new Table();
  const assist = new MarkAssistCollector();
  const gc = new GcCycleCollector(assist);
  const wait = t.str('wait until GC ends');
  /** testing's runtime.GC() before a round, at `line` of runtime.GC. */
  const roundGC = (line: number) => t.stk([fn('runtime.GC', line), RUN_N]);
  const alloc = t.stk([fn('runtime.mallocgc'), fn('example.com/m.Build'), fn('example.com/m.BenchmarkBuild'), RUN_N]);
  const feed = (type: number, f: Parameters<typeof event>[1]) => gc.onEvent(event(type, f, t));
  return { t, assist, gc, wait, roundGC, alloc, feed };
}

describe('GC cycles, forced cycles and rounds', () => {
  it('counts cycles, tells forced ones by the starter waiting for them, and finds round starts', () => {
    const { gc, wait, roundGC, alloc, feed, assist } = setup();
    // Round 1: runN's runtime.GC starts cycle 1 (line 100) and waits for it (line 120).
    feed(Ev.GCBegin, { time: 10, g: 1, a1: roundGC(100) });
    feed(Ev.GoBlock, { time: 11, g: 1, a0: wait, a1: roundGC(120) });
    expect(gc.inCycle).toBe(true);
    feed(Ev.GCEnd, { time: 20 });
    expect(gc.inCycle).toBe(false);
    // An allocation-triggered cycle, and an unrelated block during it.
    feed(Ev.GCBegin, { time: 30, g: 2, a1: alloc });
    feed(Ev.GoBlock, { time: 31, g: 3, a0: 0 });
    feed(Ev.GCEnd, { time: 40 });
    expect(gc.rounds).toBe(1);
    assist.totalNs = 7;
    // Round 2: the same goroutine, runtime.GC again from its first line: a new call.
    feed(Ev.GCBegin, { time: 50, g: 1, a1: roundGC(100) });
    feed(Ev.GoBlock, { time: 51, g: 1, a0: wait, a1: roundGC(120) });
    feed(Ev.GCEnd, { time: 60 });
    expect(gc.rounds).toBe(2);
    expect(gc.round).toMatchObject({ g: 1, line: 120, startNs: 50, cycle: 3, assistBefore: 7 });
    feed(Ev.GCBegin, { time: 70, g: 2, a1: alloc });
    feed(Ev.GCEnd, { time: 75 });
    expect(gc.epoch).toBe(gc.lastRoundEpoch);
    assist.totalNs = 19;
    // The round's goroutine ends; a later cycle is not the round's.
    feed(Ev.GoDestroy, { time: 80, g: 1 });
    expect(gc.round.end).toEqual({ cycle: 4, assist: 19 });
    expect(gc.epoch).toBe(gc.lastRoundEpoch + 1);
    feed(Ev.GCBegin, { time: 90, g: 2, a1: alloc });
    gc.finish();

    expect(gc.cycles).toBe(5);
    expect([...gc.forced]).toEqual([1, 3]);
    expect([1, 2, 3, 4, 5].map((c) => gc.unforced(c))).toEqual([false, true, false, true, true]);
    expect([1, 2, 3, 4, 5].map((c) => gc.inLastRound(c))).toEqual([false, false, false, true, false]);
    expect(gc.unforced(0)).toBe(false);
  });

  it('takes a runN goroutine waiting for a cycle another goroutine started as a round start, not as forcing it', () => {
    const { gc, wait, roundGC, alloc, feed } = setup();
    feed(Ev.GCBegin, { time: 10, g: 2, a1: alloc });
    feed(Ev.GoBlock, { time: 11, g: 4, a0: wait, a1: roundGC(120) });
    expect(gc.rounds).toBe(1);
    expect(gc.round).toMatchObject({ g: 4, cycle: 1, startNs: 11 });
    expect(gc.forced.size).toBe(0);
  });

  it('ignores runtime.GC called by the benchmark itself, and waits outside a cycle', () => {
    const { t, gc, wait, roundGC, feed } = setup();
    const own = t.stk([fn('runtime.GC', 100), fn('example.com/m.BenchmarkGC'), RUN_N]);
    feed(Ev.GCBegin, { time: 10, g: 1, a1: own });
    feed(Ev.GoBlock, { time: 11, g: 1, a0: wait, a1: own });
    feed(Ev.GCEnd, { time: 20 });
    feed(Ev.GoBlock, { time: 21, g: 1, a0: wait, a1: roundGC(120) });
    expect(gc.rounds).toBe(0);
    expect([...gc.forced]).toEqual([1]);
    // Without rounds every goroutine counts as created in "the last round".
    expect(gc.epoch).toBe(gc.lastRoundEpoch);
    expect(gc.inLastRound(1)).toBe(false);
  });
});

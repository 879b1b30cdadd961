import { GoState } from '../../../src/trace/events.js';
import { GcCycleCollector } from '../../../src/trace/families/gc-cycles.js';
import { GoroutineCollector, leakSiteOf } from '../../../src/trace/families/goroutines.js';
import { MarkAssistCollector } from '../../../src/trace/families/mark-assist.js';
import { Ev, GoStatus } from '../../../src/trace/wire.js';
import { Table, end, event, fn } from './synthetic.js';

const inModule = (f: { function: string }) => f.function.startsWith('example.com/m.');

describe('goroutines and leaks', () => {
  function setup() {
    const t = new Table();
    const gc = new GcCycleCollector(new MarkAssistCollector());
    const gs = new GoroutineCollector(gc, inModule);
    const feed = (type: number, f: Parameters<typeof event>[1]) => {
      const ev = event(type, f, t);
      gc.onEvent(ev);
      gs.onEvent(ev);
    };
    const site = (line: number) => t.stk([fn('example.com/m.spawn', line), fn('example.com/m.BenchmarkSpawn'), fn('testing.(*B).runN')]);
    const roundStart = t.stk([fn('runtime.GC', 100), fn('testing.(*B).runN')]);
    return { t, gc, gs, feed, site, roundStart };
  }

  it('counts goroutines alive from their first mention to their end, and the peak', () => {
    const { gs, feed, site } = setup();
    // Two goroutines that existed before tracing, first mentioned by GoStatus.
    feed(Ev.GoStatus, { time: 1, a0: 1, a2: GoStatus.Running, old: GoState.Undetermined });
    feed(Ev.GoStatus, { time: 1, a0: 2, a2: GoStatus.Waiting, old: GoState.Undetermined });
    feed(Ev.GoCreate, { time: 2, g: 1, a0: 10, a2: site(5) });
    feed(Ev.GoCreateBlocked, { time: 3, g: 1, a0: 11, a2: site(5) });
    feed(Ev.GoDestroy, { time: 4, g: 10 });
    feed(Ev.GoCreateSyscall, { time: 5, a0: 12 });
    // A later generation restates a known goroutine: not counted again.
    feed(Ev.GoStatus, { time: 6, a0: 2, a2: GoStatus.Waiting, old: GoState.Waiting });
    gs.finish(end(7));
    expect(gs.counts).toEqual({ atStart: 2, created: 3, ended: 1, aliveAtEnd: 4, peakAlive: 4 });
  });

  it('reports goroutines created in the module and blocked at the end, by creation site, most first', () => {
    const { gs, feed, site, roundStart } = setup();
    feed(Ev.GoCreate, { time: 1, g: 1, a0: 10, a2: site(5) }); // before the last round
    feed(Ev.GCBegin, { time: 2, g: 1, a1: roundStart });
    feed(Ev.GCEnd, { time: 3 });
    for (const g of [11, 12, 13]) feed(Ev.GoCreate, { time: 4, g: 1, a0: g, a2: site(5) });
    feed(Ev.GoCreate, { time: 5, g: 1, a0: 14, a2: site(9) });
    feed(Ev.GoCreate, { time: 6, g: 1, a0: 15, a2: site(9) }); // runnable at the end: not a leak
    feed(Ev.GoCreate, { time: 6, g: 1, a0: 16, a2: site(9) });
    feed(Ev.GoDestroy, { time: 7, g: 16 }); // ended: not a leak
    feed(Ev.GoCreate, { time: 8, g: 1, a0: 17, a2: 0 }); // no module frame: not a leak
    feed(Ev.GoDestroy, { time: 9, g: 1 }); // the round's goroutine ends
    feed(Ev.GoCreate, { time: 10, g: 2, a0: 18, a2: site(9) }); // after the round
    gs.finish(
      end(11, {
        10: GoStatus.Waiting,
        11: GoStatus.Waiting,
        12: GoStatus.Syscall,
        13: GoStatus.Waiting,
        14: GoStatus.Waiting,
        15: GoStatus.Runnable,
        18: GoStatus.Waiting,
      }),
    );
    expect(gs.leaks.map((l) => [l.line, l.count, l.lastRoundCount])).toEqual([
      [5, 4, 3],
      [9, 2, 1],
    ]);
    expect(gs.leaks[0].stack[0]).toEqual(fn('example.com/m.spawn', 5));
    expect(gs.unblockedAtEnd).toBe(1);
  });

  it('does not blame the module for the tracer’s own goroutines', () => {
    const stack = [fn('runtime/trace.Start.func1'), fn('runtime/trace.Start'), fn('example.com/m.main')];
    expect(leakSiteOf(stack, inModule)).toBeUndefined();
    expect(leakSiteOf([fn('runtime.gcBgMarkStartWorkers')], inModule)).toBeUndefined();
    expect(leakSiteOf([fn('example.com/m.serve', 3), fn('example.com/m.main')], inModule)).toEqual(fn('example.com/m.serve', 3));
  });

  it('does not blame the module for goroutines the runtime starts from its frames', () => {
    // The GC mark workers of a process's first cycle, started by an allocation of main (Go 1.26 frames).
    const workers = ['runtime.gcBgMarkStartWorkers', 'runtime.gcStart', 'runtime.mallocgcLarge', 'runtime.mallocgc', 'runtime.makeslice'];
    expect(leakSiteOf([...workers.map((f) => fn(f)), fn('example.com/m.main')], inModule)).toBeUndefined();
    expect(leakSiteOf([fn('runtime.createfing'), fn('runtime.SetFinalizer'), fn('example.com/m.open')], inModule)).toBeUndefined();
    // A go statement in module code run by the runtime (a finalizer) is the module's.
    expect(leakSiteOf([fn('example.com/m.fin', 4), fn('runtime.runfinq')], inModule)).toEqual(fn('example.com/m.fin', 4));
  });
});

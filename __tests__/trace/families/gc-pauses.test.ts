import { GcCycleCollector } from '../../../src/trace/families/gc-cycles.js';
import { GcPauseCollector, summarizePauses } from '../../../src/trace/families/gc-pauses.js';
import { MarkAssistCollector } from '../../../src/trace/families/mark-assist.js';
import { Ev } from '../../../src/trace/wire.js';
import { Table, event, fn } from './synthetic.js';

describe('GC pauses', () => {
  it('keeps the GC stops, each with the cycle in progress when it began', () => {
    const t = new Table();
    const gc = new GcCycleCollector(new MarkAssistCollector());
    const pauses = new GcPauseCollector(gc);
    const both = (type: number, f: Parameters<typeof event>[1]) => {
      const ev = event(type, f, t);
      gc.onEvent(ev);
      pauses.onEvent(ev);
    };
    const sweep = t.str('GC sweep termination');
    const mark = t.str('GC mark termination');
    const other = t.str('stop-the-world (read mem stats)');
    // A cycle already running at the start: its mark termination belongs to no seen cycle (0).
    both(Ev.STWBegin, { time: 5, g: 8, a0: mark });
    both(Ev.STWEnd, { time: 9, g: 8, a0: mark });
    both(Ev.GCEnd, { time: 10 });
    both(Ev.GCBegin, { time: 20, g: 1, a1: t.stk([fn('runtime.mallocgc')]) });
    both(Ev.STWBegin, { time: 21, g: 1, a0: sweep });
    both(Ev.STWEnd, { time: 24, g: 1, a0: sweep });
    both(Ev.STWBegin, { time: 30, g: 2, a0: mark });
    both(Ev.STWEnd, { time: 40, g: 2, a0: mark });
    both(Ev.GCEnd, { time: 41 });
    // Not a GC stop, and an end without a begin.
    both(Ev.STWBegin, { time: 50, g: 3, a0: other });
    both(Ev.STWEnd, { time: 70, g: 3, a0: other });
    both(Ev.STWEnd, { time: 80, g: 4, a0: mark });
    expect(pauses.durations).toEqual([4, 3, 10]);
    expect(pauses.cycles).toEqual([0, 1, 1]);
    expect(pauses.of((c) => c === 1)).toEqual(summarizePauses([3, 10]));
  });

  it('summarises with nearest-rank percentiles', () => {
    const durations = Array.from({ length: 200 }, (_, i) => 200 - i);
    const s = summarizePauses(durations);
    expect(s).toMatchObject({ count: 200, p50Ns: 100, p99Ns: 198, maxNs: 200, totalNs: 20100 });
    expect(s.durationsNs).toBe(durations);
    expect(summarizePauses([])).toMatchObject({ count: 0, p50Ns: 0, p99Ns: 0, maxNs: 0, totalNs: 0 });
  });
});

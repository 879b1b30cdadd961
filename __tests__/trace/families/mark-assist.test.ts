import { MarkAssistCollector } from '../../../src/trace/families/mark-assist.js';
import { Ev } from '../../../src/trace/wire.js';
import { end, event } from './synthetic.js';

describe('mark assist', () => {
  it('sums ranges per goroutine, from an Active event for one running at the start, and an open one to the end', () => {
    const c = new MarkAssistCollector();
    c.onEvent(event(Ev.GCMarkAssistActive, { time: 5, a0: 9 })); // g9 assisting when tracing began
    c.onEvent(event(Ev.GCMarkAssistBegin, { time: 10, g: 1 }));
    c.onEvent(event(Ev.GCMarkAssistBegin, { time: 12, g: 2 }));
    c.onEvent(event(Ev.GCMarkAssistEnd, { time: 15, g: 1 }));
    c.onEvent(event(Ev.GCMarkAssistEnd, { time: 20, g: 9 }));
    expect(c.totalNs).toBe(5 + 15);
    c.onEvent(event(Ev.GCMarkAssistEnd, { time: 21, g: 7 })); // never began: ignored
    expect(c.totalNs).toBe(20);
    c.finish(end(30));
    expect(c.totalNs).toBe(20 + (30 - 12));
  });
});

import { HeapCollector } from '../../../src/trace/families/heap.js';
import { Ev } from '../../../src/trace/wire.js';
import { event } from './synthetic.js';

describe('heap', () => {
  it('keeps the largest HeapAlloc and HeapGoal, not the last', () => {
    const c = new HeapCollector();
    // Both events carry the value in a0 as an unsigned integer.
    for (const [type, v] of [
      [Ev.HeapAlloc, 100],
      [Ev.HeapGoal, 400],
      [Ev.HeapAlloc, 300],
      [Ev.HeapAlloc, 50],
      [Ev.HeapGoal, 200],
    ] as const) {
      c.onEvent(event(type, { time: 1, a0: v }));
    }
    expect(c.peakBytes).toBe(300);
    expect(c.goalBytes).toBe(400);
  });
});

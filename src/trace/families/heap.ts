/**
 * Heap size: peakHeapBytes is the max HeapAlloc value, heapGoalBytes the max
 * HeapGoal value (the max, not the last, so a sample is not sensitive to where
 * the trace happened to stop). The metric `peak-heap` is per process.
 */
import type { TraceEvent } from '../events.js';
import { Ev } from '../wire.js';
import type { TraceCollector, TraceFamily } from './family.js';

export class HeapCollector implements TraceCollector {
  peakBytes = 0;
  goalBytes = 0;

  onEvent(ev: TraceEvent): void {
    if (ev.type === Ev.HeapAlloc) this.peakBytes = Math.max(this.peakBytes, ev.heapBytes() ?? 0);
    else this.goalBytes = Math.max(this.goalBytes, ev.heapBytes() ?? 0);
  }

  finish(): void {}
}

export const heap: TraceFamily<HeapCollector> = {
  name: 'heap',
  events: [Ev.HeapAlloc, Ev.HeapGoal],
  create: () => new HeapCollector(),
  values: (c) => ({ 'peak-heap': c.peakBytes }),
};

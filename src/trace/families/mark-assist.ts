/**
 * Mark assist: the time goroutines spent helping the GC mark because they
 * allocated during a cycle.
 *
 * markAssistNs sums the GC mark-assist ranges; a range already active at the
 * trace start counts from its GCMarkAssistActive event, one still open at the
 * end counts until the last event. The metric `mark-assist` is the last
 * benchmark round's share divided by its N (see gc-cycles.ts for rounds).
 */
import type { TraceEvent } from '../events.js';
import type { Id } from '../../encoding/varint.js';
import { Ev } from '../wire.js';
import type { TraceCollector, TraceEnd, TraceFamily } from './family.js';

export class MarkAssistCollector implements TraceCollector {
  /** Assist time of the ranges ended so far; after finish, with the open ones too. */
  totalNs = 0;
  private readonly open = new Map<Id, number>();

  onEvent(ev: TraceEvent): void {
    switch (ev.type) {
      case Ev.GCMarkAssistBegin:
        this.open.set(ev.g, ev.time);
        break;
      case Ev.GCMarkAssistActive:
        this.open.set(ev.a0, ev.time);
        break;
      case Ev.GCMarkAssistEnd: {
        const begin = this.open.get(ev.g);
        if (begin !== undefined) {
          this.totalNs += ev.time - begin;
          this.open.delete(ev.g);
        }
        break;
      }
    }
  }

  finish(end: TraceEnd): void {
    for (const begin of this.open.values()) this.totalNs += end.lastNs - begin;
  }
}

export const markAssist: TraceFamily<MarkAssistCollector> = {
  name: 'mark assist',
  events: [Ev.GCMarkAssistBegin, Ev.GCMarkAssistActive, Ev.GCMarkAssistEnd],
  create: () => new MarkAssistCollector(),
  values: (_c, { trace, ops }) => ({ 'mark-assist': (trace.lastRound ? trace.lastRound.markAssistNs : trace.markAssistNs) / ops }),
};

/**
 * GC pauses: the stop-the-world ranges of the collector.
 *
 * - gcPauses: stop-the-world ranges whose reason is "GC sweep termination" or
 *   "GC mark termination"; duration = end − begin on the ordered, strictly
 *   increasing timestamps Go's reader produces. Percentiles are nearest-rank
 *   (quantile.ts).
 * - unforcedGcPauses: the gcPauses of cycles not forced by runtime.GC(). A
 *   GC pause belongs to the cycle in progress when it began (both of a cycle's
 *   stops begin after its GCBegin and before its GCEnd; the runtime emits
 *   GCBegin before stopping the world for sweep termination). Pauses of a
 *   cycle that was already running when the trace started are kept.
 *
 * The metrics: `gc-pause-p99` and `gc-pause-max` over every unforced pause of
 * the process (more of them to rank than the last round has), and
 * `gc-pause-total`, the last round's unforced pauses summed, divided by its N.
 */
import type { TraceEvent } from '../events.js';
import type { Id } from '../../encoding/varint.js';
import { Ev } from '../wire.js';
import type { TraceCollector, TraceFamily } from './family.js';
import { gcCycles, type GcCycleCollector } from './gc-cycles.js';
import { quantile } from './quantile.js';

const GC_PAUSE_REASONS: ReadonlySet<string> = new Set(['GC sweep termination', 'GC mark termination']);

export interface GcPauses {
  count: number;
  p50Ns: number;
  p99Ns: number;
  maxNs: number;
  totalNs: number;
  durationsNs: number[];
}

export function summarizePauses(durations: number[]): GcPauses {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    count: durations.length,
    p50Ns: quantile(sorted, 0.5),
    p99Ns: quantile(sorted, 0.99),
    maxNs: sorted.length ? sorted[sorted.length - 1] : 0,
    totalNs: durations.reduce((s, d) => s + d, 0),
    durationsNs: durations,
  };
}

export class GcPauseCollector implements TraceCollector {
  /** Every GC pause, in the order they ended. */
  readonly durations: number[] = [];
  /** For each pause, the number (1-based) of the cycle it began in; 0 when none was seen beginning. */
  readonly cycles: number[] = [];
  /** Each goroutine's open STW ranges: begin time and the cycle in progress then. */
  private readonly open = new Map<Id, { time: number; cycle: number }[]>();

  constructor(private readonly gc: GcCycleCollector) {}

  onEvent(ev: TraceEvent): void {
    if (ev.type === Ev.STWBegin) {
      let open = this.open.get(ev.g);
      if (!open) this.open.set(ev.g, (open = []));
      open.push({ time: ev.time, cycle: this.gc.inCycle ? this.gc.cycles : 0 });
      return;
    }
    const begin = this.open.get(ev.g)?.pop();
    if (begin !== undefined && GC_PAUSE_REASONS.has(ev.stwReason() ?? '')) {
      this.durations.push(ev.time - begin.time);
      this.cycles.push(begin.cycle);
    }
  }

  finish(): void {}

  /** The pauses of the cycles `keep` accepts. */
  of(keep: (cycle: number) => boolean): GcPauses {
    return summarizePauses(this.durations.filter((_, i) => keep(this.cycles[i])));
  }
}

export const gcPauses: TraceFamily<GcPauseCollector> = {
  name: 'GC pauses',
  events: [Ev.STWBegin, Ev.STWEnd],
  create: ({ use }) => new GcPauseCollector(use(gcCycles)),
  values: (_c, { trace, ops }) => ({
    // The forced cycles' pauses are left out like their cycles.
    'gc-pause-p99': trace.unforcedGcPauses.p99Ns,
    'gc-pause-max': trace.unforcedGcPauses.maxNs,
    'gc-pause-total': (trace.lastRound ? trace.lastRound.gcPauses.totalNs : trace.unforcedGcPauses.totalNs) / ops,
  }),
};

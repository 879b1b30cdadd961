/**
 * Scheduling latency: how long goroutines waited runnable before they ran.
 *
 * A wait starts when a goroutine becomes Runnable from a known state other
 * than Runnable (created, unblocked, preempted, back from a blocking system
 * call) and ends at its next transition to Running. A wait still open when
 * the trace ends is not counted, nor one whose start the trace does not show
 * (a goroutine runnable when first mentioned); a generation boundary that
 * restates a runnable goroutine continues its wait. The x/exp/trace oracle
 * (scripts/trace-oracle, schedWaits) computes the same waits from Go's reader.
 *
 * The metric `sched-latency-p99` is the nearest-rank 99th percentile of every
 * wait of the process, like the GC pause percentiles: goroutines queued
 * behind busy ones on a saturated GOMAXPROCS raise it.
 *
 * Exact, in little memory: a busy trace has millions of waits, most of a few
 * hundred nanoseconds, which StreamQuantile counts per value instead of
 * keeping each (it kept 7.3 million in 64 MB, plus the 32 MB array it grew from).
 */
import { type GoStateChange, GoState, type TraceEvent } from '../events.js';
import type { Id } from '../../encoding/varint.js';
import { Ev } from '../wire.js';
import type { TraceCollector, TraceFamily } from './family.js';
import { StreamQuantile } from './quantile.js';

export interface SchedWaits {
  count: number;
  p99Ns: number;
  maxNs: number;
  totalNs: number;
}

/** `since` of a goroutine that is not waiting (cheaper than deleting it at every start). */
const NOT_WAITING = -1;

export class SchedLatencyCollector implements TraceCollector {
  waits: SchedWaits = { count: 0, p99Ns: 0, maxNs: 0, totalNs: 0 };
  /** For each goroutine alive, when it became runnable if it is waiting now, else NOT_WAITING. */
  private readonly since = new Map<Id, number>();
  private readonly durations = new StreamQuantile();

  /** Reused for every event: no allocation per transition. */
  private readonly tr: GoStateChange = { goroutine: 0, from: GoState.Undetermined, to: GoState.Undetermined };

  onEvent(ev: TraceEvent): void {
    const tr = this.tr;
    if (!ev.goTransitionInto(tr)) return;
    if (tr.to === GoState.Runnable) {
      if (tr.from !== GoState.Runnable && tr.from !== GoState.Undetermined) this.since.set(tr.goroutine, ev.time);
    } else if (tr.to === GoState.NotExist) {
      this.since.delete(tr.goroutine);
    } else if (tr.from === GoState.Runnable) {
      const since = this.since.get(tr.goroutine);
      if (since === undefined || since === NOT_WAITING) return;
      if (tr.to === GoState.Running) this.durations.add(ev.time - since);
      this.since.set(tr.goroutine, NOT_WAITING);
    }
  }

  finish(): void {
    const d = this.durations;
    this.waits = { count: d.count, p99Ns: d.quantile(0.99), maxNs: d.max, totalNs: d.total };
  }
}

export const schedLatency: TraceFamily<SchedLatencyCollector> = {
  name: 'scheduling latency',
  // Every event that can move a goroutine into or out of Runnable, and its end.
  events: [
    Ev.GoCreate,
    Ev.GoStart,
    Ev.GoStop,
    Ev.GoUnblock,
    Ev.GoSwitch,
    Ev.GoSwitchDestroy,
    Ev.GoSyscallEndBlocked,
    Ev.GoStatus,
    Ev.GoStatusStack,
    Ev.GoDestroy,
    Ev.GoDestroySyscall,
  ],
  create: () => new SchedLatencyCollector(),
  values: (c) => ({ 'sched-latency-p99': c.waits.p99Ns }),
};

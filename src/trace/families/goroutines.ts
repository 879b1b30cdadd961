/**
 * Goroutines alive, and the ones leaked.
 *
 * - goroutines: a goroutine is alive from its first appearance (GoStatus for
 *   goroutines that existed before tracing — counted in atStart — or a create
 *   event) until a destroy event. peakAlive is the most alive at once in the
 *   event order; aliveAtEnd is the count after the last event.
 * - leaks: goroutines created during the trace, still alive at its end and
 *   blocked there (waiting, or in a system call), grouped by creation site =
 *   the innermost frame of the creator's stack (the `go` statement) for which
 *   `isModuleFrame` is true. Goroutines whose
 *   creation stack has no module frame (runtime, testing harness) are not
 *   leaks, and neither are goroutines the runtime or the tracer starts on
 *   its own (a frame between the creation point and the module frame is in
 *   package runtime or runtime/trace: user code creates a goroutine only by
 *   a `go` statement, whose frame is the innermost one). Else a program
 *   that calls trace.Start itself would "leak" the trace reader and advancer
 *   at that call, and the allocation that starts a process's first GC cycle
 *   the GC mark workers (runtime.gcBgMarkStartWorkers under mallocgc).
 *   These goroutines still count in the goroutine totals and peakAlive,
 *   like the runtime's goroutines that existed before tracing.
 *   A goroutine that was runnable or running when the trace stopped is not a
 *   leak: it could still make progress, and on a loaded machine the workers a
 *   benchmark has just released (made runnable, then queued behind newer ones)
 *   are often still queued at the end — up to 300 of 301 in one trace. Those
 *   are counted in unblockedAtEnd. (A leaked goroutine that had not yet
 *   reached the point where it blocks forever is missed the same way; the
 *   others of its site are still counted. A goroutine spinning forever is not
 *   reported.) lastRoundCount counts those created in the benchmark's last
 *   round (gc-cycles.ts).
 *
 * The metrics: `goroutines-leaked` (per process, all sites) and `goroutines-peak`.
 */
import { type GoStateChange, GoState, type TraceEvent } from '../events.js';
import type { StackFrame } from '../generation.js';
import type { Id } from '../../encoding/varint.js';
import { Ev, GoStatus } from '../wire.js';
import type { TraceCollector, TraceEnd, TraceFamily } from './family.js';
import { gcCycles, type GcCycleCollector } from './gc-cycles.js';

export interface GoroutineCounts {
  atStart: number;
  created: number;
  ended: number;
  aliveAtEnd: number;
  peakAlive: number;
}

export interface LeakSite {
  function: string;
  file: string;
  line: number;
  count: number;
  /** Of count, those created in the benchmark's last round (see lastRound); count when the trace has no round. */
  lastRoundCount: number;
  /** The full creation stack of one of the leaked goroutines, innermost first (absolute paths). */
  stack: StackFrame[];
}

/** The creation site of a goroutine created with `stack`, or undefined if it is not attributable to the module. */
export function leakSiteOf(stack: StackFrame[], isModuleFrame: (f: StackFrame) => boolean): StackFrame | undefined {
  const i = stack.findIndex(isModuleFrame);
  if (i < 0) return undefined;
  for (let j = 0; j < i; j++) {
    const fn = stack[j].function;
    if (fn.startsWith('runtime.') || fn.startsWith('runtime/trace.')) return undefined;
  }
  return stack[i];
}

/** Whether a goroutine with this status at the end of the trace can make no progress by itself. */
function blocked(status: GoStatus | undefined): boolean {
  // undefined cannot happen for a goroutine the ordering saw created and not destroyed; if it
  // did, counting it errs on the side of reporting.
  return status !== GoStatus.Runnable && status !== GoStatus.Running;
}

export class GoroutineCollector implements TraceCollector {
  readonly counts: GoroutineCounts = { atStart: 0, created: 0, ended: 0, aliveAtEnd: 0, peakAlive: 0 };
  leaks: LeakSite[] = [];
  unblockedAtEnd = 0;
  private readonly alive = new Set<Id>();
  /** Creation stacks of goroutines created during the trace and not yet ended. */
  private readonly createdBy = new Map<Id, StackFrame[]>();
  /** The round (GcCycleCollector.epoch) each of them was created in. */
  private readonly createdIn = new Map<Id, number>();
  /** Reused for every event: no allocation per transition. */
  private readonly tr: GoStateChange = { goroutine: 0, from: GoState.Undetermined, to: GoState.Undetermined };

  constructor(
    private readonly gc: GcCycleCollector,
    private readonly isModuleFrame: (f: StackFrame) => boolean,
  ) {}

  // Only creations, destructions and status events can add or remove a goroutine: the ordering
  // rejects any other transition of a goroutine it has not seen created or reported by GoStatus.
  // Reading no others avoids building a transition object for most events of the trace.
  onEvent(ev: TraceEvent): void {
    const tr = this.tr;
    if (!ev.goTransitionInto(tr)) return;
    const c = this.counts;
    if (tr.from === GoState.NotExist) {
      c.created++;
      this.createdBy.set(tr.goroutine, ev.transitionStack());
      this.createdIn.set(tr.goroutine, this.gc.epoch);
    } else if (tr.from === GoState.Undetermined && !this.alive.has(tr.goroutine)) {
      c.atStart++;
    }
    if (tr.to === GoState.NotExist) {
      c.ended++;
      this.alive.delete(tr.goroutine);
      this.createdBy.delete(tr.goroutine);
      this.createdIn.delete(tr.goroutine);
    } else if (!this.alive.has(tr.goroutine)) {
      this.alive.add(tr.goroutine);
      if (this.alive.size > c.peakAlive) c.peakAlive = this.alive.size;
    }
  }

  finish(end: TraceEnd): void {
    this.counts.aliveAtEnd = this.alive.size;
    const lastRound = this.gc.lastRoundEpoch;
    const sites = new Map<string, LeakSite>();
    for (const [g, stack] of this.createdBy) {
      const site = leakSiteOf(stack, this.isModuleFrame);
      if (!site) continue;
      if (!blocked(end.statusAtEnd(g))) {
        this.unblockedAtEnd++;
        continue;
      }
      const key = `${site.file}\0${site.line}\0${site.function}`;
      let leak = sites.get(key);
      if (!leak) sites.set(key, (leak = { function: site.function, file: site.file, line: site.line, count: 0, lastRoundCount: 0, stack }));
      leak.count++;
      if (this.createdIn.get(g) === lastRound) leak.lastRoundCount++;
    }
    // Most leaked first; then by position so output is deterministic.
    this.leaks = [...sites.values()].sort(
      (a, b) => b.count - a.count || a.file.localeCompare(b.file) || a.line - b.line || a.function.localeCompare(b.function),
    );
  }
}

export const goroutines: TraceFamily<GoroutineCollector> = {
  name: 'goroutines',
  events: [Ev.GoCreate, Ev.GoCreateBlocked, Ev.GoCreateSyscall, Ev.GoDestroy, Ev.GoDestroySyscall, Ev.GoStatus, Ev.GoStatusStack],
  create: ({ use, options }) => new GoroutineCollector(use(gcCycles), options.isModuleFrame),
  values: (c) => ({
    'goroutines-leaked': c.leaks.reduce((s, l) => s + l.count, 0),
    'goroutines-peak': c.counts.peakAlive,
  }),
};

/**
 * GC cycles, the cycles forced by runtime.GC(), and the benchmark's rounds.
 *
 * - gcCycles: GCBegin events, i.e. cycles that started while tracing. A cycle
 *   already running when the trace started (GCActive) is not counted.
 * - forcedGcCycles: those of them started by runtime.GC(), told by the
 *   GCBegin's stack: runtime.GC's own gcStart has runtime.GC as its innermost
 *   frame (gcStart itself is skipped, or first), while a cycle triggered by
 *   allocation begins in mallocgc. Who waits for a cycle says nothing: a
 *   goroutine whose allocation started a cycle and which then calls
 *   runtime.GC() waits in it ("wait until GC ends") for that cycle before it
 *   forces its own, and the first is not forced. testing forces one cycle
 *   before every round of a benchmark (and a duration benchtime runs several
 *   rounds), so per-op GC work counts gcCycles − forcedGcCycles.
 * - benchmarkRounds / lastRound: testing runs a benchmark function in rounds
 *   (testing.(*B).runN: b.N = 1, then, with a duration benchtime, growing
 *   sizing rounds, then the final N whose figures it prints), and every round
 *   begins with runtime.GC() called from runN. A GCBegin or a "wait until GC
 *   ends" block whose stack has testing.(*B).runN as runtime.GC's caller marks
 *   the start of a round (the block is needed when another goroutine's
 *   allocation started the cycle runtime.GC was about to start); lastRound
 *   holds the unforced GC cycles, their pauses and the mark-assist time from
 *   the last such start until the goroutine running that round ends (or the
 *   trace does): the round whose N the benchmark line prints, so per-op
 *   figures can divide by exactly that N. It includes b.Cleanup functions
 *   (run by runN) and setup before b.ResetTimer; it excludes a parent
 *   benchmark's code after its b.Run. (testing's own bookkeeping round, the
 *   "main" benchmark's runN(1), is one of the rounds counted.) Undefined when
 *   the trace has no round start (not a benchmark, or a testing package that
 *   calls runtime.GC from elsewhere).
 *
 * The metric `gc-cycles` is the last round's unforced cycles divided by its N.
 */
import type { TraceEvent } from '../events.js';
import type { StackFrame } from '../generation.js';
import type { Id } from '../../encoding/varint.js';
import { Ev } from '../wire.js';
import type { TraceCollector, TraceFamily } from './family.js';
import { markAssist, type MarkAssistCollector } from './mark-assist.js';

/** The testing function that calls runtime.GC() before each round of a benchmark. */
const ROUND_FRAME = 'testing.(*B).runN';

/** Whether a GCBegin's stack (innermost first) is runtime.GC's own gcStart. */
function forcedBegin(stack: StackFrame[]): boolean {
  const i = stack[0]?.function === 'runtime.gcStart' ? 1 : 0;
  return stack[i]?.function === 'runtime.GC';
}

/**
 * The line of runtime.GC's frame when the stack (innermost first) is testing's
 * runtime.GC() before a round, else -1: runN must be runtime.GC's caller, not
 * merely on the stack (every cycle the benchmark body triggers has runN further
 * out, and so does a runtime.GC() the benchmark calls itself).
 */
function roundCallLine(stack: StackFrame[]): number {
  const i = stack.findIndex((f) => f.function === 'runtime.GC');
  return i >= 0 && stack[i + 1]?.function === ROUND_FRAME ? stack[i].line : -1;
}

/** The last round seen (see the definitions above). */
export interface LastRoundMarks {
  /** The goroutine running it (runN's). */
  g: Id;
  /** The line in runtime.GC of its last round marker. */
  line: number;
  startNs: number;
  /** Number (1-based) of its forced cycle. */
  cycle: number;
  /** The mark-assist total when it started. */
  assistBefore: number;
  /** Once its goroutine has ended: the cycle count and mark-assist total then. */
  end?: { cycle: number; assist: number };
}

export class GcCycleCollector implements TraceCollector {
  /** Cycles begun so far; the number of the cycle in progress while `inCycle`. */
  cycles = 0;
  /** Numbers (1-based, as `cycles` counts them) of the forced cycles. */
  readonly forced = new Set<number>();
  rounds = 0;
  round: LastRoundMarks = { g: -1, line: -1, startNs: 0, cycle: 0, assistBefore: 0 };
  /** The goroutine that began the cycle in progress (undefined between cycles). */
  private starter: Id | undefined;

  constructor(private readonly assist: MarkAssistCollector) {}

  /** Whether a GC cycle is in progress. */
  get inCycle(): boolean {
    return this.starter !== undefined;
  }

  /**
   * Which round a goroutine created now belongs to: equal to `lastRoundEpoch`
   * at the end exactly for those created after the last round started and
   * before it ended (all of them when the trace has no round).
   */
  get epoch(): number {
    return this.rounds * 2 + (this.round.end ? 1 : 0);
  }

  get lastRoundEpoch(): number {
    return this.rounds * 2;
  }

  onEvent(ev: TraceEvent): void {
    let stack: StackFrame[];
    switch (ev.type) {
      case Ev.GCBegin:
        this.cycles++;
        this.starter = ev.g;
        stack = ev.stack();
        if (forcedBegin(stack)) this.forced.add(this.cycles);
        this.roundMarker(ev.g, stack, ev.time);
        break;
      case Ev.GCEnd:
        this.starter = undefined;
        break;
      case Ev.GoBlock:
        if (this.starter !== undefined && ev.blockReason() === 'wait until GC ends') {
          // runN's runtime.GC waiting for a cycle: when a goroutine's allocation started the
          // cycle runtime.GC was about to start, this wait is the only sign of the round.
          this.roundMarker(ev.g, ev.stack(), ev.time);
        }
        break;
      case Ev.GoDestroy:
      case Ev.GoDestroySyscall:
        // The goroutine that ran the last round (the ending goroutine is the event's own) has
        // returned from runN: what follows (a parent benchmark's code after b.Run, testing's
        // bookkeeping) is not the round's.
        if (ev.g === this.round.g && !this.round.end) this.round.end = { cycle: this.cycles, assist: this.assist.totalNs };
        break;
    }
  }

  finish(): void {}

  /** Whether cycle number `c` began while tracing and was not forced. */
  unforced(c: number): boolean {
    return c > 0 && !this.forced.has(c);
  }

  /** Whether cycle number `c` is one of the last round's unforced cycles (none without rounds). */
  inLastRound(c: number): boolean {
    if (this.rounds === 0) return false;
    const last = this.round.end?.cycle ?? this.cycles;
    return c > this.round.cycle && c <= last && this.unforced(c);
  }

  /**
   * A possible round marker (a GCBegin or a "wait until GC ends" block of goroutine g):
   * one when `stack` is runN's goroutine in runtime.GC, at line `line` of runtime.GC's
   * frame, with cycle `cycles` being the one it started or waits for. runtime.GC waits for a
   * cycle in progress (first gcWaitOnMark), starts the next one (gcStart: GCBegin, unless
   * a goroutine's allocation started it first) and waits for that (second gcWaitOnMark), in
   * that order in its source: markers of one call have increasing lines, so a marker at a
   * line not after the previous one's, or from another goroutine, is the next call. The
   * round's forced cycle is the one of the call's last marker.
   */
  private roundMarker(g: Id, stack: StackFrame[], time: number): void {
    const line = roundCallLine(stack);
    if (line < 0) return;
    if (g === this.round.g && line > this.round.line && !this.round.end) {
      this.round.line = line;
      this.round.cycle = this.cycles;
      return;
    }
    this.rounds++;
    this.round = { g, line, startNs: time, cycle: this.cycles, assistBefore: this.assist.totalNs };
  }
}

export const gcCycles: TraceFamily<GcCycleCollector> = {
  name: 'GC cycles',
  events: [Ev.GCBegin, Ev.GCEnd, Ev.GoBlock, Ev.GoDestroy, Ev.GoDestroySyscall],
  create: ({ use }) => new GcCycleCollector(use(markAssist)),
  values: (_c, { trace, ops }) => ({
    // Cycles testing forces before every round (runtime.GC) are not the benchmark's GC work.
    'gc-cycles': (trace.lastRound ? trace.lastRound.gcCycles : trace.gcCycles - trace.forcedGcCycles) / ops,
  }),
};

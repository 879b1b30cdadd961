/**
 * Runtime-health metrics of one execution trace (one benchmark sample).
 *
 * Definitions (the x/exp/trace oracle in scripts/trace-oracle computes the
 * same ones from Go's reader, and tests hold the two equal):
 *
 * - gcCycles: GCBegin events, i.e. cycles that started while tracing. A cycle
 *   already running when the trace started (GCActive) is not counted.
 * - forcedGcCycles: those of them started by runtime.GC(). The goroutine that
 *   calls runtime.GC() starts the cycle itself (its GCBegin carries that
 *   goroutine) and then blocks with reason "wait until GC ends" until the
 *   cycle finishes; a cycle triggered by allocation is started by the
 *   allocating goroutine, which goes on running. testing forces one cycle
 *   before every round of a benchmark (and a duration benchtime runs several
 *   rounds), so per-op GC work counts gcCycles − forcedGcCycles. (A goroutine
 *   that calls runtime.GC() during a cycle its own allocation just started is
 *   counted as forcing that cycle: rare, and the cycle it then forces is
 *   counted as well.)
 * - gcPauses: stop-the-world ranges whose reason is "GC sweep termination" or
 *   "GC mark termination"; duration = end − begin on the ordered, strictly
 *   increasing timestamps Go's reader produces. Percentiles are nearest-rank:
 *   p = sorted[ceil(q·n) − 1].
 * - unforcedGcPauses: the gcPauses of cycles not forced by runtime.GC(). A
 *   GC pause belongs to the cycle in progress when it began (both of a cycle's
 *   stops begin after its GCBegin and before its GCEnd; the runtime emits
 *   GCBegin before stopping the world for sweep termination). Pauses of a
 *   cycle that was already running when the trace started are kept.
 * - markAssistNs: summed GC mark-assist ranges; a range already active at the
 *   trace start counts from its GCMarkAssistActive event, one still open at the
 *   end counts until the last event.
 * - peakHeapBytes: max HeapAlloc value. heapGoalBytes: max HeapGoal value
 *   (the max, not the last, so a sample is not sensitive to where the trace
 *   happened to stop).
 * - goroutines: a goroutine is alive from its first appearance (GoStatus for
 *   goroutines that existed before tracing — counted in atStart — or a create
 *   event) until a destroy event. peakAlive is the most alive at once in the
 *   event order; aliveAtEnd is the count after the last event.
 * - leaks: goroutines created during the trace, still alive at its end and
 *   blocked there (waiting, or in a system call), grouped by creation site =
 *   the innermost frame of the creator's stack (the `go` statement) for which
 *   `isModuleFrame` is true. Goroutines whose
 *   creation stack has no module frame (runtime, testing harness) are not
 *   leaks, and neither are the tracer's own goroutines (frames between the
 *   creation point and the module frame are in runtime/trace or
 *   runtime.StartTrace: a program that calls trace.Start itself would
 *   otherwise "leak" the trace reader and advancer at that call).
 *   A goroutine that was runnable or running when the trace stopped is not a
 *   leak: it could still make progress, and on a loaded machine the workers a
 *   benchmark has just released (made runnable, then queued behind newer ones)
 *   are often still queued at the end — up to 300 of 301 in one trace. Those
 *   are counted in unblockedAtEnd. (A leaked goroutine that had not yet
 *   reached the point where it blocks forever is missed the same way; the
 *   others of its site are still counted. A goroutine spinning forever is not
 *   reported.)
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
 * Per-op normalisation (done by the caller, src/analyze/trace.ts): the last
 * round's figures divided by the N the benchmark line prints; for a trace
 * without round starts, the whole trace divided by N + 1 (testing runs the
 * function with b.N = 1 first). Leak counts stay per process. GC pauses, peak
 * heap and peak goroutines are not per-op quantities.
 */
import type { StackFrame } from './generation.js';
import { GoState } from './events.js';
import { TraceReader, type TraceInput } from './reader.js';
import type { Id } from '../encoding/varint.js';
import { Ev, GoStatus } from './wire.js';

export type { StackFrame } from './generation.js';

export interface GcPauses {
  count: number;
  p50Ns: number;
  p99Ns: number;
  maxNs: number;
  totalNs: number;
  durationsNs: number[];
}

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

export interface TraceMetrics {
  /** Wire version (22, 23, 25, 26); Go 1.24 writes 23. */
  goVersion: number;
  durationNs: number;
  generations: number;
  gcCycles: number;
  /** Cycles among gcCycles started by runtime.GC() (see the definitions above). */
  forcedGcCycles: number;
  gcPauses: GcPauses;
  /** gcPauses without those of forced cycles: what the per-benchmark pause metrics use. */
  unforcedGcPauses: GcPauses;
  markAssistNs: number;
  peakHeapBytes: number;
  /** Max HeapGoal seen. */
  heapGoalBytes: number;
  goroutines: GoroutineCounts;
  leaks: LeakSite[];
  /** Goroutines created at a module frame, alive at the end but runnable or running there: not leaks. */
  unblockedAtEnd: number;
  /** Round starts seen (cycles forced from testing.(*B).runN); 0 for a trace that is not a benchmark's. */
  benchmarkRounds: number;
  /** From the last round start to the end of the trace; undefined when benchmarkRounds is 0. */
  lastRound?: RoundMetrics;
}

/** GC work of one benchmark round (see the definitions above). */
export interface RoundMetrics {
  /** Time of the round's forced GCBegin. */
  startNs: number;
  /** Cycles that began in the round and were not forced. */
  gcCycles: number;
  /** Pauses of those cycles. */
  gcPauses: GcPauses;
  /** Mark-assist time of the ranges that ended in the round (or were still open at the end). */
  markAssistNs: number;
}

/** The testing function that calls runtime.GC() before each round of a benchmark. */
const ROUND_FRAME = 'testing.(*B).runN';

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

export interface TraceMetricsOptions {
  /** Used in error messages only. */
  fileName: string;
  /** Whether a frame belongs to the module under test (decides leak creation sites). */
  isModuleFrame: (f: StackFrame) => boolean;
}

export const GC_PAUSE_REASONS: ReadonlySet<string> = new Set(['GC sweep termination', 'GC mark termination']);

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
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

/** Reads a whole trace and computes its metrics. Throws InputError subclasses on bad input. */
export async function traceMetrics(input: TraceInput, options: TraceMetricsOptions): Promise<TraceMetrics> {
  const reader = new TraceReader(input, options.fileName);
  let generations = 0;
  let firstTs = -1;
  let lastTs = 0;
  let gcCycles = 0;
  /** The goroutine that began the cycle in progress (undefined between cycles). */
  let cycleStarter: Id | undefined;
  const pauses: number[] = [];
  /** For each pause, the number (1-based) of the cycle it began in; 0 when none was seen beginning. */
  const pauseCycle: number[] = [];
  /** Numbers (1-based, as gcCycles counts them) of the forced cycles. */
  const forcedCycles = new Set<number>();
  /** Each goroutine's open STW ranges: begin time and the cycle in progress then. */
  const stwOpen = new Map<Id, { time: number; cycle: number }[]>();
  const assistOpen = new Map<Id, number>();
  let markAssistNs = 0;
  let peakHeap = 0;
  let heapGoal = 0;
  const alive = new Set<Id>();
  let atStart = 0;
  let created = 0;
  let ended = 0;
  let peakAlive = 0;
  /** Creation stacks of goroutines created during the trace and not yet ended. */
  const createdBy = new Map<Id, StackFrame[]>();
  let rounds = 0;
  /**
   * The last round: the goroutine running it (runN's), the line in runtime.GC of its last
   * round marker, its start time, the number of its forced cycle, markAssistNs at its start,
   * and, once that goroutine has ended, the cycle count and markAssistNs then.
   */
  let round: { g: Id; line: number; startNs: number; cycle: number; assistBefore: number; end?: { cycle: number; assist: number } } = {
    g: -1,
    line: -1,
    startNs: 0,
    cycle: 0,
    assistBefore: 0,
  };
  /** Goroutines created in the last round and not yet ended (all of them before any round start). */
  let roundCreated = new Set<Id>();
  /**
   * A possible round marker (a GCBegin or a "wait until GC ends" block of goroutine g):
   * one when `stack` is runN's goroutine in runtime.GC, at line `line` of runtime.GC's
   * frame, with cycle gcCycles being the one it started or waits for. runtime.GC waits for a
   * cycle in progress (first gcWaitOnMark), starts the next one (gcStart: GCBegin, unless
   * a goroutine's allocation started it first) and waits for that (second gcWaitOnMark), in
   * that order in its source: markers of one call have increasing lines, so a marker at a
   * line not after the previous one's, or from another goroutine, is the next call. The
   * round's forced cycle is the one of the call's last marker.
   */
  const roundMarker = (g: Id, stack: StackFrame[], time: number) => {
    const line = roundCallLine(stack);
    if (line < 0) return;
    if (g === round.g && line > round.line && !round.end) {
      round.line = line;
      round.cycle = gcCycles;
      return;
    }
    rounds++;
    round = { g, line, startNs: time, cycle: gcCycles, assistBefore: markAssistNs };
    roundCreated = new Set();
  };

  let last: { goroutineStatus(id: Id): GoStatus | undefined } | undefined;
  for await (const gen of reader.generations()) {
    last = gen;
    generations++;
    for (let ev = gen.next(); ev; ev = gen.next()) {
      if (firstTs < 0) firstTs = ev.time;
      lastTs = ev.time;
      switch (ev.type) {
        case Ev.GCBegin:
          gcCycles++;
          cycleStarter = ev.g;
          roundMarker(ev.g, ev.stack(), ev.time);
          break;
        case Ev.GCEnd:
          cycleStarter = undefined;
          break;
        case Ev.GoBlock:
          if (cycleStarter !== undefined && ev.blockReason() === 'wait until GC ends') {
            if (ev.g === cycleStarter) forcedCycles.add(gcCycles);
            // runN's runtime.GC waiting for a cycle: when a goroutine's allocation started the
            // cycle runtime.GC was about to start, this wait is the only sign of the round.
            roundMarker(ev.g, ev.stack(), ev.time);
          }
          break;
        case Ev.STWBegin: {
          let open = stwOpen.get(ev.g);
          if (!open) stwOpen.set(ev.g, (open = []));
          open.push({ time: ev.time, cycle: cycleStarter !== undefined ? gcCycles : 0 });
          break;
        }
        case Ev.STWEnd: {
          const begin = stwOpen.get(ev.g)?.pop();
          if (begin !== undefined && GC_PAUSE_REASONS.has(ev.stwReason() ?? '')) {
            pauses.push(ev.time - begin.time);
            pauseCycle.push(begin.cycle);
          }
          break;
        }
        case Ev.GCMarkAssistBegin:
          assistOpen.set(ev.g, ev.time);
          break;
        case Ev.GCMarkAssistActive:
          assistOpen.set(ev.a0, ev.time);
          break;
        case Ev.GCMarkAssistEnd: {
          const begin = assistOpen.get(ev.g);
          if (begin !== undefined) {
            markAssistNs += ev.time - begin;
            assistOpen.delete(ev.g);
          }
          break;
        }
        case Ev.HeapAlloc:
          peakHeap = Math.max(peakHeap, ev.heapBytes() ?? 0);
          break;
        case Ev.HeapGoal:
          heapGoal = Math.max(heapGoal, ev.heapBytes() ?? 0);
          break;
        // Only these events can add or remove a goroutine: the ordering rejects any other
        // transition of a goroutine it has not seen created or reported by GoStatus. Skipping
        // the rest avoids building a transition object for most events of the trace.
        case Ev.GoCreate:
        case Ev.GoCreateBlocked:
        case Ev.GoCreateSyscall:
        case Ev.GoDestroy:
        case Ev.GoDestroySyscall:
        case Ev.GoStatus:
        case Ev.GoStatusStack: {
          const tr = ev.goTransition();
          if (!tr) break;
          if (tr.from === GoState.NotExist) {
            created++;
            createdBy.set(tr.goroutine, tr.stack);
            if (!round.end) roundCreated.add(tr.goroutine);
          } else if (tr.from === GoState.Undetermined && !alive.has(tr.goroutine)) {
            atStart++;
          }
          if (tr.to === GoState.NotExist) {
            ended++;
            alive.delete(tr.goroutine);
            createdBy.delete(tr.goroutine);
            roundCreated.delete(tr.goroutine);
            // The goroutine that ran the last round has returned from runN: what follows (a
            // parent benchmark's code after b.Run, testing's bookkeeping) is not the round's.
            if (tr.goroutine === round.g && !round.end) round.end = { cycle: gcCycles, assist: markAssistNs };
          } else if (!alive.has(tr.goroutine)) {
            alive.add(tr.goroutine);
            if (alive.size > peakAlive) peakAlive = alive.size;
          }
        }
      }
    }
  }
  for (const begin of assistOpen.values()) markAssistNs += lastTs - begin;

  const unforced = (cycle: number) => cycle > 0 && !forcedCycles.has(cycle);
  let lastRound: RoundMetrics | undefined;
  if (rounds > 0) {
    const last = round.end?.cycle ?? gcCycles;
    const inRound = (c: number) => c > round.cycle && c <= last && unforced(c);
    let cycles = 0;
    for (let c = round.cycle + 1; c <= last; c++) if (unforced(c)) cycles++;
    lastRound = {
      startNs: round.startNs,
      gcCycles: cycles,
      gcPauses: summarizePauses(pauses.filter((_, i) => inRound(pauseCycle[i]!))),
      markAssistNs: (round.end?.assist ?? markAssistNs) - round.assistBefore,
    };
  }

  return {
    goVersion: reader.version ?? 0,
    durationNs: firstTs < 0 ? 0 : lastTs - firstTs,
    generations,
    gcCycles,
    forcedGcCycles: forcedCycles.size,
    gcPauses: summarizePauses(pauses),
    unforcedGcPauses: summarizePauses(pauses.filter((_, i) => !forcedCycles.has(pauseCycle[i]!))),
    markAssistNs,
    peakHeapBytes: peakHeap,
    heapGoalBytes: heapGoal,
    goroutines: { atStart, created, ended, aliveAtEnd: alive.size, peakAlive },
    ...leaksAtEnd(createdBy, roundCreated, (g) => last?.goroutineStatus(g), options.isModuleFrame),
    benchmarkRounds: rounds,
    ...(lastRound ? { lastRound } : {}),
  };
}

/** The creation site of a goroutine created with `stack`, or undefined if it is not attributable to the module. */
export function leakSiteOf(stack: StackFrame[], isModuleFrame: (f: StackFrame) => boolean): StackFrame | undefined {
  const i = stack.findIndex(isModuleFrame);
  if (i < 0) return undefined;
  for (let j = 0; j < i; j++) {
    const fn = stack[j].function;
    if (fn === 'runtime.StartTrace' || fn.startsWith('runtime/trace.')) return undefined;
  }
  return stack[i];
}

/** Whether a goroutine with this status at the end of the trace can make no progress by itself. */
function blocked(status: GoStatus | undefined): boolean {
  // undefined cannot happen for a goroutine the ordering saw created and not destroyed; if it
  // did, counting it errs on the side of reporting.
  return status !== GoStatus.Runnable && status !== GoStatus.Running;
}

function leaksAtEnd(
  createdBy: Map<Id, StackFrame[]>,
  inLastRound: ReadonlySet<Id>,
  statusAtEnd: (g: Id) => GoStatus | undefined,
  isModuleFrame: (f: StackFrame) => boolean,
): { leaks: LeakSite[]; unblockedAtEnd: number } {
  const sites = new Map<string, LeakSite>();
  let unblockedAtEnd = 0;
  for (const [g, stack] of createdBy) {
    const site = leakSiteOf(stack, isModuleFrame);
    if (!site) continue;
    if (!blocked(statusAtEnd(g))) {
      unblockedAtEnd++;
      continue;
    }
    const key = `${site.file}\0${site.line}\0${site.function}`;
    let leak = sites.get(key);
    if (!leak) sites.set(key, (leak = { function: site.function, file: site.file, line: site.line, count: 0, lastRoundCount: 0, stack }));
    leak.count++;
    if (inLastRound.has(g)) leak.lastRoundCount++;
  }
  // Most leaked first; then by position so output is deterministic.
  const leaks = [...sites.values()].sort(
    (a, b) => b.count - a.count || a.file.localeCompare(b.file) || a.line - b.line || a.function.localeCompare(b.function),
  );
  return { leaks, unblockedAtEnd };
}

/**
 * Runtime-health metrics of one execution trace (one benchmark sample): one
 * loop over the trace's events feeds each metric family's collector the events
 * it reads, then the core families' results are put together as TraceMetrics.
 *
 * The definitions live with their families in ./families (the x/exp/trace
 * oracle in scripts/trace-oracle computes the same ones from Go's reader, and
 * tests hold the two equal):
 *
 * - gc-cycles.ts: gcCycles, forcedGcCycles, benchmarkRounds and lastRound;
 * - gc-pauses.ts: gcPauses, unforcedGcPauses;
 * - mark-assist.ts: markAssistNs;
 * - heap.ts: peakHeapBytes, heapGoalBytes;
 * - goroutines.ts: goroutines, leaks, unblockedAtEnd.
 *
 * Every family a registry row names (src/metrics/registry.ts) is run too, so
 * a new trace metric needs no change here: its family computes it and its
 * `values` report it (collectTrace).
 *
 * Per-op normalisation (the families' `values`, with the divisor src/analyze/
 * trace.ts chooses): the last round's figures divided by the N the benchmark
 * line prints; for a trace without round starts, the whole trace divided by
 * N + 1 (testing runs the function with b.N = 1 first). Leak counts stay per
 * process. GC pauses, peak heap and peak goroutines are not per-op quantities.
 */
import { traceFamilyNames, type BuiltinMetricId } from '../metrics/registry.js';
import type { TraceEvent } from './events.js';
import type { FamilyContext, TraceCollector, TraceEnd, TraceFamily, TraceOptions } from './families/family.js';
import { gcCycles } from './families/gc-cycles.js';
import { gcPauses, type GcPauses } from './families/gc-pauses.js';
import { goroutines, type GoroutineCounts, type LeakSite } from './families/goroutines.js';
import { heap } from './families/heap.js';
import { markAssist } from './families/mark-assist.js';
import { schedLatency } from './families/sched-latency.js';
import { TraceReader, type TraceInput } from './reader.js';

export type { StackFrame } from './generation.js';
export { summarizePauses } from './families/gc-pauses.js';
export { leakSiteOf } from './families/goroutines.js';

export interface TraceMetrics {
  /** Wire version (22, 23, 25, 26); Go 1.24 writes 23. */
  goVersion: number;
  durationNs: number;
  generations: number;
  gcCycles: number;
  /** Cycles among gcCycles started by runtime.GC() (see families/gc-cycles.ts). */
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

/** GC work of one benchmark round (see families/gc-cycles.ts). */
interface RoundMetrics {
  /** Time of the round's forced GCBegin. */
  startNs: number;
  /** Cycles that began in the round and were not forced. */
  gcCycles: number;
  /** Pauses of those cycles. */
  gcPauses: GcPauses;
  /** Mark-assist time of the ranges that ended in the round (or were still open at the end). */
  markAssistNs: number;
}

export type TraceMetricsOptions = TraceOptions;

/** A read trace: its metrics, and each family's metric values for one sample. */
export interface CollectedTrace {
  metrics: TraceMetrics;
  /** The values of every metric the families fill (the registry's trace metrics); `ops` divides the per-op ones. */
  values(ops: number): Partial<Record<BuiltinMetricId, number>>;
}

/** The families TraceMetrics is made of. */
const CORE: readonly TraceFamily[] = [gcCycles, gcPauses, markAssist, heap, goroutines];

/** Every family, for the registry's rows to name. */
const FAMILIES: readonly TraceFamily[] = [...CORE, schedLatency];

/** The trace families the registry names, in row order (each once). */
export function traceFamilies(): TraceFamily[] {
  return traceFamilyNames().map((name) => {
    const f = FAMILIES.find((x) => x.name === name);
    if (!f) throw new Error(`the metrics registry names the trace family "${name}", which src/trace/metrics.ts does not list`);
    return f;
  });
}

/** Creates each family's collector once, dependencies first, and routes events by type. */
class FamilyRun {
  private readonly collectors = new Map<TraceFamily, TraceCollector>();
  /** In creation order (dependencies first): the order events and finish reach them. */
  private readonly order: TraceFamily[] = [];
  /** As given: the order of the values. */
  private readonly families: readonly TraceFamily[];
  /** Collectors by event type, in creation order; an empty list for types no family reads. */
  readonly byType: TraceCollector[][] = Array.from({ length: 256 }, () => []);

  constructor(families: readonly TraceFamily[], options: TraceOptions) {
    const creating = new Set<TraceFamily>();
    const ctx: FamilyContext = {
      options,
      use: <C extends TraceCollector>(family: TraceFamily<C>): C => {
        const existing = this.collectors.get(family);
        if (existing) return existing as C;
        if (creating.has(family)) throw new Error(`trace family "${family.name}" depends on itself`);
        creating.add(family);
        const c = family.create(ctx);
        this.collectors.set(family, c);
        this.order.push(family);
        for (const type of family.events) this.byType[type].push(c);
        return c;
      },
    };
    this.families = [...new Set(families)];
    for (const f of this.families) ctx.use(f);
  }

  get<C extends TraceCollector>(family: TraceFamily<C>): C {
    return this.collectors.get(family) as C;
  }

  finish(end: TraceEnd): void {
    for (const f of this.order) this.collectors.get(f)!.finish(end);
  }

  values(sample: { trace: TraceMetrics; ops: number }): Partial<Record<BuiltinMetricId, number>> {
    const out: Partial<Record<BuiltinMetricId, number>> = {};
    // Families created only as another's dependency report their metrics too, after the given ones.
    for (const f of new Set([...this.families, ...this.order])) Object.assign(out, f.values(this.collectors.get(f)!, sample));
    return out;
  }
}

/**
 * Reads a whole trace and runs the core families and `families` (by default
 * every family the registry names) over it. Throws InputError subclasses on
 * bad input.
 */
export async function collectTrace(
  input: TraceInput,
  options: TraceMetricsOptions,
  families: readonly TraceFamily[] = traceFamilies(),
): Promise<CollectedTrace> {
  const reader = new TraceReader(input, options.fileName);
  const run = new FamilyRun([...CORE, ...families], options);
  const byType = run.byType;
  let generations = 0;
  let firstTs = -1;
  let lastTs = 0;
  let last: { goroutineStatus: TraceEnd['statusAtEnd'] } | undefined;
  for await (const gen of reader.generations()) {
    last = gen;
    generations++;
    for (let ev: TraceEvent | undefined = gen.next(); ev; ev = gen.next()) {
      if (firstTs < 0) firstTs = ev.time;
      lastTs = ev.time;
      const cs = byType[ev.type];
      for (let i = 0; i < cs.length; i++) cs[i].onEvent(ev);
    }
  }
  run.finish({ lastNs: lastTs, statusAtEnd: (g) => last?.goroutineStatus(g) });

  const gc = run.get(gcCycles);
  const pauses = run.get(gcPauses);
  const assist = run.get(markAssist);
  const h = run.get(heap);
  const gs = run.get(goroutines);
  let lastRound: RoundMetrics | undefined;
  if (gc.rounds > 0) {
    lastRound = {
      startNs: gc.round.startNs,
      gcCycles: countCycles(gc.round.cycle + 1, gc.round.end?.cycle ?? gc.cycles, (c) => gc.inLastRound(c)),
      gcPauses: pauses.of((c) => gc.inLastRound(c)),
      markAssistNs: (gc.round.end?.assist ?? assist.totalNs) - gc.round.assistBefore,
    };
  }
  const metrics: TraceMetrics = {
    goVersion: reader.version ?? 0,
    durationNs: firstTs < 0 ? 0 : lastTs - firstTs,
    generations,
    gcCycles: gc.cycles,
    forcedGcCycles: gc.forced.size,
    gcPauses: pauses.of(() => true),
    unforcedGcPauses: pauses.of((c) => !gc.forced.has(c)),
    markAssistNs: assist.totalNs,
    peakHeapBytes: h.peakBytes,
    heapGoalBytes: h.goalBytes,
    goroutines: gs.counts,
    leaks: gs.leaks,
    unblockedAtEnd: gs.unblockedAtEnd,
    benchmarkRounds: gc.rounds,
    ...(lastRound ? { lastRound } : {}),
  };
  return { metrics, values: (ops) => run.values({ trace: metrics, ops }) };
}

function countCycles(from: number, to: number, keep: (c: number) => boolean): number {
  let n = 0;
  for (let c = from; c <= to; c++) if (keep(c)) n++;
  return n;
}

/** Reads a whole trace and computes its metrics. Throws InputError subclasses on bad input. */
export async function traceMetrics(input: TraceInput, options: TraceMetricsOptions): Promise<TraceMetrics> {
  return (await collectTrace(input, options)).metrics;
}

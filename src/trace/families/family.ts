/**
 * The contract between the trace driver (../metrics.ts) and a metric family:
 * a family owns a small stateful collector that is fed the events of the types
 * it names, in trace order, and finished once at the end; then it turns what
 * it collected into the metric values of one benchmark sample.
 *
 * A family plugs in at one place: the registry row of each metric it fills
 * names it (by `name`) as that metric's producer (src/metrics/registry.ts),
 * and the driver runs every family the registry names. A family that needs another family's
 * state while collecting (a GC pause belongs to the cycle in progress) asks
 * for that family's collector with `use`; the driver creates each collector
 * once, dependencies first, and feeds an event to collectors in creation order.
 */
import type { BuiltinMetricId } from '../../metrics/registry.js';
import type { TraceEvent } from '../events.js';
import type { StackFrame } from '../generation.js';
import type { Id } from '../../encoding/varint.js';
import type { Ev, GoStatus } from '../wire.js';

/** What the driver knows once the last event has been delivered. */
export interface TraceEnd {
  /** Time of the last event (0 for a trace without events). */
  lastNs: number;
  /** A goroutine's status after the last event (undefined for one the trace never mentioned). */
  statusAtEnd(g: Id): GoStatus | undefined;
}

export interface TraceCollector {
  /** Called for every event of the family's `events` types, in trace order. The event is reused after the call. */
  onEvent(ev: TraceEvent): void;
  /** Called once after the last event. */
  finish(end: TraceEnd): void;
}

export interface TraceOptions {
  /** Used in error messages only. */
  fileName: string;
  /** Whether a frame belongs to the module under test (decides leak creation sites). */
  isModuleFrame: (f: StackFrame) => boolean;
}

/** Creation context: the options of the read, and the collectors of other families. */
export interface FamilyContext {
  options: TraceOptions;
  use: <C extends TraceCollector>(family: TraceFamily<C>) => C;
}

/**
 * What the core families computed over the whole trace, as far as per-op
 * values need it (../metrics.ts's TraceMetrics has all of it; declared here
 * so that families do not depend on the driver that runs them).
 */
interface TraceSummary {
  gcCycles: number;
  forcedGcCycles: number;
  unforcedGcPauses: { p99Ns: number; maxNs: number; totalNs: number };
  markAssistNs: number;
  lastRound?: { gcCycles: number; gcPauses: { totalNs: number }; markAssistNs: number };
}

/** One benchmark sample's view of a finished trace, for per-op values. */
interface TraceSample {
  /** Everything the core families computed (see ../metrics.ts). */
  trace: TraceSummary;
  /**
   * What per-op values divide by: the printed N when the trace has a last
   * benchmark round (trace.lastRound), else every iteration known to have run
   * (see src/analyze/trace.ts).
   */
  ops: number;
}

export interface TraceFamily<C extends TraceCollector = TraceCollector> {
  /** How registry rows name it, and people read it: "GC pauses". */
  readonly name: string;
  /** Event types the collector reads; it is called for no others. */
  readonly events: readonly Ev[];
  create(ctx: FamilyContext): C;
  /**
   * The values of the metrics whose registry rows name this family, after
   * finish (tests hold the keys equal to those rows).
   */
  values(collector: C, sample: TraceSample): Partial<Record<BuiltinMetricId, number>>;
}

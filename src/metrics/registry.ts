/**
 * The one table of metrics. A row states what a metric is (unit, which
 * direction is better, whether its samples are noisy or deterministic), how it
 * gates by default, how the README describes it, and which producer fills it.
 * Metric ids are typed from these rows; a producer can only fill ids that have
 * a row. The comparison picks its test from `kind`, the report its formatting
 * from `unit`, and README's metrics table is generated from the rows (docs.ts).
 *
 * Adding a metric: one row here, naming its producer; for a trace metric the
 * producer is a family in src/trace/families (a small collector fed the
 * trace's events), named by its `name`, which the trace driver runs because a
 * row names it (a new family is also listed in src/trace/metrics.ts, and a
 * test fails until it is). The registry imports nothing: every producer
 * depends on it, not the other way round.
 */

export type MetricMode = 'gate' | 'report' | 'off';

/**
 * - `noisy`: timing-like samples; compared with Mann–Whitney U.
 * - `count`: integers per op that are usually identical across samples
 *   (allocs/op); compared exactly when both sides are constant, else with U.
 * - `deterministic`: one true value per commit (escape sites); compared exactly.
 */
type MetricKind = 'noisy' | 'count' | 'deterministic';

/**
 * Whether a metric's value depends on the machine's state (CPU model, load,
 * neighbours) or only on the code. Measured, not assumed: the same binaries
 * recorded quiet, beside one busy process and beside two (docs/accuracy.md,
 * "Which metrics move with the machine"). Only invariant metrics may fail the
 * gate from a baseline recorded elsewhere; sensitive ones need a same-runner
 * confirmation (src/gate/confirm.ts). Custom units are sensitive unless the
 * configuration declares them invariant.
 */
export type MachineClass = 'invariant' | 'sensitive';

/**
 * Who fills a metric: the benchmark's result line (src/measure), its heap
 * profile (src/analyze/profile.ts), the compiler's escape analysis
 * (src/escape), or a family of the execution-trace producer
 * (src/trace/families, run by src/trace/metrics.ts).
 */
export type MetricProducer = 'benchmark line' | 'heap profile' | 'escape analysis' | { readonly trace: TraceFamilyName };

/** The trace families, by the `name` each declares in src/trace/families. */
export type TraceFamilyName = 'GC cycles' | 'GC pauses' | 'mark assist' | 'heap' | 'goroutines' | 'scheduling latency';

interface MetricRow {
  /** Stable identifier used in RunResult, thresholds and inputs. */
  readonly id: string;
  /** The unit as Go prints it (`ns/op`) or as we define it. */
  readonly unit: string;
  /** Human label for reports. */
  readonly label: string;
  /** True when smaller values are better (most runtime costs). */
  readonly lowerIsBetter: boolean;
  readonly kind: MetricKind;
  /** Whether the machine's state moves it (see MachineClass). */
  readonly machine: MachineClass;
  readonly defaultMode: MetricMode;
  /** Relative change of the median (0.05 = 5%) that must be exceeded to regress. */
  readonly defaultThreshold: number;
  /** Absolute change of the median that must also be exceeded (in `unit`). */
  readonly defaultFloor: number;
  readonly producer: MetricProducer;
  /** What it measures, in a phrase (README; Markdown). */
  readonly description: string;
  /** Where exactly the samples come from (README; Markdown). */
  readonly source: string;
  /** Why the default mode is what it is, or what gating means here (README, after the mode). */
  readonly gateNote?: string;
  /** README's threshold cell, for a metric the threshold and floor do not decide (sites). */
  readonly thresholdNote?: string;
}

const ROWS = [
  {
    id: 'time',
    unit: 'ns/op',
    label: 'time/op',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    producer: 'benchmark line',
    description: 'wall time per iteration',
    source: 'benchmark line',
    gateNote: 'shared runners are noisy',
  },
  {
    id: 'bytes',
    unit: 'B/op',
    label: 'B/op',
    lowerIsBetter: true,
    kind: 'count',
    machine: 'invariant',
    defaultMode: 'gate',
    defaultThreshold: 0.05,
    defaultFloor: 0,
    producer: 'benchmark line',
    description: 'bytes allocated per iteration',
    source: '`-benchmem`',
  },
  {
    id: 'allocs',
    unit: 'allocs/op',
    label: 'allocs/op',
    lowerIsBetter: true,
    kind: 'count',
    machine: 'invariant',
    defaultMode: 'gate',
    defaultThreshold: 0,
    defaultFloor: 0,
    producer: 'benchmark line',
    description: 'heap allocations per iteration',
    source: '`-benchmem`',
  },
  {
    id: 'throughput',
    unit: 'MB/s',
    label: 'MB/s',
    lowerIsBetter: false,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    producer: 'benchmark line',
    description: 'bytes processed per second',
    source: '`b.SetBytes`',
  },
  // Per-op trace values divide the last benchmark round's work by the N its line printed
  // (src/trace/families/gc-cycles.ts explains rounds).
  {
    id: 'gc-cycles',
    unit: 'GCs/op',
    label: 'GC cycles/op',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'gate',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    producer: { trace: 'GC cycles' },
    description: 'GC cycles per iteration',
    source: 'trace: GC cycles not forced by `runtime.GC`, in the last benchmark round',
  },
  {
    id: 'gc-pause-p99',
    unit: 'ns',
    label: 'GC pause p99',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'gate',
    defaultThreshold: 0.2,
    // Pauses of tens of microseconds move with the scheduler and the runner's
    // neighbours; a regression must also add 50µs to count.
    defaultFloor: 50_000,
    producer: { trace: 'GC pauses' },
    description: '99th-percentile stop-the-world GC pause',
    source: 'trace: STW "GC sweep termination" / "GC mark termination" of unforced cycles, the whole process',
  },
  {
    id: 'gc-pause-max',
    unit: 'ns',
    label: 'GC pause max',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.2,
    defaultFloor: 50_000,
    producer: { trace: 'GC pauses' },
    description: 'longest stop-the-world GC pause',
    source: 'trace: the same STW ranges',
  },
  {
    id: 'gc-pause-total',
    unit: 'ns/op',
    label: 'GC pause/op',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.2,
    defaultFloor: 0,
    producer: { trace: 'GC pauses' },
    description: 'stop-the-world GC time per iteration',
    source: 'trace: the same STW ranges in the last round, summed',
  },
  {
    id: 'mark-assist',
    unit: 'ns/op',
    label: 'mark assist/op',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.2,
    defaultFloor: 0,
    producer: { trace: 'mark assist' },
    description: 'time goroutines spent helping the GC mark, per iteration',
    source: 'trace: GC mark-assist ranges in the last round',
  },
  {
    id: 'peak-heap',
    unit: 'B',
    label: 'peak heap',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    defaultMode: 'gate',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    producer: { trace: 'heap' },
    description: 'largest heap in use',
    source: 'trace: max HeapAlloc',
  },
  {
    id: 'goroutines-leaked',
    unit: 'goroutines',
    label: 'goroutines leaked',
    lowerIsBetter: true,
    kind: 'count',
    machine: 'invariant',
    defaultMode: 'gate',
    defaultThreshold: 0,
    defaultFloor: 0,
    producer: { trace: 'goroutines' },
    description: 'goroutines the run started and left blocked',
    source: 'trace: created during the run, alive and blocked at its end, creation site in the module',
    gateNote: 'also any new leak site',
  },
  {
    id: 'goroutines-peak',
    unit: 'goroutines',
    label: 'goroutines peak',
    lowerIsBetter: true,
    kind: 'count',
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    // The runtime starts its GC workers (one per P) at the first GC, so a
    // change that triggers one more GC moves the peak by GOMAXPROCS.
    defaultFloor: 16,
    producer: { trace: 'goroutines' },
    description: 'most goroutines alive at once',
    source: 'trace: max concurrently alive',
  },
  {
    id: 'sched-latency-p99',
    unit: 'ns',
    label: 'scheduling latency p99',
    lowerIsBetter: true,
    kind: 'noisy',
    machine: 'sensitive',
    // The runner's other work delays goroutines as much as the code does.
    defaultMode: 'report',
    defaultThreshold: 0.2,
    defaultFloor: 50_000,
    producer: { trace: 'scheduling latency' },
    description: '99th-percentile wait of a runnable goroutine before it runs',
    source: 'trace: goroutine transitions to Runnable until the next to Running, the whole process',
  },
  // Compared as a multiset of sites (see compare/escapes.ts), never as a per-sample series.
  {
    id: 'escapes',
    unit: 'sites',
    label: 'heap escapes',
    lowerIsBetter: true,
    kind: 'deterministic',
    machine: 'invariant',
    defaultMode: 'gate',
    defaultThreshold: 0,
    defaultFloor: 0,
    producer: 'escape analysis',
    description: 'values the compiler moves to the heap',
    source: 'compiler: `go list -export -gcflags=-m`',
    gateNote: 'any new heap-allocation site',
    thresholdNote: '—',
  },
  // Sites explain allocs/op and B/op changes (compare/allocations.ts); the row exists so a
  // benchmark whose heap profiles could not be read says so (`unavailable`).
  {
    id: 'allocation-sites',
    unit: 'sites',
    label: 'allocation sites',
    lowerIsBetter: true,
    kind: 'deterministic',
    // Scaled to the benchmark's own allocs/op and B/op, which are.
    machine: 'invariant',
    defaultMode: 'report',
    defaultThreshold: 0,
    defaultFloor: 0,
    producer: 'heap profile',
    description: 'where B/op and allocs/op come from, per function:line',
    source: '`-memprofile`, scaled to the benchmark’s own allocs/op and B/op',
    gateNote: 'explains `bytes` and `allocs` changes',
    thresholdNote: '—',
  },
] as const satisfies readonly MetricRow[];

export type BuiltinMetricId = (typeof ROWS)[number]['id'];
/** A unit a benchmark reported with `b.ReportMetric` that is not a built-in one. */
export type CustomMetricId = `custom:${string}`;
export type MetricId = BuiltinMetricId | CustomMetricId;

export interface MetricDefinition extends MetricRow {
  readonly id: MetricId;
}

const rows: readonly MetricDefinition[] = ROWS;
const byId = new Map<string, MetricDefinition>(rows.map((r) => [r.id, r]));
// Only benchmark-line units are looked up by unit: a `b.ReportMetric(x,
// "goroutines")` must stay a custom metric, not become our leak metric.
const byUnit = new Map(rows.filter((r) => r.producer === 'benchmark line').map((r) => [r.unit, r]));

/** All built-in metrics in report order. */
export function builtinMetrics(): readonly MetricDefinition[] {
  return rows;
}

/** The producer's name as documentation says it: a trace family is "trace". */
export function producerName(p: MetricProducer): 'benchmark line' | 'heap profile' | 'escape analysis' | 'trace' {
  return typeof p === 'string' ? p : 'trace';
}

/**
 * What a producer declares it fills: the ids of the rows naming it (a family
 * object, or a producer name; 'trace' is every trace family).
 */
export function metricsFilledBy(producer: MetricProducer | 'trace'): BuiltinMetricId[] {
  const filled = (p: MetricProducer) =>
    typeof producer === 'string' ? p === producer || (producer === 'trace' && typeof p !== 'string') : typeof p !== 'string' && p.trace === producer.trace;
  return ROWS.filter((r) => filled(r.producer)).map((r) => r.id);
}

/** The trace families the registry names, in row order (each once). */
export function traceFamilyNames(): TraceFamilyName[] {
  return [...new Set(rows.flatMap((r) => (typeof r.producer === 'string' ? [] : [r.producer.trace])))];
}

const CUSTOM_PREFIX = 'custom:';

/**
 * The metric for a unit printed on a benchmark line. Units we do not know
 * (from `b.ReportMetric`) become report-only custom metrics; their direction
 * follows Go's convention that `…/s` rates are better when higher.
 */
export function metricForUnit(unit: string): MetricDefinition {
  const known = byUnit.get(unit);
  if (known) return known;
  return customMetric(unit);
}

export function customMetric(unit: string): MetricDefinition & { id: CustomMetricId } {
  return {
    id: `${CUSTOM_PREFIX}${unit}`,
    unit,
    label: unit,
    lowerIsBetter: !/\/s$/.test(unit),
    kind: 'noisy',
    // Unless the configuration declares it invariant (machineClass).
    machine: 'sensitive',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    producer: 'benchmark line',
    description: 'a value the benchmark reports itself',
    source: 'benchmark line (`b.ReportMetric`)',
  };
}

/** Looks a metric up by id, including custom ones (`custom:<unit>`); undefined for an id this release does not know. */
export function metricById(id: string): MetricDefinition | undefined {
  const known = byId.get(id);
  if (known) return known;
  if (id.startsWith(CUSTOM_PREFIX)) return customMetric(id.slice(CUSTOM_PREFIX.length));
  return undefined;
}

/** A metric's machine class by id; custom and unknown ids are sensitive unless declared invariant. */
export function machineClass(id: string, declaredInvariant: readonly string[] = []): MachineClass {
  const known = byId.get(id);
  if (known) return known.machine;
  return declaredInvariant.includes(id) ? 'invariant' : 'sensitive';
}

/**
 * Ids no row knows, found while comparing a run with its baseline (a
 * hand-edited RunResult, or a baseline from a release that named a metric
 * differently). Such a metric cannot be compared; the report must say so.
 */
export class UnknownMetrics {
  private readonly where = new Map<string, string[]>();

  /** Notes that benchmark `benchmark` has values (or an unavailable note) for `id`. */
  note(id: string, benchmark: string): void {
    const list = this.where.get(id);
    if (list) list.push(benchmark);
    else this.where.set(id, [benchmark]);
  }

  /** One warning per unknown id, naming up to three of its benchmarks. */
  warnings(): string[] {
    return [...this.where].map(([id, benchmarks]) => {
      const shown = benchmarks.slice(0, 3).join(', ') + (benchmarks.length > 3 ? ` and ${benchmarks.length - 3} more` : '');
      return `Unknown metric "${id}" (in ${shown}), not compared: this release has no such metric.`;
    });
  }
}

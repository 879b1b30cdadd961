/**
 * The one table of metrics. A metric states what it is (unit, which direction is
 * better, whether its samples are noisy or deterministic) and how it gates by
 * default; the comparison picks its test from `kind`, the report picks its
 * formatting from `unit`. A new metric plugs in by adding a row here and a
 * producer that fills `Benchmark.metrics[id]` — nothing downstream changes.
 */

export type MetricMode = 'gate' | 'report' | 'off';

/**
 * - `noisy`: timing-like samples; compared with Mann–Whitney U.
 * - `count`: integers per op that are usually identical across samples
 *   (allocs/op); compared exactly when both sides are constant, else with U.
 * - `deterministic`: one true value per commit (escape sites); compared exactly.
 */
export type MetricKind = 'noisy' | 'count' | 'deterministic';

export interface MetricDefinition {
  /** Stable identifier used in RunResult, thresholds and inputs. */
  readonly id: string;
  /** The unit as Go prints it (`ns/op`) or as we define it. */
  readonly unit: string;
  /** Human label for reports. */
  readonly label: string;
  /** True when smaller values are better (most runtime costs). */
  readonly lowerIsBetter: boolean;
  readonly kind: MetricKind;
  readonly defaultMode: MetricMode;
  /** Relative change of the median (0.05 = 5%) that must be exceeded to regress. */
  readonly defaultThreshold: number;
  /** Absolute change of the median that must also be exceeded (in `unit`). */
  readonly defaultFloor: number;
  /** Where the samples come from, for documentation. */
  readonly source: string;
}

const rows: MetricDefinition[] = [
  {
    id: 'time',
    unit: 'ns/op',
    label: 'time/op',
    lowerIsBetter: true,
    kind: 'noisy',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    source: 'benchmark line',
  },
  {
    id: 'bytes',
    unit: 'B/op',
    label: 'B/op',
    lowerIsBetter: true,
    kind: 'count',
    defaultMode: 'gate',
    defaultThreshold: 0.05,
    defaultFloor: 0,
    source: '-benchmem',
  },
  {
    id: 'allocs',
    unit: 'allocs/op',
    label: 'allocs/op',
    lowerIsBetter: true,
    kind: 'count',
    defaultMode: 'gate',
    defaultThreshold: 0,
    defaultFloor: 0,
    source: '-benchmem',
  },
  {
    id: 'throughput',
    unit: 'MB/s',
    label: 'MB/s',
    lowerIsBetter: false,
    kind: 'noisy',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    source: 'b.SetBytes',
  },
];

const byId = new Map(rows.map((r) => [r.id, r]));
const byUnit = new Map(rows.map((r) => [r.unit, r]));

/** All built-in metrics in report order. */
export function builtinMetrics(): readonly MetricDefinition[] {
  return rows;
}

/** Registers a metric (used by later readers: trace, heap profile, escapes). */
export function registerMetric(def: MetricDefinition): void {
  if (byId.has(def.id)) throw new Error(`metric ${def.id} is already registered`);
  rows.push(def);
  byId.set(def.id, def);
  byUnit.set(def.unit, def);
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

export function customMetric(unit: string): MetricDefinition {
  return {
    id: CUSTOM_PREFIX + unit,
    unit,
    label: unit,
    lowerIsBetter: !/\/s$/.test(unit),
    kind: 'noisy',
    defaultMode: 'report',
    defaultThreshold: 0.1,
    defaultFloor: 0,
    source: 'b.ReportMetric',
  };
}

/** Looks a metric up by id, including custom ones (`custom:<unit>`). */
export function metricById(id: string): MetricDefinition | undefined {
  const known = byId.get(id);
  if (known) return known;
  if (id.startsWith(CUSTOM_PREFIX)) return customMetric(id.slice(CUSTOM_PREFIX.length));
  return undefined;
}

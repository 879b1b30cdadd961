/**
 * From settings as text (Action inputs, CLI flags) to the typed GateConfig the
 * pipeline runs on. Each setting is validated by its own entry in the options
 * table; what is composed of several settings (per-metric mode, threshold,
 * floor, ceiling and rule) is put together here.
 */
import { ConfigError } from '../errors.js';
import { builtinMetrics, metricById } from '../metrics/registry.js';
import type { CompareOptions, MetricSettings } from '../compare/compare.js';
import type { MeasureConfig } from '../result/types.js';
import { parseGoDuration } from './duration.js';
import { percentOrNumber } from './kinds.js';
import { OPTIONS, type OptionKey, type OptionValues, type RawOptions } from './table.js';

/** The measurement settings a RunResult records, plus where to run and how to decide. */
export interface GateConfig extends MeasureConfig {
  workingDirectory: string;
  memprofileRate: number;
  metrics: Record<string, MetricSettings>;
  alpha: number;
  fdr: boolean;
  failOnRegression: boolean;
  failOnBenchmarkFailure: boolean;
  /** New heap-escape sites allowed before the gate fails. */
  maxNewEscapes: number;
  /** Configuration name: check-run name and comment marker. */
  name: string;
  /** Custom metrics declared machine-invariant. */
  invariantMetrics: string[];
}

/** Settings as text; missing or '' means the option's default. */
export type RawConfig = RawOptions;

/** Parses the given settings (and the defaults of the others) through the options table. */
export function parseOptions<K extends OptionKey>(raw: RawOptions, keys: readonly K[]): Pick<OptionValues, K> {
  const out: Partial<OptionValues> = {};
  for (const key of keys) {
    const spec = OPTIONS[key];
    const given = raw[key];
    // A default the runner evaluates (`${{ github.token }}`) means nothing here: it stands for no value.
    const fallback = spec.default.startsWith('${{') ? '' : spec.default;
    const value = given === undefined || given === '' ? fallback : given;
    (out as Record<string, unknown>)[key] = spec.parse(value, spec.name);
  }
  return out as Pick<OptionValues, K>;
}

const CONFIG_KEYS = [
  'workingDirectory',
  'packages',
  'bench',
  'count',
  'benchtime',
  'cpu',
  'tags',
  'goTestFlags',
  'timeout',
  'profiles',
  'memprofileRate',
  'metrics',
  'thresholds',
  'floors',
  'ceilings',
  'gcPauseRule',
  'alpha',
  'fdr',
  'maxNewEscapes',
  'failOnRegression',
  'failOnBenchmarkFailure',
  'name',
  'invariantMetrics',
] as const satisfies readonly OptionKey[];

const UNIT_ALIASES: Record<string, string> = { 'ns/op': 'time', 'B/op': 'bytes', 'allocs/op': 'allocs', 'MB/s': 'throughput' };

function metricIdFor(name: string, what: string): string {
  const id = UNIT_ALIASES[name] ?? name;
  if (!metricById(id)) {
    const known = builtinMetrics()
      .map((m) => m.id)
      .join(', ');
    throw new ConfigError(`${what}: unknown metric "${name}" (known: ${known}, custom:<unit>)`);
  }
  return id;
}

/** Per-metric settings composed from `metrics`, `thresholds`, `ceilings`, `gc-pause-rule` and `floors`. */
function metricSettings(v: Pick<OptionValues, 'metrics' | 'thresholds' | 'floors' | 'ceilings' | 'gcPauseRule'>): Record<string, MetricSettings> {
  const metrics: Record<string, MetricSettings> = {};
  for (const [name, mode] of v.metrics) {
    if (mode !== 'gate' && mode !== 'report' && mode !== 'off') throw new ConfigError(`metrics: "${name}=${mode}": mode must be gate, report or off`);
    (metrics[metricIdFor(name, 'metrics')] ??= {}).mode = mode;
  }
  for (const [name, value] of v.thresholds) {
    (metrics[metricIdFor(name, 'thresholds')] ??= {}).threshold = percentOrNumber(value, `thresholds: ${name}`);
  }
  for (const [name, value] of v.ceilings) {
    const id = metricIdFor(name, 'ceilings');
    const unit = metricById(id)!.unit;
    // Durations may be written as Go durations (`20ms`) for nanosecond metrics.
    const ns = unit.startsWith('ns') && /[a-zµμ]s?$/.test(value) ? parseGoDuration(value, `ceilings: ${name}`) * 1e6 : undefined;
    (metrics[id] ??= {}).ceiling = ns ?? percentOrNumber(value, `ceilings: ${name}`);
  }
  if (v.gcPauseRule === '3sigma') for (const id of ['gc-pause-p99', 'gc-pause-max']) (metrics[id] ??= {}).rule = 'three-sigma';
  for (const [name, value] of v.floors) {
    (metrics[metricIdFor(name, 'floors')] ??= {}).floor = percentOrNumber(value, `floors: ${name}`);
  }
  return metrics;
}

/** The GateConfig of these settings; throws ConfigError naming the first invalid one. */
export function parseConfig(raw: RawConfig): GateConfig {
  const v = parseOptions(raw, CONFIG_KEYS);
  return {
    workingDirectory: v.workingDirectory,
    packages: v.packages,
    bench: v.bench,
    count: v.count,
    benchtime: v.benchtime,
    cpu: v.cpu,
    tags: v.tags,
    goTestFlags: v.goTestFlags,
    timeout: v.timeout,
    memprofile: v.profiles.memprofile,
    memprofileRate: v.memprofileRate,
    trace: v.profiles.trace,
    metrics: metricSettings(v),
    alpha: v.alpha,
    fdr: v.fdr,
    failOnRegression: v.failOnRegression,
    failOnBenchmarkFailure: v.failOnBenchmarkFailure,
    maxNewEscapes: v.maxNewEscapes,
    name: v.name,
    invariantMetrics: v.invariantMetrics,
  };
}

/** The measurement settings a RunResult records (and its config hash covers). */
export function measureConfigOf(c: GateConfig): MeasureConfig {
  return {
    packages: c.packages,
    bench: c.bench,
    count: c.count,
    benchtime: c.benchtime,
    cpu: c.cpu,
    tags: c.tags,
    goTestFlags: c.goTestFlags,
    timeout: c.timeout,
    memprofile: c.memprofile,
    memprofileRate: c.memprofileRate,
    trace: c.trace,
  };
}

/** The decision settings of a configuration, as compareRuns takes them; `sameRunner` for interleaved A/B measurements. */
export function compareOptionsOf(c: GateConfig, baselineSource: string, sameRunner = false): CompareOptions {
  return {
    sameRunner,
    name: c.name,
    alpha: c.alpha,
    fdr: c.fdr,
    metrics: c.metrics,
    failOnBenchmarkFailure: c.failOnBenchmarkFailure,
    baselineSource,
    maxNewEscapes: c.maxNewEscapes,
    invariantMetrics: c.invariantMetrics,
  };
}

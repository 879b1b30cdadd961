/**
 * The settings of a run, one shape for the Action's inputs and the CLI's
 * flags. Everything arrives as text (action inputs are strings) and is
 * validated here, so a typo fails at once with the input's name instead of
 * deep inside a measurement.
 */
import { ConfigError } from '../errors.js';
import { builtinMetrics, metricById, type MetricMode } from '../metrics/registry.js';
import type { CompareOptions, MetricSettings } from '../compare/compare.js';
import { parseGoDuration, validateBenchtime } from './duration.js';
import type { MeasureConfig } from '../result/types.js';

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
}

export const DEFAULTS = {
  workingDirectory: '.',
  packages: './...',
  bench: '.',
  count: '6',
  benchtime: '1s',
  cpu: '',
  tags: '',
  goTestFlags: '',
  timeout: '10m',
  profiles: 'memprofile,trace',
  memprofileRate: '4096',
  metrics: '',
  thresholds: '',
  floors: '',
  ceilings: '',
  gcPauseRule: 'mann-whitney',
  alpha: '0.05',
  fdr: 'true',
  failOnRegression: 'true',
  failOnBenchmarkFailure: 'true',
  maxNewEscapes: '0',
  name: 'go-runtime-gate',
} as const;

export type RawConfig = { [K in keyof typeof DEFAULTS]?: string };

/**
 * Splits a flags string into arguments like a POSIX shell would for quoting
 * only (no expansion, no globbing): `-gcflags='all=-N -l' -race` →
 * [`-gcflags=all=-N -l`, `-race`]. We never run a shell, so quoting is the
 * only shell feature users can rely on.
 */
export function splitArgs(text: string, what = 'flags'): string[] {
  const args: string[] = [];
  let cur = '';
  let inArg = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\'.includes(text[i + 1])) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inArg = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inArg = true;
    } else if (/\s/.test(c)) {
      if (inArg) args.push(cur);
      cur = '';
      inArg = false;
    } else {
      cur += c;
      inArg = true;
    }
  }
  if (quote) throw new ConfigError(`${what}: unterminated ${quote} quote in "${text}"`);
  if (inArg) args.push(cur);
  return args;
}

/** `a=1, b=2` or one pair per line → entries; blank and `#` lines ignored. */
export function parsePairs(text: string, what: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim();
    if (!item || item.startsWith('#')) continue;
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${what}: "${item}" is not of the form metric=value`);
    out.push([item.slice(0, eq).trim(), item.slice(eq + 1).trim()]);
  }
  return out;
}

function metricIdFor(name: string, what: string): string {
  const aliases: Record<string, string> = { 'ns/op': 'time', 'B/op': 'bytes', 'allocs/op': 'allocs', 'MB/s': 'throughput' };
  const id = aliases[name] ?? name;
  if (!metricById(id)) {
    const known = builtinMetrics()
      .map((m) => m.id)
      .join(', ');
    throw new ConfigError(`${what}: unknown metric "${name}" (known: ${known}, custom:<unit>)`);
  }
  return id;
}

function parseBool(text: string, what: string): boolean {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(t)) return true;
  if (['false', 'no', '0', 'off'].includes(t)) return false;
  throw new ConfigError(`${what}: "${text}" is not true or false`);
}

function parsePercentOrNumber(text: string, what: string): number {
  const t = text.trim();
  const pct = /^([0-9]*\.?[0-9]+)%$/.exec(t);
  const n = pct ? Number(pct[1]) / 100 : Number(t);
  if (!Number.isFinite(n) || n < 0 || t === '') throw new ConfigError(`${what}: "${text}" is not a non-negative number or percentage`);
  return n;
}

export function parseConfig(raw: RawConfig): GateConfig {
  const v = { ...DEFAULTS, ...Object.fromEntries(Object.entries(raw).filter(([, x]) => x !== undefined && x !== '')) } as Record<
    keyof typeof DEFAULTS,
    string
  >;
  const count = Number(v.count);
  if (!Number.isInteger(count) || count < 1 || count > 1000) throw new ConfigError(`count: "${v.count}" must be a whole number from 1 to 1000`);
  const alpha = Number(v.alpha);
  if (!(alpha > 0 && alpha < 1)) throw new ConfigError(`alpha: "${v.alpha}" must be between 0 and 1`);
  const cpu = v.cpu
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1) throw new ConfigError(`cpu: "${s}" is not a positive whole number`);
      return n;
    });
  parseGoDuration(v.timeout, 'timeout');
  const profiles = new Set(
    v.profiles
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const p of profiles) {
    if (p !== 'memprofile' && p !== 'trace' && p !== 'none') throw new ConfigError(`profiles: "${p}" is not memprofile, trace or none`);
  }

  const metrics: Record<string, MetricSettings> = {};
  for (const [name, mode] of parsePairs(v.metrics, 'metrics')) {
    if (mode !== 'gate' && mode !== 'report' && mode !== 'off') throw new ConfigError(`metrics: "${name}=${mode}": mode must be gate, report or off`);
    (metrics[metricIdFor(name, 'metrics')] ??= {}).mode = mode as MetricMode;
  }
  for (const [name, value] of parsePairs(v.thresholds, 'thresholds')) {
    (metrics[metricIdFor(name, 'thresholds')] ??= {}).threshold = parsePercentOrNumber(value, `thresholds: ${name}`);
  }
  for (const [name, value] of parsePairs(v.ceilings, 'ceilings')) {
    const id = metricIdFor(name, 'ceilings');
    const unit = metricById(id)!.unit;
    // Durations may be written as Go durations (`20ms`) for nanosecond metrics.
    const ns = unit.startsWith('ns') && /[a-zµμ]s?$/.test(value) ? parseGoDuration(value, `ceilings: ${name}`) * 1e6 : undefined;
    (metrics[id] ??= {}).ceiling = ns ?? parsePercentOrNumber(value, `ceilings: ${name}`);
  }
  const rule = v.gcPauseRule.trim();
  if (rule !== 'mann-whitney' && rule !== '3sigma') throw new ConfigError(`gc-pause-rule: "${rule}" is not mann-whitney or 3sigma`);
  if (rule === '3sigma') for (const id of ['gc-pause-p99', 'gc-pause-max']) (metrics[id] ??= {}).rule = 'three-sigma';
  for (const [name, value] of parsePairs(v.floors, 'floors')) {
    (metrics[metricIdFor(name, 'floors')] ??= {}).floor = parsePercentOrNumber(value, `floors: ${name}`);
  }
  const memprofileRate = Number(v.memprofileRate);
  if (!Number.isInteger(memprofileRate) || memprofileRate < 0) {
    throw new ConfigError(`memprofile-rate: "${v.memprofileRate}" must be a whole number of bytes (0 = Go's default)`);
  }
  const maxNewEscapes = Number(v.maxNewEscapes);
  if (!Number.isInteger(maxNewEscapes) || maxNewEscapes < 0) throw new ConfigError(`max-new-escapes: "${v.maxNewEscapes}" must be a whole number ≥ 0`);
  const packages = v.packages.split(/[\s,]+/).filter(Boolean);
  if (packages.length === 0) throw new ConfigError('packages: no package pattern given');

  return {
    workingDirectory: v.workingDirectory,
    packages,
    bench: v.bench.trim() || '.',
    count,
    benchtime: validateBenchtime(v.benchtime),
    cpu,
    tags: v.tags.trim(),
    goTestFlags: splitArgs(v.goTestFlags, 'go-test-flags'),
    timeout: v.timeout.trim(),
    memprofile: profiles.has('memprofile'),
    memprofileRate,
    trace: profiles.has('trace'),
    metrics,
    alpha,
    fdr: parseBool(v.fdr, 'fdr'),
    failOnRegression: parseBool(v.failOnRegression, 'fail-on-regression'),
    failOnBenchmarkFailure: parseBool(v.failOnBenchmarkFailure, 'fail-on-benchmark-failure'),
    maxNewEscapes,
    name: v.name.trim() || DEFAULTS.name,
  };
}

/** The decision settings of a configuration, as compareRuns takes them. */
export function compareOptionsOf(c: GateConfig, baselineSource: string): CompareOptions {
  return {
    name: c.name,
    alpha: c.alpha,
    fdr: c.fdr,
    metrics: c.metrics,
    failOnBenchmarkFailure: c.failOnBenchmarkFailure,
    baselineSource,
    maxNewEscapes: c.maxNewEscapes,
  };
}

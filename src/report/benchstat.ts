/**
 * Numbers as benchstat prints them, so that a Go developer reads our tables
 * the way they read benchstat's every day. The rules are those of
 * golang.org/x/perf (`benchunit` Tidy, ClassOf, CommonScale, Scaler.Format;
 * `benchmath` Summary.PctRangeString, Comparison.FormatDelta and String; the
 * geomean row of cmd/benchstat), written anew here and checked against the
 * real benchstat's output on the same samples
 * (__tests__/report/benchstat.tables.test.ts, fixture by
 * scripts/benchstat-oracle.mjs).
 *
 * - Units are tidied: `ns/op` → `sec/op`, `ns` → `sec`, `MB/s` → `B/s`.
 * - Values get an SI prefix (`46.55n`, `4.810µ`, `1.204k`), or a binary one
 *   when the unit counts bytes (`4.000Ki`, `740.1Mi`), with at least four
 *   significant digits; every value of a row shares the scale of its smallest
 *   non-zero value, so a row reads `0.000µ` → `4.641µ`.
 * - `± 3%` is the confidence interval of the median relative to it (the wider
 *   side); `∞` means there is no interval (fewer than 6 samples at 95%).
 * - The delta is `~` when the U test's p is above alpha, `?` when the base is
 *   0, otherwise the change of medians with two decimals.
 *
 * Formatting only: every number comes from the Report.
 */
import type { SampleSummary } from './model.js';

export type UnitClass = 'decimal' | 'binary';

/** Splits a unit into tokens with their position and whether they are in the denominator (benchunit's parser). */
function tokens(unit: string): { tok: string; pos: number; denom: boolean }[] {
  const out: { tok: string; pos: number; denom: boolean }[] = [];
  let denom = false;
  let i = 0;
  while (i < unit.length) {
    const ch = unit[i];
    if (ch === '*') denom = false;
    else if (ch === '/') denom = true;
    else if (!(ch === '-' || /\s/.test(ch))) {
      let end = i;
      while (end < unit.length && !/[*/\-\s]/.test(unit[end])) end++;
      out.push({ tok: unit.slice(i, end), pos: i, denom });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/** benchunit.Tidy: the unit benchstat shows and the factor that converts a value into it. */
export function tidyUnit(unit: string): { unit: string; factor: number } {
  if (unit === 'ns/op') return { unit: 'sec/op', factor: 1e-9 };
  if (unit === 'MB/s') return { unit: 'B/s', factor: 1e6 };
  if (!unit.includes('ns') && !unit.includes('MB')) return { unit, factor: 1 };
  let factor = 1;
  let tidied = unit;
  const edits: { pos: number; len: number; replace: string }[] = [];
  for (const t of tokens(unit)) {
    if (t.denom) continue;
    if (t.tok === 'ns') {
      edits.push({ pos: t.pos, len: 2, replace: 'sec' });
      factor /= 1e9;
    } else if (t.tok === 'MB') {
      edits.push({ pos: t.pos, len: 2, replace: 'B' });
      factor *= 1e6;
    }
  }
  for (const e of edits.reverse()) tidied = tidied.slice(0, e.pos) + e.replace + tidied.slice(e.pos + e.len);
  return { unit: tidied, factor };
}

/** benchunit.ClassOf: binary prefixes when the (tidied) unit counts bytes in its numerator. */
export function unitClass(unit: string): UnitClass {
  return tokens(unit).some((t) => !t.denom && (t.tok === 'B' || t.tok === 'MB' || t.tok === 'bytes')) ? 'binary' : 'decimal';
}

export interface Scaler {
  /** Digits after the decimal point. */
  prec: number;
  factor: number;
  prefix: string;
}

interface Factor {
  factor: number;
  prefix: string;
  t100: number;
  t10: number;
  t1: number;
}

/** Thresholds parsed from their printed form, so they match how printing rounds (as benchunit builds them). */
const SI_FACTORS: Factor[] = ['T', 'G', 'M', 'k', '', 'm', 'µ', 'n'].map((prefix, i) => {
  const exp = 12 - 3 * i;
  return { factor: 10 ** exp, prefix, t100: Number(`99.995e${exp}`), t10: Number(`9.9995e${exp}`), t1: Number(`.99995e${exp}`) };
});

/** The binary thresholds are 99.995, 9.9995 and .99995 as the nearest doubles, times the prefix's power of two. */
const IEC_FACTORS: Factor[] = ['Ti', 'Gi', 'Mi', 'Ki', ''].map((prefix, i) => {
  const exp = 40 - 10 * i;
  const hex = (mantissa: string, e: number) => parseInt(mantissa, 16) * 2 ** (e - 52);
  return {
    factor: 2 ** exp,
    prefix,
    t100: hex('18ffae147ae148', 6 + exp),
    t10: hex('13ffbe76c8b439', 3 + exp),
    t1: hex('1fff972474538f', -1 + exp),
  };
});

/** Below the smallest prefix: thresholds for 3…10 digits after the point. */
const SIGFIGS = Array.from({ length: 8 }, (_, i) => Number(`9.9995e${-1 - i}`));

/** benchunit.CommonScale: one scale for all `values`, set by the non-zero value closest to zero. */
export function commonScale(values: readonly number[], cls: UnitClass): Scaler {
  let min = 0;
  for (const v of values) {
    const a = Math.abs(v);
    if (a !== 0 && Number.isFinite(a) && (min === 0 || a < min)) min = a;
  }
  if (min === 0) return { prec: 3, factor: 1, prefix: '' };
  const factors = cls === 'binary' ? IEC_FACTORS : SI_FACTORS;
  for (const f of factors) {
    if (min >= f.t100) return { prec: 1, factor: f.factor, prefix: f.prefix };
    if (min >= f.t10) return { prec: 2, factor: f.factor, prefix: f.prefix };
    if (min >= f.t1) return { prec: 3, factor: f.factor, prefix: f.prefix };
  }
  const last = factors[factors.length - 1];
  const val = min / last.factor;
  const i = SIGFIGS.findIndex((t, j) => val >= t || j === SIGFIGS.length - 1);
  return { prec: i + 3, factor: last.factor, prefix: last.prefix };
}

/** Scaler.Format: `46.55n`. */
export function formatScaled(s: Scaler, value: number): string {
  return goFixed(value / s.factor, s.prec) + s.prefix;
}

/** benchunit.Scale: a lone value with its own scale (the geomean row). */
export function scaleValue(value: number, cls: UnitClass): string {
  return formatScaled(commonScale([value], cls), value);
}

/**
 * Go's `%.Nf` (strconv 'f'): the exact decimal value of the double, rounded
 * half to even. JavaScript's toFixed rounds exact halves up instead (0.5 →
 * "1" where Go prints "0"), so exact halves are settled here.
 */
export function goFixed(value: number, prec: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  if (abs >= 1e21) return (negative ? '-' : '') + abs.toFixed(prec);
  // toFixed(100) is exact for |v| < 1e21 down to 1e-100, which covers every half that can arise at prec ≤ 20.
  const exact = abs.toFixed(100);
  const dot = exact.indexOf('.');
  const intPart = exact.slice(0, dot);
  const frac = exact.slice(dot + 1);
  const kept = frac.slice(0, prec);
  const rest = frac.slice(prec);
  let digits = intPart + kept;
  const half = /^50*$/.test(rest);
  const up = half ? Number(digits[digits.length - 1]) % 2 === 1 : rest[0] >= '5';
  if (up) digits = increment(digits);
  const intLen = digits.length - prec;
  const text = prec > 0 ? `${digits.slice(0, intLen)}.${digits.slice(intLen)}` : digits;
  return (negative ? '-' : '') + text;
}

function increment(digits: string): string {
  const d = digits.split('');
  for (let i = d.length - 1; i >= 0; i--) {
    if (d[i] === '9') d[i] = '0';
    else {
      d[i] = String(Number(d[i]) + 1);
      return d.join('');
    }
  }
  return '1' + d.join('');
}

/** The CI level benchstat asks for. */
const BENCHSTAT_CONFIDENCE = 0.95;

/**
 * Whether the summary has a real interval at benchstat's 95%: ours clamps a
 * too-small sample's interval to [min, max] and reports the lower confidence
 * that achieves, where benchstat has ±∞.
 */
export function hasInterval(s: Pick<SampleSummary, 'confidence' | 'n'>): boolean {
  return s.n >= 2 && s.confidence >= BENCHSTAT_CONFIDENCE;
}

/** Summary.PctRangeString: `3%`, `0%`, `∞` (no interval), `?` (bounds on the other side of zero). Values already tidied. */
export function pctRange(center: number, lo: number, hi: number, finite: boolean): string {
  if (!finite) return '∞';
  if (Math.sign(center) !== Math.sign(lo) || Math.sign(center) !== Math.sign(hi)) return '?';
  if (center === 0) return '0%';
  const v = Math.max(hi / center - 1, 1 - lo / center);
  return `${goFixed(100 * v, 0)}%`;
}

/** Comparison.FormatDelta: `~` when not significant, `0.00%`, `?` from a base of 0, else `+12.34%`. */
export function formatBenchstatDelta(p: number, alpha: number, base: number, head: number): string {
  if (p > alpha) return '~';
  if (base === head) return '0.00%';
  if (base === 0) return '?';
  return signedPercent((head / base - 1) * 100);
}

/** `%+.2f%%`. */
export function signedPercent(pct: number): string {
  const text = goFixed(pct, 2);
  return text.startsWith('-') ? `${text}%` : `+${text}%`;
}

/** Comparison.String: `p=0.002 n=6`, `p=0.043 n=6+8`; a p of exactly 0 is left out. */
export function comparisonNote(p: number, n1: number, n2: number): string {
  const ps = p !== 0 ? `p=${goFixed(p, 3)} ` : '';
  return n1 === n2 ? `${ps}n=${n1}` : `${ps}n=${n1}+${n2}`;
}

/** stats.GeoMean: NaN when any value is ≤ 0 (benchstat then prints no geomean). */
export function geomean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let m = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x <= 0) return NaN;
    m += (Math.log(x) - m) / (i + 1);
  }
  return Math.exp(m);
}

/** U-test minimum p for n samples per side (benchmath's table), for the "need >= N samples" note. */
const U_TEST_MIN_P = [
  NaN,
  1,
  0.3333333333333333,
  0.1,
  0.02857142857142857,
  0.007936507936507936,
  0.0021645021645021645,
  0.0005827505827505828,
  0.0001554001554001554,
  4.113533525298231e-5,
];

/** benchstat's notes (its footnotes), in its words. */
export function intervalNote(confidence = BENCHSTAT_CONFIDENCE): string {
  return `need >= 6 samples for confidence interval at level ${confidence}`;
}

/** "need >= 4 samples to detect a difference at alpha level 0.05" when neither side could reach alpha; null otherwise. */
export function detectNote(p: number, alpha: number, n1: number, n2: number): string | null {
  if (!(p > alpha)) return null;
  let need = U_TEST_MIN_P.length;
  let op = '>';
  for (let n = 1; n < U_TEST_MIN_P.length; n++) {
    if (U_TEST_MIN_P[n] <= alpha) {
      need = n;
      op = '>=';
      break;
    }
  }
  return n1 < need && n2 < need ? `need ${op} ${need} samples to detect a difference at alpha level ${alpha}` : null;
}

export const ALL_EQUAL_NOTE = 'all samples are equal';
export const GEOMEAN_NOTE = 'summaries must be >0 to compute geomean';
export const RATIO_NOTE = 'ratios must be >0 to compute geomean';

/** The unit's symbol kept after a prefix in prose: `8.993ms`, `6.091MiB`, `740.1MiB/s`; '' for counts per op. */
function proseSymbol(tidied: string): string {
  return tidied === 'sec' || tidied === 'sec/op' ? 's' : tidied === 'B' ? 'B' : tidied === 'B/s' ? 'B/s' : '';
}

/** One value on `scaler` for prose: 0 as `0`, whole numbers without a prefix as they are. */
function proseValue(raw: number | null, factor: number, scaler: Scaler, symbol: string): string {
  if (raw === null) return '—';
  const v = raw * factor;
  if (v === 0) return '0';
  if (scaler.prefix === '' && Number.isInteger(raw) && factor === 1) return String(raw);
  return formatScaled(scaler, v) + symbol;
}

/** A single amount in benchstat's notation for prose: `50.00µs` (50000 ns), `4.000KiB` (4096 B). */
export function formatAmount(value: number, unit: string): string {
  const { unit: tidied, factor } = tidyUnit(unit);
  return proseValue(value, factor, commonScale([value * factor], unitClass(tidied)), proseSymbol(tidied));
}

/**
 * A base → head change for prose (findings, annotations), in benchstat's
 * notation with the two values on one scale: `allocs/op 0 → 1`,
 * `B/op 4.000Ki → 6.000Ki (+50.00%)`, `GC pause p99 0 → 8.993ms`. Whole
 * numbers without a prefix print as they are; a unit that counts seconds or
 * bytes keeps its symbol after the prefix.
 */
export function formatChange(label: string, unit: string, base: number | null, head: number | null, withPercent = true): string {
  const { unit: tidied, factor } = tidyUnit(unit);
  const b = base === null ? null : base * factor;
  const h = head === null ? null : head * factor;
  const scaler = commonScale([b ?? 0, h ?? 0], unitClass(tidied));
  const symbol = proseSymbol(tidied);
  const pct = withPercent && b !== null && h !== null && b !== 0 && h !== b ? ` (${signedPercent((h / b - 1) * 100)})` : '';
  return `${label} ${proseValue(base, factor, scaler, symbol)} → ${proseValue(head, factor, scaler, symbol)}${pct}`;
}

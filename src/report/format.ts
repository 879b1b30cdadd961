/**
 * How numbers look in every report. One place so that the comment, the job
 * summary and the terminal table print the same value the same way, and so
 * that a reader comparing our numbers with benchstat's recognises them:
 * three significant digits, binary prefixes for bytes, SI time units, `~` for
 * "no significant change", `±x%` for the confidence interval of the median.
 *
 * Everything here returns plain text with no Markdown; renderers escape or
 * decorate it. (Custom units come from `b.ReportMetric` in the code under
 * test, so a renderer must still escape what these functions return.)
 */
import type { RunSide, SampleSummary, Verdict } from './model.js';
import { ellipsizeMiddle, sanitizeText, singleLine } from './escape.js';

/** Shown wherever a value does not exist (no baseline, not measured). */
export const MISSING = '—';

/**
 * Three significant digits without exponent notation for the magnitudes
 * reports show, and without the trailing zeros `toPrecision` would keep only
 * when `trim` asks for it (byte and time values keep them, like benchstat,
 * so that columns line up: `1.50KiB`, `2.00µs`).
 */
function significant(value: number, digits: number, trim: boolean): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 10 ** digits) {
    text = Math.round(value).toString();
  } else if (abs < 1e-6) {
    text = value.toExponential(digits - 1);
  } else {
    text = value.toPrecision(digits);
    if (/e/.test(text)) text = Number(text).toString();
  }
  if (trim && text.includes('.') && !text.includes('e')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text;
}

function nonFinite(value: number): string | undefined {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  return undefined;
}

const TIME_STEPS: ReadonlyArray<[number, string]> = [
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs'],
  [1, 'ns'],
];

/** A duration given in nanoseconds: `456ns`, `1.23µs`, `12.3ms`, `1.50s`. */
export function formatNanoseconds(ns: number): string {
  const special = nonFinite(ns);
  if (special !== undefined) return special;
  if (ns === 0) return '0ns';
  const abs = Math.abs(ns);
  for (const [scale, suffix] of TIME_STEPS) {
    if (abs >= scale) {
      // 999.6µs would print as "1000µs"; promote it to the next unit instead.
      const scaled = ns / scale;
      const text = significant(scaled, 3, false);
      if (Math.abs(Number(text)) >= 1000 && scale < 1e9) {
        const up = TIME_STEPS[TIME_STEPS.findIndex(([s]) => s === scale) - 1];
        if (up) return significant(ns / up[0], 3, false) + up[1];
      }
      return text + suffix;
    }
  }
  // Below one nanosecond (trivial benchmarks report e.g. 0.2500 ns/op).
  return significant(ns, 3, false) + 'ns';
}

const BYTE_STEPS: ReadonlyArray<[number, string]> = [
  [1024 ** 4, 'TiB'],
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB'],
];

/**
 * A byte count: exact below 1 KiB (`64 B`, `64.5 B` for a median between two
 * samples), because small allocations are where one extra object shows;
 * binary prefixes above (`1.50KiB`), as Go's runtime and pprof print them.
 */
export function formatBytes(bytes: number): string {
  const special = nonFinite(bytes);
  if (special !== undefined) return special + ' B';
  const abs = Math.abs(bytes);
  for (const [scale, suffix] of BYTE_STEPS) {
    if (abs >= scale) {
      const text = significant(bytes / scale, 3, false);
      // Four integer digits ("1020KiB") read worse than the next prefix ("0.996MiB").
      if (Math.abs(Number(text)) >= 1000 && scale < 1024 ** 4) {
        const up = BYTE_STEPS[BYTE_STEPS.findIndex(([s]) => s === scale) - 1];
        if (up) return significant(bytes / up[0], 3, false) + up[1];
      }
      return text + suffix;
    }
  }
  return `${formatPlain(bytes)} B`;
}

/**
 * A count such as allocs/op or goroutines: integers exactly (`12`, `1204`),
 * fractions (a median of an even number of samples, or allocations averaged
 * over b.N) with at most three significant digits, large counts with SI
 * prefixes.
 */
export function formatCount(count: number): string {
  const special = nonFinite(count);
  if (special !== undefined) return special;
  if (Number.isInteger(count) && Math.abs(count) < 1e6) return count.toString();
  if (Math.abs(count) >= 1e6) return siScaled(count, 3);
  return significant(count, 3, true);
}

const SI_STEPS: ReadonlyArray<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

function siScaled(value: number, digits: number): string {
  const abs = Math.abs(value);
  for (const [scale, suffix] of SI_STEPS) {
    if (abs >= scale) return significant(value / scale, digits, true) + suffix;
  }
  return significant(value, digits, true);
}

/** A number with no unit knowledge: exact integers below 10 000, else 4 significant digits or SI prefixes. */
function formatPlain(value: number): string {
  const special = nonFinite(value);
  if (special !== undefined) return special;
  if (Number.isInteger(value) && Math.abs(value) < 1e4) return value.toString();
  if (Math.abs(value) >= 1e4) return siScaled(value, 4);
  return significant(value, 4, true);
}

/** Splits `ns/op` into `ns` and `op`; `B` into `B` and ''. */
function splitUnit(unit: string): { base: string; per: string } {
  const slash = unit.indexOf('/');
  if (slash < 0) return { base: unit, per: '' };
  return { base: unit.slice(0, slash), per: unit.slice(slash + 1) };
}

/**
 * A value in its unit, human-scaled. `/op` is dropped because every
 * benchmark value is per operation and the metric column already says so;
 * any other denominator is kept (`1.23µs/frame`).
 *
 * - time (`ns`, `ns/…`): `456ns`, `1.23µs`, `12.3ms`
 * - bytes (`B`, `B/…`, `bytes`): `64 B`, `1.50KiB`
 * - counts (`allocs/op`, `GCs/op`, `goroutines`, `sites`): `12`, `0.5`
 * - `MB/s` (Go's decimal megabytes): `456 MB/s`, `1.23 GB/s`
 * - anything else: 3–4 significant digits and the unit (`12.35 frames/s`)
 */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return MISSING;
  const { base, per } = splitUnit(unit);
  const suffix = per === '' || per === 'op' ? '' : `/${per}`;
  if (base === 'ns') return formatNanoseconds(value) + suffix;
  if (base === 'B' || base === 'bytes') return formatBytes(value) + suffix;
  if (unit === 'MB/s') {
    const special = nonFinite(value);
    if (special !== undefined) return `${special} MB/s`;
    if (Math.abs(value) >= 1e6) return `${significant(value / 1e6, 3, false)} TB/s`;
    if (Math.abs(value) >= 1e3) return `${significant(value / 1e3, 3, false)} GB/s`;
    return `${formatPlain(value)} MB/s`;
  }
  if (COUNT_UNITS.has(base)) return formatCount(value) + suffix;
  return `${formatPlain(value)} ${unit}`.trimEnd();
}

/** Units whose values are counts of things, shown without the unit word. */
const COUNT_UNITS = new Set(['allocs', 'GCs', 'goroutines', 'sites', 'objects']);

/** A relative change: `+12.34%`, `-5.00%`, `+∞` when the base was 0. */
export function formatPercent(delta: number): string {
  if (Number.isNaN(delta)) return MISSING;
  if (delta === Infinity) return '+∞';
  if (delta === -Infinity) return '-∞';
  const pct = delta * 100;
  const text = Math.abs(pct).toFixed(2);
  // "-0.00%" reads as a change in the wrong direction; a change that rounds to zero has no sign.
  if (text === '0.00') return '0.00%';
  return (pct > 0 ? '+' : '-') + text + '%';
}

/**
 * The change column, benchstat's way: `~` when there is no significant
 * change (the number would invite over-reading noise), the percentage
 * otherwise, `+∞` when the baseline median was 0 (an allocation where there
 * was none), `—` when a side is missing.
 */
export function formatDelta(c: {
  delta: number | null;
  base: Pick<SampleSummary, 'median'> | null;
  head: Pick<SampleSummary, 'median'> | null;
  verdict: Verdict;
}): string {
  if (!c.base || !c.head) return MISSING;
  if (c.verdict === 'unchanged') return '~';
  if (c.delta === null) {
    if (c.base.median === 0 && c.head.median !== 0) return c.head.median > 0 ? '+∞' : '-∞';
    return MISSING;
  }
  return formatPercent(c.delta);
}

/**
 * A p-value: `p=0.002`, `p<0.001`. Three decimals like benchstat, except
 * where rounding would put the value on the other side of alpha (a p of
 * 0.0496 must not print as 0.050 next to alpha=0.05): more digits are added
 * until it does not.
 */
export function formatP(p: number | null | undefined, alpha?: number): string {
  if (p === null || p === undefined || Number.isNaN(p)) return MISSING;
  if (p < 0.001) return 'p<0.001';
  let digits = 3;
  let text = p.toFixed(digits);
  if (alpha !== undefined) {
    while (digits < 6 && p < alpha !== Number(text) < alpha) {
      digits += 1;
      text = p.toFixed(digits);
    }
  }
  return `p=${text}`;
}

/** The p-value without its `p=` prefix, for table columns headed "p". */
export function formatPValue(p: number | null | undefined, alpha?: number): string {
  const text = formatP(p, alpha);
  return text.startsWith('p=') ? text.slice(2) : text.startsWith('p<') ? text.slice(1) : text;
}

/** `n=6`, or `n=6+5` when the sides differ (benchstat's notation). */
export function formatSampleCount(base: number | null | undefined, head?: number | null): string {
  if (head === undefined || head === null) return base === null || base === undefined ? MISSING : `n=${base}`;
  if (base === null || base === undefined) return `n=${head}`;
  return base === head ? `n=${base}` : `n=${base}+${head}`;
}

/**
 * The confidence interval of the median relative to the median, as
 * benchstat prints it: `±3%`. The wider side counts (the interval from order
 * statistics is not symmetric). Below 1% one decimal is kept so that a tight
 * interval does not read as an exact value; exactly `±0%` means every sample
 * was equal.
 */
export function formatCI(s: Pick<SampleSummary, 'median' | 'low' | 'high'> | null | undefined): string {
  if (!s) return '';
  const spread = Math.max(s.high - s.median, s.median - s.low);
  if (!Number.isFinite(spread)) return '±∞';
  if (spread <= 0) return '±0%';
  if (s.median === 0) return '±∞';
  const pct = (spread / Math.abs(s.median)) * 100;
  if (pct < 1) return `±${Math.max(pct, 0.1).toFixed(1)}%`;
  if (pct >= 1000) return '±∞';
  return `±${Math.round(pct)}%`;
}

/** A sample summary as a cell: `1.50KiB ±1%`. */
export function formatSummary(s: SampleSummary | null | undefined, unit: string): string {
  if (!s) return MISSING;
  const ci = formatCI(s);
  return ci ? `${formatValue(s.median, unit)} ${ci}` : formatValue(s.median, unit);
}

/**
 * A gate threshold in the direction that counts as worse: `+5%` for costs,
 * `-10%` for rates, `any` when any significant change counts (threshold 0,
 * the allocs/op default), with the absolute floor when there is one
 * (`+20% and +50.0µs`).
 */
export function formatThreshold(threshold: number, floor: number, unit: string, lowerIsBetter: boolean): string {
  const sign = lowerIsBetter ? '+' : '-';
  const rel = threshold > 0 ? `${sign}${trimPercent(threshold * 100)}%` : 'any';
  if (!(floor > 0)) return rel;
  return `${rel} and ${sign}${formatValue(floor, unit)}`;
}

function trimPercent(pct: number): string {
  return Number(pct.toFixed(2)).toString();
}

/** An absolute change with its sign: `+1`, `+64 B`, `-1.20µs`. */
export function formatAbsoluteDelta(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return MISSING;
  if (value === 0) return formatValue(0, unit);
  const text = formatValue(Math.abs(value), unit);
  return (value > 0 ? '+' : '-') + text;
}

/** An ISO timestamp as `2025-03-04 15:06 UTC`; anything unparsable as given. */
export function formatTimestamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}

/** A commit shortened to 12 hex digits (enough to be unique in large repositories). */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{13,}$/i.test(commit) ? commit.slice(0, 12) : commit;
}

/** `1 regression`, `2 regressions`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/**
 * Process output cut to size for a report: the first two thirds and the last
 * third of the allowed lines are kept, because a panic's message and first
 * frames are at the start and a failing test's verdict is at the end. Very
 * long lines (a dumped buffer) are cut in the middle. Sanitised; tabs kept.
 */
export function clipOutput(output: string, maxLines = 60, maxChars = 6_000): string {
  const lines = sanitizeText(output, { keepTabs: true }).replace(/\n+$/, '').split('\n');
  let kept = lines;
  if (lines.length > maxLines) {
    const head = Math.ceil((maxLines * 2) / 3);
    const tail = maxLines - head;
    kept = [...lines.slice(0, head), `… ${lines.length - head - tail} lines omitted …`, ...lines.slice(lines.length - tail)];
  }
  let text = kept.map((l) => (l.length > 500 ? ellipsizeMiddle(l, 500) : l)).join('\n');
  if (text.length > maxChars) {
    const half = Math.floor((maxChars - 40) / 2);
    text = `${text.slice(0, half)}\n… ${text.length - 2 * half} characters omitted …\n${text.slice(text.length - half)}`;
  }
  return text;
}

export interface EnvironmentDifference {
  /** What differs, e.g. `Go version`. */
  label: string;
  /** The baseline's value and the head's, sanitised to one line and capped in length (still to be escaped). */
  base: string;
  head: string;
}

/**
 * What differs between the machines that measured the two sides, in the
 * order it matters: another Go version changes the compiler's escape
 * analysis and the runtime's GC; another OS/arch or CPU changes everything;
 * another GOMAXPROCS changes GC and scheduling. Renderers derive this from
 * the two environments rather than parsing `report.warnings`, so that it
 * can be shown as a table and flagged per row.
 */
export function environmentDifferences(base: RunSide | null, head: RunSide): EnvironmentDifference[] {
  if (!base) return [];
  const b = base.environment;
  const h = head.environment;
  const out: EnvironmentDifference[] = [];
  const value = (v: string): string => ellipsizeMiddle(singleLine(v).trim() || MISSING, 100);
  const add = (label: string, x: string, y: string): void => {
    if (x !== y) out.push({ label, base: value(x), head: value(y) });
  };
  add('Go version', b.goVersion, h.goVersion);
  add('OS/arch', `${b.goos}/${b.goarch}`, `${h.goos}/${h.goarch}`);
  add('CPU', b.cpu, h.cpu);
  add('GOMAXPROCS', String(b.gomaxprocs), String(h.gomaxprocs));
  return out;
}

/**
 * True when a report warning says the same as one of `diffs`. `compare/`
 * also words the environment differences as warnings; renderers that show
 * the differences themselves (as a flagged table, a callout) skip those
 * warnings rather than print each difference twice. A warning counts as a
 * duplicate when it quotes both sides' values (and, for GOMAXPROCS, whose
 * values are bare numbers, names it), which holds whatever its wording.
 */
export function isEnvironmentWarning(warning: string, diffs: readonly EnvironmentDifference[]): boolean {
  return diffs.some(
    (d) =>
      d.base !== MISSING &&
      d.head !== MISSING &&
      warning.includes(d.base) &&
      warning.includes(d.head) &&
      (d.label !== 'GOMAXPROCS' || warning.includes('GOMAXPROCS')),
  );
}

/** How each failure kind reads in a sentence ("BenchmarkX panicked"). */
export const FAILURE_KIND: Record<string, string> = {
  failed: 'failed',
  panic: 'panicked',
  timeout: 'timed out',
  build: 'did not build',
  'no-result': 'printed no result',
};

/**
 * The words and small formats every report shares: timestamps, commits,
 * plurals, clipped process output, the differences between the two
 * environments, failure kinds, the threshold of a metric, and the plain
 * duration and byte formats of `inspect`. The numbers of the comparisons
 * themselves are printed in benchstat's notation (benchstat.ts).
 *
 * Everything here returns plain text with no Markdown; renderers escape or
 * decorate it.
 */
import type { RunSide } from './model.js';
import { ellipsizeMiddle, sanitizeText, singleLine } from './escape.js';
import { formatAmount } from './benchstat.js';

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

/**
 * A gate threshold in the direction that counts as worse: `+5%` for costs,
 * `-10%` for rates, `any` when any significant change counts (threshold 0,
 * the allocs/op default), with the absolute floor when there is one
 * (`+20% and +50.00µs`, in benchstat's notation).
 */
export function formatThreshold(threshold: number, floor: number, unit: string, lowerIsBetter: boolean): string {
  const sign = lowerIsBetter ? '+' : '-';
  const rel = threshold > 0 ? `${sign}${trimPercent(threshold * 100)}%` : 'any';
  if (!(floor > 0)) return rel;
  return `${rel} and ${sign}${formatAmount(floor, unit)}`;
}

function trimPercent(pct: number): string {
  return Number(pct.toFixed(2)).toString();
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

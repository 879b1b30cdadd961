/**
 * The Report as a plain-text table for the CLI, laid out like benchstat's so
 * that Go developers read it without a legend: one table per metric, one row
 * per benchmark, `median ±ci` per side, and the change with `(p=… n=…)`.
 * The verdict comes last, where a terminal leaves the eye.
 *
 * A terminal executes escape sequences, so user text is stripped of control
 * characters and ANSI sequences before it is printed, and colour is added
 * only by us and only when asked (a pipe or CI log gets plain text).
 */
import type { FailureEntry, MetricComparison, Report, SiteKind } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { singleLine, sanitizeText } from './escape.js';
import {
  MISSING,
  clipOutput,
  environmentDifferences,
  formatDelta,
  formatP,
  formatSampleCount,
  formatSummary,
  formatTimestamp,
  isEnvironmentWarning,
  plural,
  shortCommit,
  FAILURE_KIND,
} from './format.js';

export interface TerminalOptions {
  /** Use ANSI colours (the CLI passes whether stdout is a TTY). */
  color?: boolean;
  /** Target line width; benchmark names are shortened to fit. Default 120. */
  width?: number;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
} as const;

type Style = keyof typeof ANSI;

const VERDICT_WORD: Record<Report['verdict'], string> = {
  fail: 'FAIL',
  pass: 'PASS',
  'no-baseline': 'NO BASELINE',
  acknowledged: 'PASS (acknowledged)',
};

const VERDICT_STYLE: Record<Report['verdict'], Style> = {
  fail: 'red',
  pass: 'green',
  'no-baseline': 'yellow',
  acknowledged: 'yellow',
};


/** Lines of a failure's output shown under it; the rest is in the JSON report. */
const OUTPUT_LINES = 20;

export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const paint = (style: Style, text: string): string => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const width = Math.max(40, Math.floor(options.width ?? 120));
  const noBaseline = report.verdict === 'no-baseline' || report.baseline === null;
  const multiPackage = new Set(report.comparisons.map((c) => c.benchmark.package)).size > 1;
  const out: string[] = [];

  out.push(paint('bold', `go-runtime-gate${report.name && report.name !== 'go-runtime-gate' ? ` · ${clean(report.name)}` : ''}`));
  out.push(...sideLines(report));
  out.push('');

  for (const [label, rows] of groupByMetric(report.comparisons)) {
    out.push(...metricTable(label, rows, { noBaseline, multiPackage, width, paint, fdr: report.settings.fdr, alpha: report.settings.alpha }));
    out.push('');
  }

  const explained = report.comparisons.filter((c) => c.verdict === 'regression' && c.explanation);
  if (explained.length > 0) {
    out.push(paint('bold', 'Where it comes from:'));
    for (const c of explained) out.push(`  ${clean(benchmarkDisplayName(c.benchmark))} ${clean(c.label)}: ${clean(c.explanation ?? '')}`);
    out.push('');
  }

  const siteTitles: [SiteKind, string][] = [
    ['leak', 'Goroutine leaks'],
    ['escape', 'Heap escapes'],
    ['allocation', 'Allocation sites that changed'],
  ];
  for (const [kind, title] of siteTitles) {
    const sites = (report.sites ?? []).filter((f) => f.kind === kind).sort((a, b) => Number(b.gating) - Number(a.gating));
    if (sites.length === 0) continue;
    out.push(paint('bold', `${title} (${sites.length}):`));
    for (const f of sites) {
      const mark = f.gating ? paint('red', '✗') : ' ';
      const where = `${clean(f.file)}:${f.line}${f.function ? ` ${clean(f.function)}` : ''}`;
      const bench = f.benchmark ? ` [${clean(benchmarkDisplayName(f.benchmark))}]` : '';
      out.push(`${mark} ${f.change.padEnd(7)} ${where}${bench}: ${clean(f.summary)}`);
      for (const d of f.details.slice(0, 8)) out.push(paint('dim', `      ${clean(d)}`));
    }
    out.push('');
  }

  if (report.failures.length > 0) {
    out.push(paint('bold', `Failed benchmarks (${report.failures.length}):`));
    for (const f of report.failures) out.push(...failureLines(f, paint));
    out.push('');
  }

  if (!noBaseline && report.added.length + report.removed.length > 0) {
    const names = (list: typeof report.added): string => list.map((b) => clean(benchmarkDisplayName(b))).join(', ');
    if (report.added.length > 0) out.push(`Added (${report.added.length}): ${names(report.added)}`);
    if (report.removed.length > 0) out.push(`Removed (${report.removed.length}): ${names(report.removed)}`);
    out.push('');
  }

  const warnings = collectWarnings(report);
  if (warnings.length > 0) {
    out.push(paint('yellow', `Warnings (${warnings.length}):`));
    for (const w of warnings) out.push(`  ! ${w}`);
    out.push('');
  }

  out.push(
    paint(
      'dim',
      `alpha=${report.settings.alpha}, FDR ${report.settings.fdr ? 'on' : 'off'}; values are median ±CI of the median; ~ = no significant change`,
    ),
  );
  out.push(headlineLine(report, paint, noBaseline));
  return out.join('\n') + '\n';
}

function headlineLine(report: Report, paint: (s: Style, t: string) => string, noBaseline: boolean): string {
  const c = report.counts;
  const counts = noBaseline
    ? `${plural(report.comparisons.length, 'value')} measured, ${c.failures} failed`
    : `${plural(c.regressions, 'regression')}, ${plural(c.improvements, 'improvement')}, ${c.unchanged} unchanged, ${c.insufficient} insufficient, ${c.failures} failed`;
  const headline = clean(report.headline).trim();
  const word = VERDICT_WORD[report.verdict] ?? clean(String(report.verdict)).toUpperCase();
  return `${paint('bold', paint(VERDICT_STYLE[report.verdict] ?? 'yellow', word))}  ${headline ? `${headline} ` : ''}(${counts})`;
}

function sideLines(report: Report): string[] {
  const lines: string[] = [];
  const describe = (side: NonNullable<Report['baseline']>): string => {
    const e = side.environment;
    const bits = [e.ref, side.createdAt ? formatTimestamp(side.createdAt) : '', e.goVersion, `${e.goos}/${e.goarch}`].filter(Boolean).map(clean);
    return `${clean(shortCommit(e.commit)) || MISSING}${bits.length ? ` (${bits.join(', ')})` : ''}`;
  };
  const ab = report.baselineSource === 'ab';
  if (report.baseline && ab) lines.push(`baseline: merge-base ${describe(report.baseline)}, measured in this run (A/B, interleaved)`);
  else if (report.baseline) lines.push(`baseline: ${describe(report.baseline)}${report.baselineSource ? ` from ${clean(report.baselineSource)}` : ''}`);
  else if (report.noBaselineReason) lines.push(`baseline: none: ${clean(report.noBaselineReason)} (nothing compared, nothing gated; head values shown)`);
  else if (ab) lines.push('baseline: none: A/B mode could not measure the merge-base (see the warnings; head values shown)');
  else lines.push('baseline: none (nothing compared, nothing gated; head values shown)');
  lines.push(`head:     ${describe(report.head)}`);
  for (const d of environmentDifferences(report.baseline, report.head)) {
    lines.push(`  ! ${d.label} differs: ${d.base} (baseline) vs ${d.head} (head)`);
  }
  return lines;
}

/** Groups in order of first appearance, so the producer's metric order is kept. */
function groupByMetric(comparisons: MetricComparison[]): Map<string, MetricComparison[]> {
  const groups = new Map<string, MetricComparison[]>();
  for (const c of comparisons) {
    const key = clean(c.label || c.unit);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

interface TableContext {
  noBaseline: boolean;
  multiPackage: boolean;
  width: number;
  fdr: boolean;
  alpha: number;
  paint: (style: Style, text: string) => string;
}

function metricTable(label: string, rows: MetricComparison[], t: TableContext): string[] {
  const sep = ' │ ';
  const names = rows.map((c) => clean((t.multiPackage ? `${c.benchmark.package}.` : '') + benchmarkDisplayName(c.benchmark)));
  const heads = rows.map((c) => clean(formatSummary(c.head, c.unit)));
  const bases = rows.map((c) => clean(formatSummary(c.base, c.unit)));
  const changes = rows.map((c) => (t.noBaseline ? clean(formatSampleCount(c.head?.n)) : changeText(c, t)));
  const marks = rows.map((c) => (t.noBaseline ? { text: '', style: undefined } : verdictMark(c)));

  const wBase = t.noBaseline ? 0 : maxWidth(['base', ...bases]);
  const wHead = maxWidth(['head', ...heads]);
  const wChange = maxWidth([t.noBaseline ? 'n' : 'delta', ...changes]);
  const fixed = (t.noBaseline ? wHead + sep.length : wBase + wHead + 2 * sep.length) + sep.length + wChange;
  const wName = Math.max(Math.min(maxWidth([label, ...names]), t.width - fixed), Math.min(20, maxWidth([label, ...names])));
  const fitName = (s: string): string => padEnd(truncateWidth(s, wName), wName);

  const header = t.noBaseline
    ? [fitName(label), padStart('head', wHead), padEnd('n', wChange)]
    : [fitName(label), padStart('base', wBase), padStart('head', wHead), padEnd('delta', wChange)];
  const lines = [t.paint('bold', header.join(sep).trimEnd())];
  const rule = (t.noBaseline ? [wName, wHead, wChange] : [wName, wBase, wHead, wChange]).map((w) => '─'.repeat(w)).join('─┼─');
  lines.push(rule);
  rows.forEach((_, i) => {
    const cells = t.noBaseline
      ? [fitName(names[i]!), padStart(heads[i]!, wHead), padEnd(changes[i]!, wChange)]
      : [fitName(names[i]!), padStart(bases[i]!, wBase), padStart(heads[i]!, wHead), padEnd(changes[i]!, wChange)];
    const mark = marks[i]!;
    const line = cells.join(sep) + (mark.text ? `  ${mark.style ? t.paint(mark.style, mark.text) : mark.text}` : '');
    lines.push(line.trimEnd());
  });
  return lines;
}

/** benchstat's change column: `+12.34% (p=0.002 n=6)`, `~ (p=0.818 n=6)`; adjusted p added when FDR is on. */
function changeText(c: MetricComparison, t: TableContext): string {
  const delta = formatDelta(c);
  const stats: string[] = [];
  if (c.test === 'exact') stats.push('exact');
  if (c.test === 'three-sigma') stats.push('3σ rule');
  if (c.test === 'ceiling') stats.push('above ceiling');
  else if (c.p !== null) {
    stats.push(formatP(c.p, t.alpha));
    if (t.fdr && c.pAdjusted !== null && c.pAdjusted !== c.p) stats.push(`adj=${formatP(c.pAdjusted, t.alpha).slice(2)}`);
  }
  const n = formatSampleCount(c.base?.n, c.head?.n);
  if (n !== MISSING) stats.push(n);
  return clean(stats.length ? `${delta} (${stats.join(' ')})` : delta);
}

function verdictMark(c: MetricComparison): { text: string; style?: Style } {
  switch (c.verdict) {
    case 'regression':
      return c.gating ? { text: '✗ regression (gate)', style: 'red' } : { text: '✗ regression (report only)', style: 'yellow' };
    case 'improvement':
      return { text: '✓ improvement', style: 'green' };
    case 'insufficient':
      return { text: `? insufficient${c.reason ? `: ${clean(c.reason)}` : ''}`, style: 'yellow' };
    default:
      return { text: '' };
  }
}

function failureLines(f: FailureEntry, paint: (s: Style, t: string) => string): string[] {
  const who = f.name ? clean(f.name) : 'package';
  const where = f.package ? ` in ${clean(f.package)}` : '';
  const side = f.side === 'base' ? ' on the baseline' : '';
  const message = clean(f.message).trim();
  const lines = [`  ${paint('red', '✗')} ${who}${where} ${FAILURE_KIND[f.kind] ?? clean(f.kind)}${side}${message ? `: ${message}` : ''}`];
  const output = sanitizeText(f.output).trim();
  if (output) {
    for (const line of clipOutput(output, OUTPUT_LINES, 4_000).split('\n')) lines.push(paint('dim', `      │ ${line}`));
  }
  return lines;
}

function collectWarnings(report: Report): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const push = (w: string): void => {
    const line = clean(w).trim();
    if (line && !seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  };
  const diffs = environmentDifferences(report.baseline, report.head);
  for (const w of report.warnings) if (!isEnvironmentWarning(w, diffs)) push(w);
  for (const c of report.comparisons) for (const w of c.warnings) push(`${benchmarkDisplayName(c.benchmark)} ${c.label}: ${w}`);
  return out;
}

/** User text for one terminal line: no control characters, no escape sequences, no line breaks. */
function clean(text: string): string {
  return singleLine(String(text ?? ''));
}

/**
 * Columns a string occupies in a monospace terminal: combining marks and
 * zero-width characters take none, East Asian wide and fullwidth characters
 * and most emoji take two. Approximate (terminals disagree on some emoji),
 * but it keeps CJK benchmark names aligned.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

function maxWidth(texts: string[]): number {
  return texts.reduce((m, s) => Math.max(m, displayWidth(s)), 0);
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Shortens to `width` columns by cutting the middle (names differ at both ends). */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return '…';
  const chars = [...text];
  const budget = width - 1;
  const headBudget = Math.ceil(budget / 2);
  let head = '';
  let used = 0;
  for (const ch of chars) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > headBudget) break;
    head += ch;
    used += w;
  }
  let tail = '';
  let tailUsed = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = charWidth(chars[i]!.codePointAt(0)!);
    if (used + tailUsed + w > budget) break;
    tail = chars[i]! + tail;
    tailUsed += w;
  }
  return `${head}…${tail}`;
}

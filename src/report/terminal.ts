/**
 * The Report as plain text for the CLI: who was compared with what, the
 * findings (one per cause, as in the comment), then every comparison in
 * benchstat's layout and notation — a `pkg:` line per package, a table per
 * metric, a row per benchmark — and the verdict last, where a terminal
 * leaves the eye.
 *
 * Benchmark names are never cut. With a width (a terminal's columns, or
 * COLUMNS) prose wraps with a hanging indent, and a table row that does not
 * fit puts the name on a line of its own with the numbers below; without one
 * (a pipe, a CI log) every line is printed whole.
 *
 * A terminal executes escape sequences, so user text is stripped of control
 * characters and ANSI sequences, and colour is added only by us and only
 * when asked.
 */
import type { FailureEntry, Report } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { singleLine, sanitizeText } from './escape.js';
import { MISSING, clipOutput, environmentDifferences, formatTimestamp, isEnvironmentWarning, plural, shortCommit, FAILURE_KIND } from './format.js';
import { confirmationCost, reportFindings, type Finding, type FindingStatus } from './findings.js';
import { benchTables, superscript, type BenchCell, type BenchTable, type RowMark } from './tables.js';
import { displayWidth, padEnd, padStart, wrap } from './width.js';
import { affectedSentence, notAffectedLine, shardSentence } from './affected.js';

export { displayWidth, truncateWidth } from './width.js';

export interface TerminalOptions {
  /** Use ANSI colours (the CLI passes whether stdout is a TTY). */
  color?: boolean;
  /** Line width to fit; undefined prints every line whole (a pipe). */
  width?: number;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m' } as const;
type Style = keyof typeof ANSI;
type Paint = (style: Style, text: string) => string;

const VERDICT_WORD: Record<Report['verdict'], string> = { fail: 'FAIL', pass: 'PASS', 'no-baseline': 'NO BASELINE', acknowledged: 'PASS (acknowledged)' };
const VERDICT_STYLE: Record<Report['verdict'], Style> = { fail: 'red', pass: 'green', 'no-baseline': 'yellow', acknowledged: 'yellow' };
const STATUS_MARK: Record<FindingStatus, string> = { gate: '✗', suspect: '?', unavailable: '!', drift: '~', report: '·' };
const STATUS_WORDS: Record<FindingStatus, string> = {
  gate: '',
  suspect: ' [suspect, not gated: not re-measured on this runner]',
  unavailable: ' [not gated: could not be confirmed on this runner]',
  drift: ' [runner drift, not gated]',
  report: ' [not gated]',
};
const ROW_MARK: Record<RowMark, [string, Style | undefined]> = {
  gate: ['✗ gate', 'red'],
  report: ['report only', 'yellow'],
  consequence: ['consequence', undefined],
  suspect: ['suspect', 'yellow'],
  drift: ['drift', undefined],
  improvement: ['✓ better', 'green'],
  insufficient: ['? too few samples', 'yellow'],
  '': ['', undefined],
};

/** Lines of a failure's output shown under it; the rest is in the JSON report. */
const OUTPUT_LINES = 20;

export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const paint: Paint = (style, text) => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const width = options.width === undefined ? undefined : Math.max(40, Math.floor(options.width));
  const noBaseline = report.verdict === 'no-baseline' || report.baseline === null;
  const out: string[] = [];
  const para = (text: string, first = '', indent?: string) => out.push(...wrap(text, width, first, indent));

  out.push(paint('bold', `go-runtime-gate${report.name && report.name !== 'go-runtime-gate' ? ` · ${clean(report.name)}` : ''}`));
  for (const l of sideLines(report)) para(l, '', '          ');
  if (report.affected) para(affectedSentence(report.affected));
  if (report.shards) para(shardSentence(report));
  const cost = confirmationCost(report);
  if (cost) para(cost);
  out.push('');

  if (!noBaseline) {
    const findings = reportFindings(report);
    if (findings.length > 0) {
      out.push(paint('bold', `Findings (${findings.length}):`));
      findings.forEach((f, i) => findingLines(f, i, width, paint, out));
      out.push('');
    }
  }

  const tables = benchTables(report);
  for (const [i, t] of tables.entries()) {
    if (i === 0 || t.package !== tables[i - 1]?.package) para(`pkg: ${clean(t.package)}`);
    out.push(...tableLines(t, noBaseline, width, paint), '');
  }

  if (report.failures.length > 0) {
    out.push(paint('bold', `Failed benchmarks (${report.failures.length}):`));
    for (const f of report.failures) failureLines(f, width, paint, out);
    out.push('');
  }
  if (!noBaseline && report.added.length + report.removed.length > 0) {
    const names = (list: typeof report.added): string => list.map((b) => clean(benchmarkDisplayName(b))).join(', ');
    if (report.added.length > 0) para(`Added (${report.added.length}): ${names(report.added)}`, '', '  ');
    if (report.removed.length > 0) para(`Removed (${report.removed.length}): ${names(report.removed)}`, '', '  ');
    out.push('');
  }
  const notAffected = report.affected?.notAffected ?? [];
  if (notAffected.length > 0) {
    out.push(paint('bold', `Not affected by this change (${notAffected.length}, not measured; baseline values):`));
    for (const n of notAffected) {
      const { name, values } = notAffectedLine(n);
      para(`${clean(name)} (${clean(n.benchmark.package)})${values ? `: ${values}` : ''}`, '  ', '    ');
    }
    out.push('');
  }
  const warnings = collectWarnings(report);
  if (warnings.length > 0) {
    out.push(paint('yellow', `Warnings (${warnings.length}):`));
    for (const w of warnings) para(w, '  ! ', '    ');
    out.push('');
  }
  for (const l of wrap(
    `alpha=${report.settings.alpha}, FDR ${report.settings.fdr ? 'on' : 'off'}; tables as benchstat prints them: median ± CI of the median${noBaseline ? '' : '; ~ = no significant change, ? = from 0'}`,
    width,
  ))
    out.push(paint('dim', l));
  out.push(...headlineLines(report, paint, noBaseline, width));
  return out.join('\n') + '\n';
}

function findingLines(f: Finding, i: number, width: number | undefined, paint: Paint, out: string[]): void {
  const where = f.where ? ` at ${clean(f.where.file)}${f.where.line ? `:${f.where.line}` : ''}` : '';
  const fn = f.function ? ` in ${clean(f.function)}` : '';
  const summary = f.summary ? `: ${clean(f.summary)}` : '';
  const prefix = `${String(i + 1).padStart(2)}. ${STATUS_MARK[f.status]} `;
  const indent = '      ';
  const lines = wrap(`${clean(f.title)}${where}${fn}${summary}${STATUS_WORDS[f.status]}`, width, prefix, indent);
  lines[0] = lines[0].replace(prefix, `${String(i + 1).padStart(2)}. ${paint(f.status === 'gate' ? 'red' : 'yellow', STATUS_MARK[f.status])} `);
  out.push(...lines);
  for (const e of f.effects) out.push(...wrap(clean(e), width, `${indent}→ `, `${indent}  `));
  for (const c of f.consequences) out.push(...wrap(clean(c), width, `${indent}consequence, not gated on its own: `, `${indent}  `));
  for (const c of f.confirmation) out.push(...wrap(clean(c), width, `${indent}`, `${indent}  `));
  for (const d of f.details.slice(0, 8)) for (const l of wrap(clean(d), width, `${indent}│ `, `${indent}│   `)) out.push(paint('dim', l));
}

const cellNotes = (c: BenchCell) => (c.notes.length ? ` ${c.notes.map(superscript).join(' ')}` : '');

function cellText(c: BenchCell | null, wc: number, wr: number, wn: number): string {
  if (!c) return '';
  return `${padStart(c.center, wc)} ± ${padStart(c.range, wr)}${padEnd(cellNotes(c), wn)}`;
}

/** One metric's table, benchstat's columns plus the gate's word for each row. */
function tableLines(t: BenchTable, noBaseline: boolean, width: number | undefined, paint: Paint): string[] {
  const cells = t.rows.flatMap((r) => [r.base, r.head]).filter((c): c is BenchCell => !!c);
  const wc = Math.max(0, ...cells.map((c) => displayWidth(c.center)));
  const wr = Math.max(0, ...cells.map((c) => displayWidth(c.range)));
  const wn = Math.max(0, ...cells.map((c) => displayWidth(cellNotes(c))));
  const rows = t.rows.map((r) => ({
    name: clean(r.name),
    base: cellText(r.base, wc, wr, wn),
    head: cellText(r.head, wc, wr, wn),
    delta: r.delta ? `${r.delta} (${r.note})${r.deltaNotes.length ? ` ${r.deltaNotes.map(superscript).join(' ')}` : ''}` : '',
    mark: ROW_MARK[r.mark],
  }));
  const g = t.geomean;
  const title = `${clean(t.label)}${t.label === t.unit ? '' : ` (${clean(t.unit)})`}${t.merged.length ? ` = ${t.merged.map(clean).join(', ')}` : ''}`;
  const wName = Math.max(displayWidth(title), ...rows.map((r) => displayWidth(r.name)), g ? 'geomean'.length : 0);
  const wBase = noBaseline ? 0 : Math.max(4, ...rows.map((r) => displayWidth(r.base)), g ? displayWidth(g.base) : 0);
  const wHead = Math.max(4, ...rows.map((r) => displayWidth(r.head)), g ? displayWidth(g.head) : 0);
  const wDelta = noBaseline ? 0 : Math.max(7, ...rows.map((r) => displayWidth(r.delta)));
  const values = (base: string, head: string, delta: string, mark: string) =>
    (noBaseline ? [padStart(head, wHead)] : [padStart(base, wBase), padStart(head, wHead), padEnd(delta, wDelta), mark]).join('  ').trimEnd();
  const full = wName + 2 + displayWidth(values('', '', '', 'report only'));
  // A row too wide for the line puts the name above its numbers: names are never cut.
  const stacked = width !== undefined && full > width;
  // Stacked and still too wide: the gate's word goes on a line of its own.
  const line = (name: string, v: string, mark = '') => {
    if (!stacked) return [`${padEnd(name, wName)}  ${v}${mark ? `  ${mark}` : ''}`.trimEnd()];
    const one = `  ${v}${mark ? `  ${mark}` : ''}`.trimEnd();
    return displayWidth(one.replace(/\u001b\[\d+m/g, '')) <= width || !mark ? [name, one] : [name, `  ${v}`.trimEnd(), `    ${mark}`];
  };
  const out = [
    paint('bold', stacked ? title : `${padEnd(title, wName)}  ${values(noBaseline ? '' : 'base', 'head', noBaseline ? '' : 'vs base', '')}`.trimEnd()),
  ];
  if (stacked) out.push(paint('bold', `  ${values(noBaseline ? '' : 'base', 'head', noBaseline ? '' : 'vs base', '')}`));
  for (const r of rows) {
    const mark = r.mark[0] ? (r.mark[1] ? paint(r.mark[1], r.mark[0]) : r.mark[0]) : '';
    out.push(...line(r.name, values(r.base, r.head, r.delta, ''), mark));
  }
  if (g) {
    const n = (xs: number[]) => (xs.length ? ` ${xs.map(superscript).join(' ')}` : '');
    out.push(...line('geomean', values(g.base + n(g.baseNotes), g.head + n(g.headNotes), g.delta, '')));
  }
  t.notes.forEach((note, i) => out.push(...wrap(note, width, `${superscript(i + 1)} `, '  ')));
  return out;
}

function headlineLines(report: Report, paint: Paint, noBaseline: boolean, width: number | undefined): string[] {
  const c = report.counts;
  const counts = noBaseline
    ? `${plural(report.comparisons.length, 'value')} measured, ${c.failures} failed`
    : `${plural(c.regressions, 'regressed comparison')}, ${plural(c.improvements, 'improvement')}, ${c.unchanged} unchanged, ${c.insufficient} insufficient, ${c.failures} failed`;
  const headline = clean(report.headline).trim();
  const word = VERDICT_WORD[report.verdict] ?? clean(String(report.verdict)).toUpperCase();
  const lines = wrap(`${headline ? `${headline} ` : ''}(${counts})`, width, `${word}  `, '  ');
  lines[0] = paint('bold', paint(VERDICT_STYLE[report.verdict] ?? 'yellow', word)) + lines[0].slice(word.length);
  return lines;
}

function sideLines(report: Report): string[] {
  const describe = (side: NonNullable<Report['baseline']>): string => {
    const e = side.environment;
    const bits = [e.ref, side.createdAt ? formatTimestamp(side.createdAt) : '', e.goVersion, `${e.goos}/${e.goarch}`].filter(Boolean).map(clean);
    return `${clean(shortCommit(e.commit)) || MISSING}${bits.length ? ` (${bits.join(', ')})` : ''}`;
  };
  const lines: string[] = [];
  const ab = report.baselineSource === 'ab';
  if (report.baseline && ab)
    lines.push(`baseline: merge-base ${describe(report.baseline)}, measured ${report.shards ? 'by the shard jobs' : 'in this run'} (A/B, interleaved)`);
  else if (report.baseline) lines.push(`baseline: ${describe(report.baseline)}${report.baselineSource ? ` from ${clean(report.baselineSource)}` : ''}`);
  else if (report.noBaselineReason) lines.push(`baseline: none: ${clean(report.noBaselineReason)} (nothing compared, nothing gated; head values shown)`);
  else if (ab) lines.push('baseline: none: A/B mode could not measure the merge-base (see the warnings; head values shown)');
  else lines.push('baseline: none (nothing compared, nothing gated; head values shown)');
  lines.push(`head:     ${describe(report.head)}`);
  for (const d of environmentDifferences(report.baseline, report.head)) lines.push(`  ! ${d.label} differs: ${d.base} (baseline) vs ${d.head} (head)`);
  return lines;
}

function failureLines(f: FailureEntry, width: number | undefined, paint: Paint, out: string[]): void {
  const who = f.name ? clean(f.name) : 'package';
  const where = f.package ? ` in ${clean(f.package)}` : '';
  const side = f.side === 'base' ? ' on the baseline' : '';
  const message = clean(f.message).trim();
  const lines = wrap(`${who}${where} ${FAILURE_KIND[f.kind] ?? clean(f.kind)}${side}${message ? `: ${message}` : ''}`, width, '  ✗ ', '    ');
  lines[0] = `  ${paint('red', '✗')} ${lines[0].slice(4)}`;
  out.push(...lines);
  const output = sanitizeText(f.output).trim();
  if (!output) return;
  for (const line of clipOutput(output, OUTPUT_LINES, 4_000).split('\n')) {
    for (const l of wrap(line.replace(/\t/g, '    '), width, '      │ ', '      │   ')) out.push(paint('dim', l));
  }
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

/**
 * The Markdown sections that are not about the findings: failed benchmarks
 * and their output, warnings, located changes (allocation sites that grew or
 * shrank, escapes and leaks that appeared or went), added and removed
 * benchmarks, and the two environments side by side.
 */
import type { BenchmarkRef, FailureEntry, Report, SiteFinding } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { codeSpan, ellipsizeMiddle, escapeMarkdown, fencedCodeBlock, sanitizeText } from './escape.js';
import { MISSING, clipOutput, environmentDifferences, formatTimestamp, isEnvironmentWarning, plural, shortCommit, FAILURE_KIND } from './format.js';
import { fileUrl } from './links.js';
import { notAffectedLine } from './affected.js';
import { SEE_JSON, detailsRows, fitRows, link, singleLineRaw, type Rendered, type RowsSpec } from './markdown-fit.js';

const MAX_NAME = 120;
const MAX_PACKAGE = 100;
const MAX_MESSAGE = 300;
const MAX_ENV_VALUE = 100;

const text = (s: string | undefined, max = MAX_MESSAGE) => escapeMarkdown(ellipsizeMiddle(singleLineRaw(s), max));

function sortFailures(failures: FailureEntry[]): FailureEntry[] {
  // Head first: they are what this pull request did.
  return [...failures].sort((a, b) => (a.side === b.side ? 0 : a.side === 'head' ? -1 : 1));
}

function failureLine(f: FailureEntry, noBaseline: boolean): string {
  const who = f.name ? `**${text(f.name, MAX_NAME)}**` : '**package**';
  const pkg = f.package ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.package), MAX_PACKAGE))}` : '';
  const side = f.side === 'base' ? ' on the baseline' : noBaseline ? '' : ' on the head';
  const message = singleLineRaw(f.message).trim();
  return `${who}${pkg} ${FAILURE_KIND[f.kind] ?? escapeMarkdown(f.kind)}${side}${message ? `: ${text(message)}` : ''}`;
}

export function failureSummarySection(report: Report, noBaseline: boolean, budget: number): Rendered {
  if (report.failures.length === 0) return { text: '' };
  const headFailures = report.failures.filter((f) => f.side === 'head').length;
  const gateNote =
    headFailures > 0
      ? report.settings.failOnBenchmarkFailure
        ? 'Failures on the head fail the gate.'
        : 'Failures are reported but do not fail the gate.'
      : '';
  return fitRows(budget, {
    open: `#### 💥 Failed benchmarks (${report.failures.length})\n\n`,
    rows: sortFailures(report.failures).map((f) => `- ${failureLine(f, noBaseline)}\n`),
    close: `${gateNote ? `\n${gateNote}\n` : ''}\n`,
    more: (n) => `- … and ${n} more ${n === 1 ? 'failure' : 'failures'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(report.failures.length, 'failed benchmark'),
  });
}

/** Successively harder cuts of failure output (lines, characters), tried until one fits. */
const OUTPUT_CLIPS: ReadonlyArray<[number, number]> = [
  [60, 6_000],
  [24, 2_000],
  [12, 800],
];

/**
 * Each failure's output in its own collapsed block, cut to its first and
 * last lines (the panic message and the innermost frames) and fenced so that
 * nothing in it can end the block. A short budget cuts harder before any
 * output is dropped.
 */
export function failureOutputSection(report: Report, budget: number): Rendered {
  const withOutput = sortFailures(report.failures).filter((f) => sanitizeText(f.output).trim() !== '');
  if (withOutput.length === 0) return { text: '' };
  const spec = (lines: number, chars: number): RowsSpec => ({
    open: '',
    rows: withOutput.map((f) => {
      const title = f.name ? text(f.name, MAX_NAME) : `package ${text(f.package, MAX_PACKAGE)}`;
      return `<details><summary>Output of ${title}${f.side === 'base' ? ' (baseline)' : ''}</summary>\n\n${fencedCodeBlock(clipOutput(f.output, lines, chars))}\n\n</details>\n\n`;
    }),
    close: '',
    more: (n) => `… and the output of ${plural(n, 'more failure')} not shown; ${SEE_JSON}.\n\n`,
    dropped: `the output of ${plural(withOutput.length, 'failed benchmark')}`,
  });
  let out: Rendered = { text: '' };
  for (const [lines, chars] of OUTPUT_CLIPS) {
    out = fitRows(budget, spec(lines, chars));
    if (out.text !== '') return out;
  }
  return out;
}

const SITE_TITLE: Record<SiteFinding['kind'], string> = { leak: 'goroutine-leak site', escape: 'escape site', allocation: 'allocation site' };
const CHANGE_ICON: Record<SiteFinding['change'], string> = { new: '🆕', grown: '🔺', shrunk: '🔻', removed: '➖' };

/**
 * Every located change, collapsed: the gating ones are the findings above;
 * this also lists what shrank, went away or stayed under the gate.
 */
export function sitesSection(report: Report, budget: number): Rendered {
  const items = [...(report.sites ?? [])].sort((a, b) => Number(b.gating) - Number(a.gating) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (items.length === 0) return { text: '' };
  const rows = items.map((f) => {
    const where = link(codeSpan(`${ellipsizeMiddle(singleLineRaw(f.file), MAX_NAME)}:${f.line}`), fileUrl(report.links, f.file, f.line));
    const fn = f.function ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.function), MAX_NAME))}` : '';
    const bench = f.benchmark ? ` — ${text(benchmarkDisplayName(f.benchmark), MAX_NAME)}` : '';
    let row = `- ${f.gating ? '❌ ' : ''}${CHANGE_ICON[f.change]} ${f.change} ${SITE_TITLE[f.kind]} ${where}${fn}${bench}: ${text(f.summary)}\n`;
    for (const w of f.warnings) row += `  - ⚠️ ${text(w)}\n`;
    return row;
  });
  const gating = items.filter((f) => f.gating).length;
  return detailsRows(budget, {
    summary: `📍 Located changes (${items.length}${gating ? `, ${gating} failing the gate` : ''}): allocation sites, escapes, leaks`,
    rows,
    noun: ['located change', 'located changes'],
    dropped: plural(items.length, 'located change'),
  });
}

export function warningsSection(report: Report, budget: number): Rendered {
  const seen = new Set<string>();
  const rows: string[] = [];
  const push = (t: string): void => {
    const line = singleLineRaw(t).trim();
    if (!line || seen.has(line)) return;
    seen.add(line);
    rows.push(`- ${text(line)}\n`);
  };
  const diffs = environmentDifferences(report.baseline, report.head);
  for (const w of report.warnings) if (!isEnvironmentWarning(w, diffs)) push(w);
  for (const c of report.comparisons) for (const w of c.warnings) push(`${benchmarkDisplayName(c.benchmark)} ${c.label}: ${w}`);
  if (rows.length === 0) return { text: '' };
  return fitRows(budget, {
    open: `#### ⚠️ Warnings (${rows.length})\n\n`,
    rows,
    close: '\n',
    more: (n) => `- … and ${n} more ${n === 1 ? 'warning' : 'warnings'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(rows.length, 'warning'),
  });
}

function benchmarkProse(b: BenchmarkRef): string {
  return `${text(benchmarkDisplayName(b), MAX_NAME)}${b.package ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(b.package), MAX_PACKAGE))}` : ''}`;
}

/** The benchmarks this change does not reach (affected-only runs): not measured, the baseline's medians for context. */
export function notAffectedSection(report: Report, budget: number): Rendered {
  const list = report.affected?.notAffected ?? [];
  if (list.length === 0) return { text: '' };
  return detailsRows(budget, {
    summary: `Not affected by this change (${list.length}, not measured)`,
    rows: list.map((n) => {
      const { values } = notAffectedLine(n);
      return `- ${benchmarkProse(n.benchmark)}${values ? `: baseline ${escapeMarkdown(values)}` : ''}\n`;
    }),
    noun: ['benchmark', 'benchmarks'],
    dropped: plural(list.length, 'benchmark not affected by the change', 'benchmarks not affected by the change'),
  });
}

export function addedRemovedSection(report: Report, noBaseline: boolean, budget: number): Rendered {
  const { added, removed } = report;
  if (noBaseline || added.length + removed.length === 0) return { text: '' };
  return detailsRows(budget, {
    summary: `Benchmarks added (${added.length}) and removed (${removed.length})`,
    rows: [...added.map((b) => `- ➕ ${benchmarkProse(b)}\n`), ...removed.map((b) => `- ➖ ${benchmarkProse(b)}\n`)],
    noun: ['benchmark', 'benchmarks'],
    dropped: `${plural(added.length, 'added benchmark')} and ${plural(removed.length, 'removed benchmark')}`,
  });
}

/** A commit as plain text so that GitHub links it; anything that is not a hex SHA is escaped like any other user text. */
function commitText(commit: string | undefined): string {
  if (!commit) return MISSING;
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit : text(commit, MAX_ENV_VALUE);
}

export function baselineSection(report: Report, budget: number): Rendered {
  const base = report.baseline;
  const be = base?.environment;
  const he = report.head.environment;
  // Only differences that change measurements are flagged; commits, refs and dates always differ.
  const row = (label: string, b: string | null, h: string, flag = true): string => {
    const differs = flag && b !== null && b !== h;
    const cell = (v: string | null): string => (v === null ? MISSING : escapeMarkdown(ellipsizeMiddle(singleLineRaw(v) || MISSING, MAX_ENV_VALUE)));
    return `| ${label} | ${cell(b)}${differs ? ' ⚠️' : ''} | ${cell(h)} |\n`;
  };
  const rows = [
    `| Commit | ${base ? commitText(be?.commit) : MISSING} | ${commitText(he.commit)} |\n`,
    row('Ref', be ? be.ref : null, he.ref, false),
    row('Recorded', base ? formatTimestamp(base.createdAt) : null, formatTimestamp(report.head.createdAt), false),
    row('Go', be ? be.goVersion : null, he.goVersion),
    row('OS/arch', be ? `${be.goos}/${be.goarch}` : null, `${he.goos}/${he.goarch}`),
    row('CPU', be ? be.cpu : null, he.cpu),
    row('GOMAXPROCS', be ? String(be.gomaxprocs) : null, String(he.gomaxprocs)),
    row('Runner', be ? be.runnerOs : null, he.runnerOs, false),
    row('count × benchtime', base ? `${base.config.count} × ${base.config.benchtime}` : null, `${report.head.config.count} × ${report.head.config.benchtime}`),
  ];
  const summary = base
    ? `Environment: baseline ${escapeMarkdown(shortCommit(be?.commit ?? '') || MISSING)} from ${escapeMarkdown(report.baselineSource || MISSING)}`
    : 'Environment (no baseline)';
  const out = `<details><summary>${summary}</summary>\n\n| | Baseline | Head |\n|---|---|---|\n${rows.join('')}\n</details>\n\n`;
  return out.length <= budget ? { text: out } : { text: '', dropped: 'the environment table' };
}

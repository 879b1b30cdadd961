/**
 * The Markdown sections built from the findings (findings.ts): the list a
 * reviewer reads first — one line per cause, linked to the line in the pull
 * request's head commit and to the README section that explains it, with
 * what it moved and what followed — then a chart per finding, the commands
 * that reproduce it, and the supporting details (escape flows, leak stacks).
 */
import type { Report } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { codeSpan, ellipsizeMiddle, escapeMarkdown, fencedCodeBlock } from './escape.js';
import { plural } from './format.js';
import { docsUrl } from './links.js';
import type { Finding, FindingStatus } from './findings.js';
import { findingCharts } from './chart.js';
import { reproduceScript } from './reproduce.js';
import { SEE_JSON, detailsRows, fitRows, link, singleLineRaw, type Rendered } from './markdown-fit.js';

export interface FindingsContext {
  report: Report;
  noBaseline: boolean;
  findings: Finding[];
}

const MAX_TEXT = 300;
const MAX_DETAILS = 12;

const STATUS_ICON: Record<FindingStatus, string> = { gate: '❌', suspect: '⏳', unavailable: '⚠️', drift: '↔️', report: 'ℹ️' };
const STATUS_WORDS: Record<FindingStatus, string> = {
  gate: '',
  suspect: ' (suspect, not gated: not re-measured on this runner)',
  unavailable: ' (not gated: could not be confirmed on this runner)',
  drift: ' (runner drift, not gated)',
  report: ' (not gated)',
};

const text = (s: string, max = MAX_TEXT) => escapeMarkdown(ellipsizeMiddle(singleLineRaw(s), max));

/** One finding as a numbered list item with its effects, consequences and confirmation as sub-items. */
function findingItem(ctx: FindingsContext, f: Finding, i: number): string {
  const links = ctx.report.links;
  const where = f.where ? link(codeSpan(ellipsizeMiddle(singleLineRaw(`${f.where.file}${f.where.line ? `:${f.where.line}` : ''}`), 160)), f.where.url) : '';
  const fn = f.function ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.function), 120))}` : '';
  const at = where ? ` at ${where}${fn}` : fn;
  const summary = f.summary ? `: ${text(f.summary)}` : '';
  const docs = docsUrl(links, f.topic);
  const more = docs ? ` (${link('what this means', docs)})` : '';
  let item = `${i + 1}. ${STATUS_ICON[f.status]} **${text(f.title, 120)}**${at}${summary}${escapeMarkdown(STATUS_WORDS[f.status])}${more}\n`;
  for (const e of f.effects) item += `   - → ${text(e)}\n`;
  if (f.consequences.length > 0) {
    const cdocs = docsUrl(links, 'consequence');
    item += `   - ${cdocs ? link('consequences', cdocs) : 'consequences'}, not gated on their own: ${f.consequences.map((c) => text(c)).join('; ')}\n`;
  }
  for (const c of f.confirmation) item += `   - ${text(c, 2 * MAX_TEXT)}\n`;
  return item;
}

export function findingsSection(ctx: FindingsContext, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const rows = ctx.findings.map((f, i) => findingItem(ctx, f, i));
  const reportOnly = ctx.report.comparisons.filter((c) => c.verdict === 'regression' && c.mode === 'report' && c.consequenceOf === undefined);
  if (reportOnly.length > 0) {
    const names = [...new Set(reportOnly.map((c) => `${benchmarkDisplayName(c.benchmark)} ${c.label}`))].slice(0, 5).map((n) => text(n, 120));
    rows.push(
      `\n${plural(reportOnly.length, 'report-only regression')} (${names.join(', ')}${reportOnly.length > 5 ? ', …' : ''}) in the tables below; report-only metrics never fail the check.\n`,
    );
  }
  if (rows.length === 0) return { text: '' };
  return fitRows(budget, {
    open: '',
    rows,
    close: '\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? 'finding' : 'findings'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(rows.length, 'finding'),
  });
}

/** A Mermaid chart per finding (base and head samples; the trend when the report has one). */
export function chartsSection(ctx: FindingsContext, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const charts = findingCharts(ctx.report, ctx.findings);
  if (charts.length === 0) return { text: '' };
  const rows = charts.map((c) => `${fencedCodeBlock(c.source, 'mermaid')}\n\n`);
  return detailsRows(budget, {
    summary: `📊 ${plural(charts.length, 'chart')}: each sample of base and head`,
    open: true,
    rows,
    noun: ['chart', 'charts'],
    dropped: plural(charts.length, 'chart'),
  });
}

/** The commands that reproduce the findings locally. */
export function reproduceSection(ctx: FindingsContext, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const script = reproduceScript(ctx.report, ctx.findings);
  if (!script) return { text: '' };
  const block = `<details><summary>🔁 Reproduce locally</summary>\n\n${fencedCodeBlock(script, 'sh')}\n\n</details>\n\n`;
  return block.length <= budget ? { text: block } : { text: '', dropped: 'the commands to reproduce' };
}

/** The compiler's escape flows and the leaks' creation stacks, one block per finding that has them. */
export function detailsSection(ctx: FindingsContext, budget: number): Rendered {
  const withDetails = ctx.findings.filter((f) => f.details.length > 0);
  if (withDetails.length === 0) return { text: '' };
  const rows = withDetails.map((f) => {
    const where = f.where ? `${f.where.file}${f.where.line ? `:${f.where.line}` : ''}` : f.title;
    const shown = f.details.slice(0, MAX_DETAILS).map((d) => ellipsizeMiddle(singleLineRaw(d), MAX_TEXT));
    if (f.details.length > MAX_DETAILS) shown.push(`… ${f.details.length - MAX_DETAILS} more`);
    return `${codeSpan(ellipsizeMiddle(singleLineRaw(where), 160))} ${text(f.title, 120)}:\n\n${fencedCodeBlock(shown.join('\n'), 'text')}\n\n`;
  });
  return detailsRows(budget, {
    summary: `🔎 Escape flows and leak stacks (${withDetails.length})`,
    rows,
    noun: ['block', 'blocks'],
    dropped: plural(withDetails.length, 'escape flow and stack'),
  });
}

/**
 * Every comparison as benchstat prints it, collapsed below the findings: a
 * `pkg:` heading per package, a table per metric, a row per benchmark
 * (tables.ts), the cells in benchstat's notation, benchstat's footnotes
 * under each table, and a last column with what the gate made of the row.
 * Without a baseline the tables have the head's column only.
 */
import { ellipsizeMiddle, escapeMarkdown } from './escape.js';
import { plural } from './format.js';
import { docsUrl } from './links.js';
import { benchTables, superscript, type BenchCell, type BenchTable, type RowMark } from './tables.js';
import { SEE_JSON, fitRows, link, singleLineRaw, type Rendered } from './markdown-fit.js';
import type { FindingsContext } from './markdown-findings.js';

const MARK: Record<RowMark, string> = {
  gate: '❌ gate',
  report: 'report only',
  consequence: 'consequence',
  suspect: '⏳ suspect',
  drift: '↔️ drift',
  improvement: '✅ better',
  insufficient: '❔ too few samples',
  '': '',
};

const MAX_NAME = 120;

function cell(c: BenchCell | null): string {
  if (!c) return '';
  const notes = c.notes.length ? ` ${c.notes.map(superscript).join(' ')}` : '';
  return escapeMarkdown(`${c.center} ± ${c.range}${notes}`);
}

function tableText(t: BenchTable, noBaseline: boolean): string {
  const unitText = t.label === t.unit ? '' : ` (${escapeMarkdown(singleLineRaw(t.unit))})`;
  const title = `${escapeMarkdown(singleLineRaw(t.label))}${unitText}${t.merged.length ? ` = ${escapeMarkdown(t.merged.join(', '))}` : ''}`;
  const name = (s: string) => escapeMarkdown(ellipsizeMiddle(singleLineRaw(s), MAX_NAME));
  let out = noBaseline ? `| ${title} | head |\n|---|--:|\n` : `| ${title} | base | head | vs base | |\n|---|--:|--:|--:|---|\n`;
  for (const r of t.rows) {
    if (noBaseline) {
      out += `| ${name(r.name)} | ${cell(r.head)} |\n`;
      continue;
    }
    const notes = r.deltaNotes.length ? ` ${r.deltaNotes.map(superscript).join(' ')}` : '';
    const delta = r.delta ? escapeMarkdown(`${r.delta} (${r.note})${notes}`) : '';
    out += `| ${name(r.name)} | ${cell(r.base)} | ${cell(r.head)} | ${delta} | ${MARK[r.mark]} |\n`;
  }
  if (t.geomean) {
    const g = t.geomean;
    const n = (xs: number[]) => (xs.length ? ` ${xs.map(superscript).join(' ')}` : '');
    out += noBaseline
      ? `| geomean | ${escapeMarkdown(g.head + n(g.headNotes))} |\n`
      : `| geomean | ${escapeMarkdown(g.base + n(g.baseNotes))} | ${escapeMarkdown(g.head + n(g.headNotes))} | ${escapeMarkdown(g.delta)} | |\n`;
  }
  if (t.notes.length) out += `\n<sub>${t.notes.map((x, i) => `${superscript(i + 1)} ${escapeMarkdown(x)}`).join(' · ')}</sub>\n`;
  return out + '\n';
}

export function tablesSection(ctx: FindingsContext, budget: number): Rendered {
  const tables = benchTables(ctx.report, (c) => c.head !== null || c.base !== null);
  if (tables.length === 0) return { text: '' };
  const packages = new Set(tables.map((t) => t.package)).size;
  const rows: string[] = [];
  let pkg: string | null = null;
  for (const t of tables) {
    const heading = t.package !== pkg ? `**pkg: ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(t.package), MAX_NAME))}**\n\n` : '';
    pkg = t.package;
    rows.push(heading + tableText(t, ctx.noBaseline));
  }
  const docs = docsUrl(ctx.report.links, 'tables');
  const what = ctx.noBaseline ? 'Measured on this head' : 'All comparisons';
  return fitRows(budget, {
    open: `<details><summary>📋 ${what}, as benchstat prints them (${plural(tables.length, 'table')}, ${plural(packages, 'package')})</summary>\n\n${docs ? `${link('How to read these tables', docs)}\n\n` : ''}`,
    rows,
    close: '\n</details>\n\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? 'table' : 'tables'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(tables.length, 'benchstat table'),
  });
}

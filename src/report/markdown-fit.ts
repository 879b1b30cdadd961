/**
 * The length budget of the Markdown renderings. GitHub rejects a comment
 * over 65 536 characters whole, and cutting a finished string can leave an
 * open `<details>` or code fence that swallows the rest, so every section is
 * built from whole rows that are added while they fit, with a "… and N more"
 * line whose room is reserved from the start. Lengths are UTF-16 units,
 * never fewer than the characters GitHub counts.
 */
import { sanitizeText } from './escape.js';

/** Where readers are sent for what a truncated comment leaves out. */
export const SEE_JSON = "see the job's report JSON";

/** What a section produced, and what it could not show at all. */
export interface Rendered {
  text: string;
  /** Set when the section had content but none of it fitted: named in the closing note. */
  dropped?: string;
}

export interface RowsSpec {
  open: string;
  rows: string[];
  close: string;
  /** The "… and N more" line; its length for the largest N is reserved while rows are added. */
  more: (n: number) => string;
  /** How the closing note names this section if no row fits. */
  dropped: string;
}

/**
 * As many rows as fit in `budget`, in order, with a note for the rest. The
 * note's room is reserved from the start, so adding it never overflows.
 */
export function fitRows(budget: number, spec: RowsSpec): Rendered {
  const { open, rows, close, more } = spec;
  let full = open.length + close.length;
  for (const r of rows) full += r.length;
  if (full <= budget) return { text: open + rows.join('') + close };
  const reserve = more(rows.length).length;
  let used = open.length + close.length + reserve;
  let shown = 0;
  while (shown < rows.length && used + rows[shown].length <= budget) {
    used += rows[shown].length;
    shown += 1;
  }
  if (shown === 0) return { text: '', dropped: spec.dropped };
  return { text: open + rows.slice(0, shown).join('') + more(rows.length - shown) + close };
}

/** Whole parts in order while they fit; a part that does not fit ends the list (later ones are less important). */
export function takeWhole(parts: string[], budget: number): string {
  let out = '';
  for (const part of parts) {
    if (out.length + part.length > budget) break;
    out += part;
  }
  return out;
}

/** A collapsed block of rows. */
export function detailsRows(
  budget: number,
  spec: { summary: string; open?: boolean; header?: string; rows: string[]; noun: [string, string]; dropped: string },
): Rendered {
  return fitRows(budget, {
    open: `<details${spec.open ? ' open' : ''}><summary>${spec.summary}</summary>\n\n${spec.header ?? ''}`,
    rows: spec.rows,
    close: '\n</details>\n\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? spec.noun[0] : spec.noun[1]} not shown; ${SEE_JSON}.\n`,
    dropped: spec.dropped,
  });
}

/** User text before escaping: sanitised and on one line (escapeMarkdown does this too, but lengths are capped first). */
export function singleLineRaw(text: string | undefined | null): string {
  return sanitizeText(String(text ?? '')).replace(/\n/g, ' ');
}

export function closingNote(dropped: string[]): string {
  if (dropped.length === 0) return `> Parts of this report were left out to stay under GitHub's size limit; ${SEE_JSON}.\n`;
  return `> Left out to stay under GitHub's size limit: ${dropped.join('; ')}. For everything, ${SEE_JSON}.\n`;
}

/** A Markdown link whose address cannot end the link early; the text must be escaped already. */
export function link(text: string, url: string | null): string {
  return url ? `[${text}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})` : text;
}

/**
 * A small structural checker for the Markdown the renderer writes, standing
 * in for GitHub's parser in tests: it finds fenced code blocks the way
 * CommonMark does and checks, outside them, that tables keep their column
 * count, that the only raw HTML is ours, and that no user text can mention,
 * reference or link.
 */

export interface FenceSplit {
  /** The document with every fenced block replaced by an empty line. */
  outside: string;
  /** The contents of the fenced blocks. */
  blocks: string[];
  /** True when a fence was opened and never closed (it would swallow the rest of the comment). */
  unclosed: boolean;
}

/** CommonMark fences: up to three spaces of indentation; a closing run at least as long as the opening one. */
export function splitFences(md: string): FenceSplit {
  const outside: string[] = [];
  const blocks: string[] = [];
  let open: { char: string; length: number; lines: string[] } | null = null;
  for (const line of md.split('\n')) {
    if (!open) {
      const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (m) {
        open = { char: m[1][0], length: m[1].length, lines: [] };
        outside.push('');
      } else {
        outside.push(line);
      }
      continue;
    }
    const close = new RegExp(`^ {0,3}(\\${open.char}{${open.length},})\\s*$`).exec(line);
    if (close) {
      blocks.push(open.lines.join('\n'));
      open = null;
      outside.push('');
    } else {
      open.lines.push(line);
    }
  }
  return { outside: outside.join('\n'), blocks, unclosed: open !== null };
}

/** Replaces entities by a placeholder, so that what is left is what GitHub would interpret. */
export function maskEntities(text: string): string {
  return text.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, '\u0001');
}

export interface TableProblem {
  line: number;
  text: string;
  expected: number;
  found: number;
}

/** Every table row must have as many cell delimiters as its header (escaped pipes are entities, so any `|` is one). */
export function tableProblems(outside: string): TableProblem[] {
  const problems: TableProblem[] = [];
  const lines = outside.split('\n');
  let expected = -1;
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) {
      expected = -1;
      return;
    }
    const found = (line.match(/\|/g) ?? []).length;
    if (expected < 0) expected = found;
    else if (found !== expected) problems.push({ line: i + 1, text: line.slice(0, 120), expected, found });
  });
  return problems;
}

/** The renderer's own HTML vocabulary; anything else outside code is injected. */
const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'br']);

export function foreignHtml(outside: string): string[] {
  const found: string[] = [];
  for (const m of outside.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)|<!--/g)) {
    if (m[0] === '<!--') {
      // Only the marker, on the first line.
      if (m.index !== 0) found.push(m[0]);
      continue;
    }
    if (!ALLOWED_TAGS.has(m[1].toLowerCase())) found.push(m[0]);
  }
  return found;
}

/** `<details>` must be balanced or the rest of the comment collapses into it. */
export function detailsBalance(outside: string): number {
  return (outside.match(/<details[ >]/g) ?? []).length - (outside.match(/<\/details>/g) ?? []).length;
}

/** Mentions, issue references, links and images that GitHub would act on (outside code). */
export function activeMarkup(outside: string): string[] {
  const masked = maskEntities(outside);
  const found: string[] = [];
  for (const m of masked.matchAll(/@[A-Za-z0-9_-]+/g)) found.push(m[0]);
  for (const m of masked.matchAll(/#\d+/g)) found.push(m[0]);
  for (const m of masked.matchAll(/\]\(|!\[|\[(?!!(NOTE|WARNING)\])/g)) found.push(m[0]);
  for (const m of masked.matchAll(/https?:\/\//g)) found.push(m[0]);
  return found;
}

/** Runs every check; returns a list of problems (empty when the document is sound). */
export function lint(md: string): string[] {
  const { outside, unclosed } = splitFences(md);
  const problems: string[] = [];
  if (unclosed) problems.push('unclosed code fence');
  for (const p of tableProblems(outside)) problems.push(`table row ${p.line} has ${p.found} pipes, header has ${p.expected}: ${p.text}`);
  for (const h of foreignHtml(outside)) problems.push(`raw HTML outside code: ${h}`);
  const balance = detailsBalance(outside);
  if (balance !== 0) problems.push(`<details> not balanced (${balance})`);
  for (const a of activeMarkup(outside)) problems.push(`active markup outside code: ${a}`);
  return problems;
}

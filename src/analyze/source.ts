/**
 * Source lines of allocation sites: what is allocated, as the code reads.
 * A heap profile names a site by function and line only; the line's text is
 * what lets the comparison recognise a site after an edit moved it
 * (src/compare/allocation-sites.ts). Files are read once per version
 * (path, size, mtime) and only inside the measured repository; anything
 * unreadable yields '' and the comparison falls back to size and order.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { relativeInside } from '../result/paths.js';

/** Larger files are not read for snippets (generated tables). */
const MAX_SOURCE_BYTES = 4 << 20;
const CACHE_FILES = 256;

const cache = new Map<string, string[] | null>();

async function linesOf(file: string): Promise<string[] | null> {
  let key: string;
  try {
    const st = await stat(file);
    if (!st.isFile() || st.size > MAX_SOURCE_BYTES) return null;
    key = `${file}\u0000${st.size}\u0000${st.mtimeMs}`;
  } catch {
    return null;
  }
  if (cache.has(key)) return cache.get(key)!;
  let lines: string[] | null;
  try {
    lines = (await readFile(file, 'utf8')).split('\n');
  } catch {
    lines = null;
  }
  if (cache.size >= CACHE_FILES) cache.delete(cache.keys().next().value!);
  cache.set(key, lines);
  return lines;
}

/**
 * The trimmed text of `line` in `file` without its trailing `//` comment,
 * whitespace runs collapsed; '' when the file lies outside `root` (the
 * standard library, the module cache) or cannot be read.
 */
export async function sourceSnippet(root: string, file: string, line: number): Promise<string> {
  if (!file || line <= 0) return '';
  const abs = path.isAbsolute(file) ? file : path.join(root, file);
  if (relativeInside(root, abs) === undefined) return '';
  const lines = await linesOf(abs);
  const text = lines?.[line - 1];
  return text === undefined ? '' : normaliseLine(text);
}

/** Drops a trailing line comment (outside string and rune literals) and collapses whitespace. */
export function normaliseLine(text: string): string {
  let quote = '';
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      end = i;
      break;
    }
  }
  return text.slice(0, end).replace(/\s+/g, ' ').trim();
}

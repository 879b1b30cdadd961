/**
 * Which allocation site of a baseline is which site of a head. Line numbers
 * are the one thing every edit changes, so they are not identity: a site is
 * its function, what it allocates and its ordinal among sites of that
 * function allocating the same thing, as escape sites are (src/escape/sites.ts).
 * The line is kept for display, the head's when a site pairs across a move.
 *
 * "What it allocates" is what the profile and the source say:
 * - the allocating line's text (`snippet`, numbers normalised like escape
 *   subjects so `make([]byte, 0, 4096)` → `6144` is one site that grew);
 * - else the size class (bytes per object in the profile).
 *
 * Within one function (closure numbers `F.func2` ignored: they shift when a
 * closure is added above, so closures count as their enclosing function),
 * sites pair in passes, each in line order: equal text; then, where either
 * side lacks the text (the standard library, a baseline stored before
 * snippets existed), equal size and then equal line; and what is left pairs
 * in order when both sides have equally many left (an edited line). The rest are gone or new. An allocation
 * inserted above another is then one new site, not a "changed" one at the
 * old line plus a "new" one at the next line.
 */
import { normaliseSubject } from '../escape/sites.js';

export interface IdentifiableSite {
  function: string;
  file: string;
  line: number;
  size?: number;
  snippet?: string;
}

export interface SiteMatch<T> {
  pairs: [base: T, head: T][];
  gone: T[];
  added: T[];
}

/** The function a site belongs to across commits: closures as their enclosing function. */
export function enclosingFunction(fn: string): string {
  return fn.replace(/\.func\d+(?:\.\d+)*/g, '.func');
}

const groupKey = (s: IdentifiableSite): string => `${enclosingFunction(s.function)}\u0000${s.file}`;

export function matchAllocationSites<T extends IdentifiableSite>(base: readonly T[], head: readonly T[]): SiteMatch<T> {
  const groups = new Map<string, { base: T[]; head: T[] }>();
  const group = (s: T) => {
    const k = groupKey(s);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { base: [], head: [] }));
    return g;
  };
  for (const s of base) group(s).base.push(s);
  for (const s of head) group(s).head.push(s);

  const out: SiteMatch<T> = { pairs: [], gone: [], added: [] };
  for (const g of groups.values()) {
    const b = [...g.base].sort(byPlace);
    const h = [...g.head].sort(byPlace);
    const usedB = new Set<number>();
    const usedH = new Set<number>();
    const pass = (same: (x: T, y: T) => boolean): void => {
      for (let i = 0; i < h.length; i++) {
        if (usedH.has(i)) continue;
        const j = b.findIndex((x, k) => !usedB.has(k) && same(x, h[i]));
        if (j < 0) continue;
        usedB.add(j);
        usedH.add(i);
        out.pairs.push([b[j], h[i]]);
      }
    };
    const text = (s: T): string => (s.snippet ? normaliseSubject(s.snippet) : '');
    pass((x, y) => text(x) !== '' && text(x) === text(y));
    // Size and line only stand in for a text that one side lacks: two texts
    // that differ are two lines, whatever their sizes and numbers.
    const unknown = (x: T, y: T): boolean => !text(x) || !text(y);
    pass((x, y) => unknown(x, y) && x.size !== undefined && x.size === y.size);
    pass((x, y) => unknown(x, y) && x.line === y.line);
    const restB = b.filter((_, k) => !usedB.has(k));
    const restH = h.filter((_, k) => !usedH.has(k));
    if (restB.length === restH.length) {
      restB.forEach((x, k) => out.pairs.push([x, restH[k]]));
    } else {
      out.gone.push(...restB);
      out.added.push(...restH);
    }
  }
  return out;
}

function byPlace(a: IdentifiableSite, b: IdentifiableSite): number {
  return a.line - b.line || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0);
}

/**
 * Which allocation sites grew between a baseline and a head, and the sentence
 * that explains an allocs/op or B/op regression with them.
 *
 * Opinions:
 * - Within one side a site is one source line in one function (`function`,
 *   `file`, `line`). Each side is a list of samples (one per benchmark
 *   process); a site missing from a sample allocated nothing there, so it
 *   counts as 0 for that sample.
 * - Across the sides line numbers are not identity: they move whenever code
 *   above is edited. Sites pair by function, what they allocate and ordinal
 *   (site-identity.ts) and are reported at the head's line, with `baseLine`
 *   when it moved; a moved line never reads as "gone" plus "new".
 * - The effect is the change of medians. "Beyond noise" needs the change to
 *   pass an absolute floor (half an object per op, or some bytes per op) and a
 *   relative threshold, and the two sides' samples must not overlap (all head
 *   samples above all baseline samples for growth). With 6 samples per side,
 *   non-overlap alone has a chance of 1 in 462 under no change; with one sample
 *   per side only the floors apply.
 */
import { withoutPackage, type AllocationSite } from '../pprof/sites.js';
import { median } from './stats/index.js';
import { matchAllocationSites } from './site-identity.js';

type SiteChangeKind = 'new' | 'grown' | 'shrunk' | 'gone';

export interface SiteGrowth {
  function: string;
  file: string;
  /** The line in the head (for a site that is gone: its line in the baseline). */
  line: number;
  /** The baseline's line when it differs (the allocation moved with an edit above it). */
  baseLine?: number;
  base: { objectsPerOp: number[]; bytesPerOp: number[] };
  head: { objectsPerOp: number[]; bytesPerOp: number[] };
  /** Change of medians, head minus baseline. */
  deltaObjectsPerOp: number;
  deltaBytesPerOp: number;
  kind: SiteChangeKind;
}

export interface SiteComparisonOptions {
  /** Smallest change in objects/op that counts (default 0.5: allocs/op is printed as an integer). */
  minObjectsPerOp?: number;
  /** Smallest change in B/op that counts (default 8, the smallest size class). */
  minBytesPerOp?: number;
  /** Smallest change relative to the baseline's median for grown/shrunk sites (default 0.05). */
  relative?: number;
}

/** One site across both sides: where it is in the head (or, when gone, in the baseline) and its values per sample. */
export interface SitePair {
  function: string;
  file: string;
  line: number;
  baseLine?: number;
  base: { objectsPerOp: number[]; bytesPerOp: number[] };
  head: { objectsPerOp: number[]; bytesPerOp: number[] };
}

const keyOf = (s: { function: string; file: string; line: number }): string => `${s.function}\u0000${s.file}\u0000${s.line}`;

/** Per-site values across samples (0 where a sample lacks the site). */
function collect(samples: AllocationSite[][]): Map<string, { site: AllocationSite; objects: number[]; bytes: number[] }> {
  const out = new Map<string, { site: AllocationSite; objects: number[]; bytes: number[] }>();
  samples.forEach((sites, i) => {
    for (const s of sites) {
      const k = keyOf(s);
      let e = out.get(k);
      if (!e) {
        e = { site: s, objects: new Array<number>(samples.length).fill(0), bytes: new Array<number>(samples.length).fill(0) };
        out.set(k, e);
      }
      // Several entries for one key in one sample (callers may pass unmerged lists) add up.
      e.objects[i] += s.objectsPerOp;
      e.bytes[i] += s.bytesPerOp;
    }
  });
  return out;
}

/** Every site of either side as one series, paired across the two sides (see the header). */
export function pairAllocationSites(base: AllocationSite[][], head: AllocationSite[][]): SitePair[] {
  const b = collect(base);
  const h = collect(head);
  const zeros = (n: number): number[] => new Array<number>(n).fill(0);

  const { pairs, gone, added } = matchAllocationSites(
    [...b.values()].map((e) => ({ ...e.site, entry: e })),
    [...h.values()].map((e) => ({ ...e.site, entry: e })),
  );
  const series: SitePair[] = [];
  for (const [x, y] of pairs) {
    series.push({
      function: y.function,
      file: y.file,
      line: y.line,
      baseLine: x.line !== y.line ? x.line : undefined,
      base: { objectsPerOp: x.entry.objects, bytesPerOp: x.entry.bytes },
      head: { objectsPerOp: y.entry.objects, bytesPerOp: y.entry.bytes },
    });
  }
  for (const x of gone) {
    series.push({
      function: x.function,
      file: x.file,
      line: x.line,
      base: { objectsPerOp: x.entry.objects, bytesPerOp: x.entry.bytes },
      head: { objectsPerOp: zeros(head.length), bytesPerOp: zeros(head.length) },
    });
  }
  for (const y of added) {
    series.push({
      function: y.function,
      file: y.file,
      line: y.line,
      base: { objectsPerOp: zeros(base.length), bytesPerOp: zeros(base.length) },
      head: { objectsPerOp: y.entry.objects, bytesPerOp: y.entry.bytes },
    });
  }
  return series;
}

export function compareAllocationSites(base: AllocationSite[][], head: AllocationSite[][], options: SiteComparisonOptions = {}): SiteGrowth[] {
  const minObjects = options.minObjectsPerOp ?? 0.5;
  const minBytes = options.minBytesPerOp ?? 8;
  const relative = options.relative ?? 0.05;
  const series = pairAllocationSites(base, head);
  const out: SiteGrowth[] = [];
  for (const s of series) {
    const dObj = median(s.head.objectsPerOp) - median(s.base.objectsPerOp);
    const dBytes = median(s.head.bytesPerOp) - median(s.base.bytesPerOp);
    const objectsMoved =
      Math.abs(dObj) >= minObjects && Math.abs(dObj) >= relative * median(s.base.objectsPerOp) && separated(s.base.objectsPerOp, s.head.objectsPerOp, dObj);
    const bytesMoved =
      Math.abs(dBytes) >= minBytes && Math.abs(dBytes) >= relative * median(s.base.bytesPerOp) && separated(s.base.bytesPerOp, s.head.bytesPerOp, dBytes);
    if (!objectsMoved && !bytesMoved) continue;
    const baseEmpty = Math.max(...s.base.bytesPerOp, ...s.base.objectsPerOp, 0) === 0;
    const headEmpty = Math.max(...s.head.bytesPerOp, ...s.head.objectsPerOp, 0) === 0;
    const direction = bytesMoved ? dBytes : dObj;
    const kind: SiteChangeKind = baseEmpty ? 'new' : headEmpty ? 'gone' : direction > 0 ? 'grown' : 'shrunk';
    out.push({ ...s, deltaObjectsPerOp: dObj, deltaBytesPerOp: dBytes, kind });
  }
  // Growth first (what explains a regression), largest byte change first, then objects.
  const growth = (g: SiteGrowth): number => (g.kind === 'new' || g.kind === 'grown' ? 0 : 1);
  return out.sort(
    (x, y) =>
      growth(x) - growth(y) ||
      Math.abs(y.deltaBytesPerOp) - Math.abs(x.deltaBytesPerOp) ||
      Math.abs(y.deltaObjectsPerOp) - Math.abs(x.deltaObjectsPerOp) ||
      keyOf(x).localeCompare(keyOf(y)),
  );
}

/** Every head sample beyond every baseline sample, in the direction of the change. */
function separated(base: number[], head: number[], delta: number): boolean {
  if (base.length === 0 || head.length === 0) return true;
  return delta > 0 ? Math.min(...head) > Math.max(...base) : Math.max(...head) < Math.min(...base);
}

const MAX_SITES_IN_SENTENCE = 3;

/**
 * One sentence explaining a change of allocs/op or B/op by the sites that moved
 * the same way, largest first, e.g.
 * `allocs/op 0 → 1: new allocation at codec/codec.go:16 in (*Encoder).Encode, 1.0 objects/op, 8 B/op`.
 */
export function explainAllocationChange(metric: 'allocs' | 'bytes', baseValue: number, headValue: number, growth: SiteGrowth[]): string {
  const label = metric === 'allocs' ? 'allocs/op' : 'B/op';
  const head = `${label} ${fmtNumber(baseValue)} → ${fmtNumber(headValue)}`;
  const sign = Math.sign(headValue - baseValue);
  const delta = (g: SiteGrowth): number => (metric === 'allocs' ? g.deltaObjectsPerOp : g.deltaBytesPerOp);
  const relevant = growth.filter((g) => (sign === 0 ? delta(g) !== 0 : Math.sign(delta(g)) === sign)).sort((x, y) => Math.abs(delta(y)) - Math.abs(delta(x)));
  if (relevant.length === 0) {
    return `${head}: no allocation site changed beyond noise (a sampled profile misses small sites; -test.memprofilerate=1 records every allocation)`;
  }
  const parts = relevant.slice(0, MAX_SITES_IN_SENTENCE).map(describeSite);
  const more = relevant.length - MAX_SITES_IN_SENTENCE;
  return `${head}: ${parts.join('; ')}${more > 0 ? `; and ${more} more site${more === 1 ? '' : 's'}` : ''}`;
}

function describeSite(g: SiteGrowth): string {
  const where = `${g.file}:${g.line} in ${displayName(g)}`;
  const hObj = median(g.head.objectsPerOp);
  const hBytes = median(g.head.bytesPerOp);
  const bObj = median(g.base.objectsPerOp);
  const bBytes = median(g.base.bytesPerOp);
  const moved = g.baseLine !== undefined ? ` (was line ${g.baseLine})` : '';
  switch (g.kind) {
    case 'new':
      return `new allocation at ${where}, ${fmtObjects(hObj)} objects/op, ${fmtBytes(hBytes)} B/op`;
    case 'gone':
      return `allocation removed at ${where}, was ${fmtObjects(bObj)} objects/op, ${fmtBytes(bBytes)} B/op`;
    case 'grown':
    case 'shrunk':
      return (
        `allocation ${g.kind === 'grown' ? 'grew' : 'shrank'} at ${where}${moved}, ` +
        `${fmtObjects(bObj)} → ${fmtObjects(hObj)} objects/op, ${fmtBytes(bBytes)} → ${fmtBytes(hBytes)} B/op`
      );
  }
}

/** Module code (repo-relative file) is named without its package path; other code keeps its full name. */
function displayName(g: SiteGrowth): string {
  return g.file && !g.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(g.file) ? withoutPackage(g.function) : g.function;
}

function fmtObjects(v: number): string {
  return v >= 100 ? String(Math.round(v)) : v.toFixed(1);
}

/** Whole bytes like Go's B/op, except below one byte per op where a fraction is the information. */
function fmtBytes(v: number): string {
  return Math.abs(v) >= 1 || v === 0 ? String(Math.round(v)) : v.toFixed(1);
}

function fmtNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

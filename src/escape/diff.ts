/**
 * Compares the escape sites of a baseline and a head, and decides the gate.
 * Pure: sites in, a diff and a verdict out.
 *
 * Escape analysis is deterministic for a given compiler and source, so the
 * comparison is exact: no samples, no statistics. What makes it hard is
 * identity (see sites.ts): sites are matched by what they are, never by line.
 * Within a group of sites that agree on package, file, function, kind and
 * subject, sites whose source lines read the same are paired first, and the
 * rest in source order. Counting is the same either way; the pairing only
 * decides *which* of several `append`s in a function is reported as the new
 * one, and the source text points at the one that was really added.
 *
 * The gate: new heap-allocation sites that no allow directive covers count
 * against `maxNewEscapes` (default 0: any new one fails). Leaking parameters
 * are reported but never fail: they are not allocations, and the allocation
 * they cause in a caller is itself a site. A baseline from another Go
 * release compares compiler versions as much as code, so by default its new
 * sites are warnings, not failures.
 */
import { ConfigError } from '../errors.js';
import { parseGoVersion } from '../toolchain/go.js';
import type { EscapeCompileError } from './collect.js';
import { compareSites, isHeapAllocation, siteStem, type EscapeSite } from './sites.js';

export interface EscapeDiffOptions {
  /** New heap-allocation sites allowed before the gate fails. Default 0. */
  maxNewEscapes?: number;
  baseGoVersion: string;
  headGoVersion: string;
  /** Fail on new sites even when the Go versions differ. Default false (warn). */
  toolchainSensitiveFails?: boolean;
  /** The head's compile errors: any fails the gate (its sites are incomplete). */
  headCompileErrors?: readonly EscapeCompileError[];
}

interface EscapeCountChange {
  package: string;
  before: number;
  after: number;
}

export interface EscapeDiff {
  /** Sites in head without a counterpart in base, all kinds, in source order; `ignored` set when a directive accepts one. */
  new: EscapeSite[];
  /** Sites in base without a counterpart in head (improvements). */
  removed: EscapeSite[];
  /** New heap-allocation sites not accepted by a directive: what the gate counts. */
  newHeapSites: number;
  /** Heap-allocation sites per package, every package present on either side. */
  countsByPackage: EscapeCountChange[];
  /** Heap-allocation sites per function, only functions whose count changed. */
  countsByFunction: (EscapeCountChange & { function: string })[];
  /** Base and head were compiled by different Go releases. */
  toolchainSensitive: boolean;
  failing: boolean;
  /** Why the gate fails, one sentence each (empty when it passes). */
  reasons: string[];
  warnings: string[];
}

export function diffEscapes(base: readonly EscapeSite[], head: readonly EscapeSite[], opts: EscapeDiffOptions): EscapeDiff {
  const maxNew = opts.maxNewEscapes ?? 0;
  if (!Number.isInteger(maxNew) || maxNew < 0) {
    throw new ConfigError(`max-new-escapes must be a whole number ≥ 0, got ${String(opts.maxNewEscapes)}`);
  }
  const { added, removed } = matchSites(base, head);
  const newHeapSites = added.filter((s) => isHeapAllocation(s.kind) && s.ignored === undefined).length;
  const toolchainSensitive = differentRelease(opts.baseGoVersion, opts.headGoVersion);

  const reasons: string[] = [];
  const warnings: string[] = [];
  const compileErrors = opts.headCompileErrors ?? [];
  if (compileErrors.length > 0) {
    const pkgs = [...new Set(compileErrors.map((e) => e.package).filter(Boolean))];
    reasons.push(
      `${plural(compileErrors.length, 'compile error')}${pkgs.length ? ` in ${pkgs.join(', ')}` : ''}: escape sites of ${pkgs.length === 1 ? 'that package' : 'those packages'} are unknown`,
    );
  }
  if (newHeapSites > maxNew) {
    const what = `${plural(newHeapSites, 'new heap escape site')} (allowed: ${maxNew})`;
    if (toolchainSensitive && !opts.toolchainSensitiveFails) {
      warnings.push(
        `${what}, but the baseline was compiled by ${opts.baseGoVersion} and the head by ${opts.headGoVersion}: ` +
          'escape analysis changes between Go releases, so these are reported as toolchain-sensitive, not failures',
      );
    } else {
      reasons.push(what);
    }
  } else if (toolchainSensitive && (added.length > 0 || removed.length > 0)) {
    warnings.push(`escape sites compared across Go releases (${opts.baseGoVersion} → ${opts.headGoVersion}): some changes may come from the compiler`);
  }

  return {
    new: added,
    removed,
    newHeapSites,
    ...countChanges(base, head),
    toolchainSensitive,
    failing: reasons.length > 0,
    reasons,
    warnings,
  };
}

/** Multiset matching by stem; within a stem, equal source lines first, then source order. */
function matchSites(base: readonly EscapeSite[], head: readonly EscapeSite[]): { added: EscapeSite[]; removed: EscapeSite[] } {
  const groups = new Map<string, { base: EscapeSite[]; head: EscapeSite[] }>();
  const group = (stem: string) => {
    let g = groups.get(stem);
    if (!g) groups.set(stem, (g = { base: [], head: [] }));
    return g;
  };
  for (const s of base) group(siteStem(s)).base.push(s);
  for (const s of head) group(siteStem(s)).head.push(s);

  const added: EscapeSite[] = [];
  const removed: EscapeSite[] = [];
  for (const g of groups.values()) {
    if (g.base.length === g.head.length && g.base.length > 0) continue; // the common case: nothing to decide
    const b = [...g.base].sort(compareSites);
    const h = [...g.head].sort(compareSites);
    const matchedB = new Set<number>();
    const matchedH = new Set<number>();
    // Pass 1: same source text, in order.
    for (let i = 0; i < h.length; i++) {
      if (!h[i].snippet) continue;
      const j = b.findIndex((s, k) => !matchedB.has(k) && s.snippet === h[i].snippet);
      if (j >= 0) {
        matchedB.add(j);
        matchedH.add(i);
      }
    }
    // Pass 2: the rest, in order.
    const restB = b.map((_, k) => k).filter((k) => !matchedB.has(k));
    const restH = h.map((_, k) => k).filter((k) => !matchedH.has(k));
    const paired = Math.min(restB.length, restH.length);
    for (const k of restH.slice(paired)) added.push(h[k]);
    for (const k of restB.slice(paired)) removed.push(b[k]);
  }
  return { added: added.sort(compareSites), removed: removed.sort(compareSites) };
}

function countChanges(base: readonly EscapeSite[], head: readonly EscapeSite[]): Pick<EscapeDiff, 'countsByPackage' | 'countsByFunction'> {
  const pkgs = new Map<string, EscapeCountChange>();
  const fns = new Map<string, EscapeCountChange & { function: string }>();
  const add = (s: EscapeSite, side: 'before' | 'after') => {
    let p = pkgs.get(s.package);
    if (!p) pkgs.set(s.package, (p = { package: s.package, before: 0, after: 0 }));
    if (!isHeapAllocation(s.kind)) return;
    p[side]++;
    const key = JSON.stringify([s.package, s.function]);
    let f = fns.get(key);
    if (!f) fns.set(key, (f = { package: s.package, function: s.function, before: 0, after: 0 }));
    f[side]++;
  };
  for (const s of base) add(s, 'before');
  for (const s of head) add(s, 'after');
  const byName = (a: { package: string; function?: string }, b: { package: string; function?: string }) =>
    a.package.localeCompare(b.package) || (a.function ?? '').localeCompare(b.function ?? '');
  return {
    countsByPackage: [...pkgs.values()].sort(byName),
    countsByFunction: [...fns.values()].filter((f) => f.before !== f.after).sort(byName),
  };
}

/**
 * Escape analysis changes with Go releases (1.25 → 1.26), not with patch
 * releases, which carry fixes only; comparing major.minor keeps the gate
 * effective while setup-go's `stable` moves through patches. Versions we
 * cannot parse (devel builds) must match exactly.
 */
function differentRelease(a: string, b: string): boolean {
  const va = parseGoVersion(a);
  const vb = parseGoVersion(b);
  if (!va || !vb) return a !== b;
  return va[0] !== vb[0] || va[1] !== vb[1];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

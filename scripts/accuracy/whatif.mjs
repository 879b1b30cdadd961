// "What if" variants of the decision rule, for evidence only: a copy of the
// compiled sources with src/compare/compare.ts's rule changed, so the harness
// can show what a proposed change to the comparison would do to the table
// before anyone changes the real code. Used by analyze.mjs --whatif.
import { cp, readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD, OUT_DIR } from './lib.mjs';

export const WHATIFS = {
  // Count metrics compared exactly only when, on each side, at most one
  // sample differs from the majority value (the lone harness outlier the
  // README describes); a count that genuinely alternates (11/12 allocs/op)
  // goes to Mann–Whitney instead of "11 in most base samples, 12 in most head".
  exact: [
    ['const exact = def.kind === ', 'const nearConstant = (xs, m) => xs.filter((v) => v !== m).length <= 1;\n    const exact = def.kind === '],
    ['x.length >= 2 && y.length >= 2);', 'x.length >= 2 && y.length >= 2 && nearConstant(x, mx) && nearConstant(y, my));'],
  ],
  // Count metrics compared exactly only when both sides agree on the value,
  // or when neither side's majority value occurs anywhere on the other side:
  // 3 → 4 allocs/op in (almost) every sample stays exact, while a count that
  // alternates between 11 and 12 on both sides goes to Mann–Whitney.
  disjoint: [
    ['const exact = def.kind === ', 'const apart = mx === my || (!x.includes(my) && !y.includes(mx));\n    const exact = def.kind === '],
    ['x.length >= 2 && y.length >= 2);', 'x.length >= 2 && y.length >= 2 && apart);'],
  ],
  // Benjamini–Hochberg over the gated comparisons only (report-only metrics
  // such as time/op form their own family): report-only p-values no longer
  // dilute the gated ones.
  family: [
    [
      'const adjusted = opts.fdr ? benjaminiHochberg(pending.map((p) => p.c.p)) : pending.map((p) => p.c.p);',
      `const family = (sel) => { const idx = pending.map((p, i) => (sel(p) ? i : -1)).filter((i) => i >= 0); const adj = benjaminiHochberg(idx.map((i) => pending[i].c.p)); const out = []; idx.forEach((i, k) => (out[i] = adj[k])); return out; };
    const gatedFamily = family((p) => p.c.mode === 'gate');
    const reportFamily = family((p) => p.c.mode !== 'gate');
    const adjusted = opts.fdr ? pending.map((p, i) => (p.c.mode === 'gate' ? gatedFamily[i] : reportFamily[i])) : pending.map((p) => p.c.p);`,
    ],
  ],
};

/** compareRuns with the named rule changes applied (e.g. ['exact', 'family']). */
export async function whatIfCompare(names) {
  const dir = path.join(OUT_DIR, `whatif-${names.join('+')}`);
  await rm(dir, { recursive: true, force: true });
  await cp(BUILD, dir, { recursive: true });
  const file = path.join(dir, 'compare/compare.js');
  let text = await readFile(file, 'utf8');
  for (const name of names) {
    const edits = WHATIFS[name];
    if (!edits) throw new Error(`unknown what-if "${name}" (known: ${Object.keys(WHATIFS).join(', ')})`);
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error(`what-if ${name}: compare.js no longer contains ${JSON.stringify(from.slice(0, 60))}`);
      text = text.replace(from, to);
    }
  }
  await writeFile(file, text);
  return (await import(pathToFileURL(file).href)).compareRuns;
}

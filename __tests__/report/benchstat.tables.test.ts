/**
 * Our benchstat-style tables against the real benchstat's, on the same
 * samples: scripts/benchstat-oracle.mjs ran `benchstat base head` on the
 * table cases of scripts/benchstat-oracle/tables.mjs and recorded its text;
 * here the same samples go through compareRuns and benchTables, and every
 * cell must read the same — medians with their SI or binary prefix, the ±
 * interval, the delta (`~`, `?`, `+12.34%`), `(p=… n=…)`, the geomean row,
 * the footnotes and the unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRuns } from '../../src/compare/compare.js';
import { benchTables, type BenchCell, type BenchTable } from '../../src/report/tables.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { BenchmarkResult, RunResult } from '../../src/result/types.js';
import { makeBenchmark, makeRunResult } from '../result/fixtures.js';

interface TableCase {
  name: string;
  package: string;
  benchmarks: { name: string; procs: number; units: Record<string, [number[], number[]]> }[];
  text: string;
}

const oracle = JSON.parse(readFileSync(join(process.cwd(), '__tests__', 'fixtures', 'benchstat', 'expectations.json'), 'utf8')) as {
  tableUnits: Record<string, string>;
  tables: TableCase[];
};

function runs(c: TableCase): [RunResult, RunResult] {
  const side = (i: 0 | 1): RunResult => {
    const benchmarks: BenchmarkResult[] = c.benchmarks.map((b) =>
      makeBenchmark({
        package: c.package,
        name: b.name,
        procs: b.procs,
        samples: [],
        unavailable: {},
        metrics: Object.fromEntries(Object.entries(b.units).map(([unit, sides]) => [oracle.tableUnits[unit], sides[i]])),
      }),
    );
    return makeRunResult({ benchmarks });
  };
  return [side(0), side(1)];
}

interface ParsedCell {
  text: string;
  notes: string[];
}
interface ParsedTable {
  package: string;
  unit: string;
  rows: Map<string, { base: ParsedCell; head: ParsedCell; delta: ParsedCell }>;
  geomean: { base: ParsedCell; head: ParsedCell; delta: ParsedCell } | null;
}

const SUPER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const fromSuper = (s: string) => Number([...s].map((ch) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(ch)).join(''));

/** benchstat's text tables, cut into cells by the column rules of its header. */
function parseBenchstat(text: string): ParsedTable[] {
  const out: ParsedTable[] = [];
  let pkg = '';
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const body: string[] = [];
    for (const l of lines) {
      const m = /^pkg: (.*)$/.exec(l);
      if (m) pkg = m[1]!;
      else if (!/^(goos|goarch|cpu):/.test(l)) body.push(l);
    }
    if (body.length < 3) continue;
    const bars = [...body[0]].flatMap((ch, i) => (ch === '│' ? [i] : []));
    const vs = body[1].indexOf('vs base');
    const unit = body[1].slice(bars[0] + 1, bars[1]).trim();
    const notes = new Map<number, string>();
    for (const l of body) {
      const m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/.exec(l);
      if (m) notes.set(fromSuper(m[1]), m[2]);
    }
    const cell = (s: string): ParsedCell => ({
      text: s.replace(SUPER, '').replace(/\s+/g, ' ').trim(),
      notes: (s.match(SUPER) ?? []).map((x) => notes.get(fromSuper(x))!),
    });
    const t: ParsedTable = { package: pkg, unit, rows: new Map(), geomean: null };
    for (const l of body.slice(2)) {
      if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(l)) continue;
      const name = l.slice(0, bars[0]).trim();
      const cells = { base: cell(l.slice(bars[0] + 1, bars[1])), head: cell(l.slice(bars[1] + 1, vs)), delta: cell(l.slice(vs)) };
      if (name === 'geomean') t.geomean = cells;
      else t.rows.set(name, cells);
    }
    out.push(t);
  }
  return out;
}

const ours = (c: BenchCell | null) => (c ? { text: `${c.center} ± ${c.range}`, notes: c.notes } : { text: '', notes: [] as number[] });

describe('benchstat tables agree with the real benchstat', () => {
  it('has table cases with the units our reports print', () => {
    expect(oracle.tables.length).toBeGreaterThanOrEqual(3);
    const units = new Set(oracle.tables.flatMap((c) => c.benchmarks.flatMap((b) => Object.keys(b.units))));
    expect([...units].sort()).toEqual(['B', 'B/op', 'GCs/op', 'MB/s', 'allocs/op', 'goroutines', 'ns', 'ns/op']);
  });

  describe.each(oracle.tables.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const [base, head] = runs(c);
    const report = compareRuns(base, head, { sameRunner: true });
    const tables = benchTables(report);
    const theirs = parseBenchstat(c.text);

    it('has the same tables, packages and units', () => {
      expect(tables.map((t) => `${t.package} ${t.unit}`).sort()).toEqual(theirs.map((t) => `${t.package} ${t.unit}`).sort());
    });

    it.each(theirs.map((t) => [t.unit, t] as const))('%s: every cell as benchstat prints it', (_unit, t) => {
      const mine = tables.find((x) => x.package === t.package && x.unit === t.unit) as BenchTable;
      expect(mine.rows.map((r) => r.name)).toEqual([...t.rows.keys()]);
      const noteText = (ns: number[]) => ns.map((n) => mine.notes[n - 1]);
      for (const r of mine.rows) {
        const want = t.rows.get(r.name)!;
        const b = ours(r.base);
        const h = ours(r.head);
        expect({ row: r.name, base: b.text, head: h.text, delta: `${r.delta} (${r.note})` }).toEqual({
          row: r.name,
          base: want.base.text,
          head: want.head.text,
          delta: want.delta.text,
        });
        expect([noteText(b.notes), noteText(h.notes), noteText(r.deltaNotes)]).toEqual([want.base.notes, want.head.notes, want.delta.notes]);
      }
      if (!t.geomean) {
        expect(mine.geomean).toBeNull();
        return;
      }
      const g = mine.geomean!;
      expect([g.base, g.head, g.delta]).toEqual([t.geomean.base.text, t.geomean.head.text, t.geomean.delta.text]);
      expect([...noteText(g.baseNotes), ...noteText(g.headNotes)].sort()).toEqual(
        [...t.geomean.base.notes, ...t.geomean.head.notes, ...t.geomean.delta.notes].sort(),
      );
    });

    it('prints the same cells in the terminal report', () => {
      const lines = renderTerminal(report)
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' '));
      for (const t of theirs) {
        for (const [name, want] of t.rows) {
          const line = lines.find((l) => l.startsWith(`${name} `) && l.includes(` ${want.base.text} `) && l.includes(` ${want.head.text} `));
          expect({ name, line: line !== undefined }).toEqual({ name, line: true });
          expect(line).toContain(want.delta.text);
        }
      }
    });
  });
});

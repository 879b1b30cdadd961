/** compareAllocationSites, explainAllocationChange and site identity as pure functions. */
import { compareAllocationSites, explainAllocationChange, pairAllocationSites } from '../../src/compare/allocation-sites.js';
import { enclosingFunction } from '../../src/compare/site-identity.js';
import { normaliseLine } from '../../src/analyze/source.js';
import type { AllocationSite } from '../../src/pprof/sites.js';

const site = (fn: string, line: number, objectsPerOp: number, bytesPerOp: number): AllocationSite => ({
  function: `example.com/m/pkg.${fn}`,
  file: 'pkg/a.go',
  line,
  objectsPerOp,
  bytesPerOp,
  objects: 0,
  bytes: 0,
});

test('noise: overlapping samples or changes under the floors are not reported', () => {
  const base = [[site('F', 10, 2, 64)], [site('F', 10, 2.2, 70)], [site('F', 10, 1.9, 60)]];
  const overlap = [[site('F', 10, 2.1, 66)], [site('F', 10, 2.3, 72)], [site('F', 10, 1.8, 58)]];
  expect(compareAllocationSites(base, overlap)).toEqual([]);
  const grown = [[site('F', 10, 3, 96)], [site('F', 10, 3.1, 99)], [site('F', 10, 3, 96)]];
  const g = compareAllocationSites(base, grown);
  expect(g).toHaveLength(1);
  expect(g[0]).toMatchObject({ kind: 'grown', line: 10, deltaObjectsPerOp: 1, deltaBytesPerOp: 32 });
});

test('new, gone and shrunk sites, growth ranked first', () => {
  const base = [[site('A', 5, 1, 16), site('B', 7, 4, 4096)]];
  const head = [[site('B', 7, 4, 1024), site('C', 9, 2, 64)]];
  const g = compareAllocationSites(base, head);
  expect(g.map((x) => [x.function.split('.').pop(), x.kind])).toEqual([
    ['C', 'new'],
    ['B', 'shrunk'],
    ['A', 'gone'],
  ]);
  expect(explainAllocationChange('bytes', 4112, 1088, g)).toBe(
    'B/op 4112 → 1088: allocation shrank at pkg/a.go:7 in B, 4.0 → 4.0 objects/op, 4096 → 1024 B/op; allocation removed at pkg/a.go:5 in A, was 1.0 objects/op, 16 B/op',
  );
});

test('moved lines pair up only when a function has as many gone as new lines', () => {
  const base = [[site('F', 10, 1, 32), site('F', 20, 1, 32)]];
  const head = [[site('F', 12, 1, 32), site('F', 22, 2, 64)]];
  const g = compareAllocationSites(base, head);
  expect(g).toEqual([expect.objectContaining({ line: 22, baseLine: 20, kind: 'grown', deltaObjectsPerOp: 1 })]);
  const extra = compareAllocationSites(base, [[...head[0], site('F', 30, 1, 8)]]);
  expect(extra.map((x) => x.kind).sort()).toEqual(['gone', 'gone', 'new', 'new', 'new']);
});

test('a change no site accounts for says so', () => {
  expect(explainAllocationChange('allocs', 3, 4, [])).toMatch(/^allocs\/op 3 → 4: no allocation site changed beyond noise/);
});

test('more than three sites are summarised', () => {
  const head = [[1, 2, 3, 4, 5].map((i) => site(`F${i}`, i, 1, 8 * i))];
  const text = explainAllocationChange('allocs', 0, 5, compareAllocationSites([[]], head));
  expect(text).toMatch(/; and 2 more sites$/);
  expect(text).toContain('new allocation at pkg/a.go:5 in F5');
});

describe('identity: function, what is allocated, ordinal', () => {
  const at = (fn: string, line: number, what: { snippet?: string; size?: number }, objectsPerOp = 1, bytesPerOp = 32): AllocationSite => ({
    ...site(fn, line, objectsPerOp, bytesPerOp),
    ...what,
  });

  test('a line inserted above pairs the moved site by its text, and the inserted one is the only new site', () => {
    const base = [[at('F', 10, { snippet: 'return string(buf[:])', size: 48 }, 1, 48)]];
    const head = [[at('F', 10, { snippet: 'sink = make([]byte, 64)', size: 64 }, 1, 64), at('F', 11, { snippet: 'return string(buf[:])', size: 48 }, 1, 48)]];
    const pairs = pairAllocationSites(base, head);
    expect(pairs.find((p) => p.line === 11)).toMatchObject({ baseLine: 10 });
    expect(compareAllocationSites(base, head)).toEqual([expect.objectContaining({ line: 10, kind: 'new' })]);
  });

  test('equal texts pair by ordinal; numbers in the text are not identity', () => {
    const base = [
      [at('F', 5, { snippet: 'b = append(b, x)' }), at('F', 9, { snippet: 'b = append(b, x)' }), at('F', 12, { snippet: 'make([]byte, 0, 4096)' }, 1, 4096)],
    ];
    const head = [
      [at('F', 7, { snippet: 'b = append(b, x)' }), at('F', 11, { snippet: 'b = append(b, x)' }), at('F', 14, { snippet: 'make([]byte, 0, 6144)' }, 1, 6144)],
    ];
    const pairs = pairAllocationSites(base, head);
    expect(pairs.map((p) => [p.line, p.baseLine])).toEqual([
      [7, 5],
      [11, 9],
      [14, 12],
    ]);
    expect(compareAllocationSites(base, head)).toEqual([expect.objectContaining({ line: 14, baseLine: 12, kind: 'grown' })]);
  });

  test('without text, the size class and then the line stand in (a baseline stored before snippets)', () => {
    const base = [[at('F', 10, { size: 48 }, 1, 48), at('F', 20, {}, 1, 16)]];
    const head = [
      [
        at('F', 10, { snippet: 'x := make([]byte, 64)', size: 64 }, 1, 64),
        at('F', 11, { snippet: 'r := &record{}', size: 48 }, 1, 48),
        at('F', 20, { snippet: 'y := new(int)' }, 1, 16),
      ],
    ];
    const g = compareAllocationSites(base, head);
    expect(g).toEqual([expect.objectContaining({ line: 10, kind: 'new' })]);
  });

  test('closures renumbered by a closure added above are still the same function', () => {
    const base = [[at('F.func1', 10, { snippet: 'v := new(T)' })]];
    const head = [[at('F.func2', 14, { snippet: 'v := new(T)' })]];
    expect(pairAllocationSites(base, head)).toEqual([expect.objectContaining({ function: 'example.com/m/pkg.F.func2', line: 14, baseLine: 10 })]);
    expect(enclosingFunction('example.com/m/pkg.F.func2.1')).toBe('example.com/m/pkg.F.func');
  });

  test('source lines lose trailing comments, not comment markers inside literals', () => {
    expect(normaliseLine('\tbuf := make([]byte, 64)     // site:buf')).toBe('buf := make([]byte, 64)');
    expect(normaliseLine('\ts := "http://x" + `a//b` // c')).toBe('s := "http://x" + `a//b`');
    expect(normaliseLine("\tr := '/' /* c */")).toBe("r := '/'");
  });
});

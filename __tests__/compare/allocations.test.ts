import { compareRuns } from '../../src/compare/compare.js';
import type { Sample, SiteSeries } from '../../src/result/types.js';
import { run } from './helpers.js';

const samples = (n: number): Sample[] =>
  Array.from({ length: n }, (_, i) => ({ order: i, iterations: 1000, values: {}, artifacts: { memprofile: `s${i}/mem.pprof` }, wallMs: 1 }));

function site(objects: number[], bytes: number[], over: Partial<SiteSeries> = {}): SiteSeries {
  return {
    kind: 'allocation',
    function: 'example.com/m/codec.(*Encoder).Encode',
    file: 'codec/codec.go',
    line: 16,
    values: { 'objects/op': objects, 'B/op': bytes },
    ...over,
  };
}

describe('allocation sites', () => {
  it('explains 0 → 1 allocs/op by a new site even when the baseline allocated nothing at all', () => {
    const base = run([{ samples: samples(4), metrics: { allocs: [0, 0, 0, 0], bytes: [0, 0, 0, 0] } }]);
    const head = run([{ samples: samples(4), metrics: { allocs: [1, 1, 1, 1], bytes: [8, 8, 8, 8] }, sites: [site([1, 1, 1, 1], [8, 8, 8, 8])] }]);
    const r = compareRuns(base, head);
    const allocs = r.comparisons.find((c) => c.metric === 'allocs')!;
    expect(allocs.verdict).toBe('regression');
    expect(allocs.explanation).toBe('allocs/op 0 → 1: new allocation at codec/codec.go:16 in (*Encoder).Encode, 1.0 objects/op, 8 B/op');
    expect(r.sites).toEqual([expect.objectContaining({ kind: 'allocation', change: 'new', file: 'codec/codec.go', line: 16, gating: false })]);
  });

  it('reports a grown site with its old line when an edit moved it, and no explanation for unchanged metrics', () => {
    const base = run([
      {
        samples: samples(4),
        metrics: { bytes: [4096, 4096, 4096, 4096] },
        sites: [site([1, 1, 1, 1], [4096, 4096, 4096, 4096], { function: 'example.com/m/codec.NewFrame', line: 19 })],
      },
    ]);
    const head = run([
      {
        samples: samples(4),
        metrics: { bytes: [6144, 6144, 6144, 6144] },
        sites: [site([1, 1, 1, 1], [6144, 6144, 6144, 6144], { function: 'example.com/m/codec.NewFrame', line: 26 })],
      },
    ]);
    const r = compareRuns(base, head);
    expect(r.sites?.[0]).toMatchObject({ change: 'grown', line: 26, function: 'NewFrame' });
    expect(r.sites?.[0].summary).toMatch(/4096 → 6144 B\/op \(\+2048\); was line 19/);
    expect(r.comparisons.find((c) => c.metric === 'bytes')!.explanation).toMatch(
      /B\/op 4096 → 6144: allocation grew at codec\/codec\.go:26 in NewFrame \(was line 19\)/,
    );
  });
});

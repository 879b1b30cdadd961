import { compareRuns } from '../../src/compare/compare.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { SiteSeries } from '../../src/result/types.js';
import { run } from './helpers.js';

function leak(counts: number[], over: Partial<SiteSeries> = {}): SiteSeries {
  return {
    kind: 'leak',
    function: 'example.com/m/p.(*Pool).Start',
    file: 'p/pool.go',
    line: 42,
    stack: [
      { function: 'example.com/m/p.(*Pool).Start', file: 'p/pool.go', line: 42 },
      { function: 'example.com/m/p.BenchmarkPool', file: 'p/pool_test.go', line: 9 },
    ],
    values: { goroutines: counts },
    ...over,
  };
}

const six = (v: number) => [v, v, v, v, v, v];

describe('goroutine-leak sites', () => {
  it('fails the gate on a new leak site, with its creation site and stack', () => {
    const base = run([{ metrics: { allocs: six(0) } }]);
    const head = run([{ metrics: { allocs: six(0) }, sites: [leak(six(101))] }]);
    const r = compareRuns(base, head);
    expect(r.verdict).toBe('fail');
    expect(r.headline).toBe('1 regression: 1 leak site.');
    expect(r.sites).toEqual([
      expect.objectContaining({
        kind: 'leak',
        change: 'new',
        gating: true,
        file: 'p/pool.go',
        line: 42,
        function: 'example.com/m/p.(*Pool).Start',
        head: 101,
        base: 0,
      }),
    ]);
    const md = renderMarkdown(r);
    expect(md).toMatch(/^1\. ❌ \*\*new goroutine leak\*\* at `p\/pool\.go:42`/m);
    expect(md).toMatch(/Located changes \(1, 1 failing the gate\)/);
    expect(md).toMatch(/`p\/pool\.go:42`/);
    expect(md).toMatch(/p\/pool_test\.go:9/);
  });

  it('says how many leak per op, whatever the benchtime (per-op values come from the last round)', () => {
    const head = run([{ sites: [leak(six(101), { values: { goroutines: six(101), 'goroutines/op': six(1) } })] }]);
    head.config.benchtime = '1s';
    const [site] = compareRuns(run([{}]), head).sites ?? [];
    expect(site.summary).toMatch(/^new leak: 101 goroutines blocked at exit \(median of 6 runs, 1.00 per op\), none in the baseline$/);
  });

  it('ignores a site that leaked in a minority of runs (a goroutine exiting as the trace stopped)', () => {
    const r = compareRuns(run([{}]), run([{ sites: [leak([0, 0, 1, 0, 0, 0])] }]));
    expect(r.sites).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  it('matches a leak site across commits by file and function, not line', () => {
    const base = run([{ sites: [leak(six(10), { line: 40 })] }]);
    const head = run([{ sites: [leak(six(10), { line: 57 })] }]);
    const r = compareRuns(base, head);
    expect(r.sites).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  it('fails when an existing leak grows significantly, and reports a fixed leak as removed', () => {
    const grown = compareRuns(run([{ sites: [leak([10, 11, 10, 10, 12, 10])] }]), run([{ sites: [leak([20, 21, 22, 20, 20, 21])] }]));
    expect(grown.sites?.[0]).toMatchObject({ change: 'grown', gating: true });
    const fixed = compareRuns(run([{ sites: [leak(six(3))] }]), run([{ sites: [] }]));
    expect(fixed.sites?.[0]).toMatchObject({ change: 'removed', gating: false });
    expect(fixed.verdict).toBe('pass');
  });

  it('reports without gating when the leak metric is report-only, or when there is no baseline', () => {
    const head = run([{ sites: [leak(six(1))] }]);
    const report = compareRuns(run([{}]), head, { metrics: { 'goroutines-leaked': { mode: 'report' } } });
    expect(report.sites?.[0]).toMatchObject({ change: 'new', gating: false });
    expect(report.verdict).toBe('pass');
    const none = compareRuns(null, head);
    expect(none.sites?.[0]).toMatchObject({ gating: false });
    expect(none.sites?.[0].summary).toMatch(/no baseline/);
    expect(compareRuns(run([{}]), head, { metrics: { 'goroutines-leaked': { mode: 'off' } } }).sites).toEqual([]);
  });
});

describe('terminal rendering of sites', () => {
  it('lists a gating leak site with its location and stack', async () => {
    const { renderTerminal } = await import('../../src/report/terminal.js');
    const r = compareRuns(run([{}]), run([{ sites: [leak(six(2))] }]));
    const text = renderTerminal(r);
    expect(text).toMatch(/Findings \(1\):/);
    expect(text).toMatch(/ 1\. ✗ new goroutine leak at p\/pool\.go:42 in example\.com\/m\/p\.\(\*Pool\)\.Start: new leak: 2 goroutines blocked at exit/);
    expect(text).toMatch(/p\/pool_test\.go:9/);
  });
});

import { compareRuns } from '../../src/compare/compare.js';
import { reportAnnotations } from '../../src/publish/annotations.js';
import type { SiteSeries } from '../../src/result/types.js';
import { run } from '../compare/helpers.js';

const six = (v: number) => [v, v, v, v, v, v];
const leak: SiteSeries = {
  kind: 'leak',
  function: 'example.com/m/p.Start',
  file: 'p/pool.go',
  line: 42,
  stack: [{ function: 'example.com/m/p.Start', file: 'p/pool.go', line: 42 }],
  values: { goroutines: six(3) },
};

describe('annotations for located findings', () => {
  it('puts a failing annotation at a new leak site, with its stack as raw details, before benchmark annotations', () => {
    const r = compareRuns(
      run([{ file: 'p/pool_test.go', line: 9, metrics: { allocs: six(0) } }]),
      run([{ file: 'p/pool_test.go', line: 9, metrics: { allocs: six(1) }, sites: [leak] }]),
    );
    const a = reportAnnotations(r);
    expect(a.map((x) => `${x.kind} ${x.path}:${x.startLine} ${x.level}`)).toEqual([
      'leak-site p/pool.go:42 failure',
      'regressed-benchmark p/pool_test.go:9 failure',
    ]);
    expect(a[0].title).toBe('Goroutine leak created here: example.com/m/p.Start');
    expect(a[0].rawDetails).toMatch(/p\/pool\.go:42/);
  });

  it('does not annotate a fixed leak', () => {
    const r = compareRuns(run([{ sites: [leak] }]), run([{ sites: [] }]));
    expect(reportAnnotations(r).filter((x) => x.kind === 'leak-site')).toEqual([]);
  });
});

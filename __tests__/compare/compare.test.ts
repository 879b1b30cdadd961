import { compareRuns } from '../../src/compare/compare.js';
import { run } from './helpers.js';

const six = (v: number) => [v, v, v, v, v, v];

function only(report: ReturnType<typeof compareRuns>, metric: string, name = 'BenchmarkX') {
  const c = report.comparisons.find((x) => x.metric === metric && x.benchmark.name === name);
  if (!c) throw new Error(`no comparison for ${name} ${metric}`);
  return c;
}

describe('compareRuns', () => {
  it('compares constant count metrics exactly: 0 → 1 allocs/op is a gated regression', () => {
    const base = run([{ metrics: { allocs: six(0), bytes: six(0) } }]);
    const head = run([{ metrics: { allocs: six(1), bytes: six(8) } }]);
    const r = compareRuns(base, head);
    const allocs = only(r, 'allocs');
    expect(allocs).toMatchObject({ test: 'exact', verdict: 'regression', gating: true, p: null, delta: null, absoluteDelta: 1 });
    expect(r.verdict).toBe('fail');
    expect(r.counts.regressions).toBe(2);
    // allocs/op and B/op of one benchmark without a located site: one cause.
    expect(r.headline).toBe('1 regression: 1 allocation regression without a located site.');
    expect(r.causes!.map((c) => [c.kind, c.gating, c.effects.map((e) => e.metric).sort()])).toEqual([['metric', true, ['allocs', 'bytes']]]);
  });

  it('passes an A/A comparison of identical samples', () => {
    const samples = { allocs: six(3), bytes: six(96), time: [100, 103, 99, 101, 102, 98] };
    const r = compareRuns(run([{ metrics: samples }]), run([{ metrics: { ...samples, time: [101, 99, 100, 104, 98, 102] } }]));
    expect(r.verdict).toBe('pass');
    expect(r.comparisons.every((c) => c.verdict === 'unchanged')).toBe(true);
    expect(only(r, 'time').test).toBe('mann-whitney');
  });

  it('uses Mann–Whitney for noisy samples and respects the threshold', () => {
    const base = run([{ metrics: { bytes: [4096, 4100, 4090, 4095, 4098, 4093] } }]);
    const small = run([{ metrics: { bytes: [4150, 4160, 4155, 4158, 4152, 4151] } }]); // +1.4%: significant, below 5%
    const big = run([{ metrics: { bytes: [6144, 6150, 6140, 6148, 6146, 6141] } }]); // +50%
    const within = only(compareRuns(base, small), 'bytes');
    expect(within.test).toBe('mann-whitney');
    expect(within.p).toBeLessThan(0.05);
    expect(within.verdict).toBe('unchanged');
    expect(within.reason).toMatch(/within the threshold/);
    const grown = only(compareRuns(base, big), 'bytes');
    expect(grown.verdict).toBe('regression');
    expect(grown.delta).toBeCloseTo(6145 / 4095.5 - 1, 9); // medians of the two samples
  });

  it('reports improvements symmetrically and never gates them', () => {
    const r = compareRuns(run([{ metrics: { allocs: six(2) } }]), run([{ metrics: { allocs: six(1) } }]));
    expect(only(r, 'allocs')).toMatchObject({ verdict: 'improvement', gating: false });
    expect(r.verdict).toBe('pass');
  });

  it('calls too few samples insufficient instead of passing silently', () => {
    const r = compareRuns(run([{ metrics: { time: [1, 2, 3] } }]), run([{ metrics: { time: [10, 11, 12] } }]));
    const c = only(r, 'time');
    expect(c.verdict).toBe('insufficient');
    expect(c.reason).toMatch(/n=3 vs 3 can never reach p≤0.05/);
  });

  it('treats a higher MB/s as an improvement (direction from the metric)', () => {
    const r = compareRuns(
      run([{ metrics: { throughput: [100, 101, 102, 100, 99, 101] } }]),
      run([{ metrics: { throughput: [200, 201, 199, 202, 200, 198] } }]),
    );
    expect(only(r, 'throughput').verdict).toBe('improvement');
  });

  it('keeps report-only metrics out of the gate', () => {
    const r = compareRuns(run([{ metrics: { time: [100, 101, 102, 100, 99, 101] } }]), run([{ metrics: { time: [200, 201, 199, 202, 200, 198] } }]));
    expect(only(r, 'time')).toMatchObject({ verdict: 'regression', mode: 'report', gating: false });
    expect(r.verdict).toBe('pass');
    expect(r.headline).toMatch(/1 report-only regression/);
  });

  it('applies mode overrides and absolute floors', () => {
    const base = run([{ metrics: { time: [100, 101, 102, 100, 99, 101] } }]);
    const head = run([{ metrics: { time: [120, 121, 119, 122, 120, 118] } }]);
    expect(compareRuns(base, head, { metrics: { time: { mode: 'gate' } }, sameRunner: true }).verdict).toBe('fail');
    // time is machine-sensitive: against a baseline from another run it is a suspect, not a failure.
    const cached = compareRuns(base, head, { metrics: { time: { mode: 'gate' } } });
    expect(cached.verdict).toBe('pass');
    expect(only(cached, 'time')).toMatchObject({ verdict: 'regression', gating: false, confirmation: { status: 'pending' } });
    const floored = only(compareRuns(base, head, { metrics: { time: { mode: 'gate', floor: 50 } } }), 'time');
    expect(floored.verdict).toBe('unchanged');
    expect(compareRuns(base, head, { metrics: { time: { mode: 'off' } } }).comparisons).toHaveLength(0);
  });

  it('adjusts p-values across all comparisons with Benjamini–Hochberg, and not when fdr is off', () => {
    const benches = ['A', 'B', 'C', 'D'].map((n, i) => ({ name: `Benchmark${n}`, metrics: { time: [100, 101, 102, 103, 104, 105].map((x) => x + i) } }));
    const heads = ['A', 'B', 'C', 'D'].map((n, i) => ({
      name: `Benchmark${n}`,
      metrics: { time: i === 0 ? [130, 131, 132, 133, 134, 135] : [101, 103, 100, 104, 102, 106].map((x) => x + i) },
    }));
    const withFdr = compareRuns(run(benches), run(heads));
    const a = only(withFdr, 'time', 'BenchmarkA');
    expect(a.pAdjusted).toBeGreaterThan(a.p!);
    const noFdr = only(compareRuns(run(benches), run(heads), { fdr: false }), 'time', 'BenchmarkA');
    expect(noFdr.pAdjusted).toBe(noFdr.p);
  });

  it('shows head values without a baseline and does not fail', () => {
    const r = compareRuns(null, run([{ metrics: { allocs: six(1) } }]));
    expect(r.verdict).toBe('no-baseline');
    expect(only(r, 'allocs')).toMatchObject({ base: null, verdict: 'insufficient', reason: 'no baseline' });
    expect(r.head.environment.goVersion).toBe('go1.26.8');
  });

  it('fails on a head benchmark failure unless told otherwise, and lists added and removed benchmarks', () => {
    const base = run([{ name: 'BenchmarkOld', metrics: { allocs: six(1) } }]);
    const head = run([
      { name: 'BenchmarkNew', metrics: { allocs: six(1) } },
      { name: 'BenchmarkBoom', failure: { kind: 'panic', message: 'panic: boom', output: 'panic: boom\n' } },
    ]);
    const r = compareRuns(base, head);
    expect(r.verdict).toBe('fail');
    expect(r.failures).toEqual([expect.objectContaining({ name: 'BenchmarkBoom', kind: 'panic', side: 'head' })]);
    expect(r.added.map((b) => b.name)).toEqual(['BenchmarkNew']);
    expect(r.removed.map((b) => b.name)).toEqual(['BenchmarkOld']);
    expect(compareRuns(base, head, { failOnBenchmarkFailure: false }).verdict).toBe('pass');
  });

  it('marks metrics unavailable with the reason, never as zero', () => {
    const base = run([{ metrics: { allocs: six(1) } }]);
    const head = run([{ metrics: {}, unavailable: { allocs: 'profile truncated at offset 12' } }]);
    const c = only(compareRuns(base, head), 'allocs');
    expect(c).toMatchObject({ head: null, verdict: 'insufficient' });
    expect(c.reason).toMatch(/unavailable: profile truncated/);
  });

  it('warns when environments differ', () => {
    const r = compareRuns(run([{ metrics: { allocs: six(1) } }]), run([{ metrics: { allocs: six(1) } }], { goVersion: 'go1.27.0', cpu: 'Intel' }));
    expect(r.warnings.join('\n')).toMatch(/Go version differs: baseline go1.26.8, head go1.27.0/);
    expect(r.warnings.join('\n')).toMatch(/CPU differs/);
    expect(r.warnings.join('\n')).not.toMatch(/recorded by/);
  });

  it('warns when the baseline was recorded by another release of the tool', () => {
    const base = run([{ metrics: { allocs: six(1) } }]);
    base.tool = { name: 'go-runtime-gate', version: '0.0.9' };
    const r = compareRuns(base, run([{ metrics: { allocs: six(1) } }]));
    expect(r.warnings).toContain('The baseline was recorded by go-runtime-gate 0.0.9, this run by 0.1.0; metric definitions may differ between releases.');
  });
});

describe('count metrics with a lone harness outlier', () => {
  it('compares the majority values exactly: [0,0,0,1] → [6,6,6,6] B/op is a regression', () => {
    const r = compareRuns(run([{ metrics: { bytes: [0, 0, 0, 1] } }]), run([{ metrics: { bytes: [6, 6, 6, 6] } }]));
    expect(r.comparisons[0]).toMatchObject({ test: 'exact', verdict: 'regression', gating: true });
    expect(r.comparisons[0].reason).toMatch(/0 in most base samples, 6 in most head samples/);
  });
  it('keeps an A/A comparison unchanged when one sample has harness noise', () => {
    const r = compareRuns(run([{ metrics: { bytes: [0, 0, 266, 0, 0, 0] } }]), run([{ metrics: { bytes: [0, 0, 0, 0, 0, 0] } }]));
    expect(r.comparisons[0]).toMatchObject({ test: 'exact', verdict: 'unchanged' });
  });
  it('falls back to Mann–Whitney when no value holds a majority', () => {
    const r = compareRuns(run([{ metrics: { bytes: [1, 2, 3, 4, 5, 6] } }]), run([{ metrics: { bytes: [1, 2, 3, 4, 5, 6] } }]));
    expect(r.comparisons[0].test).toBe('mann-whitney');
  });
});

describe('thresholds at their exact value', () => {
  it('does not count a change of exactly the threshold (10 → 11 at 10%) as exceeding it', () => {
    const r = compareRuns(run([{ metrics: { allocs: [10, 10, 10, 10] } }]), run([{ metrics: { allocs: [11, 11, 11, 11] } }]), {
      metrics: { allocs: { threshold: 0.1 } },
    });
    expect(r.comparisons[0]).toMatchObject({ verdict: 'unchanged' });
    expect(r.comparisons[0].reason).toMatch(/within the threshold/);
  });
});

describe('count metrics whose values overlap between the sides', () => {
  it('does not call 11 → 12 allocs/op certain when both values occur on both sides (an A/A run of a bimodal benchmark)', () => {
    const r = compareRuns(run([{ metrics: { allocs: [11, 11, 11, 12, 12, 11] } }]), run([{ metrics: { allocs: [12, 12, 11, 12, 12, 11] } }]));
    expect(r.comparisons[0]).toMatchObject({ test: 'mann-whitney', verdict: 'unchanged' });
  });
  it('still compares exactly when the majority values are disjoint', () => {
    const r = compareRuns(run([{ metrics: { allocs: [11, 11, 11, 11, 13, 11] } }]), run([{ metrics: { allocs: [12, 12, 12, 12, 12, 13] } }]));
    expect(r.comparisons[0]).toMatchObject({ test: 'exact', verdict: 'regression' });
  });
});

describe('the seed rules: 3σ for GC pauses and absolute ceilings', () => {
  const base = run([{ metrics: { 'gc-pause-p99': [100_000, 110_000, 105_000, 95_000, 100_000, 102_000] } }]);
  it('flags a GC pause p99 beyond the baseline mean + 3σ when the rule is chosen', async () => {
    const { parseConfig } = await import('../../src/options/config.js');
    const metrics = parseConfig({ gcPauseRule: '3sigma' }).metrics;
    const head = run([{ metrics: { 'gc-pause-p99': [400_000, 410_000, 390_000, 405_000, 395_000, 400_000] } }]);
    const c = compareRuns(base, head, { metrics, sameRunner: true }).comparisons[0];
    expect(c).toMatchObject({ test: 'three-sigma', verdict: 'regression', gating: true });
    expect(compareRuns(base, head, { metrics }).comparisons[0]).toMatchObject({ verdict: 'regression', gating: false, confirmation: { status: 'pending' } });
    // Baseline mean 102000, sample standard deviation 5099.02: the limit is 117297.
    expect(c.reason).toContain('(1.173e+5 ns)');
    const same = compareRuns(base, run([{ metrics: { 'gc-pause-p99': [101_000, 99_000, 104_000, 100_000, 103_000, 98_000] } }]), { metrics });
    expect(same.comparisons[0]).toMatchObject({ test: 'three-sigma', verdict: 'unchanged' });
  });
  it('regresses a head median beyond an absolute ceiling, parsed from a Go duration', async () => {
    const { parseConfig } = await import('../../src/options/config.js');
    const metrics = parseConfig({ ceilings: 'gc-pause-p99=20ms, goroutines-peak=10000' }).metrics;
    expect(metrics['gc-pause-p99'].ceiling).toBe(20_000_000);
    expect(metrics['goroutines-peak'].ceiling).toBe(10_000);
    const head = run([{ metrics: { 'gc-pause-p99': [25e6, 26e6, 24e6, 25e6, 25e6, 26e6] } }]);
    const c = compareRuns(run([{ metrics: { 'gc-pause-p99': [25e6, 26e6, 24e6, 25e6, 25e6, 26e6] } }]), head, { metrics }).comparisons[0];
    expect(c).toMatchObject({ test: 'ceiling', verdict: 'regression', gating: true });
    expect(c.reason).toMatch(/beyond the ceiling 20000000 ns/);
  });
});

describe('machine-invariant and machine-sensitive metrics against a baseline from another run', () => {
  const base = run([{ metrics: { 'gc-cycles': [10, 11, 10, 12, 11, 10], 'custom:items/op': six(3) } }]);
  const head = run([{ metrics: { 'gc-cycles': [20, 22, 21, 20, 23, 21], 'custom:items/op': six(4) } }]);

  it('makes a sensitive regression a pending suspect, even one only the raw p finds', () => {
    const r = compareRuns(base, head, { metrics: { 'custom:items/op': { mode: 'gate' } } });
    expect(only(r, 'gc-cycles')).toMatchObject({ verdict: 'regression', gating: false, confirmation: { status: 'pending' } });
    expect(r.verdict).toBe('pass');
    expect(r.headline).toMatch(/not confirmed on this runner/);
    // Same runner (A/B): gates as measured.
    expect(compareRuns(base, head, { sameRunner: true }).verdict).toBe('fail');
  });

  it('lets a custom metric declared invariant gate from the cached baseline', () => {
    const metrics = { 'custom:items/op': { mode: 'gate' as const, threshold: 0 } };
    expect(only(compareRuns(base, head, { metrics }), 'custom:items/op').gating).toBe(false);
    const declared = compareRuns(base, head, { metrics, invariantMetrics: ['custom:items/op'] });
    expect(only(declared, 'custom:items/op')).toMatchObject({ verdict: 'regression', gating: true });
    expect(declared.verdict).toBe('fail');
  });

  it('says a pause against a baseline that never collected is that GC now runs', () => {
    const r = compareRuns(
      run([{ metrics: { 'gc-pause-p99': six(0) } }]),
      run([{ metrics: { 'gc-pause-p99': [400_000, 410_000, 390_000, 405_000, 395_000, 400_000] } }]),
      { sameRunner: true },
    );
    expect(only(r, 'gc-pause-p99').reason).toMatch(/^now triggers GC: the baseline ran no GC cycle here/);
  });

  it('treats a count metric that scatters from sample to sample (concurrent code) as machine-sensitive', () => {
    // B/op of a benchmark whose goroutines grow stacks and buffers with the scheduling: no value in a majority of samples.
    const scattered = compareRuns(
      run([{ metrics: { bytes: [257, 262, 290, 298, 306, 339] } }]),
      run([{ metrics: { bytes: [657, 669, 734, 783, 1064, 1118] } }]),
    );
    expect(only(scattered, 'bytes')).toMatchObject({ test: 'mann-whitney', verdict: 'regression', gating: false, confirmation: { status: 'pending' } });
    // A B/op the code fixes (the same value in most samples) gates from the cached baseline.
    const fixed = compareRuns(
      run([{ metrics: { bytes: [4096, 4096, 4096, 4096, 4097, 4096] } }]),
      run([{ metrics: { bytes: [6144, 6144, 6144, 6150, 6144, 6144] } }]),
    );
    expect(only(fixed, 'bytes')).toMatchObject({ test: 'exact', verdict: 'regression', gating: true });
    expect(only(fixed, 'bytes').confirmation).toBeUndefined();
  });
});

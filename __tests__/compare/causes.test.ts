/**
 * One finding per cause: a report's regressions grouped by what explains
 * them, the machine-sensitive echoes listed as consequences, never gated twice.
 */
import { groupCauses, causesSentence } from '../../src/compare/causes.js';
import type { MetricComparison, SiteFinding } from '../../src/report/model.js';
import { bench, comparison } from '../report/fixtures.js';

function reg(name: string, metric: string, extra: Partial<MetricComparison> = {}): MetricComparison {
  return comparison(name, 'allocs', 1, 2, { metric, label: metric, verdict: 'regression', gating: true, mode: 'gate', ...extra });
}

function site(kind: SiteFinding['kind'], change: SiteFinding['change'], file: string, line: number, extra: Partial<SiteFinding> = {}): SiteFinding {
  return {
    kind,
    change,
    package: 'example.com/codec',
    function: 'F',
    file,
    line,
    summary: `${kind} at ${line}`,
    details: [],
    gating: kind !== 'allocation',
    warnings: [],
    ...extra,
  };
}

describe('groupCauses', () => {
  it('makes a new allocation, its escape at the same line, and the GC it triggers one cause', () => {
    const comparisons = [
      reg('BenchmarkEncode', 'allocs'),
      reg('BenchmarkEncode', 'bytes'),
      reg('BenchmarkEncode', 'gc-cycles', { gating: false, confirmation: { status: 'pending', reason: 'r' } }),
      reg('BenchmarkEncode', 'gc-pause-p99', {
        gating: false,
        confirmation: { status: 'pending', reason: 'r' },
        reason: 'now triggers GC: the baseline ran no GC cycle here (x)',
      }),
    ];
    const sites = [
      site('allocation', 'new', 'codec/codec.go', 16, { benchmark: bench('BenchmarkEncode'), summary: '0 → 1 objects/op' }),
      site('escape', 'new', 'codec/codec.go', 16, { summary: 'make([]byte, n) escapes to heap', details: ['flow: …'] }),
    ];
    const causes = groupCauses(comparisons, sites);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatchObject({ kind: 'new-allocation', file: 'codec/codec.go', line: 16, gating: true, details: ['flow: …'] });
    expect(causes[0].summary).toBe('0 → 1 objects/op; make([]byte, n) escapes to heap');
    expect(causes[0].effects.map((e) => e.metric).sort()).toEqual(['allocs', 'bytes']);
    expect(causes[0].consequences.map((e) => e.metric)).toEqual(['gc-cycles', 'gc-pause-p99']);
    expect(causes[0].consequences[1].note).toBe('now triggers GC');
    expect(comparisons[2].consequenceOf).toBe('new-allocation at codec/codec.go:16');
    expect(causesSentence(causes)).toBe('1 regression: 1 new allocation site (+2 consequences)');
  });

  it('does not say a new allocation "was" at a line the sampled profile paired it with', () => {
    // Real case (npm run demo): a new escape at escapes.go:45; the base's profile had a
    // sampled speck in the same function, paired with it, at "line 3".
    const sites = [
      site('allocation', 'grown', 'escapes/escapes.go', 45, {
        benchmark: bench('BenchmarkLog'),
        summary: '0.00 → 1.00 objects/op (+1.00), 0.02 → 16.07 B/op (+16.05); was line 3',
      }),
      site('escape', 'new', 'escapes/escapes.go', 45, { summary: 'p escapes to heap' }),
    ];
    const [cause] = groupCauses([reg('BenchmarkLog', 'allocs')], sites);
    expect(cause).toMatchObject({ kind: 'new-allocation', title: 'new allocation' });
    expect(cause.summary).toBe('0.00 → 1.00 objects/op (+1.00), 0.02 → 16.07 B/op (+16.05); p escapes to heap');
  });

  it("folds a leaking benchmark's grown allocation sites into the leak", () => {
    const comparisons = [
      reg('BenchmarkProcess', 'bytes'),
      reg('BenchmarkProcess', 'goroutines-leaked'),
      reg('BenchmarkProcess', 'peak-heap', { gating: false }),
    ];
    const sites = [
      site('leak', 'new', 'leaky/leaky.go', 13, { benchmark: bench('BenchmarkProcess') }),
      site('allocation', 'grown', 'leaky/leaky.go', 11, { benchmark: bench('BenchmarkProcess') }),
      site('allocation', 'grown', 'leaky/leaky.go', 12, { benchmark: bench('BenchmarkProcess') }),
    ];
    const causes = groupCauses(comparisons, sites);
    expect(causes.map((c) => c.kind)).toEqual(['leak']);
    expect(causes[0].effects.map((e) => e.metric).sort()).toEqual(['bytes', 'goroutines-leaked']);
    expect(causes[0].details).toHaveLength(2);
    expect(causes[0].consequences.map((e) => e.metric)).toEqual(['peak-heap']);
  });

  it('keeps an escape without allocating benchmark, and an unexplained invariant regression, as causes of their own', () => {
    const causes = groupCauses(
      [reg('BenchmarkX', 'allocs', { explanation: 'allocs/op 3 → 4: no allocation site changed beyond noise' })],
      [site('escape', 'new', 'x/x.go', 5)],
    );
    expect(causes.map((c) => c.kind).sort()).toEqual(['metric', 'new-escape']);
    expect(causes.find((c) => c.kind === 'metric')!.summary).toMatch(/^allocs\/op 3 → 4/);
  });

  it('makes a machine-sensitive regression with no invariant cause a runtime cause that gates only when confirmed', () => {
    const pending = [
      reg('BenchmarkGarbage', 'gc-cycles', {
        gating: false,
        confirmation: { status: 'not-reproduced', reason: 'not reproduced on this runner (runner drift): …' },
      }),
    ];
    const [cause] = groupCauses(pending, []);
    expect(cause).toMatchObject({ kind: 'runtime', gating: false, summary: 'not reproduced on this runner (runner drift): …' });
    const confirmed = [reg('BenchmarkGarbage', 'gc-cycles', { gating: true, confirmation: { status: 'confirmed', reason: 'confirmed' } })];
    expect(groupCauses(confirmed, [])[0]).toMatchObject({ kind: 'runtime', gating: true });
  });

  it('ignores report-only regressions and improvements', () => {
    expect(
      groupCauses([reg('BenchmarkX', 'time', { mode: 'report', gating: false }), reg('BenchmarkX', 'allocs', { verdict: 'improvement', gating: false })], []),
    ).toEqual([]);
  });

  it("counts a leaking benchmark's unexplained allocation regressions as the leak's", () => {
    const causes = groupCauses(
      [reg('BenchmarkParse', 'bytes'), reg('BenchmarkParse', 'allocs'), reg('BenchmarkParse', 'goroutines-leaked')],
      [site('leak', 'new', 'uuid.go', 69, { benchmark: bench('BenchmarkParse') })],
    );
    expect(causes.map((c) => c.kind)).toEqual(['leak']);
    expect(causes[0].effects.map((e) => e.metric).sort()).toEqual(['allocs', 'bytes', 'goroutines-leaked']);
  });

  it("makes the escape of a leaking goroutine's closure, at the go statement, part of the leak", () => {
    const sites = [
      site('leak', 'new', 'uuid.go', 69, { benchmark: bench('BenchmarkParse') }),
      site('escape', 'new', 'uuid.go', 69, { summary: 'func literal escapes to heap' }),
    ];
    const causes = groupCauses([reg('BenchmarkParse', 'goroutines-leaked')], sites);
    expect(causes.map((c) => c.kind)).toEqual(['leak']);
    expect(causes[0].summary).toBe('leak at 69; func literal escapes to heap');
  });

  it('groups the confirmed runtime regressions of one package into one cause (one GOGC change, many benchmarks)', () => {
    const confirmed = (name: string) => reg(name, 'gc-cycles', { gating: true, confirmation: { status: 'confirmed', reason: `confirmed ${name}` } });
    const causes = groupCauses([confirmed('BenchmarkA'), confirmed('BenchmarkB'), confirmed('BenchmarkC')], []);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatchObject({ kind: 'runtime', gating: true, title: 'gc-cycles regressed in 3 benchmarks' });
    expect(causes[0].benchmarks.map((b) => b.name)).toEqual(['BenchmarkA', 'BenchmarkB', 'BenchmarkC']);
    expect(causes[0].file).toBeUndefined();
    expect(causesSentence(causes)).toBe('1 regression: 1 confirmed runtime regression');
  });
});

import { annotationPath, reportAnnotations, ANNOTATION_SOURCES, type AnnotationSource } from '../../src/publish/annotations.js';
import { acknowledge, hasLabel, labelNames } from '../../src/compare/acknowledge.js';
import { commentBody, parseCommentPolicy, previousVerdict } from '../../src/publish/comment.js';
import { emitWorkflowAnnotations } from '../../src/publish/check.js';
import { bench, comparison, failingReport, panicFailure, report } from '../report/fixtures.js';

describe('reportAnnotations', () => {
  it('puts compile errors first, then gated regressions by size, then report-only ones, one per benchmark at its declaration', () => {
    const r = report({
      verdict: 'fail',
      comparisons: [
        comparison('BenchmarkSmall', 'bytes', 100, 110, {
          verdict: 'regression',
          gating: true,
          benchmark: bench('BenchmarkSmall', { file: 'a/a_test.go', line: 5 }),
        }),
        comparison('BenchmarkBig', 'allocs', 1, 3, { verdict: 'regression', gating: true, benchmark: bench('BenchmarkBig', { file: 'a/a_test.go', line: 9 }) }),
        comparison('BenchmarkBig', 'bytes', 10, 30, {
          verdict: 'regression',
          gating: true,
          benchmark: bench('BenchmarkBig', { file: 'a/a_test.go', line: 9 }),
        }),
        comparison('BenchmarkSlow', 'time', 10, 30, {
          verdict: 'regression',
          gating: false,
          benchmark: bench('BenchmarkSlow', { file: 'b_test.go', line: 2 }),
        }),
        comparison('BenchmarkNowhere', 'allocs', 1, 2, {
          verdict: 'regression',
          gating: true,
          benchmark: bench('BenchmarkNowhere', { file: undefined, line: undefined }),
        }),
        comparison('BenchmarkSame', 'allocs', 1, 1, { verdict: 'unchanged' }),
      ],
      failures: [panicFailure({ name: '', kind: 'build', diagnostics: [{ file: 'c/c.go', line: 3, column: 7, message: 'undefined: x' }] })],
    });
    const list = reportAnnotations(r);
    expect(list.map((a) => `${a.kind} ${a.path}:${a.startLine} ${a.level}`)).toEqual([
      'build-error c/c.go:3 failure',
      'regressed-benchmark a/a_test.go:9 failure',
      'regressed-benchmark a/a_test.go:5 failure',
      'regressed-benchmark b_test.go:2 warning',
    ]);
    expect(list[0]).toMatchObject({ startColumn: 7, message: 'undefined: x' });
    expect(list[1].title).toBe('BenchmarkBig-8 regressed: allocs/op, B/op');
    expect(list[1].message).toContain('allocs/op 1 → 3: +200.00% (p=0.002 n=6), threshold any\nB/op 10 → 30: +200.00% (p=0.002 n=6), threshold +5%');
  });

  it('takes new kinds from the table', () => {
    const extra: AnnotationSource = {
      kind: 'escape',
      rank: 5,
      collect: () => [{ kind: 'escape', level: 'failure', path: 'e.go', startLine: 1, endLine: 1, title: 'x escapes to heap', message: 'moved to heap: x' }],
    };
    const kinds = reportAnnotations(failingReport(), [...ANNOTATION_SOURCES, extra]).map((a) => a.kind);
    expect(kinds[0]).toBe('escape');
  });

  it('keeps hostile names plain, single-line and within GitHub limits', () => {
    const name = 'Benchmark\u001b[31m<script>\u202e\n' + 'x'.repeat(1000);
    const r = report({ comparisons: [comparison(name, 'allocs', 1, 2, { verdict: 'regression', gating: true, benchmark: bench(name) })] });
    const [a] = reportAnnotations(r);
    expect(a.title.length).toBeLessThanOrEqual(255);
    expect(a.title).not.toMatch(/[\u001b\u202e\n]/);
  });

  it.each([
    ['./a/b.go', 'a/b.go'],
    ['a\\b.go', 'a/b.go'],
    ['/abs/b.go', null],
    ['../up.go', null],
    ['C:/x.go', null],
    ['', null],
  ])('annotationPath(%j) = %j', (input, expected) => {
    expect(annotationPath(input)).toBe(expected);
  });
});

describe('workflow-command fallback', () => {
  it('emits at most 10 per type, in order', () => {
    const seen: string[] = [];
    const cmd = (level: string) => (m: string) => void seen.push(`${level}:${m}`);
    const list = Array.from({ length: 25 }, (_, i) => ({
      kind: 'k',
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: the literal widens to string without it
      level: (i < 12 ? 'failure' : 'warning') as 'failure' | 'warning',
      path: 'a.go',
      startLine: i + 1,
      endLine: i + 1,
      title: 't',
      message: `m${i}`,
    }));
    expect(emitWorkflowAnnotations(list, { error: cmd('error'), warning: cmd('warning'), notice: cmd('notice') })).toBe(20);
    expect(seen.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `error:m${i}`));
    expect(seen[10]).toBe('warning:m12');
  });
});

describe('acknowledge', () => {
  const r = () =>
    report({
      verdict: 'fail',
      headline: '1 gated regression.',
      comparisons: [comparison('BenchmarkA', 'allocs', 1, 2, { verdict: 'regression', gating: true })],
    });

  it('turns a failing verdict into acknowledged when the label is on the PR (case-insensitively)', () => {
    const out = acknowledge(r(), 'perf-ok', ['bug', 'Perf-OK']);
    expect(out.verdict).toBe('acknowledged');
    expect(out.headline).toBe('1 regression acknowledged with the label "perf-ok": the gate passes.');
  });

  it('leaves other reports alone', () => {
    expect(acknowledge(r(), 'perf-ok', ['bug']).verdict).toBe('fail');
    expect(acknowledge(report({ verdict: 'pass' }), 'perf-ok', ['perf-ok']).verdict).toBe('pass');
    expect(hasLabel(['x'], '')).toBe(false);
  });

  it('does not acknowledge benchmark failures', () => {
    const out = acknowledge({ ...r(), failures: [panicFailure()] }, 'perf-ok', ['perf-ok']);
    expect(out.verdict).toBe('fail');
    expect(out.warnings.join()).toMatch(/acknowledges regressions only/);
  });

  it('reads label names from payload objects', () => {
    expect(labelNames({ labels: [{ name: 'a' }, 'b', { id: 3 }] })).toEqual(['a', 'b']);
    expect(labelNames(undefined)).toEqual([]);
  });
});

describe('comment policy and body', () => {
  it('parses the input', () => {
    expect(parseCommentPolicy('')).toBe('always');
    expect(parseCommentPolicy('On-Regression')).toBe('on-regression');
    expect(() => parseCommentPolicy('sometimes')).toThrow(/comment: expected one of always, on-regression, never/);
  });

  it('records the verdict it showed and says when a later push fixed the regressions', () => {
    const failing = commentBody(failingReport());
    expect(previousVerdict(failing)).toBe('fail');
    const fixed = commentBody(report({ verdict: 'pass', headline: 'No gated regressions.' }), failing);
    expect(fixed).toMatch(/regressions reported earlier on this pull request are fixed: No gated regressions\./);
    expect(commentBody(report({ verdict: 'pass', headline: 'No gated regressions.' }), fixed)).not.toMatch(/fixed/);
  });
});

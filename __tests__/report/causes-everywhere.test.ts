/**
 * Issue 14, item 5: causes, their consequences, every state of the
 * same-runner confirmation and its cost show in every renderer — the
 * Markdown comment and job summary, the terminal, the check-run annotations
 * and the JSON report. The report comes from the real comparison (a new
 * allocation that makes GC run; four machine-sensitive suspects, grouped per package and gating state), with the
 * confirmation's outcomes set as src/gate/confirm.ts sets them.
 */
import { compareRuns } from '../../src/compare/compare.js';
import { settle } from '../../src/compare/verdict.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { reportAnnotations } from '../../src/publish/annotations.js';
import { readDocument, reportDocument, serializeDocument } from '../../src/document/index.js';
import type { Confirmation, Report } from '../../src/report/model.js';
import { run } from '../compare/helpers.js';
import { summary } from './fixtures.js';

const six = (v: number) => [v, v, v, v, v, v];
const spread = (v: number) => [v, v * 1.01, v * 0.99, v * 1.02, v * 0.98, v * 1.005];

function confirmedReport(): Report {
  const names = ['BenchmarkConfirmed', 'BenchmarkDrift', 'BenchmarkUnavailable', 'BenchmarkPending'];
  const base = run([
    { name: 'BenchmarkEncode', file: 'codec/codec_test.go', line: 10, metrics: { allocs: six(0), 'gc-cycles': six(0) } },
    ...names.map((name, i) => ({ name, file: 'codec/codec_test.go', line: 20 + i, metrics: { allocs: six(1), 'gc-cycles': spread(1e-5) } })),
  ]);
  const head = run([
    { name: 'BenchmarkEncode', file: 'codec/codec_test.go', line: 10, metrics: { allocs: six(1), 'gc-cycles': spread(5e-6) } },
    ...names.map((name, i) => ({ name, file: 'codec/codec_test.go', line: 20 + i, metrics: { allocs: six(1), 'gc-cycles': spread(2e-5) } })),
  ]);
  const report = compareRuns(base, head, { baselineSource: 'cache' });
  const conf: Record<string, Confirmation> = {
    BenchmarkConfirmed: { status: 'confirmed', reason: 'regressed again when re-measured here', base: summary(1e-5), head: summary(2.1e-5), p: 0.002 },
    BenchmarkDrift: {
      status: 'not-reproduced',
      reason: 'no significant change when re-measured here (p=0.699).',
      base: summary(1.9e-5),
      head: summary(2e-5),
      p: 0.699,
    },
    BenchmarkUnavailable: { status: 'unavailable', reason: 'the baseline commit is not reachable from this clone' },
    BenchmarkPending: { status: 'pending', reason: 'left out by the 10m budget' },
  };
  for (const c of report.comparisons) {
    const k = conf[c.benchmark.name];
    if (c.metric !== 'gc-cycles' || !k) continue;
    c.confirmation = k;
    c.gating = k.status === 'confirmed';
  }
  report.confirmationRun = { suspects: 4, benchmarks: 2, count: 6, seconds: 41.2, budget: '10m', skipped: 1 };
  return settle(report);
}

describe('causes, consequences and confirmation in every renderer', () => {
  const report = confirmedReport();

  it('comes from the real grouping: one allocation cause with GC as its consequence, and one runtime cause per package and gating state', () => {
    expect(report.causes!.map((c) => `${c.kind} ${c.benchmarks.map((b) => b.name).join(',')} ${c.gating}`).sort()).toEqual([
      'metric BenchmarkEncode true',
      'runtime BenchmarkConfirmed true',
      'runtime BenchmarkDrift,BenchmarkUnavailable,BenchmarkPending false',
    ]);
    expect(report.causes!.find((c) => c.kind === 'metric')!.consequences[0]).toMatchObject({ metric: 'gc-cycles', note: 'now triggers GC' });
  });

  const expectations = [
    /allocs\/op 0 → 1/,
    /GC now runs \(GC cycles\/op 0 → 5\.013µ\)/,
    /BenchmarkConfirmed-2 GC cycles\/op: confirmed on this runner \(10\.00µ → 21\.00µ \(\+110\.00%\), p=0\.002\)/,
    /BenchmarkDrift-2 GC cycles\/op: not reproduced on this runner \(runner drift\): 10\.03µ → 20\.05µ \(\+100\.00%\) against the cached baseline, 19\.00µ → 20\.00µ \(\+5\.26%\) re-measured here/,
    /BenchmarkUnavailable-2 GC cycles\/op: could not be confirmed on this runner, so it does not gate: the baseline commit is not reachable from this clone/,
    /BenchmarkPending-2 GC cycles\/op: not re-measured on this runner, so it does not gate: left out by the 10m budget/,
    /Same-runner confirmation: 4 suspects, 2 benchmarks re-measured interleaved against the baseline's commit \(6 samples per side\) in 41 s of a 10m budget; 1 suspect benchmark was left out by the budget\./,
  ];

  it.each([
    [
      'Markdown',
      () =>
        renderMarkdown(report)
          .replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n)))
          .replace(/\u200b/g, ''),
    ],
    ['terminal', () => renderTerminal(report).replace(/\n +/g, ' ')],
  ])('%s', (_name, render) => {
    const text = render();
    for (const e of expectations) expect(text).toMatch(e);
    // Each suspect's state is said once: no raw repeat of the figures in details.
    expect(text.match(/BenchmarkDrift\S* GC cycles\/op: not reproduced/g)).toHaveLength(1);
    expect(text).not.toMatch(/re-measured here\. no significant change/);
  });

  it('annotations: the confirmed one fails, the others warn with their state', () => {
    const a = reportAnnotations(report).filter((x) => x.kind === 'regressed-benchmark');
    const by = (name: string) => a.find((x) => x.title.startsWith(name))!;
    expect(by('BenchmarkConfirmed').level).toBe('failure');
    expect(by('BenchmarkDrift').message).toMatch(/not reproduced on this runner \(runner drift\)/);
    expect(by('BenchmarkUnavailable').message).toMatch(/could not be confirmed on this runner: the baseline commit is not reachable/);
    expect(by('BenchmarkPending').message).toMatch(/suspect, not re-measured: left out by the 10m budget/);
    expect(by('BenchmarkEncode').message).toMatch(/GC cycles\/op 0 → 5\.013µ: \? \(p=0\.002 n=6\), threshold \+10% \[consequence of the metric/);
  });

  it('JSON: causes, confirmations and the cost survive the report document', () => {
    const back = readDocument(reportDocument, serializeDocument(reportDocument, report), 'report.json');
    expect(back.causes).toEqual(report.causes);
    expect(back.confirmationRun).toEqual(report.confirmationRun);
    expect(back.comparisons.map((c) => c.confirmation?.status ?? null)).toEqual(report.comparisons.map((c) => c.confirmation?.status ?? null));
  });
});

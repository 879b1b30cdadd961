/**
 * The trend of a regressed metric over earlier baselines: the history each
 * saved baseline carries forward (through a real directory store and the
 * RunResult document), the points the report carries, and the chart drawn
 * from them.
 */
import { compareRuns } from '../../src/compare/compare.js';
import { attachTrends, carryHistory, historyEntryOf, trendSources } from '../../src/report/trend.js';
import { trendChart } from '../../src/report/chart.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { saveBaseline } from '../../src/gate/baseline.js';
import { compareStage } from '../../src/gate/pipeline.js';
import { plainLog } from '../../src/gate/plan.js';
import { parseConfig } from '../../src/options/config.js';
import { DirectoryStore } from '../../src/store/dir.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { tempDir } from '../helpers/paths.js';
import { run } from '../compare/helpers.js';

const six = (v: number) => [v, v, v, v, v, v];

describe('attachTrends', () => {
  const earlier = [3, 1, 2].map((i) =>
    historyEntryOf({
      ...run([{ metrics: { bytes: six(100 + i), allocs: six(1) } }], { commit: `${i}`.repeat(40) }),
      createdAt: `2026-11-0${i}T10:00:00Z`,
    }),
  );
  const report = attachTrends(
    compareRuns(run([{ metrics: { bytes: six(103), allocs: six(1) } }]), run([{ metrics: { bytes: six(200), allocs: six(1) } }])),
    earlier,
  );
  const bytes = report.comparisons.find((c) => c.metric === 'bytes')!;

  it('gives each regression its medians in the earlier baselines, oldest first, and leaves the rest alone', () => {
    expect(bytes.trend).toEqual([
      { commit: '1'.repeat(40), createdAt: '2026-11-01T10:00:00Z', median: 101 },
      { commit: '2'.repeat(40), createdAt: '2026-11-02T10:00:00Z', median: 102 },
      { commit: '3'.repeat(40), createdAt: '2026-11-03T10:00:00Z', median: 103 },
    ]);
    expect(report.comparisons.find((c) => c.metric === 'allocs')!.trend).toBeUndefined();
    expect(attachTrends(compareRuns(run([{}]), run([{}])), earlier, 2).comparisons.every((c) => !c.trend || c.trend.length <= 2)).toBe(true);
  });

  it('adds no trend from the baseline alone (the samples chart already shows it)', () => {
    const alone = attachTrends(compareRuns(run([{ metrics: { bytes: six(103) } }]), run([{ metrics: { bytes: six(200) } }])), earlier.slice(0, 1));
    expect(alone.comparisons.every((c) => c.trend === undefined)).toBe(true);
  });

  it('draws the trend with this pull request last, and the comment shows it', () => {
    const chart = trendChart(bytes)!;
    expect(chart.source).toContain('x-axis ["1111111", "2222222", "3333333", "this PR"]');
    expect(chart.source).toContain('line [101, 102, 103, 200]');
    expect(renderMarkdown(report)).toContain('line [101, 102, 103, 200]');
  });
});

describe('the history a baseline carries', () => {
  const baseline = (i: number) => ({
    ...run([{ metrics: { bytes: six(100 + i), allocs: six(1) } }], { commit: String(i).padStart(2, '0').repeat(20) }),
    createdAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`,
  });

  it('is carried forward by every save through a real store, newest ten kept, a re-run replacing its commit', async () => {
    const store = new DirectoryStore(await tempDir());
    const deps = { runner: processRunner, log: plainLog(() => {}) };
    for (let i = 1; i <= 12; i++) expect((await saveBaseline({ store, branch: 'main' }, baseline(i), deps)).saved).toBe(true);
    const restored = (await store.restore({ branch: 'main', environment: baseline(12).environment }))!.result;
    expect(restored.environment.commit).toBe('12'.repeat(20));
    expect(restored.history!.map((h) => h.commit.slice(0, 2))).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11']);
    expect(restored.history![0].benchmarks[0].medians).toMatchObject({ bytes: 102, allocs: 1 });

    // The same commit measured again replaces its own point instead of adding one.
    await saveBaseline({ store, branch: 'main' }, { ...baseline(12), createdAt: '2026-11-30T10:00:00.000Z' }, deps);
    const again = (await store.restore({ branch: 'main', environment: baseline(12).environment }))!.result;
    expect(again.history!.map((h) => h.commit)).toEqual(restored.history!.map((h) => h.commit));
    expect(carryHistory(again, again.environment.commit)).toHaveLength(10);
  });

  it('draws a regression of the pull request against the branch history', async () => {
    const store = new DirectoryStore(await tempDir());
    const deps = { runner: processRunner, log: plainLog(() => {}) };
    for (let i = 1; i <= 3; i++) await saveBaseline({ store, branch: 'main' }, baseline(i), deps);
    const base = (await store.restore({ branch: 'main', environment: baseline(3).environment }))!.result;
    expect(trendSources(base).map((e) => e.commit.slice(0, 2))).toEqual(['01', '02', '03']);
    const head = run([{ metrics: { bytes: six(300), allocs: six(1) } }], { commit: 'f'.repeat(40) });
    const report = compareStage(base, head, parseConfig({}), 'dir');
    expect(report.comparisons.find((c) => c.metric === 'bytes')!.trend!.map((p) => p.median)).toEqual([101, 102, 103]);
    expect(renderMarkdown(report)).toContain('line [101, 102, 103, 300]');
  });
});

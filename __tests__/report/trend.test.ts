/**
 * The trend of a regressed metric over earlier baselines: the points the
 * report carries, and the chart drawn from them.
 */
import { compareRuns } from '../../src/compare/compare.js';
import { attachTrends } from '../../src/report/trend.js';
import { trendChart } from '../../src/report/chart.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../compare/helpers.js';

const six = (v: number) => [v, v, v, v, v, v];

describe('attachTrends', () => {
  const earlier = [3, 1, 2].map((i) => ({
    ...run([{ metrics: { bytes: six(100 + i), allocs: six(1) } }], { commit: `${i}`.repeat(40) }),
    createdAt: `2026-11-0${i}T10:00:00Z`,
  }));
  const report = attachTrends(compareRuns(run([{ metrics: { bytes: six(103), allocs: six(1) } }]), run([{ metrics: { bytes: six(200), allocs: six(1) } }])), earlier);
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

  it('draws the trend with this pull request last, and the comment shows it', () => {
    const chart = trendChart(bytes)!;
    expect(chart.source).toContain('x-axis ["1111111", "2222222", "3333333", "this PR"]');
    expect(chart.source).toContain('line [101, 102, 103, 200]');
    expect(renderMarkdown(report)).toContain('line [101, 102, 103, 200]');
  });
});

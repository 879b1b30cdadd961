import { compareRuns } from '../../src/compare/compare.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../compare/helpers.js';

const six = (v: number) => [v, v, v, v, v, v];

describe('Markdown: gating first, report-only collapsed', () => {
  const base = run([{ metrics: { allocs: six(0), time: [100, 101, 102, 100, 99, 101] } }]);
  const head = run([{ metrics: { allocs: six(1), time: [200, 201, 199, 202, 200, 198] } }]);

  it('puts only gating regressions in the visible table and report-only ones in a collapsed section', () => {
    const md = renderMarkdown(compareRuns(base, head));
    const visible = md.slice(md.indexOf('#### ❌ Regressions'), md.indexOf('<details'));
    expect(visible).toMatch(/allocs\/op/);
    expect(visible).not.toMatch(/time\/op/);
    expect(md).toMatch(/<details><summary>Report-only regressions \(1\): not gated<\/summary>[\s\S]*time\/op/);
  });

  it('shows report-only regressions in the main table when nothing gates', () => {
    const md = renderMarkdown(compareRuns(run([{ metrics: { time: [100, 101, 102, 100, 99, 101] } }]), run([{ metrics: { time: [200, 201, 199, 202, 200, 198] } }])));
    expect(md).toMatch(/#### ❌ Regressions \(1\)[\s\S]*time\/op/);
    expect(md).not.toMatch(/Report-only regressions/);
  });
});

describe('report JSON with located findings', () => {
  it('round-trips sites and explanations, and names a malformed site field', async () => {
    const { readDocument, reportDocument, serializeDocument } = await import('../../src/document/index.js');
    const renderJson = (report: typeof r) => serializeDocument(reportDocument, report);
    const parseReportJson = (text: string, file: string) => readDocument(reportDocument, text, file);
    const r = compareRuns(run([{}]), run([{ sites: [{ kind: 'leak', function: 'f', file: 'a.go', line: 3, values: { goroutines: six(2) } }] }]));
    const back = parseReportJson(renderJson(r), 'report.json');
    expect(back.sites).toEqual(r.sites);
    const bad = JSON.parse(renderJson(r));
    bad.sites[0].details = 'not a list';
    expect(() => parseReportJson(JSON.stringify(bad), 'report.json')).toThrow(/report\.json.*sites\[0\]\.details/);
  });
});

import { compareRuns } from '../../src/compare/compare.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../compare/helpers.js';

const six = (v: number) => [v, v, v, v, v, v];

describe('Markdown: findings first, every comparison collapsed below', () => {
  const base = run([{ metrics: { allocs: six(0), time: [100, 101, 102, 100, 99, 101] } }]);
  const head = run([{ metrics: { allocs: six(1), time: [200, 201, 199, 202, 200, 198] } }]);

  it('lists the gated cause as a finding, names the report-only regression, and puts both rows in the collapsed tables', () => {
    const md = renderMarkdown(compareRuns(base, head));
    const visible = md.slice(0, md.indexOf('<details'));
    expect(visible).toMatch(/^1\. ❌ \*\*allocs\/op regressed\*\*/m);
    expect(visible).toMatch(/1 report-only regression \(BenchmarkX-2 time\/op\) in the tables below/);
    const tables = md.slice(md.indexOf('<summary>📋'));
    expect(tables).toMatch(/\| allocs\/op \| base \| head \| vs base \| \|[\s\S]*\| 0\.000 ± 0% \| 1\.000 ± 0% \| \? \(p=0\.002 n=6\) \| ❌ gate \|/);
    expect(tables).toMatch(
      /\| time\/op \(sec\/op\) \| base \| head \| vs base \| \|[\s\S]*\| X-2 \| 100\.5n ± 1% \| 200\.0n ± 1% \| \+99\.00% \(p=0\.002 n=6\) \| report only \|/,
    );
  });

  it('names report-only regressions when nothing gates', () => {
    const md = renderMarkdown(
      compareRuns(run([{ metrics: { time: [100, 101, 102, 100, 99, 101] } }]), run([{ metrics: { time: [200, 201, 199, 202, 200, 198] } }])),
    );
    expect(md).not.toMatch(/^1\. /m);
    expect(md).toMatch(/1 report-only regression \(BenchmarkX-2 time\/op\)/);
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

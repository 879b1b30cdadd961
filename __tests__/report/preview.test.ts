/**
 * A way to look at the renderings without a script and without writing a
 * file: run
 *
 *   REPORT_PREVIEW=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report/preview
 *
 * and the Markdown and terminal output of each fixture is printed to stdout
 * (paste the Markdown into a GitHub comment preview to see it rendered).
 * Without the variable the test only checks that every fixture renders.
 */
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { failingReport, hostileReport, mismatchReport, noBaselineReport } from './fixtures.js';

const fixtures = {
  failing: failingReport(),
  'no baseline': noBaselineReport(),
  'environment mismatch': mismatchReport(),
  'hostile (25 regressions)': hostileReport(25),
};

describe('preview', () => {
  it.each(Object.entries(fixtures))('renders %s', (name, report) => {
    const md = renderMarkdown(report, { marker: `go-runtime-gate:${report.name}` });
    const term = renderTerminal(report, { color: process.stdout.isTTY === true, width: process.stdout.columns || 120 });
    expect(md.length).toBeGreaterThan(0);
    expect(term.length).toBeGreaterThan(0);
    if (process.env.REPORT_PREVIEW) {
      const rule = '═'.repeat(20);
      process.stdout.write(`\n${rule} ${name}: Markdown ${rule}\n${md}\n${rule} ${name}: terminal ${rule}\n${term}\n`);
    }
  });
});

/**
 * README's metrics table is generated from the registry (npm run docs): this
 * fails when someone edits a row and not the README, or the README by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLUMNS, documentedMetrics, renderMetricsTable } from '../../src/metrics/docs.js';
import { builtinMetrics } from '../../src/metrics/registry.js';
import { replaceSection } from '../../src/options/docs.js';
import { ROOT } from '../helpers/paths.js';

const README = path.join(ROOT, 'README.md');

test('README.md holds the table the registry generates (run `npm run docs` when this fails)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(replaceSection(readme, 'metrics', renderMetricsTable())).toBe(readme);
});

test('every registry row is in the table, with the custom-unit template after the benchmark line’s', () => {
  const table = renderMetricsTable();
  for (const m of builtinMetrics()) expect(table).toContain(`| \`${m.id}\` | ${m.unit} | ${m.description} |`);
  expect(
    documentedMetrics()
      .map((m) => m.id)
      .slice(0, 5),
  ).toEqual(['time', 'bytes', 'allocs', 'throughput', 'custom:<unit>']);
  expect(table.split('\n')).toHaveLength(2 + builtinMetrics().length + 1);
});

test('states defaults from the row: mode with its note, threshold with its floor in the metric’s unit', () => {
  const row = (id: string) =>
    renderMetricsTable()
      .split('\n')
      .find((l) => l.startsWith(`| \`${id}\` |`))!;
  const SENSITIVE = 'sensitive: gates from a cached baseline only when confirmed on the runner';
  expect(row('time')).toBe(`| \`time\` | ns/op | wall time per iteration | benchmark line | report (shared runners are noisy) | 10% | ${SENSITIVE} |`);
  expect(row('gc-pause-p99')).toMatch(new RegExp(`\\| gate \\| 20% \\(\\+50µs\\) \\| ${SENSITIVE} \\|$`));
  expect(row('goroutines-peak')).toMatch(/\| report \| 10% \(\+16 goroutines\) \| sensitive: /);
  expect(row('allocs')).toMatch(/\| gate \| 0% \(any significant increase\) \| invariant where its samples agree \(else sensitive\) \|$/);
  expect(row('escapes')).toMatch(/\| gate \(any new heap-allocation site\) \| — \| invariant \|$/);
});

test('a column is one entry: the header, and a cell read from the row', () => {
  const kind = { header: 'kind', cell: (m: { kind: string }) => m.kind };
  const table = renderMetricsTable([...COLUMNS, kind]).split('\n');
  expect(table[0]).toBe('| metric | unit | what it measures | source | default mode | default threshold (floor) | machine | kind |');
  expect(table[1]).toBe('|---|---|---|---|---|---|---|---|');
  expect(table.find((l) => l.startsWith('| `allocs` |'))).toMatch(/ \| count \|$/);
  expect(table.find((l) => l.startsWith('| `time` |'))).toMatch(/ \| noisy \|$/);
});

test('escapes a | inside a cell', () => {
  const [m] = builtinMetrics();
  expect(renderMetricsTable(COLUMNS, [{ ...m, description: 'a | b' }])).toContain('| a \\| b |');
});

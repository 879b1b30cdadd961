/**
 * README's metrics table, generated from the registry so the two cannot
 * disagree: `npm run docs` (scripts/docs.mjs) writes it into README.md's
 * `metrics` section, and a test fails when README's copy is stale.
 *
 * The table is its list of columns: adding a column (say, whether a metric
 * is machine-invariant) is one entry in COLUMNS, reading a field of the row.
 */
import { formatNanoseconds } from '../report/format.js';
import { builtinMetrics, customMetric, type MetricDefinition } from './registry.js';

export interface Column {
  header: string;
  cell(m: MetricDefinition): string;
}

/** An absolute floor as README states it: `+50µs`, `+16 goroutines`. */
function floorText(m: MetricDefinition): string {
  const unit = m.unit.replace(/\/op$/, '');
  return unit === 'ns' ? `+${formatNanoseconds(m.defaultFloor).replace(/\.0(?=\D)/, '')}` : `+${m.defaultFloor} ${unit}`;
}

function thresholdText(m: MetricDefinition): string {
  if (m.thresholdNote) return m.thresholdNote;
  const pct = `${+(m.defaultThreshold * 100).toFixed(2)}%`;
  const floor = m.defaultFloor > 0 ? ` (${floorText(m)})` : '';
  return m.defaultThreshold === 0 ? `${pct}${floor} (any significant increase)` : pct + floor;
}

export const COLUMNS: readonly Column[] = [
  { header: 'metric', cell: (m) => `\`${m.id}\`` },
  { header: 'unit', cell: (m) => m.unit },
  { header: 'what it measures', cell: (m) => m.description },
  { header: 'source', cell: (m) => m.source },
  { header: 'default mode', cell: (m) => (m.gateNote ? `${m.defaultMode} (${m.gateNote})` : m.defaultMode) },
  { header: 'default threshold (floor)', cell: thresholdText },
  {
    header: 'machine',
    cell: (m) =>
      m.machine === 'invariant'
        ? m.kind === 'count'
          ? 'invariant where its samples agree (else sensitive)'
          : 'invariant'
        : 'sensitive: gates from a cached baseline only when confirmed on the runner',
  },
];

/** The rows of the table: the registry's, with the custom-unit template after the benchmark line's own (which come first). */
export function documentedMetrics(): MetricDefinition[] {
  const rows = [...builtinMetrics()];
  const custom: MetricDefinition = { ...customMetric('<unit>'), unit: 'any `b.ReportMetric` unit' };
  const after = rows.filter((m) => m.producer === 'benchmark line').length;
  rows.splice(after, 0, custom);
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMetricsTable(columns: readonly Column[] = COLUMNS, metrics: readonly MetricDefinition[] = documentedMetrics()): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(columns.map((c) => c.header)), `|${columns.map(() => '---').join('|')}|`, ...metrics.map((m) => line(columns.map((c) => c.cell(m))))].join('\n');
}

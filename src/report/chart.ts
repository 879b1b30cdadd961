/**
 * A picture per regressed finding, as Mermaid charts that GitHub renders in
 * comments and job summaries without any image hosting: the base and head
 * samples side by side (one bar per process, base in grey, head in red), and,
 * when the report carries earlier baselines' medians (`trend`), the metric
 * over those baselines with this pull request's value last.
 *
 * Values are drawn in benchstat's unit and prefix (the axis says which), so
 * the chart reads like the tables. Every label is reduced to characters that
 * cannot end a quoted Mermaid string or the code fence.
 */
import type { MetricComparison, Report } from './model.js';
import { benchmarkKey } from '../result/types.js';
import { commonScale, tidyUnit, unitClass } from './benchstat.js';
import { shortName } from './tables.js';
import type { Finding } from './findings.js';

export interface Chart {
  /** What it shows, for a heading: "Encode-2 · allocs/op". */
  title: string;
  /** Mermaid source (without the fence). */
  source: string;
}

const INIT = '%%{init: {"xyChart": {"width": 640, "height": 240}, "themeVariables": {"xyChart": {"plotColorPalette": "#8c959f, #cf222e, #0969da"}}}}%%';

/** Safe inside a Mermaid quoted string: no quotes, backticks, brackets or line breaks. */
function label(text: string, max = 60): string {
  const t = text.replace(/[^A-Za-z0-9 ._/=:+()µ%·-]/g, '_');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '0';
}

/** One chart of a comparison's samples; null without samples. */
function samplesChart(c: MetricComparison): Chart | null {
  const s = c.samples;
  if (!s || (s.base.length === 0 && s.head.length === 0)) return null;
  const { unit, factor } = tidyUnit(c.unit);
  const all = [...s.base, ...s.head].map((v) => v * factor);
  const scaler = commonScale(all, unitClass(unit));
  const scaled = (xs: number[]) => xs.map((v) => num((v * factor) / scaler.factor));
  const cats = [...s.base.map((_, i) => `"base ${i + 1}"`), ...s.head.map((_, i) => `"head ${i + 1}"`)];
  const zeros = (n: number) => new Array<string>(n).fill('0');
  const title = `${shortName(c.benchmark)} · ${c.label}`;
  const axis = scaler.prefix ? `${unit} (${scaler.prefix})` : unit;
  const lines = [
    INIT,
    'xychart-beta',
    `  title "${label(title)}"`,
    `  x-axis [${cats.join(', ')}]`,
    `  y-axis "${label(axis)}"`,
    `  bar [${[...scaled(s.base), ...zeros(s.head.length)].join(', ')}]`,
    `  bar [${[...zeros(s.base.length), ...scaled(s.head)].join(', ')}]`,
  ];
  return { title, source: lines.join('\n') };
}

/** The metric's median over earlier baselines and this pull request's head; null without a trend. */
export function trendChart(c: MetricComparison): Chart | null {
  const t = c.trend;
  if (!t || t.length === 0 || !c.head) return null;
  const { unit, factor } = tidyUnit(c.unit);
  const values = [...t.map((p) => p.median), c.head.median].map((v) => v * factor);
  const scaler = commonScale(values, unitClass(unit));
  const cats = [...t.map((p) => `"${label(/^[0-9a-f]{7,}$/i.test(p.commit) ? p.commit.slice(0, 7) : p.commit, 12)}"`), '"this PR"'];
  const title = `${shortName(c.benchmark)} · ${c.label}: last ${t.length} baseline${t.length === 1 ? '' : 's'}, then this PR`;
  const lines = [
    INIT,
    'xychart-beta',
    `  title "${label(title, 80)}"`,
    `  x-axis [${cats.join(', ')}]`,
    `  y-axis "${label(scaler.prefix ? `${unit} (${scaler.prefix})` : unit)}"`,
    `  line [${values.map((v) => num(v / scaler.factor)).join(', ')}]`,
  ];
  return { title, source: lines.join('\n') };
}

/**
 * Charts for the findings, at most `max`: each finding's first effect (or,
 * for a runtime finding, its regressed metric) with samples, once per
 * benchmark and metric however many causes share it.
 */
export function findingCharts(report: Report, findings: readonly Finding[], max = 8): Chart[] {
  const out: Chart[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.status === 'report') continue;
    for (const e of f.cause.effects) {
      const key = `${benchmarkKey(e.benchmark)}\u0000${e.metric}`;
      const c = report.comparisons.find((x) => x.metric === e.metric && benchmarkKey(x.benchmark) === benchmarkKey(e.benchmark));
      if (!c?.samples) continue;
      if (!seen.has(key)) {
        seen.add(key);
        const chart = samplesChart(c);
        if (chart) out.push(chart);
        const trend = trendChart(c);
        if (trend) out.push(trend);
      }
      break;
    }
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

/**
 * `go-runtime-gate inspect <trace>`: the metrics of one trace, as a terminal
 * table for people or JSON for machines. Strings from the trace (function and
 * file names) are untrusted and sanitised before they reach a terminal.
 */
import { formatBytes, formatNanoseconds } from '../report/format.js';
import { singleLine } from '../report/escape.js';
import type { TraceMetrics } from '../trace/metrics.js';

export interface TraceInspectOptions {
  json?: boolean;
  /** How many stack frames to show per leak site (human form only); default 8. */
  maxFrames?: number;
}

function table(rows: Array<[string, string]>): string[] {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`);
}

export function renderTraceInspection(metrics: TraceMetrics, options: TraceInspectOptions = {}): string {
  if (options.json) return JSON.stringify(metrics, null, 2) + '\n';
  const m = metrics;
  const p = m.gcPauses;
  const g = m.goroutines;
  const lines: string[] = [];
  lines.push(`Go execution trace (wire format go 1.${m.goVersion})`);
  lines.push(
    ...table([
      ['duration', formatNanoseconds(m.durationNs)],
      ['generations', String(m.generations)],
    ]),
  );
  lines.push('', 'GC');
  lines.push(
    ...table([
      ['cycles', String(m.gcCycles)],
      ['forced (runtime.GC)', String(m.forcedGcCycles)],
      ['STW pauses', String(p.count)],
      ['pause p50', formatNanoseconds(p.p50Ns)],
      ['pause p99', formatNanoseconds(p.p99Ns)],
      ['pause max', formatNanoseconds(p.maxNs)],
      ['pause total', formatNanoseconds(p.totalNs)],
      [
        'unforced pauses',
        `${m.unforcedGcPauses.count} (p99 ${formatNanoseconds(m.unforcedGcPauses.p99Ns)}, max ${formatNanoseconds(m.unforcedGcPauses.maxNs)})`,
      ],
      ['mark assist', formatNanoseconds(m.markAssistNs)],
      ['peak heap', formatBytes(m.peakHeapBytes)],
      ['heap goal (max)', formatBytes(m.heapGoalBytes)],
    ]),
  );
  if (m.lastRound) {
    // The round whose N the benchmark line prints: what the per-op metrics divide.
    const r = m.lastRound;
    lines.push('', 'Last benchmark round');
    lines.push(
      ...table([
        ['rounds in trace', String(m.benchmarkRounds)],
        ['GC cycles (unforced)', String(r.gcCycles)],
        ['GC pauses', `${r.gcPauses.count} (total ${formatNanoseconds(r.gcPauses.totalNs)})`],
        ['mark assist', formatNanoseconds(r.markAssistNs)],
      ]),
    );
  }
  lines.push('', 'Goroutines');
  lines.push(
    ...table([
      ['at start', String(g.atStart)],
      ['created', String(g.created)],
      ['ended', String(g.ended)],
      ['alive at end', String(g.aliveAtEnd)],
      ['peak alive', String(g.peakAlive)],
    ]),
  );
  lines.push('');
  if (m.unblockedAtEnd > 0) {
    lines.push(`Not counted as leaked: ${m.unblockedAtEnd} goroutine${m.unblockedAtEnd === 1 ? '' : 's'} of the module still runnable or running at the end`);
  }
  if (m.leaks.length === 0) {
    lines.push('Leaked goroutines: none attributed to the module');
  } else {
    const total = m.leaks.reduce((s, l) => s + l.count, 0);
    lines.push(`Leaked goroutines: ${total} at ${m.leaks.length} creation site${m.leaks.length === 1 ? '' : 's'}`);
    const max = options.maxFrames ?? 8;
    for (const l of m.leaks) {
      lines.push(`  ${l.count} × ${singleLine(l.file)}:${l.line} (${singleLine(l.function)})`);
      for (const f of l.stack.slice(0, max)) lines.push(`      ${singleLine(f.function)}\n          ${singleLine(f.file)}:${f.line}`);
      if (l.stack.length > max) lines.push(`      … ${l.stack.length - max} more frames`);
    }
  }
  return lines.join('\n') + '\n';
}

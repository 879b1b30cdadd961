/**
 * From one sample's execution trace to metric values and leak sites.
 *
 * Per-op values (GC cycles/op, GC pause/op, mark assist/op) are the GC work of
 * the benchmark's last round divided by the N its result line printed: testing
 * runs the benchmark function in rounds (b.N = 1, sizing rounds with a duration
 * benchtime, then the printed N), each starting with runtime.GC() from
 * testing.(*B).runN, and the trace reader finds those starts (TraceMetrics
 * `lastRound`). So the figures cover the same iterations as the benchmark's
 * own ns/op and B/op, and the sizing rounds (whose number and length vary from
 * process to process) add no noise. A trace with no round start (never seen
 * from Go's testing package, but possible) falls back to the whole trace
 * divided by every iteration known to have run (`opsInProcess`).
 */
import path from 'node:path';
import { traceMetrics, type StackFrame } from '../trace/metrics.js';

export interface ModuleScope {
  /** Absolute module root. */
  dir: string;
  /** Module path, e.g. `example.com/m` ('' when unknown). */
  path: string;
}

export interface TraceSampleAnalysis {
  values: Record<string, number>;
  /** count: leaked in the process; perOp: leaked in the last round / its N (same fallback as the values). */
  leaks: { function: string; file: string; line: number; count: number; perOp: number; stack: StackFrame[] }[];
}

/** True for frames of the module under test: by file location, or by function import path (for -trimpath builds). */
export function moduleFramePredicate(scope: ModuleScope): (f: StackFrame) => boolean {
  const dir = scope.dir.endsWith(path.sep) ? scope.dir : scope.dir + path.sep;
  const prefix = scope.path;
  return (f) =>
    (f.file !== '' && f.file.startsWith(dir)) ||
    (prefix !== '' && (f.function.startsWith(prefix + '.') || f.function.startsWith(prefix + '/')));
}

/**
 * Times the benchmark body ran in its process, given the N its result line
 * printed, as far as the line tells: N + 1 (testing always runs b.N = 1 first);
 * a duration benchtime's sizing rounds are not printed and not included.
 */
export function opsInProcess(printedN: number): number {
  return printedN > 1 ? printedN + 1 : 1;
}

export async function analyzeTrace(
  file: string,
  displayName: string,
  printedN: number,
  scope: ModuleScope,
  relative: (file: string) => string,
): Promise<TraceSampleAnalysis> {
  const m = await traceMetrics(file, { fileName: displayName, isModuleFrame: moduleFramePredicate(scope) });
  const leaked = m.leaks.reduce((s, l) => s + l.count, 0);
  // Cycles testing forces before every round (runtime.GC) are not the benchmark's GC work.
  const work = m.lastRound
    ? { cycles: m.lastRound.gcCycles, pauseNs: m.lastRound.gcPauses.totalNs, assistNs: m.lastRound.markAssistNs, ops: printedN }
    : { cycles: m.gcCycles - m.forcedGcCycles, pauseNs: m.unforcedGcPauses.totalNs, assistNs: m.markAssistNs, ops: opsInProcess(printedN) };
  return {
    values: {
      'gc-cycles': work.cycles / work.ops,
      // Pause percentiles are per process (every unforced pause of every round: more of them
      // to rank); the forced cycles' pauses are left out like their cycles.
      'gc-pause-p99': m.unforcedGcPauses.p99Ns,
      'gc-pause-max': m.unforcedGcPauses.maxNs,
      'gc-pause-total': work.pauseNs / work.ops,
      'mark-assist': work.assistNs / work.ops,
      'peak-heap': m.peakHeapBytes,
      'goroutines-leaked': leaked,
      'goroutines-peak': m.goroutines.peakAlive,
    },
    leaks: m.leaks.map((l) => ({
      function: l.function,
      file: relative(l.file),
      line: l.line,
      count: l.count,
      perOp: (m.lastRound ? l.lastRoundCount : l.count) / work.ops,
      stack: l.stack.map((f) => ({ ...f, file: relative(f.file) })),
    })),
  };
}

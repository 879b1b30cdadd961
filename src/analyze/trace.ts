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
import type { BuiltinMetricId } from '../metrics/registry.js';
import { collectTrace, type StackFrame } from '../trace/metrics.js';

export interface ModuleScope {
  /** Absolute module root. */
  dir: string;
  /** Module path, e.g. `example.com/m` ('' when unknown). */
  path: string;
}

export interface TraceSampleAnalysis {
  /** Every metric the registry's trace families fill (see src/trace/families). */
  values: Partial<Record<BuiltinMetricId, number>>;
  /** count: leaked in the process; perOp: leaked in the last round / its N (same fallback as the values). */
  leaks: { function: string; file: string; line: number; count: number; perOp: number; stack: StackFrame[] }[];
}

/** True for frames of the module under test: by file location, or by function import path (for -trimpath builds). */
export function moduleFramePredicate(scope: ModuleScope): (f: StackFrame) => boolean {
  const dir = scope.dir.endsWith(path.sep) ? scope.dir : scope.dir + path.sep;
  const prefix = scope.path;
  return (f) => (f.file !== '' && f.file.startsWith(dir)) || (prefix !== '' && (f.function.startsWith(prefix + '.') || f.function.startsWith(prefix + '/')));
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
  const collected = await collectTrace(file, { fileName: displayName, isModuleFrame: moduleFramePredicate(scope) });
  const m = collected.metrics;
  const ops = m.lastRound ? printedN : opsInProcess(printedN);
  return {
    values: collected.values(ops),
    leaks: m.leaks.map((l) => ({
      function: l.function,
      file: relative(l.file),
      line: l.line,
      count: l.count,
      perOp: (m.lastRound ? l.lastRoundCount : l.count) / ops,
      stack: l.stack.map((f) => ({ ...f, file: relative(f.file) })),
    })),
  };
}

/**
 * From one sample's execution trace to metric values and leak sites.
 *
 * Per-op values (GC cycles/op, GC pause/op, mark assist/op) divide by the
 * number of times the benchmark body ran in the process. With a fixed
 * `-benchtime=Nx` that is exactly N+1 (testing always runs b.N=1 first); with
 * a duration benchtime the sizing rounds are not printed, so we divide by the
 * final N plus one and the figure slightly over-counts — equally on both
 * sides of a comparison, which is what the verdict needs.
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
  leaks: { function: string; file: string; line: number; count: number; stack: StackFrame[] }[];
}

/** True for frames of the module under test: by file location, or by function import path (for -trimpath builds). */
export function moduleFramePredicate(scope: ModuleScope): (f: StackFrame) => boolean {
  const dir = scope.dir.endsWith(path.sep) ? scope.dir : scope.dir + path.sep;
  const prefix = scope.path;
  return (f) =>
    (f.file !== '' && f.file.startsWith(dir)) ||
    (prefix !== '' && (f.function.startsWith(prefix + '.') || f.function.startsWith(prefix + '/')));
}

/** Times the benchmark body ran in its process, given the N its result line printed. */
export function opsInProcess(printedN: number): number {
  return printedN > 1 ? printedN + 1 : 1;
}

export async function analyzeTrace(
  file: string,
  displayName: string,
  ops: number,
  scope: ModuleScope,
  relative: (file: string) => string,
): Promise<TraceSampleAnalysis> {
  const m = await traceMetrics(file, { fileName: displayName, isModuleFrame: moduleFramePredicate(scope) });
  const leaked = m.leaks.reduce((s, l) => s + l.count, 0);
  return {
    values: {
      // Cycles testing forces before every round (runtime.GC) are not the benchmark's GC work.
      'gc-cycles': (m.gcCycles - m.forcedGcCycles) / ops,
      // Likewise the pauses of those forced cycles.
      'gc-pause-p99': m.unforcedGcPauses.p99Ns,
      'gc-pause-max': m.unforcedGcPauses.maxNs,
      'gc-pause-total': m.unforcedGcPauses.totalNs / ops,
      'mark-assist': m.markAssistNs / ops,
      'peak-heap': m.peakHeapBytes,
      'goroutines-leaked': leaked,
      'goroutines-peak': m.goroutines.peakAlive,
    },
    leaks: m.leaks.map((l) => ({
      function: l.function,
      file: relative(l.file),
      line: l.line,
      count: l.count,
      stack: l.stack.map((f) => ({ ...f, file: relative(f.file) })),
    })),
  };
}

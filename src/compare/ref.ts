/**
 * `benchmarkRef`: how a Report names a benchmark (package, name, procs, and
 * its declaration's file:line when discover found one), built from a
 * RunResult's BenchmarkResult. Shared by compareRuns and the site comparers.
 */
import type { BenchmarkResult } from '../result/types.js';
import type { BenchmarkRef } from '../report/model.js';

/** How a report refers to a benchmark: identity plus its declaration, when known. */
export function benchmarkRef(b: BenchmarkResult): BenchmarkRef {
  const r: BenchmarkRef = { package: b.package, name: b.name, procs: b.procs };
  if (b.file) r.file = b.file;
  if (b.line !== undefined) r.line = b.line;
  return r;
}

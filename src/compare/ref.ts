/**
 * How a report names a benchmark (BenchmarkRef): its identity (package, name,
 * GOMAXPROCS) and, when discovery found it, the file and line that declare it,
 * which annotations and links point at. Used by every comparer in compare/.
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

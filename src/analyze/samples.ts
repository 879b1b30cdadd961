/**
 * Turns each sample's artifacts (execution trace, heap profile) into metric
 * values and located sites on its BenchmarkResult, once the artifacts' manifest
 * says they are that sample's (src/measure/artifacts.ts). A corrupt or missing
 * artifact never becomes a zero: that sample contributes nothing to the
 * metrics it would have fed, the reason is kept as a warning, and when no
 * sample of a benchmark could be read the metric is `unavailable` with it.
 */
import path from 'node:path';
import type { BenchmarkResult, SiteSeries } from '../result/types.js';
import { repoRelative } from '../result/paths.js';
import { metricsFilledBy, type MetricId } from '../metrics/registry.js';
import { analyzeTrace, opsInProcess, type ModuleScope } from './trace.js';
import { analyzeProfile } from './profile.js';
import { checkSampleArtifact } from '../measure/artifacts.js';

export interface AnalyzeOptions {
  artifactsDir: string;
  repoRoot: string;
  /** Module of each package, by import path. */
  modules: Map<string, ModuleScope>;
  log?: (message: string) => void;
}

/** Where a site was found in one sample, and its values there. */
interface SiteHit {
  kind: SiteSeries['kind'];
  function: string;
  file: string;
  line: number;
  stack?: SiteSeries['stack'];
  size?: number;
  snippet?: string;
  values: Record<string, number>;
}

/** Per-sample site hits → series aligned with the analysed samples (0 where a site is absent). */
function alignSites(perSample: SiteHit[][]): SiteSeries[] {
  const series = new Map<string, SiteSeries>();
  perSample.forEach((hits, i) => {
    for (const h of hits) {
      const key = `${h.kind}\u0000${h.file}\u0000${h.line}\u0000${h.function}`;
      let s = series.get(key);
      if (!s) {
        s = { kind: h.kind, function: h.function, file: h.file, line: h.line, values: {} };
        if (h.stack) s.stack = h.stack;
        series.set(key, s);
      }
      if (s.size === undefined && h.size !== undefined) s.size = h.size;
      if (s.snippet === undefined && h.snippet) s.snippet = h.snippet;
      for (const [unit, v] of Object.entries(h.values)) {
        const arr = (s.values[unit] ??= new Array<number>(perSample.length).fill(0));
        arr[i] += v;
      }
    }
  });
  return [...series.values()];
}

function push(b: BenchmarkResult, id: MetricId, v: number): void {
  (b.metrics[id] ??= []).push(v);
}

export async function analyzeSamples(benchmarks: BenchmarkResult[], opts: AnalyzeOptions): Promise<string[]> {
  const warnings: string[] = [];
  const relative = (file: string) => repoRelative(opts.repoRoot, file);
  for (const b of benchmarks) {
    if (b.failure || b.samples.length === 0) continue;
    const scope = opts.modules.get(b.package) ?? { dir: opts.repoRoot, path: '' };
    const traceSites: SiteHit[][] = [];
    let traceErrors = 0;
    let lastTraceError = '';
    let traced = 0;
    for (const s of b.samples) {
      if (!s.artifacts.trace) continue;
      traced++;
      const file = path.join(opts.artifactsDir, s.artifacts.trace);
      try {
        await checkSampleArtifact(file, { package: b.package, benchmark: b.name, order: s.order });
        const a = await analyzeTrace(file, `${b.name} sample ${s.order} trace (${s.artifacts.trace})`, s.iterations, scope, relative);
        for (const [id, v] of Object.entries(a.values) as [MetricId, number][]) push(b, id, v);
        traceSites.push(
          a.leaks.map((l) => ({
            kind: 'leak' as const,
            function: l.function,
            file: l.file,
            line: l.line,
            stack: l.stack,
            values: { goroutines: l.count, 'goroutines/op': l.perOp },
          })),
        );
      } catch (err) {
        traceErrors++;
        lastTraceError = (err as Error).message;
        warnings.push(`${b.name}: trace of sample ${s.order} could not be read: ${lastTraceError}`);
      }
    }
    if (traced > 0 && traceErrors === traced) {
      for (const id of metricsFilledBy('trace')) b.unavailable[id] = lastTraceError;
    }
    const profileSites: SiteHit[][] = [];
    let profiled = 0;
    for (const s of b.samples) {
      if (!s.artifacts.memprofile) continue;
      profiled++;
      const allocs = s.values['allocs/op'];
      const bytes = s.values['B/op'];
      const reported = allocs !== undefined && bytes !== undefined ? { allocsPerOp: allocs, bytesPerOp: bytes } : undefined;
      try {
        const file = path.join(opts.artifactsDir, s.artifacts.memprofile);
        await checkSampleArtifact(file, { package: b.package, benchmark: b.name, order: s.order });
        const a = await analyzeProfile(
          file,
          `${b.name} sample ${s.order} heap profile (${s.artifacts.memprofile})`,
          b.name,
          reported,
          opsInProcess(s.iterations),
          relative,
          opts.repoRoot,
        );
        profileSites.push(
          a.sites.map((x) => ({
            kind: 'allocation' as const,
            function: x.function,
            file: x.file,
            line: x.line,
            ...(x.size !== undefined ? { size: x.size } : {}),
            ...(x.snippet ? { snippet: x.snippet } : {}),
            values: { 'objects/op': x.objectsPerOp, 'B/op': x.bytesPerOp },
          })),
        );
      } catch (err) {
        warnings.push(`${b.name}: heap profile of sample ${s.order} could not be read: ${(err as Error).message}`);
      }
    }
    if (profiled > 0 && profileSites.length === 0) {
      for (const id of metricsFilledBy('heap profile')) b.unavailable[id] = 'no heap profile of this benchmark could be read';
    }
    const sites = [...alignSites(traceSites), ...alignSites(profileSites)];
    if (sites.length > 0) b.sites = [...(b.sites ?? []), ...sites];
    opts.log?.(`analysed ${b.name}: ${traced - traceErrors}/${traced} traces, ${profileSites.length}/${profiled} heap profiles`);
  }
  return warnings;
}

/**
 * Turns each sample's artifacts (execution trace, heap profile) into metric
 * values and located sites on its BenchmarkResult, once the artifacts' manifest
 * says they are that sample's (src/measure/artifacts.ts). A corrupt or missing
 * artifact never becomes a zero: that sample contributes nothing to the
 * metrics it would have fed, the reason is kept as a warning, and when no
 * sample of a benchmark could be read the metric is `unavailable` with it.
 * Each reading is a SampleJob (./sample-job.ts); given an AnalysisPool
 * (./pool.ts) every job is asked for up front, so that the pool reads them in
 * parallel (or has read them while measuring), and their results are taken in
 * the samples' order, so the outcome and its warnings do not depend on where
 * or when a job ran.
 */
import path from 'node:path';
import type { BenchmarkResult, Sample, SiteSeries } from '../result/types.js';
import { metricsFilledBy, type MetricId } from '../metrics/registry.js';
import { opsInProcess, type ModuleScope, type TraceSampleAnalysis } from './trace.js';
import type { ProfileSampleAnalysis } from './profile.js';
import { runSampleJob, type ProfileJob, type SampleJob, type SampleJobResult, type TraceJob } from './sample-job.js';
import type { AnalysisPool } from './pool.js';

export interface AnalyzeOptions {
  artifactsDir: string;
  repoRoot: string;
  /** Module of each package, by import path. */
  modules: Map<string, ModuleScope>;
  /** Reads the artifacts (in parallel, some perhaps already while measuring); without it each is read here in turn. */
  pool?: AnalysisPool;
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

/** Where a side's artifacts are read from, and the module of each package. */
type SampleSource = Pick<AnalyzeOptions, 'artifactsDir' | 'repoRoot' | 'modules'>;

/**
 * The readings of one sample of the benchmark `name` of package `pkg`: the
 * same jobs whoever asks — the measuring loop handing them to a pool, or
 * analyzeSamples asking for their results — since a pool matches them by value.
 */
export function sampleJobs(pkg: string, name: string, s: Sample, src: SampleSource): { trace?: TraceJob; profile?: ProfileJob } {
  const ctx = { artifactsDir: src.artifactsDir, repoRoot: src.repoRoot, scope: src.modules.get(pkg) ?? { dir: src.repoRoot, path: '' } };
  const owner = { package: pkg, benchmark: name, order: s.order };
  const out: { trace?: TraceJob; profile?: ProfileJob } = {};
  if (s.artifacts.trace) {
    out.trace = {
      kind: 'trace',
      file: path.join(ctx.artifactsDir, s.artifacts.trace),
      displayName: `${name} sample ${s.order} trace (${s.artifacts.trace})`,
      owner,
      repoRoot: ctx.repoRoot,
      printedN: s.iterations,
      scope: ctx.scope,
    };
  }
  if (s.artifacts.memprofile) {
    const allocs = s.values['allocs/op'];
    const bytes = s.values['B/op'];
    out.profile = {
      kind: 'profile',
      file: path.join(ctx.artifactsDir, s.artifacts.memprofile),
      displayName: `${name} sample ${s.order} heap profile (${s.artifacts.memprofile})`,
      owner,
      repoRoot: ctx.repoRoot,
      benchmark: name,
      ...(allocs !== undefined && bytes !== undefined ? { reported: { allocsPerOp: allocs, bytesPerOp: bytes } } : {}),
      ops: opsInProcess(s.iterations),
    };
  }
  return out;
}

export async function analyzeSamples(benchmarks: BenchmarkResult[], opts: AnalyzeOptions): Promise<string[]> {
  const warnings: string[] = [];
  const pool = opts.pool;
  // With a pool every reading is asked for now (the pool reads them in
  // parallel); without one, each is read when its turn comes.
  const start = (job: SampleJob): (() => Promise<SampleJobResult>) => {
    if (!pool) return () => runSampleJob(job);
    const p = pool.result(job);
    p.catch(() => {}); // awaited below, in order
    return () => p;
  };
  const analysed = benchmarks
    .filter((b) => !b.failure && b.samples.length > 0)
    .map((b) => {
      const jobs = b.samples.map((s) => ({ s, ...sampleJobs(b.package, b.name, s, opts) }));
      return {
        b,
        traces: jobs.flatMap((j) => (j.trace ? [{ s: j.s, read: start(j.trace) }] : [])),
        profiles: jobs.flatMap((j) => (j.profile ? [{ s: j.s, read: start(j.profile) }] : [])),
      };
    });
  for (const { b, traces, profiles } of analysed) {
    const traceSites: SiteHit[][] = [];
    let traceErrors = 0;
    let lastTraceError = '';
    for (const { s, read } of traces) {
      try {
        const a = (await read()) as TraceSampleAnalysis;
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
    const traced = traces.length;
    if (traced > 0 && traceErrors === traced) {
      for (const id of metricsFilledBy('trace')) b.unavailable[id] = lastTraceError;
    }
    const profileSites: SiteHit[][] = [];
    for (const { s, read } of profiles) {
      try {
        const a = (await read()) as ProfileSampleAnalysis;
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
    const profiled = profiles.length;
    if (profiled > 0 && profileSites.length === 0) {
      for (const id of metricsFilledBy('heap profile')) b.unavailable[id] = 'no heap profile of this benchmark could be read';
    }
    const sites = [...alignSites(traceSites), ...alignSites(profileSites)];
    if (sites.length > 0) b.sites = [...(b.sites ?? []), ...sites];
    opts.log?.(`analysed ${b.name}: ${traced - traceErrors}/${traced} traces, ${profileSites.length}/${profiled} heap profiles`);
  }
  return warnings;
}

/**
 * The measure and analyze stages of one or more prepared sides: run the
 * samples (interleaved across sides when there are several), read each
 * sample's trace and heap profile, and assemble one RunResult per side.
 * Each sample's artifacts are handed to an AnalysisPool as soon as it is
 * measured (read at lowest priority while later samples run, the rest in
 * parallel afterwards: src/analyze/pool.ts).
 */
import os from 'node:os';
import { measureSides, type MeasureOptions, type MeasureOutcome } from '../measure/measure.js';
import { configHash } from '../result/confighash.js';
import { RUN_RESULT_SCHEMA, RUN_RESULT_VERSION, type RunResult } from '../result/types.js';
import { measureConfigOf, type GateConfig } from '../options/config.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { analyzeSamples, sampleJobs } from '../analyze/samples.js';
import { AnalysisPool } from '../analyze/pool.js';
import type { ModuleScope } from '../analyze/trace.js';
import { NoBenchmarksError, type PreparedSide, type SideContext } from './prepare.js';
import type { GoToolchain } from '../toolchain/go.js';

function measureOptionsOf(config: GateConfig, log: (message: string) => void, artifactsDir: string, repoRoot: string): MeasureOptions {
  return {
    count: config.count,
    benchtime: config.benchtime,
    cpu: config.cpu,
    timeout: config.timeout,
    bench: config.bench,
    memprofile: config.memprofile,
    memprofileRate: config.memprofileRate,
    trace: config.trace,
    artifactsDir,
    repoRoot,
    log,
  };
}

/** A prepared side and the context it was prepared in. */
export interface SideToMeasure {
  side: PreparedSide;
  ctx: SideContext;
}

/**
 * Measures the sides in one interleaved schedule (one side: plain round-robin)
 * and returns their RunResults in the same order. The last side is the head:
 * a head that measured nothing at all is an error (no benchmark matched).
 * `overrides` narrows what is measured (a confirmation: its own count, only
 * some leaves).
 */
export async function measureAndAnalyze(
  config: GateConfig,
  sides: SideToMeasure[],
  log: (message: string) => void,
  overrides: Partial<Pick<MeasureOptions, 'count' | 'leaves'>> = {},
): Promise<RunResult[]> {
  const head = sides[sides.length - 1];
  const runner = head.ctx.runner;
  const pool = new AnalysisPool();
  // Each side's artifacts and modules: the same for the jobs handed over while measuring and those asked for after.
  const sources = sides.map(({ side, ctx }) => ({ artifactsDir: side.artifactsDir, repoRoot: ctx.repoRoot, modules: modulesOf(side), pool }));
  try {
    const onSample: MeasureOptions['onSample'] = (s, importPath, name, sample) => {
      const jobs = sampleJobs(importPath, name, sample, sources[s]);
      if (jobs.trace) pool.prefetch(jobs.trace);
      if (jobs.profile) pool.prefetch(jobs.profile);
    };
    const outcomes = await measureSides(
      runner,
      sides.map(({ side, ctx }) => ({ targets: side.targets, artifactsDir: side.artifactsDir, repoRoot: ctx.repoRoot })),
      { ...measureOptionsOf(config, log, head.side.artifactsDir, head.ctx.repoRoot), ...overrides, onSample },
    );
    const headOutcome = outcomes[outcomes.length - 1];
    if (headOutcome.benchmarks.length === 0 && head.side.packageFailures.length === 0 && !overrides.leaves) {
      throw new NoBenchmarksError(config.bench, config.packages, head.side.searched);
    }
    pool.startAnalysis();
    // Every side's readings are asked for before any is awaited, so the pool reads them all in parallel.
    const analysed = outcomes.map((o, i) => analyzeSamples(o.benchmarks, sources[i]));
    const results: RunResult[] = [];
    for (const [i, { side, ctx }] of sides.entries()) results.push(assembleRunResult(config, ctx, side, outcomes[i], await analysed[i]));
    const { whileMeasuring, workers, here } = pool.stats;
    if (whileMeasuring + workers + here > 0) {
      log(`Read ${whileMeasuring + workers + here} traces and heap profiles, ${whileMeasuring} of them while measuring, ${workers} in worker threads after`);
    }
    return results;
  } finally {
    await pool.close();
  }
}

function modulesOf(side: PreparedSide): Map<string, ModuleScope> {
  return new Map(side.toBuild.map((p) => [p.importPath, { dir: p.moduleDir, path: p.modulePath }]));
}

/** Where and by what a RunResult was made. */
interface RunOrigin {
  cpu: string;
  runnerOs?: string;
  commit: string;
  ref: string;
}

/** A RunResult that measured nothing (yet): the tool, Go, the machine, the commit and the configuration. */
export function emptyRunResult(config: GateConfig, go: GoToolchain, at: RunOrigin, cwd: string): RunResult {
  const measureConfig = measureConfigOf(config);
  return {
    schema: RUN_RESULT_SCHEMA,
    version: RUN_RESULT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    createdAt: new Date().toISOString(),
    environment: {
      goVersion: go.version,
      goos: go.goos,
      goarch: go.goarch,
      cpu: at.cpu,
      gomaxprocs: os.availableParallelism(),
      runnerOs: at.runnerOs ?? process.env.RUNNER_OS ?? process.platform,
      commit: at.commit,
      ref: at.ref,
      configHash: configHash(measureConfig),
    },
    config: measureConfig,
    workingDirectory: cwd,
    benchmarks: [],
    packageFailures: [],
    warnings: [],
  };
}

/** The RunResult of one side, its samples analysed (traces, heap profiles) with `analysisWarnings`. */
function assembleRunResult(config: GateConfig, ctx: SideContext, side: PreparedSide, outcome: MeasureOutcome, analysisWarnings: string[]): RunResult {
  const { escapes, escapesUnavailable } = side;
  return {
    ...emptyRunResult(config, side.go, { cpu: outcome.cpuModel, runnerOs: ctx.runnerOs, commit: ctx.commit, ref: ctx.ref }, side.cwd),
    benchmarks: outcome.benchmarks,
    packageFailures: side.packageFailures,
    warnings: [...outcome.warnings, ...analysisWarnings, ...(escapes?.warnings ?? [])],
    ...(escapes ? { escapes } : {}),
    ...(escapesUnavailable ? { escapesUnavailable } : {}),
  };
}

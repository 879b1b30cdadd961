/**
 * The measure and analyze stages of one or more prepared sides: run the
 * samples (interleaved across sides when there are several), read each
 * sample's trace and heap profile, and assemble one RunResult per side.
 */
import os from 'node:os';
import { measureSides, type MeasureOptions, type MeasureOutcome } from '../measure/measure.js';
import { configHash } from '../result/confighash.js';
import { RUN_RESULT_SCHEMA, RUN_RESULT_VERSION, type RunResult } from '../result/types.js';
import { measureConfigOf, type GateConfig } from '../options/config.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { analyzeSamples } from '../analyze/samples.js';
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
  const outcomes = await measureSides(
    runner,
    sides.map(({ side, ctx }) => ({ targets: side.targets, artifactsDir: side.artifactsDir, repoRoot: ctx.repoRoot })),
    { ...measureOptionsOf(config, log, head.side.artifactsDir, head.ctx.repoRoot), ...overrides },
  );
  const headOutcome = outcomes[outcomes.length - 1];
  if (headOutcome.benchmarks.length === 0 && head.side.packageFailures.length === 0 && !overrides.leaves) {
    throw new NoBenchmarksError(config.bench, config.packages, head.side.searched);
  }
  const results: RunResult[] = [];
  for (const [i, { side, ctx }] of sides.entries()) results.push(await assembleRunResult(config, ctx, side, outcomes[i]));
  return results;
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

/** Samples analysed (traces, heap profiles) and the RunResult assembled, for one side. */
async function assembleRunResult(config: GateConfig, ctx: SideContext, side: PreparedSide, outcome: MeasureOutcome): Promise<RunResult> {
  const analysisWarnings = await analyzeSamples(outcome.benchmarks, {
    artifactsDir: side.artifactsDir,
    repoRoot: ctx.repoRoot,
    modules: new Map(side.toBuild.map((p) => [p.importPath, { dir: p.moduleDir, path: p.modulePath }])),
  });
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

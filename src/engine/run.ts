/**
 * One measurement, start to finish: check Go, discover packages with
 * benchmarks, build one test binary each, measure interleaved samples, and
 * assemble the RunResult. Used by the Action, the CLI and the demo alike.
 */
import path from 'node:path';
import os from 'node:os';
import { mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { CommandRunner } from '../toolchain/exec.js';
import { inspectGo } from '../toolchain/go.js';
import { discoverPackages } from '../discover/discover.js';
import { buildTestBinary, isBuildFailure } from '../build/build.js';
import { measure, type MeasureOptions, type MeasureOutcome, type MeasureTarget } from '../measure/measure.js';
import { ConfigError, GateError } from '../errors.js';
import { configHash } from '../result/confighash.js';
import { RUN_RESULT_SCHEMA, RUN_RESULT_VERSION, type MeasureConfig, type PackageFailure, type RunResult } from '../result/types.js';
import type { GateConfig } from '../config/config.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { analyzeSamples } from '../analyze/samples.js';
import { relativeInside } from '../result/paths.js';
import { collectEscapes } from '../escape/index.js';
import type { EscapeAnalysis } from '../result/types.js';

export interface RunContext {
  runner: CommandRunner;
  /** Scratch space for binaries and per-sample artifacts. */
  workDir: string;
  /** Repository root; file paths in results are relative to it. */
  repoRoot: string;
  commit: string;
  ref: string;
  runnerOs?: string;
  goCommand?: string;
  log?: (message: string) => void;
}

/** No benchmark matched: the user's pattern and packages, so they can fix either. */
export class NoBenchmarksError extends GateError {
  constructor(bench: string, packages: string[], searched: number) {
    super(
      'no-benchmarks',
      `No benchmark matches -bench '${bench}' in ${packages.join(' ')} (${searched} package${searched === 1 ? '' : 's'} searched). ` +
        'Check the `bench` and `packages` inputs.',
    );
  }
}

export function measureConfigOf(c: GateConfig): MeasureConfig {
  return {
    packages: c.packages,
    bench: c.bench,
    count: c.count,
    benchtime: c.benchtime,
    cpu: c.cpu,
    tags: c.tags,
    goTestFlags: c.goTestFlags,
    timeout: c.timeout,
    memprofile: c.memprofile,
    memprofileRate: c.memprofileRate,
    trace: c.trace,
  };
}

function topLevelMatcher(bench: string): (name: string) => boolean {
  const top = bench.split('/')[0] || '.';
  try {
    const re = new RegExp(top);
    return (name) => re.test(name);
  } catch {
    return () => true; // RE2 syntax JS cannot read: let the test binary decide
  }
}

/** A side ready to measure: built binaries, escape analysis, and what failed on the way. */
export interface PreparedSide {
  cwd: string;
  go: Awaited<ReturnType<typeof inspectGo>>;
  /** Packages found by `go list` (for the no-benchmarks message). */
  searched: number;
  toBuild: Awaited<ReturnType<typeof discoverPackages>>;
  targets: MeasureTarget[];
  packageFailures: PackageFailure[];
  escapes?: EscapeAnalysis;
  escapesUnavailable?: string;
  artifactsDir: string;
}

/**
 * Everything before measuring, for one side: go env check, discovery, one
 * test binary per package, escape analysis. `cwd` is the module directory of
 * this side (the A/B base builds from its worktree); `ctx.repoRoot` is the
 * root paths are made relative to (the worktree for the base, so that its
 * file paths read like the head's). Binaries and samples go in `ctx.workDir`.
 */
export async function prepareSide(config: GateConfig, ctx: RunContext, cwd: string): Promise<PreparedSide> {
  const log = ctx.log ?? (() => {});
  const st = await stat(cwd).catch(() => null);
  if (!st?.isDirectory()) {
    throw new ConfigError(`working-directory: "${config.workingDirectory}" does not exist or is not a directory (resolved to ${cwd})`);
  }
  const go = await inspectGo(ctx.runner, cwd, ctx.goCommand);
  log(`Using ${go.version} ${go.goos}/${go.goarch}`);

  const packages = await discoverPackages(ctx.runner, { cwd, packages: config.packages, tags: config.tags, goCommand: ctx.goCommand });
  const matches = topLevelMatcher(config.bench);
  const packageFailures: PackageFailure[] = [];
  const candidates = packages.filter((p) => p.benchmarks.some((b) => matches(b.name)));
  for (const p of candidates) {
    if (p.listError) packageFailures.push({ package: p.importPath, kind: 'list', message: p.listError, output: p.listError });
  }
  const toBuild = candidates.filter((p) => !p.listError);
  if (candidates.length === 0) throw new NoBenchmarksError(config.bench, config.packages, packages.length);

  const binDir = path.join(ctx.workDir, 'bin');
  const artifactsDir = path.join(ctx.workDir, 'samples');
  await mkdir(artifactsDir, { recursive: true });
  const targets: MeasureTarget[] = [];
  for (const [i, p] of toBuild.entries()) {
    log(`Building ${p.importPath}`);
    const built = await buildTestBinary(ctx.runner, p.importPath, i, {
      cwd,
      outDir: binDir,
      tags: config.tags,
      goTestFlags: config.goTestFlags,
      goCommand: ctx.goCommand,
    });
    if (isBuildFailure(built)) {
      const diagnostics = built.errors.map((e) => ({
        ...e,
        file: relativeFile(ctx.repoRoot, path.resolve(p.moduleDir, e.file), cwd, e.file, p.dir),
      }));
      packageFailures.push({
        package: p.importPath,
        kind: 'build',
        message: built.errors[0] ? `does not compile: ${built.errors[0].message}` : 'does not compile',
        output: built.output,
        diagnostics,
      });
      log(`✗ ${p.importPath} does not compile`);
      continue;
    }
    targets.push({ importPath: p.importPath, dir: p.dir, binary: built.binary, declarations: p.benchmarks });
  }

  // Escape analysis of the packages that compiled: `go list -export` with
  // -gcflags=-m replays the compiler's diagnostics from the build cache.
  let escapes: EscapeAnalysis | undefined;
  let escapesUnavailable: string | undefined;
  if ((config.metrics.escapes?.mode ?? 'gate') !== 'off' && targets.length > 0) {
    log('Collecting escape analysis');
    try {
      const c = await collectEscapes(ctx.runner, {
        cwd,
        packages: targets.map((t) => t.importPath),
        tags: config.tags,
        goFlags: config.goTestFlags,
        repoRoot: ctx.repoRoot,
        explain: true,
        goCommand: ctx.goCommand,
      });
      escapes = {
        goVersion: c.goVersion,
        packages: c.packages,
        sites: c.sites,
        unrecognised: c.unrecognised,
        compileErrors: c.compileErrors,
        warnings: c.warnings,
      };
    } catch (err) {
      escapesUnavailable = (err as Error).message;
      log(`escape analysis failed: ${escapesUnavailable}`);
    }
  }
  return { cwd, go, searched: packages.length, toBuild, targets, packageFailures, escapes, escapesUnavailable, artifactsDir };
}

export function measureOptionsOf(config: GateConfig, log: (message: string) => void, artifactsDir: string, repoRoot: string): MeasureOptions {
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

/** Samples analysed (traces, heap profiles) and the RunResult assembled, for one side. */
export async function finishSide(config: GateConfig, ctx: RunContext, side: PreparedSide, outcome: MeasureOutcome): Promise<RunResult> {
  const analysisWarnings = await analyzeSamples(outcome.benchmarks, {
    artifactsDir: side.artifactsDir,
    repoRoot: ctx.repoRoot,
    modules: new Map(side.toBuild.map((p) => [p.importPath, { dir: p.moduleDir, path: p.modulePath }])),
  });
  const measureConfig = measureConfigOf(config);
  const { go, escapes, escapesUnavailable } = side;
  return {
    schema: RUN_RESULT_SCHEMA,
    version: RUN_RESULT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    createdAt: new Date().toISOString(),
    environment: {
      goVersion: go.version,
      goos: go.goos,
      goarch: go.goarch,
      cpu: outcome.cpuModel,
      gomaxprocs: os.availableParallelism(),
      runnerOs: ctx.runnerOs ?? process.env.RUNNER_OS ?? process.platform,
      commit: ctx.commit,
      ref: ctx.ref,
      configHash: configHash(measureConfig),
    },
    config: measureConfig,
    workingDirectory: side.cwd,
    benchmarks: outcome.benchmarks,
    packageFailures: side.packageFailures,
    warnings: [...outcome.warnings, ...analysisWarnings, ...(escapes?.warnings ?? [])],
    ...(escapes ? { escapes } : {}),
    ...(escapesUnavailable ? { escapesUnavailable } : {}),
  };
}

export async function runMeasurement(config: GateConfig, ctx: RunContext): Promise<RunResult> {
  const log = ctx.log ?? (() => {});
  const side = await prepareSide(config, ctx, path.resolve(config.workingDirectory));
  const outcome = await measure(ctx.runner, side.targets, measureOptionsOf(config, log, side.artifactsDir, ctx.repoRoot));
  if (outcome.benchmarks.length === 0 && side.packageFailures.length === 0) {
    throw new NoBenchmarksError(config.bench, config.packages, side.searched);
  }
  return finishSide(config, ctx, side, outcome);
}

/**
 * The compiler prints paths relative to the directory `go` ran in (or the
 * package directory, `./x.go`); reports want them relative to the repository.
 * We pick the first candidate that exists inside the repository.
 */
function relativeFile(root: string, fromModule: string, cwd: string, printed: string, pkgDir: string): string {
  const candidates = [path.resolve(cwd, printed), path.resolve(pkgDir, printed), fromModule];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const rel = relativeInside(root, c);
    if (rel !== undefined) return rel;
  }
  return printed;
}

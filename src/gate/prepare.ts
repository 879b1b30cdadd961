/**
 * The prepare stage, for one side of a comparison (the head, or the base of
 * an A/B run or of a confirmation): check Go, discover the packages with
 * benchmarks, build one test binary each, and collect the compiler's escape
 * analysis of those that built. What fails on the way (a package that does not
 * compile) is recorded, not thrown: the other packages are still measured.
 */
import path from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { CommandRunner } from '../toolchain/exec.js';
import { inspectGo, type GoToolchain } from '../toolchain/go.js';
import { discoverPackages, type DiscoveredPackage } from '../discover/discover.js';
import { buildTestBinary, isBuildFailure } from '../build/build.js';
import type { MeasureTarget } from '../measure/measure.js';
import { ConfigError, GateError } from '../errors.js';
import type { EscapeAnalysis, PackageFailure } from '../result/types.js';
import type { GateConfig } from '../options/config.js';
import { relativeInside } from '../result/paths.js';
import { collectEscapes } from '../escape/index.js';
import type { ShardFilter, ShardUnit } from './shard.js';

/** Where one side is measured and how its results are labelled. */
export interface SideContext {
  runner: CommandRunner;
  /** Scratch space for this side's binaries and per-sample artifacts. */
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
        'Check the `bench` and `packages` settings.',
    );
  }
}

/** A side ready to measure: built binaries, escape analysis, and what failed on the way. */
export interface PreparedSide {
  cwd: string;
  go: GoToolchain;
  /** Packages found by `go list` (for the no-benchmarks message). */
  searched: number;
  toBuild: DiscoveredPackage[];
  targets: MeasureTarget[];
  packageFailures: PackageFailure[];
  escapes?: EscapeAnalysis;
  escapesUnavailable?: string;
  artifactsDir: string;
}

export interface PrepareOptions {
  /** Only these packages (import paths) are built (confirmation re-measures a few). */
  packages?: ReadonlySet<string>;
  /** Skip escape analysis (confirmation needs none). */
  escapes?: boolean;
  /** A shard run: only this shard's benchmark functions are built and measured, and only its packages analysed. */
  shard?: ShardFilter;
  /** What discoverPackages found in this side's directory, when the caller already asked (a shard run): not asked again. */
  discovered?: DiscoveredPackage[];
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

/** Packages with a benchmark that `bench` selects, within `only` when given. */
function packagesInScope(config: GateConfig, packages: DiscoveredPackage[], only?: ReadonlySet<string>): DiscoveredPackage[] {
  const matches = topLevelMatcher(config.bench);
  return packages.filter((p) => p.benchmarks.some((b) => matches(b.name)) && (!only || only.has(p.importPath)));
}

/**
 * The benchmark functions a side would measure (the split of a sharded run,
 * src/gate/shard.ts), from the source before anything is built, and what
 * discovery found (for prepareSide's `discovered`).
 */
export async function discoverUnits(
  config: GateConfig,
  ctx: SideContext,
  cwd: string,
  only?: ReadonlySet<string>,
): Promise<{ units: ShardUnit[]; discovered: DiscoveredPackage[] }> {
  const discovered = await discoverPackages(ctx.runner, { cwd, packages: config.packages, tags: config.tags, goCommand: ctx.goCommand });
  const matches = topLevelMatcher(config.bench);
  const units = packagesInScope(config, discovered, only).flatMap((p) =>
    p.benchmarks.filter((b) => matches(b.name)).map((b) => ({ package: p.importPath, name: b.name })),
  );
  return { units, discovered };
}

/**
 * Everything before measuring, for one side. `cwd` is the module directory of
 * this side (the A/B base builds from its worktree); `ctx.repoRoot` is the
 * root paths are made relative to (the worktree for the base, so that its
 * file paths read like the head's). Binaries and samples go in `ctx.workDir`.
 */
export async function prepareSide(config: GateConfig, ctx: SideContext, cwd: string, opts: PrepareOptions = {}): Promise<PreparedSide> {
  const log = ctx.log ?? (() => {});
  const st = await stat(cwd).catch(() => null);
  if (!st?.isDirectory()) {
    throw new ConfigError(`working-directory: "${config.workingDirectory}" does not exist or is not a directory (resolved to ${cwd})`);
  }
  const go = await inspectGo(ctx.runner, cwd, ctx.goCommand);
  log(`Using ${go.version} ${go.goos}/${go.goarch}`);

  const packages = opts.discovered ?? (await discoverPackages(ctx.runner, { cwd, packages: config.packages, tags: config.tags, goCommand: ctx.goCommand }));
  const matches = topLevelMatcher(config.bench);
  const packageFailures: PackageFailure[] = [];
  const shard = opts.shard;
  const inScope = packagesInScope(config, packages, opts.packages);
  const candidates = shard ? inScope.filter((p) => p.benchmarks.some((b) => matches(b.name) && shard.runsFunction(p.importPath, b.name))) : inScope;
  for (const p of candidates) {
    if (p.listError) packageFailures.push({ package: p.importPath, kind: 'list', message: p.listError, output: p.listError });
  }
  const toBuild = candidates.filter((p) => !p.listError);
  if (inScope.length === 0) throw new NoBenchmarksError(config.bench, config.packages, packages.length);

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
    const target: MeasureTarget = { importPath: p.importPath, dir: p.dir, binary: built.binary, declarations: p.benchmarks };
    if (shard) target.shard = { runs: (name) => shard.runsFunction(p.importPath, name), measures: (name) => shard.measuresLeaf(p.importPath, name) };
    targets.push(target);
  }

  const wantEscapes = opts.escapes !== false && (config.metrics.escapes?.mode ?? 'gate') !== 'off' && targets.length > 0;
  const analysed = shard ? targets.filter((t) => shard.analyses(t.importPath)) : targets;
  const { escapes, escapesUnavailable } = wantEscapes && analysed.length > 0 ? await escapeAnalysis(config, ctx, cwd, analysed) : {};
  return { cwd, go, searched: packages.length, toBuild, targets, packageFailures, escapes, escapesUnavailable, artifactsDir };
}

/**
 * Escape analysis of the packages that compiled: `go list -export` with
 * -gcflags=-m replays the compiler's diagnostics from the build cache.
 */
async function escapeAnalysis(
  config: GateConfig,
  ctx: SideContext,
  cwd: string,
  targets: MeasureTarget[],
): Promise<{ escapes?: EscapeAnalysis; escapesUnavailable?: string }> {
  const log = ctx.log ?? (() => {});
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
    return {
      escapes: {
        goVersion: c.goVersion,
        packages: c.packages,
        sites: c.sites,
        unrecognised: c.unrecognised,
        compileErrors: c.compileErrors,
        warnings: c.warnings,
      },
    };
  } catch (err) {
    const message = (err as Error).message;
    log(`escape analysis failed: ${message}`);
    return { escapesUnavailable: message };
  }
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

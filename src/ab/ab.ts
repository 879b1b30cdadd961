/**
 * A/B mode: measure the merge-base and the head in the same job, their
 * samples interleaved, and compare them exactly as cache mode compares with a
 * stored baseline. Both sides then share the machine, the moment and its
 * noise (a shared runner's neighbour, thermal state, CPU model), which is
 * what careful Go teams do by hand with benchstat; the price is measuring
 * twice.
 *
 * The base side builds from a temporary git worktree at the same relative
 * working directory as the head, and its paths are made relative to the
 * worktree's copy of the repository root, so file:line of both sides (escape
 * sites, allocation sites, benchmark declarations) match.
 */
import path from 'node:path';
import { realpath } from 'node:fs/promises';
import type { GateConfig } from '../config/config.js';
import { GateError } from '../errors.js';
import { finishSide, measureOptionsOf, NoBenchmarksError, prepareSide, type PreparedSide, type RunContext } from '../engine/run.js';
import { measureSides } from '../measure/measure.js';
import { compareRuns, type CompareOptions } from '../compare/compare.js';
import type { Report } from '../report/model.js';
import type { RunResult } from '../result/types.js';
import { repositoryRoot, resolveMergeBase, withWorktree } from './worktree.js';

export interface AbOptions {
  /** What to compare with: the merge-base of HEAD and this ref is measured. */
  baseRef: string;
  /** Parent directory of the temporary worktree (default: the OS temp dir). */
  tmpRoot?: string;
  /**
   * How reports name what the merge-base is taken with (the base's `ref`);
   * default `baseRef`. The Action passes the PR's base branch, since its
   * default `baseRef` is a bare commit that reads as noise next to the merge-base.
   */
  baseLabel?: string;
}

export interface AbOutcome {
  head: RunResult;
  /** null when the merge-base could not be measured (see `problem`). */
  base: RunResult | null;
  baseRef: string;
  mergeBase: string;
  /** Why there is no baseline, in one sentence for the report. */
  problem?: string;
  /** Partial problems of the base (one package does not compile there). */
  warnings: string[];
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

async function real(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

/** Inside the worktree, the path that `p` has inside the repository at `gitRoot`. */
function mirror(gitRoot: string, p: string, worktree: string): string {
  const rel = path.relative(gitRoot, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new GateError('ab-setup', `${p} is outside the git repository at ${gitRoot}; A/B mode measures a directory of the repository.`);
  }
  return path.join(worktree, rel);
}

/** A base that cannot be measured at all, or null when at least one package built. */
function baseProblem(side: PreparedSide, sha: string): string | null {
  if (side.targets.length > 0) return null;
  const f = side.packageFailures[0];
  if (!f) return `the merge-base ${short(sha)} has no benchmark to measure`;
  const what = f.kind === 'build' ? f.message.replace(/^does not compile: ?/, '') : f.message;
  return `the merge-base ${short(sha)} does not compile: ${f.package}: ${what}`;
}

export async function runAb(config: GateConfig, ctx: RunContext, opts: AbOptions): Promise<AbOutcome> {
  const log = ctx.log ?? (() => {});
  const headCwd = await real(path.resolve(config.workingDirectory));
  const gitRoot = await real(await repositoryRoot(ctx.runner, headCwd));
  const mergeBase = await resolveMergeBase(ctx.runner, gitRoot, opts.baseRef);
  log(`A/B: comparing with the merge-base ${short(mergeBase)} of HEAD and ${opts.baseRef}`);

  // Paths are reported relative to ctx.repoRoot; the base needs the same
  // directory inside its worktree. A root outside the git repository (a
  // workspace above the checkout) has no such twin: use the git root for both.
  let repoRoot = await real(ctx.repoRoot);
  const inside = path.relative(gitRoot, repoRoot);
  if (inside.startsWith('..') || path.isAbsolute(inside)) repoRoot = gitRoot;
  const headCtx: RunContext = { ...ctx, repoRoot, workDir: path.join(ctx.workDir, 'head') };
  log('A/B: preparing the head');
  const head = await prepareSide(config, headCtx, headCwd);

  return withWorktree(
    ctx.runner,
    gitRoot,
    mergeBase,
    async (wt) => {
      const baseCtx: RunContext = {
        ...ctx,
        workDir: path.join(ctx.workDir, 'base'),
        repoRoot: mirror(gitRoot, repoRoot, wt.dir),
        commit: mergeBase,
        ref: opts.baseLabel || opts.baseRef,
        log: (m) => log(`[base] ${m}`),
      };
      const warnings: string[] = [];
      let base: PreparedSide | null = null;
      let problem: string | undefined;
      try {
        base = await prepareSide(config, baseCtx, mirror(gitRoot, headCwd, wt.dir));
        problem = baseProblem(base, mergeBase) ?? undefined;
        for (const f of base.packageFailures) {
          if (!problem) warnings.push(`On the merge-base ${short(mergeBase)}, ${f.package} ${f.message}; its benchmarks have no baseline.`);
        }
      } catch (err) {
        // The base's own problems (no benchmarks yet, the directory did not
        // exist, go.mod broken) mean no baseline, never a failed job: the
        // pull request may be the very change that fixes them.
        if (!(err instanceof GateError)) throw err;
        problem =
          err instanceof NoBenchmarksError
            ? `the merge-base ${short(mergeBase)} has no benchmarks to compare with (${err.message})`
            : `the merge-base ${short(mergeBase)} could not be measured: ${err.message}`;
      }
      if (problem) {
        log(`A/B: ${problem}; measuring the head alone`);
        base = null;
      }

      const sides = base ? [base, head] : [head];
      const outcomes = await measureSides(
        ctx.runner,
        sides.map((s, i) => ({ targets: s.targets, artifactsDir: s.artifactsDir, repoRoot: i === sides.length - 1 ? repoRoot : baseCtx.repoRoot })),
        measureOptionsOf(config, log, head.artifactsDir, repoRoot),
      );
      const headOutcome = outcomes[outcomes.length - 1];
      if (headOutcome.benchmarks.length === 0 && head.packageFailures.length === 0) {
        throw new NoBenchmarksError(config.bench, config.packages, head.searched);
      }
      // The base's samples are analysed while its worktree still exists.
      const baseResult = base ? await finishSide(config, baseCtx, base, outcomes[0]) : null;
      const headResult = await finishSide(config, headCtx, head, headOutcome);
      return { head: headResult, base: baseResult, baseRef: opts.baseRef, mergeBase, warnings, ...(problem ? { problem } : {}) };
    },
    { tmpRoot: opts.tmpRoot, log },
  );
}

/**
 * Compares an A/B outcome exactly as cache mode compares with a restored
 * baseline. Without a base the report still says it came from A/B mode
 * (baselineSource 'ab') and why there is no baseline, so nobody waits for a
 * push to the default branch that will not help.
 */
export function compareAb(outcome: AbOutcome, options: Omit<CompareOptions, 'baselineSource'>): Report {
  const report = compareRuns(outcome.base, outcome.head, { ...options, baselineSource: 'ab' });
  report.baselineSource = 'ab';
  for (const w of outcome.warnings) if (!report.warnings.includes(w)) report.warnings.push(w);
  if (outcome.problem) {
    const sentence = outcome.problem.charAt(0).toUpperCase() + outcome.problem.slice(1);
    report.warnings.unshift(sentence);
    if (report.verdict === 'no-baseline') {
      report.headline = `No baseline: ${outcome.problem.replace(/\s+/g, ' ').slice(0, 300)}. Nothing was compared or gated; the head's values are shown.`;
    }
  }
  return report;
}

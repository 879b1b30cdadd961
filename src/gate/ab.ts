/**
 * The A/B baseline: the merge-base of HEAD and a base ref is checked out in a
 * temporary worktree, prepared like the head, and measured in the same job,
 * its samples interleaved with the head's (src/measure). The result is two
 * RunResults compared exactly as a cached baseline would be, but measured on
 * the same machine at the same time.
 */
import path from 'node:path';
import type { RunResult } from '../result/types.js';
import type { GateConfig } from '../options/config.js';
import { GateError } from '../errors.js';
import { resolveMergeBase } from '../toolchain/worktree.js';
import { NoBenchmarksError, prepareSide, type PreparedSide, type SideContext } from './prepare.js';
import { measureAndAnalyze } from './result.js';
import { headLocation, withBaseCheckout } from './base.js';
import type { ShardFilter } from './shard.js';

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
  /** Only these packages are prepared on both sides (affected benchmarks); absent: all. */
  packages?: ReadonlySet<string>;
  /** A shard run: only this shard's benchmarks, on both sides. */
  shard?: ShardFilter;
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
  /** The head as prepared (its binaries stay usable until the work directory goes). */
  headSide: PreparedSide;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

/** A base that cannot be measured at all, or null when at least one package built. */
function baseProblem(side: PreparedSide, sha: string): string | null {
  if (side.targets.length > 0) return null;
  const f = side.packageFailures[0];
  if (!f) return `the merge-base ${short(sha)} has no benchmark to measure`;
  const what = f.kind === 'build' ? f.message.replace(/^does not compile: ?/, '') : f.message;
  return `the merge-base ${short(sha)} does not compile: ${f.package}: ${what}`;
}

export async function runAb(config: GateConfig, ctx: SideContext, opts: AbOptions): Promise<AbOutcome> {
  const log = ctx.log ?? (() => {});
  const where = await headLocation(ctx.runner, path.resolve(config.workingDirectory), ctx.repoRoot);
  const mergeBase = await resolveMergeBase(ctx.runner, where.gitRoot, opts.baseRef);
  log(`A/B: comparing with the merge-base ${short(mergeBase)} of HEAD and ${opts.baseRef}`);

  const headCtx: SideContext = { ...ctx, repoRoot: where.repoRoot, workDir: path.join(ctx.workDir, 'head') };
  log('A/B: preparing the head');
  const only = { ...(opts.packages ? { packages: opts.packages } : {}), ...(opts.shard ? { shard: opts.shard } : {}) };
  const head = await prepareSide(config, headCtx, where.cwd, only);

  return withBaseCheckout(
    ctx.runner,
    where,
    mergeBase,
    async (checkout) => {
      const baseCtx: SideContext = {
        ...ctx,
        workDir: path.join(ctx.workDir, 'base'),
        repoRoot: checkout.repoRoot,
        commit: mergeBase,
        ref: opts.baseLabel || opts.baseRef,
        log: (m) => log(`[base] ${m}`),
      };
      const warnings: string[] = [];
      let base: PreparedSide | null = null;
      let problem: string | undefined;
      try {
        base = await prepareSide(config, baseCtx, checkout.cwd, only);
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
      // The base's samples are analysed while its worktree still exists.
      const sides = base
        ? [
            { side: base, ctx: baseCtx },
            { side: head, ctx: headCtx },
          ]
        : [{ side: head, ctx: headCtx }];
      const results = await measureAndAnalyze(config, sides, log);
      const headResult = results[results.length - 1];
      const baseResult = base ? results[0] : null;
      return { head: headResult, base: baseResult, baseRef: opts.baseRef, mergeBase, warnings, headSide: head, ...(problem ? { problem } : {}) };
    },
    { tmpRoot: opts.tmpRoot, log },
  );
}

/**
 * The baseline stage: restoring the baseline a head is compared with from a
 * store, and recording a run as the baseline. Both say exactly what happened
 * — found, not found (and where it was looked for), could not be read,
 * refused, not stored — because a required check whose baseline silently
 * went missing passes everything.
 *
 * A run is never recorded as the baseline when it measured less than it
 * should: a package that does not compile, a benchmark that failed, or
 * benchmarks the branch's previous baseline had and this run lost. One broken
 * push would otherwise disarm the gate for every pull request based on it.
 */
import type { RunResult } from '../result/types.js';
import { benchmarkKey, benchmarkDisplayName } from '../result/types.js';
import type { RestoredBaseline } from '../store/store.js';
import { carryHistory } from '../report/trend.js';
import type { BaselinePlan, GateDeps, SavePlan } from './plan.js';

export interface RestoreOutcome {
  baseline: RestoredBaseline | null;
  /** For the report: why the baseline is missing, or conditions of the one found. */
  warnings: string[];
  /** When there is no baseline: the headline's first sentence, saying why. */
  missing: string;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

/** The newest baseline of the plan's branch for this head's environment. */
export async function restoreBaseline(plan: Extract<BaselinePlan, { kind: 'store' }>, head: RunResult, deps: GateDeps): Promise<RestoreOutcome> {
  const where = plan.store.describe();
  try {
    const baseline = await plan.store.restore({
      branch: plan.branch,
      commit: plan.commit,
      environment: {
        goos: head.environment.goos,
        goarch: head.environment.goarch,
        goVersion: head.environment.goVersion,
        configHash: head.environment.configHash,
      },
    });
    if (!baseline) {
      const missing = `No baseline of branch ${plan.branch} was found (${where}, for ${head.environment.goos}/${head.environment.goarch} and these measurement settings).`;
      deps.log.notice(`${missing} Results are shown without comparison.`);
      return { baseline: null, warnings: [], missing };
    }
    deps.log.info(`Baseline: ${baseline.source}${baseline.exactCommit ? ' (the exact base commit)' : ''}`);
    for (const w of baseline.warnings) deps.log.warning(w);
    return { baseline, warnings: baseline.warnings, missing: '' };
  } catch (err) {
    // A baseline that exists but cannot be read, or a store that cannot be
    // reached, must not block every pull request until the next push: say
    // exactly what is wrong, as what it is (never as "first run"), and go on.
    const reason = (err as Error).message;
    const missing = `The baseline of branch ${plan.branch} could not be restored (${where}): ${reason}.`;
    deps.log.warning(missing);
    return { baseline: null, warnings: [missing], missing };
  }
}

export interface SaveOutcome {
  saved: boolean;
  /** Where it went (`dir:…`, `cache:…`), or where it would have gone. */
  where: string;
  /** Why it was not saved. */
  reason?: string;
  /** True when the run itself was refused as a baseline (it measured too little): the job must fail. */
  refused: boolean;
  /** The headline's first sentence. */
  headline: string;
  warnings: string[];
}

/** Why this run must not become the baseline, or '' when it may. */
export function baselineRefusal(head: RunResult, previous: RunResult | null): string {
  const reasons: string[] = [];
  const build = head.packageFailures.map((f) => f.package);
  if (build.length)
    reasons.push(
      `${build.length} package${build.length === 1 ? '' : 's'} could not be built or listed (${build.slice(0, 3).join(', ')}${build.length > 3 ? ', …' : ''})`,
    );
  const failed = head.benchmarks.filter((b) => b.failure).map((b) => `${b.package} ${benchmarkDisplayName(b)}`);
  if (failed.length)
    reasons.push(`${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed (${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''})`);
  const measured = head.benchmarks.filter((b) => !b.failure);
  if (measured.length === 0 && reasons.length === 0) reasons.push('no benchmark was measured');
  if (previous) {
    const have = new Set(measured.map(benchmarkKey));
    const lost = previous.benchmarks.filter((b) => !b.failure && !have.has(benchmarkKey(b))).map((b) => `${b.package} ${benchmarkDisplayName(b)}`);
    if (lost.length) {
      reasons.push(
        `${lost.length} benchmark${lost.length === 1 ? '' : 's'} of the previous baseline (${short(previous.environment.commit) || previous.createdAt}) ${lost.length === 1 ? 'is' : 'are'} missing (${lost.slice(0, 3).join(', ')}${lost.length > 3 ? ', …' : ''})`,
      );
    }
  }
  return reasons.join('; ');
}

/** Records `head` as the baseline of the plan's branch, unless it measured too little (see the module comment). */
export async function saveBaseline(plan: SavePlan, head: RunResult, deps: GateDeps): Promise<SaveOutcome> {
  const at = short(head.environment.commit) || 'this run';
  let previous: RunResult | null = null;
  try {
    previous = (await plan.store.restore({ branch: plan.branch, environment: head.environment }))?.result ?? null;
  } catch (err) {
    deps.log.warning(
      `The previous baseline of ${plan.branch} could not be read (to check that this run lost no benchmark, and to carry the metrics' trend): ${(err as Error).message}`,
    );
  }
  if (!plan.allowIncomplete) {
    const refusal = baselineRefusal(head, previous);
    if (refusal) {
      const reason = `this run is not recorded as the baseline of ${plan.branch}: ${refusal}. Fix the run, or set allow-incomplete-baseline to record it anyway`;
      deps.log.warning(reason);
      return {
        saved: false,
        where: plan.store.describe(),
        reason,
        refused: true,
        headline: `Baseline NOT recorded for ${plan.branch} at ${at}: ${refusal}.`,
        warnings: [reason.charAt(0).toUpperCase() + reason.slice(1) + '.'],
      };
    }
  }
  const result = await plan.store.save({ ...head, history: carryHistory(previous, head.environment.commit) }, plan.branch);
  if (!result.saved) {
    const reason = result.reason ?? 'the store did not keep it';
    deps.log.warning(`The baseline could not be saved (${result.where}): ${reason}`);
    return {
      saved: false,
      where: result.where,
      reason,
      refused: false,
      headline: `Baseline NOT recorded for ${plan.branch} at ${at}: ${reason}.`,
      warnings: [`The baseline could not be saved (${result.where}): ${reason}.`],
    };
  }
  deps.log.info(`Baseline saved: ${result.where}`);
  return { saved: true, where: result.where, refused: false, headline: `Baseline recorded for ${plan.branch} at ${at}.`, warnings: [] };
}

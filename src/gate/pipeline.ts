/**
 * The one gate pipeline, for the Action and the CLI alike:
 *
 *   select (affected-only) → prepare → measure → analyze → baseline → save
 *   → compare → confirm → acknowledge
 *
 * (a merge of shard jobs, `plan.merged`, enters at baseline with the head
 * the shards measured; a shard job itself stops after analyze: shard-run.ts) *
 * (rendering and publishing are the shells' last step: they read the Report
 * this returns). A plan (plan.ts) says where the baseline comes from — none,
 * a store, or the merge-base measured in this job — and whether this run
 * records one; every plan goes through the same stages, so a stage added
 * here reaches `run --compare`, `ab`, `demo` and both Action modes at once.
 */
import path from 'node:path';
import type { RunResult } from '../result/types.js';
import type { NotAffectedBenchmark, Report } from '../report/model.js';
import { compareRuns } from '../compare/compare.js';
import { acknowledge } from '../compare/acknowledge.js';
import { compareOptionsOf, type GateConfig } from '../options/config.js';
import { NoBenchmarksError, prepareSide, type PrepareOptions, type PreparedSide, type SideContext } from './prepare.js';
import { measureAndAnalyze } from './result.js';
import { runAb } from './ab.js';
import type { GateDeps, GatePlan } from './plan.js';
import { restoreBaseline, saveBaseline, type SaveOutcome } from './baseline.js';
import { attachTrends, trendSources } from '../report/trend.js';
import { confirmStage } from './confirm.js';
import { affectedScope, attachAffected, narrowBaseline, unmeasuredHead, type AffectedScope } from './affected.js';

export interface GateOutcome {
  head: RunResult;
  /** The baseline compared with (restored, or measured in this job); null without one. */
  base: RunResult | null;
  report: Report;
  /** What happened to the baseline this run was to record (plans with `save`). */
  saved?: SaveOutcome;
  /** The head as prepared: its binaries stay usable until the plan's work directory is removed (absent: nothing was built here). */
  headSide?: PreparedSide;
}

/** How the head is prepared and labelled, for a plan. */
export function headContext(plan: GatePlan, deps: GateDeps, workDir: string): SideContext {
  return {
    runner: deps.runner,
    workDir,
    repoRoot: plan.head.repoRoot,
    commit: plan.head.commit,
    ref: plan.head.ref,
    runnerOs: plan.head.runnerOs,
    goCommand: plan.goCommand,
    log: (m) => deps.log.info(m),
  };
}

/** prepare → measure → analyze for the head alone (within `prepare`'s packages and shard, when given). */
export async function measureHead(plan: GatePlan, deps: GateDeps, prepare: PrepareOptions = {}): Promise<{ result: RunResult; side: PreparedSide }> {
  const ctx = headContext(plan, deps, plan.workDir);
  const side = await prepareSide(plan.config, ctx, path.resolve(plan.config.workingDirectory), prepare);
  const [result] = await measureAndAnalyze(plan.config, [{ side, ctx }], (m) => deps.log.info(m));
  return { result, side };
}

/**
 * The compare stage: every benchmark × metric decided, located findings
 * collected, `warnings` (from restoring or measuring the baseline) added
 * to the report's, and each regression's trend over the baseline's branch
 * history attached (src/report/trend.ts).
 */
export function compareStage(base: RunResult | null, head: RunResult, config: GateConfig, source: string, warnings: readonly string[] = []): Report {
  const report = compareRuns(base, head, compareOptionsOf(config, source, source === 'ab'));
  for (const w of warnings) if (!report.warnings.includes(w)) report.warnings.push(w);
  return base ? attachTrends(report, trendSources(base)) : report;
}

/** Why a measuring run has no baseline, in the words of its plan (undefined: compareRuns' own words). */
function noBaseline(plan: GatePlan, missing: string, saved: SaveOutcome | undefined): { headline: string; reason: string } | undefined {
  if (plan.baseline.kind === 'store' && missing) {
    return {
      reason: missing,
      headline: `${missing} The measured values are shown without comparison; a run that records the baseline of ${plan.baseline.branch} (a push to it) makes one.`,
    };
  }
  if (plan.baseline.kind === 'none' && plan.baseline.why === 'record' && saved) {
    return {
      reason: `${saved.headline} A run that records the baseline is not compared.`,
      headline: `${saved.headline} A run that records the baseline is not compared; the measured values are shown.`,
    };
  }
  return undefined;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Carries out a measuring plan: the head measured, its baseline found or measured, compared, and saved if asked. */
export async function runGate(plan: GatePlan, deps: GateDeps): Promise<GateOutcome> {
  const scope = await affectedScope(plan, deps);
  let outcome: GateOutcome;
  if (scope?.nothing) outcome = await nothingAffected(plan, deps, scope);
  else {
    try {
      outcome = await measureAndCompare(plan, deps, scope);
    } catch (err) {
      // The affected packages have tests but no benchmark that `bench` selects: nothing to measure.
      if (!scope?.packages || !(err instanceof NoBenchmarksError)) throw err;
      deps.log.info('Affected benchmarks: no benchmark of the affected packages matches `bench`.');
      outcome = await nothingAffected(plan, deps, { ...scope, nothing: true });
    }
  }
  if (plan.acknowledge?.label) outcome.report = acknowledge(outcome.report, plan.acknowledge.label, plan.acknowledge.labels);
  return outcome;
}

/** measure (both sides in A/B mode) → restore → save → compare → confirm, within the affected scope when there is one. */
async function measureAndCompare(plan: GatePlan, deps: GateDeps, scope: AffectedScope | undefined): Promise<GateOutcome> {
  const { config } = plan;
  let head: RunResult;
  let headSide: PreparedSide | undefined;
  let base: RunResult | null;
  let report: Report;
  let saved: SaveOutcome | undefined;
  let notAffected: NotAffectedBenchmark[] = [];

  if (plan.baseline.kind === 'ab') {
    const { baseRef, baseLabel } = plan.baseline;
    const ab = plan.merged
      ? { head: plan.merged.head, base: plan.merged.base, problem: plan.merged.baseProblem, warnings: plan.merged.baseWarnings, headSide: undefined }
      : await deps.log.group('Measure the merge-base and the head (A/B)', () =>
          runAb(config, headContext(plan, deps, plan.workDir), { baseRef, baseLabel, tmpRoot: plan.tmpRoot, packages: scope?.packages }),
        );
    head = ab.head;
    headSide = ab.headSide;
    base = ab.base;
    if (ab.problem) deps.log.warning(`A/B mode: ${ab.problem}`);
    report = compareStage(base, head, config, 'ab', ab.warnings);
    // Without a base the report still says it came from A/B mode and why there is
    // no baseline, so nobody waits for a push to the default branch that will not help.
    report.baselineSource = 'ab';
    if (ab.problem) {
      report.warnings.unshift(sentence(ab.problem));
      report.noBaselineReason = `A/B mode could not measure the merge-base: ${ab.problem}.`;
      if (report.verdict === 'no-baseline') {
        report.headline = `No baseline: ${ab.problem.replace(/\s+/g, ' ').slice(0, 300)}. Nothing was compared or gated; the head's values are shown.`;
      }
    }
  } else {
    const measured = plan.merged
      ? { result: plan.merged.head, side: undefined }
      : await deps.log.group('Measure benchmarks', () => measureHead(plan, deps, { packages: scope?.packages }));
    head = measured.result;
    headSide = measured.side;
    const restored = plan.baseline.kind === 'store' ? await restoreBaseline(plan.baseline, head, deps) : null;
    base = restored?.baseline?.result ?? null;
    if (base && scope) ({ base, notAffected } = narrowBaseline(base, scope));
    if (plan.save) saved = await saveBaseline(plan.save, head, deps);
    const source = restored?.baseline ? (plan.baseline.kind === 'store' ? plan.baseline.store.kind : 'none') : 'none';
    report = compareStage(base, head, config, source, [...(restored?.warnings ?? []), ...(saved?.warnings ?? [])]);
    if (base) report = await confirmStage(report, { plan, headSide, head, base }, deps);
    if (report.verdict === 'no-baseline') {
      const why = noBaseline(plan, restored?.missing ?? '', saved);
      if (why) {
        report.headline = why.headline;
        report.noBaselineReason = why.reason;
      }
    }
  }

  if (scope) report = attachAffected(report, scope, notAffected);
  if (plan.merged) report.shards = { count: plan.merged.count };
  return { head, base, report, ...(headSide ? { headSide } : {}), ...(saved ? { saved } : {}) };
}

/** No benchmark is affected: nothing is built or measured; the report passes, listing the baseline's benchmarks as not affected. */
async function nothingAffected(plan: GatePlan, deps: GateDeps, scope: AffectedScope): Promise<GateOutcome> {
  const { head } = await unmeasuredHead(plan, deps);
  const restored = plan.baseline.kind === 'store' ? await restoreBaseline(plan.baseline, head, deps) : null;
  const narrowed = restored?.baseline ? narrowBaseline(restored.baseline.result, scope) : null;
  const source = restored?.baseline && plan.baseline.kind === 'store' ? plan.baseline.store.kind : plan.baseline.kind === 'ab' ? 'ab' : 'none';
  const report = attachAffected(compareStage(narrowed?.base ?? null, head, plan.config, source, restored?.warnings ?? []), scope, narrowed?.notAffected ?? []);
  return { head, base: narrowed?.base ?? null, report };
}

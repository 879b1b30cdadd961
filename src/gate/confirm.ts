/**
 * The confirm stage. A baseline from the cache was measured on another runner
 * at another time, and machine-sensitive metrics (GC cycles and pauses, mark
 * assist, peak heap, time) move with the runner's state as much as with the
 * code (docs/accuracy.md). So their regressions against such a baseline are
 * suspects (src/compare/compare.ts), and here the suspect benchmarks — only
 * those, within a sample count and a time budget — are measured again on this
 * runner, interleaved A/B against the baseline's own commit (checked out in a
 * worktree, fetched with depth 1 when the clone lacks it). A suspect the
 * re-measurement reproduces gates; one it does not is runner drift, reported
 * with both figures; one that cannot be re-measured is reported with the
 * reason and never gates.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { RunResult } from '../result/types.js';
import { benchmarkDisplayName, benchmarkKey } from '../result/types.js';
import type { MetricComparison, Report, SampleSummary } from '../report/model.js';
import { compareRuns, type CompareOptions } from '../compare/compare.js';
import { settle } from '../compare/verdict.js';
import { compareOptionsOf } from '../options/config.js';
import { leafKey } from '../measure/measure.js';
import { parseGoDuration } from '../options/duration.js';
import { GateError } from '../errors.js';
import { median } from '../compare/stats/index.js';
import { prepareSide, type PreparedSide, type SideContext } from './prepare.js';
import { measureAndAnalyze } from './result.js';
import { headLocation, withBaseCheckout } from './base.js';
import type { ConfirmPlan, GateDeps, GatePlan } from './plan.js';

export interface ConfirmInput {
  plan: GatePlan;
  /** The head as prepared by the main run: its binaries are reused (absent after a merge of shards: the suspects' packages are built here). */
  headSide?: PreparedSide;
  head: RunResult;
  base: RunResult;
}

/**
 * The suspects a confirmation would re-measure: pending, and not a consequence of an invariant cause.
 * @public (the accuracy harness, scripts/accuracy/analyze.mjs, replays it)
 */
export function suspectsOf(report: Report): MetricComparison[] {
  return report.comparisons.filter((c) => c.confirmation?.status === 'pending' && c.consequenceOf === undefined);
}

/** Every suspect left undecided becomes `unavailable` with the reason (they never gate); the verdict is settled again. */
export function unconfirmable(report: Report, reason: string): Report {
  for (const c of suspectsOf(report)) c.confirmation = { status: 'unavailable', reason };
  return settle(report);
}

function fmt(s: SampleSummary | null | undefined, unit: string): string {
  if (!s) return '—';
  const v = s.median;
  const text = Math.abs(v) >= 100 || Number.isInteger(v) ? String(Math.round(v * 100) / 100) : v.toPrecision(3);
  return `${text} ${unit}`;
}

function pText(p: number | null | undefined): string {
  return p === null || p === undefined ? '' : `, p=${p.toPrecision(2)}`;
}

/** Runs the confirmation of the report's suspects (in place) and settles the verdict again. */
export async function confirmStage(report: Report, input: ConfirmInput, deps: GateDeps): Promise<Report> {
  const suspects = suspectsOf(report);
  if (suspects.length === 0) return report;
  const confirm = input.plan.confirm;
  if (!confirm) {
    return unconfirmable(report, 'confirmation is off (`confirm: off`): a machine-sensitive regression against a baseline from another run never gates');
  }
  const started = Date.now();
  const { config } = input.plan;
  const count = confirm.count;
  const budgetMs = parseGoDuration(confirm.budget, 'confirm-budget');

  // The suspect benchmarks, most certain first, as many as the budget allows.
  const byBenchmark = new Map<string, MetricComparison[]>();
  for (const c of [...suspects].sort((a, b) => (a.p ?? 1) - (b.p ?? 1))) {
    const k = benchmarkKey(c.benchmark);
    byBenchmark.set(k, [...(byBenchmark.get(k) ?? []), c]);
  }
  const wall = new Map(input.head.benchmarks.map((b) => [benchmarkKey(b), b.samples.length ? median(b.samples.map((s) => s.wallMs)) : 1000]));
  const chosen: MetricComparison[][] = [];
  const skipped: MetricComparison[][] = [];
  let planned = 0;
  for (const [k, group] of byBenchmark) {
    const cost = 2 * count * (wall.get(k) ?? 1000);
    if (chosen.length > 0 && planned + cost > budgetMs) skipped.push(group);
    else {
      chosen.push(group);
      planned += cost;
    }
  }
  for (const group of skipped) {
    for (const c of group)
      c.confirmation = {
        status: 'unavailable',
        reason: `not re-measured: over the confirmation budget (${confirm.budget}, about ${Math.round(planned / 1000)} s planned for the most certain suspects)`,
      };
  }

  const leaves = new Set(chosen.map((g) => leafKey(g[0].benchmark.package, g[0].benchmark.name)));
  const packages = new Set(chosen.map((g) => g[0].benchmark.package));
  const log = (m: string) => deps.log.info(`[confirm] ${m}`);
  let measured: { base: RunResult; head: RunResult } | null = null;
  try {
    measured = await deps.log.group(
      `Confirm ${leaves.size} machine-sensitive suspect${leaves.size === 1 ? '' : 's'} on this runner (A/B, count ${count})`,
      () => remeasure(input, confirm, leaves, packages, count, deps, log),
    );
  } catch (err) {
    if (!(err instanceof GateError)) throw err;
    for (const g of chosen) for (const c of g) c.confirmation = { status: 'unavailable', reason: `could not re-measure on this runner: ${err.message}` };
    deps.log.warning(`The machine-sensitive suspects could not be confirmed on this runner, so they do not gate: ${err.message}`);
  }
  if (measured) decideSuspects(chosen.flat(), measured, { ...compareOptionsOf(config, 'confirm', true), alpha: confirm.alpha });
  const seconds = Math.round((Date.now() - started) / 1000);
  report.confirmationRun = {
    suspects: suspects.length,
    benchmarks: measured ? leaves.size : 0,
    count,
    seconds,
    budget: confirm.budget,
    ...(skipped.length ? { skipped: skipped.length } : {}),
  };
  return settle(report);
}

/** Measures the chosen leaves on the baseline's code and the head, interleaved. */
async function remeasure(
  input: ConfirmInput,
  confirm: ConfirmPlan,
  leaves: ReadonlySet<string>,
  packages: ReadonlySet<string>,
  count: number,
  deps: GateDeps,
  log: (m: string) => void,
): Promise<{ base: RunResult; head: RunResult }> {
  const { plan, headSide } = input;
  const workDir = path.join(plan.workDir, 'confirm');
  const headCtx: SideContext = {
    runner: deps.runner,
    workDir: path.join(workDir, 'head'),
    repoRoot: plan.head.repoRoot,
    commit: plan.head.commit,
    ref: plan.head.ref,
    goCommand: plan.goCommand,
    log,
  };
  const head: PreparedSide = headSide
    ? {
        ...headSide,
        targets: headSide.targets.filter((t) => packages.has(t.importPath)),
        artifactsDir: path.join(headCtx.workDir, 'samples'),
        escapes: undefined,
        escapesUnavailable: undefined,
      }
    : await prepareSide(plan.config, headCtx, path.resolve(plan.config.workingDirectory), { packages, escapes: false });
  await mkdir(head.artifactsDir, { recursive: true });
  const baseEnv = input.base.environment;
  const measureWith = async (baseCwd: string, baseRoot: string) => {
    const baseCtx: SideContext = {
      ...headCtx,
      workDir: path.join(workDir, 'base'),
      repoRoot: baseRoot,
      commit: baseEnv.commit,
      ref: baseEnv.ref,
      log: (m) => log(`[base] ${m}`),
    };
    const base = await prepareSide(plan.config, baseCtx, baseCwd, { packages, escapes: false });
    if (base.targets.length === 0) {
      const f = base.packageFailures[0];
      throw new GateError('confirm', f ? `the baseline's code does not build: ${f.package}: ${f.message}` : 'the baseline has none of the suspect benchmarks');
    }
    const [b, h] = await measureAndAnalyze(
      plan.config,
      [
        { side: base, ctx: baseCtx },
        { side: head, ctx: headCtx },
      ],
      log,
      { count, leaves },
    );
    return { base: b, head: h };
  };
  if (confirm.base.kind === 'dir') return measureWith(confirm.base.dir, confirm.base.repoRoot);
  const sha = baseEnv.commit;
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new GateError('confirm', `the baseline names no commit to check out (${JSON.stringify(sha)})`);
  const where = await headLocation(deps.runner, path.resolve(plan.config.workingDirectory), plan.head.repoRoot).catch((err: unknown) => {
    const why = (err as Error).message.replace(/^A\/B mode must run inside a git repository /, '');
    throw new GateError('confirm', `the baseline's commit cannot be checked out: the measured directory is not in a git repository ${why}`);
  });
  await ensureCommit(deps, where.gitRoot, sha);
  return withBaseCheckout(deps.runner, where, sha, (checkout) => measureWith(checkout.cwd, checkout.repoRoot), { tmpRoot: plan.tmpRoot, log });
}

/** The baseline's commit in this clone: present, or fetched alone (depth 1) from origin with the checkout's credentials. */
async function ensureCommit(deps: GateDeps, gitRoot: string, sha: string): Promise<void> {
  const git = (args: string[]) => deps.runner.run('git', args, { cwd: gitRoot, timeoutMs: 300_000 });
  const present = await git(['cat-file', '-e', `${sha}^{commit}`]);
  if (present.code === 0) return;
  deps.log.info(`[confirm] fetching the baseline's commit ${sha.slice(0, 12)} (depth 1)`);
  const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  if (fetched.code !== 0) {
    const why = (fetched.stderr.trim() || fetched.stdout.trim()).split('\n').slice(-1)[0] ?? '';
    throw new GateError('confirm', `the baseline's commit ${sha.slice(0, 12)} is not in this clone and could not be fetched (git fetch: ${why})`);
  }
}

/**
 * Each suspect decided by an interleaved re-measurement of its benchmark
 * (base and head measured on one runner), compared with its own small family
 * of p-values: only the suspects' metrics of the re-measured benchmarks.
 * Pure (the accuracy harness replays it on recorded pools); call `settle`
 * afterwards.
 * @public (scripts/accuracy/analyze.mjs)
 */
export function decideSuspects(suspects: MetricComparison[], measured: { base: RunResult; head: RunResult }, options: CompareOptions): void {
  const ids = new Set(suspects.map((c) => c.metric));
  const metrics = { ...options.metrics };
  for (const b of measured.head.benchmarks) for (const id of Object.keys(b.metrics)) if (!ids.has(id)) metrics[id] = { ...metrics[id], mode: 'off' };
  const again = compareRuns(measured.base, measured.head, { ...options, sameRunner: true, baselineSource: 'confirm', metrics });
  const byKey = new Map(again.comparisons.map((c) => [`${benchmarkKey(c.benchmark)}\u0000${c.metric}`, c]));
  for (const c of suspects) {
    const r = byKey.get(`${benchmarkKey(c.benchmark)}\u0000${c.metric}`);
    const cached = `against the cached baseline ${fmt(c.base, c.unit)} → ${fmt(c.head, c.unit)}`;
    if (!r || !r.base || !r.head) {
      const failed = measured.head.benchmarks.find((b) => benchmarkKey(b) === benchmarkKey(c.benchmark))?.failure?.message;
      c.confirmation = {
        status: 'unavailable',
        reason: `the re-measurement of ${benchmarkDisplayName(c.benchmark)} gave no ${c.label}${failed ? ` (${failed})` : ''}`,
      };
      continue;
    }
    const here = `re-measured here ${fmt(r.base, r.unit)} → ${fmt(r.head, r.unit)}${pText(r.pAdjusted ?? r.p)}`;
    if (r.verdict === 'regression') {
      c.verdict = 'regression';
      c.gating = c.mode === 'gate';
      c.confirmation = { status: 'confirmed', reason: `confirmed on this runner: ${here}; ${cached}`, base: r.base, head: r.head, p: r.pAdjusted ?? r.p };
    } else {
      c.confirmation = {
        status: 'not-reproduced',
        reason: `not reproduced on this runner (runner drift): ${cached}; ${here}`,
        base: r.base,
        head: r.head,
        p: r.pAdjusted ?? r.p,
      };
    }
  }
}

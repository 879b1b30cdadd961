/**
 * The Action's entry: inputs → measure → save a baseline (push to the baseline
 * branch) or restore and compare (pull request) → publish (job summary,
 * sticky comment, check run, annotations) → outputs, exit status. Thin on
 * purpose: the engine does the work and `publish/` talks to GitHub; this
 * file only speaks the runner's language.
 *
 * `mode: ab` measures the merge-base in the same job instead of using the
 * cache (src/ab/); from the comparison on it is the same path as cache mode.
 *
 * `mode: publish` measures nothing: it reads a report JSON uploaded by a
 * pull request's run and posts its comment and check. That is the
 * `workflow_run` companion for pull requests from forks, whose own run has a
 * read-only token.
 *
 * The exit status depends on the Report alone. Whatever GitHub answers to
 * the comment and the check (403 on a fork, 5xx, rate limits), the verdict
 * stands.
 */
import * as core from '@actions/core';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, readFile, mkdir } from 'node:fs/promises';
import { compareOptionsOf, parseConfig, type GateConfig } from '../config/config.js';
import { processRunner, type CommandRunner } from '../toolchain/exec.js';
import { runMeasurement, type RunContext } from '../engine/run.js';
import { compareRuns } from '../compare/compare.js';
import type { Report } from '../report/model.js';
import type { RunResult } from '../result/types.js';
import { GateError } from '../errors.js';
import { planEvent, type EventPlan } from './event.js';
import { runAb, compareAb } from '../ab/ab.js';
import { openStore } from './stores.js';
import { readDocumentFile, reportDocument, runResultDocument, writeDocumentFile } from '../document/index.js';
import type { BaselineStore, RestoredBaseline } from '../store/store.js';
import { readPublishInputs, publishTarget, publishDeps, pullRequestOf, type PublishInputs } from './publishing.js';
import { acknowledge } from '../publish/acknowledge.js';
import { publishReport } from '../publish/publish.js';
import { resolvePullRequest } from '../publish/pulls.js';
import { stat } from 'node:fs/promises';

export interface ActionDeps {
  runner: CommandRunner;
  env: NodeJS.ProcessEnv;
}

function input(name: string): string {
  return core.getInput(name);
}

function readConfig(): GateConfig {
  return parseConfig({
    workingDirectory: input('working-directory'),
    packages: input('packages'),
    bench: input('bench'),
    count: input('count'),
    benchtime: input('benchtime'),
    cpu: input('cpu'),
    tags: input('tags'),
    goTestFlags: input('go-test-flags'),
    timeout: input('timeout'),
    profiles: input('profiles'),
    memprofileRate: input('memprofile-rate'),
    maxNewEscapes: input('max-new-escapes'),
    ceilings: input('ceilings'),
    gcPauseRule: input('gc-pause-rule'),
    metrics: input('metrics'),
    thresholds: input('thresholds'),
    floors: input('floors'),
    alpha: input('alpha'),
    fdr: input('fdr'),
    failOnRegression: input('fail-on-regression'),
    failOnBenchmarkFailure: input('fail-on-benchmark-failure'),
    name: input('check-name'),
  });
}

async function readPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const p = env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(await readFile(p, 'utf8'));
  } catch (err) {
    core.warning(`Could not read the event payload at ${p}: ${(err as Error).message}`);
    return {};
  }
}

async function restoreBaseline(store: BaselineStore, plan: EventPlan, head: RunResult): Promise<RestoredBaseline | null> {
  if (!plan.compareBranch) return null;
  try {
    return await store.restore({
      branch: plan.compareBranch,
      commit: plan.compareCommit,
      environment: {
        goos: head.environment.goos,
        goarch: head.environment.goarch,
        goVersion: head.environment.goVersion,
        configHash: head.environment.configHash,
      },
    });
  } catch (err) {
    // A corrupt or unreadable baseline must not block every pull request until
    // the next push replaces it: say exactly what is wrong and go on without one.
    core.warning(`The baseline could not be used: ${(err as Error).message}`);
    return null;
  }
}

export async function runAction(deps: ActionDeps = { runner: processRunner, env: process.env }): Promise<void> {
  const mode = (input('mode') || 'cache').trim().toLowerCase();
  if (mode === 'publish') return runPublishMode(deps.env);
  if (mode !== 'cache' && mode !== 'ab') {
    core.setFailed(`mode: expected cache, ab or publish, got ${JSON.stringify(input('mode'))}`);
    return;
  }
  return runMeasuringMode(deps, mode);
}

/**
 * `mode: ab`: the merge-base is measured in this job, interleaved with the
 * head, instead of restored from the cache; nothing is restored or saved,
 * so a pull request and a push behave the same way. Everything after the
 * comparison (acknowledgement, publishing, exit status) is shared with cache mode.
 */
/** What the engine needs from the runner: the workspace as repository root, the event's commit. */
function runContext(deps: ActionDeps, plan: EventPlan, workDir: string): RunContext {
  return {
    runner: deps.runner,
    workDir,
    repoRoot: deps.env.GITHUB_WORKSPACE || process.cwd(),
    commit: plan.commit,
    ref: plan.ref,
    log: (m) => core.info(m),
  };
}

async function measureAb(deps: ActionDeps, config: GateConfig, plan: EventPlan, workDir: string): Promise<Report> {
  const env = deps.env;
  const given = input('base-ref').trim();
  const baseRef = given || plan.abBaseRef;
  const outcome = await core.group('Measure the merge-base and the head (A/B)', () =>
    runAb(
      config,
      runContext(deps, plan, workDir),
      { baseRef, baseLabel: given ? undefined : (plan.compareBranch ?? undefined), tmpRoot: env.RUNNER_TEMP || undefined },
    ),
  );
  await writeDocumentFile(runResultDocument, path.join(workDir, 'head.json'), outcome.head);
  if (outcome.base) await writeDocumentFile(runResultDocument, path.join(workDir, 'base.json'), outcome.base);
  if (outcome.problem) core.warning(`A/B mode: ${outcome.problem}`);
  const { baselineSource: _ab, ...options } = compareOptionsOf(config, 'ab');
  return compareAb(outcome, options);
}

async function runMeasuringMode(deps: ActionDeps, mode: 'cache' | 'ab' = 'cache'): Promise<void> {
  const env = deps.env;
  let config: GateConfig;
  let publishing: PublishInputs;
  try {
    config = readConfig();
    publishing = readPublishInputs(input);
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  const payload = await readPayload(env);
  const plan = planEvent({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    baselineBranch: input('baseline-branch'),
    saveBaseline: input('save-baseline'),
  });
  for (const n of plan.notes) core.notice(n);

  const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'go-runtime-gate-'));
  let report: Report;
  if (mode === 'ab') {
    try {
      report = await measureAb(deps, config, plan, workDir);
    } catch (err) {
      await failMeasuring(err);
      return;
    }
  } else {
    const r = await measureAndCompareWithCache(deps, config, plan, workDir);
    if (!r) return;
    report = r;
  }

  const pr = plan.isPullRequest ? pullRequestOf(payload) : null;
  if (pr && publishing.acknowledgeLabel) report = acknowledge(report, publishing.acknowledgeLabel, pr.labels);

  const reportPath = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), input('report-path') || path.join(workDir, 'report.json'));
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeDocumentFile(reportDocument, reportPath, report);

  const outcome = await publishReport(
    report,
    publishTarget(env, payload, { pullRequest: pr?.number ?? null, headSha: pr ? plan.commit : '' }),
    { comment: publishing.comment, annotations: publishing.annotations, checkName: config.name },
    publishDeps(env, publishing.token),
  );

  const gated = setReportOutputs(report, reportPath, outcome.commentUrl);
  const regressionFails = gated > 0 && config.failOnRegression && report.verdict !== 'acknowledged';
  const failuresFail = config.failOnBenchmarkFailure && report.failures.some((f) => f.side === 'head');
  if (regressionFails || failuresFail) core.setFailed(report.headline);
  else if (report.verdict === 'acknowledged') core.notice(report.headline);
  else if (gated > 0) core.notice(`${report.headline} fail-on-regression is false, so the step passes.`);
}

async function failMeasuring(err: unknown): Promise<void> {
  const message = err instanceof GateError ? err.message : `Unexpected error: ${(err as Error).stack ?? err}`;
  await core.summary.addHeading('go-runtime-gate: ❌ could not measure', 3).addRaw(message.replace(/[<>&]/g, ' '), true).write();
  core.setFailed(message);
}

/** Cache mode: measure the head, restore the baseline, save one when this event records. null: failed (already reported). */
async function measureAndCompareWithCache(deps: ActionDeps, config: GateConfig, plan: EventPlan, workDir: string): Promise<Report | null> {
  const env = deps.env;
  let head: RunResult;

  try {
    head = await core.group('Measure benchmarks', () =>
      runMeasurement(config, runContext(deps, plan, workDir)),
    );
  } catch (err) {
    await failMeasuring(err);
    return null;
  }
  const headPath = path.join(workDir, 'head.json');
  await writeDocumentFile(runResultDocument, headPath, head);

  // Cache problems (service down, access denied) are worth a line in the
  // report as well as in the log: a reader wondering why there is no
  // baseline finds the reason next to the numbers.
  const storeWarnings: string[] = [];
  const store = openStore({
    baselineDir: input('baseline-dir'),
    cacheKeyPrefix: input('cache-key-prefix'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    log: {
      warning: (m) => {
        storeWarnings.push(m);
        core.warning(m);
      },
      info: (m) => core.info(m),
    },
  });

  let restored: RestoredBaseline | null = null;
  if (plan.compareBranch) restored = await restoreBaseline(store, plan, head);
  if (plan.compareBranch && !restored) core.notice(`No baseline found for branch ${plan.compareBranch}: results are shown without comparison.`);
  for (const w of restored?.warnings ?? []) core.warning(w);

  if (plan.saveBranch) {
    try {
      const where = await store.save(head, plan.saveBranch);
      core.info(`Baseline saved: ${where}`);
    } catch (err) {
      core.warning(`The baseline could not be saved: ${(err as Error).message}`);
    }
  }

  const report = compareRuns(restored?.result ?? null, head, compareOptionsOf(config, restored ? store.kind : 'none'));
  if (!plan.compareBranch) {
    report.headline = `Baseline recorded for ${plan.saveBranch ?? 'this branch'} at ${plan.commit.slice(0, 12) || 'this commit'}. ${report.headline}`;
  }
  for (const w of [...(restored?.warnings ?? []), ...storeWarnings]) if (!report.warnings.includes(w)) report.warnings.push(w);
  return report;
}

function setReportOutputs(report: Report, reportPath: string, commentUrl: string): number {
  const gated = report.comparisons.filter((c) => c.gating).length;
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(gated));
  core.setOutput('improvements', String(report.counts.improvements));
  core.setOutput('report-json', reportPath);
  core.setOutput('baseline-commit', report.baseline?.environment.commit ?? '');
  core.setOutput('comment-url', commentUrl);
  return gated;
}

/** `report-path` may name the file or the directory an artifact was downloaded to. */
async function reportFile(given: string, workspace: string): Promise<string> {
  const p = path.resolve(workspace, given);
  try {
    if ((await stat(p)).isDirectory()) return path.join(p, 'report.json');
  } catch {
    // Missing: reading it below gives the error that names the path.
  }
  return p;
}

/**
 * `mode: publish`: post the comment and the check of a report measured
 * elsewhere. The report comes from an artifact a fork's workflow uploaded, so
 * it is untrusted input: it is validated field by field before rendering,
 * and where to publish (pull request, head commit) comes from the event
 * payload and the API, never from the report.
 */
async function runPublishMode(env: NodeJS.ProcessEnv): Promise<void> {
  let publishing: PublishInputs;
  try {
    publishing = readPublishInputs(input);
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  const given = input('report-path');
  if (!given) {
    core.setFailed('report-path: mode publish needs the report JSON (a file, or the directory an artifact was downloaded to)');
    return;
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const file = await reportFile(given, workspace);
  let report: Report;
  try {
    report = await readDocumentFile(reportDocument, file);
  } catch (err) {
    core.setFailed(err instanceof GateError ? err.message : `${file}: ${(err as Error).message}`);
    return;
  }
  const payload = await readPayload(env);
  const deps = publishDeps(env, publishing.token);
  const target = publishTarget(env, payload, { pullRequest: null, headSha: '' });
  const found = await resolvePullRequest(deps.client, { owner: target.owner, repo: target.repo }, payload, (m) => core.warning(m));
  if (found) {
    const measured = report.head.environment.commit;
    if (measured && measured !== found.headSha) {
      core.setFailed(
        `The report is about commit ${measured.slice(0, 40)}, but the run that triggered this one was for ${found.headSha}: not publishing it on pull request #${found.number}.`,
      );
      return;
    }
    target.pullRequest = found.number;
    target.headSha = found.headSha;
    if (publishing.acknowledgeLabel) report = acknowledge(report, publishing.acknowledgeLabel, found.labels);
  } else {
    core.notice('No open pull request matches the triggering run: only the job summary is written.');
  }
  const outcome = await publishReport(
    report,
    target,
    { comment: publishing.comment, annotations: publishing.annotations, checkName: input('check-name') || report.name },
    deps,
  );
  setReportOutputs(report, file, outcome.commentUrl);
}

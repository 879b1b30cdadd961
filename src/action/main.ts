/**
 * The Action's entry: inputs → measure → save a baseline (push to the baseline
 * branch) or restore and compare (pull request) → job summary, outputs, exit
 * status. Thin on purpose: the engine does the work, this file only speaks the
 * runner's language (inputs, outputs, annotations, summary).
 */
import * as core from '@actions/core';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { parseConfig, type GateConfig } from '../config/config.js';
import { processRunner, type CommandRunner } from '../toolchain/exec.js';
import { runMeasurement } from '../engine/run.js';
import { compareRuns } from '../compare/compare.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';
import type { RunResult } from '../result/types.js';
import { GateError } from '../errors.js';
import { planEvent, type EventPlan } from './event.js';
import { openStore } from './stores.js';
import { writeRunResultFile } from '../result/io.js';
import type { BaselineStore, RestoredBaseline } from '../store/store.js';

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

/** Compiler errors become annotations at file:line, so they show in the PR's diff. */
function annotateFailures(report: Report): void {
  let n = 0;
  for (const f of report.failures) {
    for (const d of f.diagnostics ?? []) {
      if (n++ >= 10) return; // the runner shows 10 per type per step
      core.error(d.message, { file: d.file, startLine: d.line, startColumn: d.column, title: `${f.package} does not compile` });
    }
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
  const env = deps.env;
  let config: GateConfig;
  try {
    config = readConfig();
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  const plan = planEvent({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: await readPayload(env),
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    baselineBranch: input('baseline-branch'),
    saveBaseline: input('save-baseline'),
  });
  for (const n of plan.notes) core.notice(n);

  const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'go-runtime-gate-'));
  let head: RunResult;
  try {
    head = await core.group('Measure benchmarks', () =>
      runMeasurement(config, {
        runner: deps.runner,
        workDir,
        repoRoot: env.GITHUB_WORKSPACE || process.cwd(),
        commit: plan.commit,
        ref: plan.ref,
        log: (m) => core.info(m),
      }),
    );
  } catch (err) {
    const message = err instanceof GateError ? err.message : `Unexpected error: ${(err as Error).stack ?? err}`;
    await core.summary.addHeading('go-runtime-gate: ❌ could not measure', 3).addRaw(message.replace(/[<>&]/g, ' '), true).write();
    core.setFailed(message);
    return;
  }
  const headPath = path.join(workDir, 'head.json');
  await writeRunResultFile(headPath, head);

  const store = openStore({
    baselineDir: input('baseline-dir'),
    cacheKeyPrefix: input('cache-key-prefix'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
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

  const report = compareRuns(restored?.result ?? null, head, {
    name: config.name,
    alpha: config.alpha,
    fdr: config.fdr,
    metrics: config.metrics,
    failOnBenchmarkFailure: config.failOnBenchmarkFailure,
    baselineSource: restored ? `${store.kind}` : 'none',
  });
  if (!plan.compareBranch) {
    report.headline = `Baseline recorded for ${plan.saveBranch ?? 'this branch'} at ${plan.commit.slice(0, 12) || 'this commit'}. ${report.headline}`;
  }
  for (const w of restored?.warnings ?? []) report.warnings.push(w);

  const reportPath = input('report-path') || path.join(workDir, 'report.json');
  await mkdir(path.dirname(path.resolve(reportPath)), { recursive: true });
  await writeFile(reportPath, renderJson(report));

  await core.summary.addRaw(renderMarkdown(report), true).write();
  annotateFailures(report);

  const gated = report.comparisons.filter((c) => c.gating).length;
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(gated));
  core.setOutput('improvements', String(report.counts.improvements));
  core.setOutput('report-json', path.resolve(reportPath));
  core.setOutput('baseline-commit', report.baseline?.environment.commit ?? '');

  const regressionFails = gated > 0 && config.failOnRegression;
  const failuresFail = config.failOnBenchmarkFailure && report.failures.length > 0;
  if (regressionFails || failuresFail) core.setFailed(report.headline);
  else if (gated > 0) core.notice(`${report.headline} fail-on-regression is false, so the step passes.`);
}

/**
 * The Action's shell: inputs and the event (event.ts) become a GatePlan here
 * (store, affected-only selection, confirmation, save), the one gate pipeline
 * (src/gate) carries it out, report.ts writes the report JSON file, the job
 * summary, comment and check run (src/publish) and the outputs, and the exit
 * status comes from src/gate/decision.ts.
 *
 * `shard: i/n` measures this job's share and writes a ShardResult
 * (src/gate/shard-run.ts) instead of publishing; `mode: merge` reads the
 * shards' results (src/gate/merge.ts) and carries the merged run through the
 * same pipeline as a measurement.
 *
 * `mode: publish` measures nothing: it reads a report uploaded by a pull
 * request's run and publishes it (publish-mode.ts), the `workflow_run`
 * companion for pull requests from forks.
 *
 * Every failure ends here as one `::error::` with the reason and, when the
 * runner offers one, a job summary saying so. The exit status depends on the
 * Report alone: whatever GitHub answers to the comment and the check (403 on
 * a fork, 5xx, rate limits), the verdict stands.
 */
import * as core from '@actions/core';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import { processRunner, type CommandRunner } from '../toolchain/exec.js';
import { ConfigError, GateError } from '../errors.js';
import { runGate, type GateOutcome } from '../gate/pipeline.js';
import type { GateDeps, GatePlan, GateLog } from '../gate/plan.js';
import { gateDecision } from '../gate/decision.js';
import { runResultDocument, writeDocumentFile, type ShardResult } from '../document/index.js';
import { plural } from '../report/format.js';
import { runShard, writeShardResult } from '../gate/shard-run.js';
import { checkMergedRun, mergeShards, readShardDir } from '../gate/merge.js';
import { openStore } from '../store/open.js';
import { planEvent } from './event.js';
import { readInputs, readRawInputs, type ActionInputs } from './inputs.js';
import { publishAndReport } from './report.js';
import { runPublishMode } from './publish-mode.js';
import { pullRequestOf, readPayload, type PullRequestInfo } from './publishing.js';

export interface ActionDeps {
  runner: CommandRunner;
  env: NodeJS.ProcessEnv;
}

const actionLog: GateLog = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  notice: (m) => core.notice(m),
  group: (name, fn) => core.group(name, fn),
};

/** The runner's entry: never throws; every failure becomes `::error::` and a failed step. */
export async function runAction(deps: ActionDeps = { runner: processRunner, env: process.env }): Promise<void> {
  try {
    const raw = readRawInputs();
    const mode = (raw.mode ?? '').trim().toLowerCase();
    if (mode === 'publish') return await runPublishMode(deps.env, raw);
    await runMeasuringMode(deps, readInputs(raw));
  } catch (err) {
    await fail(err);
  }
}

/** The plan of a measuring run (cache or ab mode, or a merge of shards measured in one of them) for this event. */
function actionPlan(
  deps: ActionDeps,
  inputs: ActionInputs,
  payload: unknown,
  workDir: string,
  mode: 'cache' | 'ab' = inputs.settings.mode === 'ab' ? 'ab' : 'cache',
): { plan: GatePlan; pr: PullRequestInfo | null } {
  const { config, settings } = inputs;
  const env = deps.env;
  const event = planEvent({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    baselineBranch: settings.baselineBranch,
    saveBaseline: settings.saveBaseline,
  });
  for (const n of event.notes) core.notice(n);
  const pr = event.isPullRequest ? pullRequestOf(payload) : null;
  const plan: GatePlan = {
    config,
    head: { repoRoot: env.GITHUB_WORKSPACE || process.cwd(), commit: event.commit, ref: event.ref },
    baseline: { kind: 'none', why: 'measure' },
    workDir,
    tmpRoot: env.RUNNER_TEMP || undefined,
    ...(pr && settings.acknowledgeLabel ? { acknowledge: { label: settings.acknowledgeLabel, labels: pr.labels } } : {}),
  };
  // Only pull requests measure the benchmarks their change affects; a push measures (and records) everything.
  if (settings.affected === 'auto' && event.isPullRequest) {
    plan.affected = event.compareCommit ? { base: event.compareCommit } : { base: '', unavailable: 'the event names no pull request base commit' };
  }
  if (mode === 'ab') {
    // The merge-base is measured in this job: nothing is restored or saved, so a pull request and a push behave alike.
    plan.baseline = { kind: 'ab', baseRef: settings.baseRef || event.abBaseRef, baseLabel: settings.baseRef ? undefined : (event.compareBranch ?? undefined) };
    return { plan, pr };
  }
  const store = openStore({
    baselineDir: settings.baselineDir,
    cacheKeyPrefix: settings.cacheKeyPrefix,
    timeoutMs: settings.networkTimeout,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    log: { warning: (m) => core.warning(m), info: (m) => core.info(m) },
  });
  if (event.compareBranch) plan.baseline = { kind: 'store', store, branch: event.compareBranch, commit: event.compareCommit };
  else plan.baseline = { kind: 'none', why: 'record' };
  if (settings.confirm === 'auto')
    plan.confirm = { base: { kind: 'commit' }, count: settings.confirmCount, alpha: settings.confirmAlpha, budget: settings.confirmBudget };
  if (event.saveBranch) plan.save = { store, branch: event.saveBranch, allowIncomplete: settings.allowIncompleteBaseline };
  return { plan, pr };
}

async function runMeasuringMode(deps: ActionDeps, inputs: ActionInputs): Promise<void> {
  const env = deps.env;
  const payload = await readPayload(env);
  const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'go-runtime-gate-'));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const shardDir = path.resolve(workspace, inputs.settings.shardDir);
  const gateDeps: GateDeps = { runner: deps.runner, log: actionLog };
  if (inputs.settings.shard) {
    if (inputs.settings.mode === 'merge') throw new ConfigError('shard: a job with `mode: merge` merges every shard; give `shard` to the measuring jobs only');
    const { plan } = actionPlan(deps, inputs, payload, workDir);
    const file = await writeShard(await runShard(plan, inputs.settings.shard, gateDeps), shardDir);
    core.setOutput('shard-file', file);
    return;
  }
  const merged = inputs.settings.mode === 'merge' ? mergeShards(await readShardDir(shardDir), shardDir) : undefined;
  const { plan, pr } = actionPlan(deps, inputs, payload, workDir, merged?.mode);
  if (merged) {
    checkMergedRun(merged, inputs.config, plan.head.commit, shardDir);
    core.info(`Merged ${merged.count} shards from ${shardDir}: ${merged.head.benchmarks.length} benchmarks (${merged.mode} mode).`);
    plan.merged = merged;
  }
  const outcome: GateOutcome = await runGate(plan, gateDeps);
  await writeDocumentFile(runResultDocument, path.join(workDir, 'head.json'), outcome.head);
  if (outcome.base && plan.baseline.kind === 'ab') await writeDocumentFile(runResultDocument, path.join(workDir, 'base.json'), outcome.base);
  await publishAndReport(outcome.report, {
    env,
    payload,
    settings: inputs.settings,
    checkName: inputs.config.name,
    reportPath: inputs.settings.reportPath || path.join(workDir, 'report.json'),
    pullRequest: pr?.number ?? null,
    headSha: pr ? plan.head.commit : '',
    commit: plan.head.commit,
    saved: outcome.saved,
  });
  const decision = gateDecision(outcome.report, inputs.config, outcome.saved);
  if (decision.fail) core.setFailed(decision.message);
  else if (decision.message) core.notice(decision.message);
}

/** Writes a shard's document where the workflow uploads it from, and says so in the job summary. */
async function writeShard(doc: ShardResult, dir: string): Promise<string> {
  const file = await writeShardResult(dir, doc);
  const line = `Shard ${doc.shard.index}/${doc.shard.count}: measured ${plural(doc.head.benchmarks.length, 'benchmark')} (${doc.shard.units.length} benchmark functions); written to ${file}. The job with \`mode: merge\` compares and reports.`;
  core.info(line);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addHeading('go-runtime-gate shard', 3).addRaw(line.replace(/[<>&]/g, ' '), true).write();
  return file;
}

/**
 * The one place a failure ends: `::error::` first (it must survive whatever
 * comes next), then a job summary saying the gate could not run, if the
 * runner has one.
 */
async function fail(err: unknown): Promise<void> {
  const message = err instanceof GateError ? err.message : `Unexpected error: ${(err as Error)?.stack ?? String(err)}`;
  core.setFailed(message);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addHeading('go-runtime-gate: ❌ could not run', 3).addRaw(message.replace(/[<>&]/g, ' '), true).write();
  } catch (summaryErr) {
    core.warning(`The job summary could not be written: ${(summaryErr as Error).message}`);
  }
}

/**
 * The publishing side of the Action's environment: where the API is, which
 * repository, pull request and commit a report belongs to. Kept apart from
 * main.ts so that both modes (measure-and-publish, publish-only) read them the
 * same way.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Report, ReportLinks } from '../report/model.js';
import { createGitHubClient } from '../publish/client.js';
import type { PublishDeps, PublishTarget } from '../publish/publish.js';
import { labelNames } from '../compare/acknowledge.js';

export interface PullRequestInfo {
  number: number;
  labels: string[];
}

/** The pull request of a pull_request / pull_request_target payload. */
export function pullRequestOf(payload: unknown): PullRequestInfo | null {
  const p = payload as { number?: unknown; pull_request?: { number?: unknown } } | null;
  const n = p?.pull_request?.number ?? p?.number;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return null;
  return { number: n, labels: labelNames(p?.pull_request) };
}

/** owner/repo from GITHUB_REPOSITORY, else from the payload. */
function repositoryOf(env: NodeJS.ProcessEnv, payload: unknown): { owner: string; repo: string } {
  const full = env.GITHUB_REPOSITORY || (payload as { repository?: { full_name?: string } } | null)?.repository?.full_name || '';
  const [owner = '', repo = ''] = full.split('/');
  return { owner, repo };
}

export function publishTarget(env: NodeJS.ProcessEnv, payload: unknown, where: { pullRequest: number | null; headSha: string }): PublishTarget {
  const { owner, repo } = repositoryOf(env, payload);
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const detailsUrl = env.GITHUB_RUN_ID && owner && repo ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  // Without a repository there is nowhere to publish; the summary still goes out.
  const known = owner !== '' && repo !== '';
  return { owner, repo, pullRequest: known ? where.pullRequest : null, headSha: known ? where.headSha : '', detailsUrl };
}

/** `timeoutMs` bounds every API call (`network-timeout`). */
export function publishDeps(env: NodeJS.ProcessEnv, token: string, timeoutMs?: number): PublishDeps {
  const log = { info: (m: string) => core.info(m), notice: (m: string) => core.notice(m), warning: (m: string) => core.warning(m) };
  return {
    client: token ? createGitHubClient({ token, baseUrl: env.GITHUB_API_URL, log, timeoutMs }) : null,
    log,
    commands: { error: core.error, warning: core.warning, notice: core.notice },
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

/** The event payload the runner wrote (`GITHUB_EVENT_PATH`); {} when there is none or it is unreadable. */
export async function readPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const p = env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return JSON.parse(await readFile(p, 'utf8'));
  } catch (err) {
    core.warning(`Could not read the event payload at ${p}: ${(err as Error).message}`);
    return {};
  }
}

/**
 * Where the report's directory (GITHUB_WORKSPACE: file paths are relative to
 * it) lies in the repository: '' when it is the checkout's root, `a/b` when
 * the workspace is inside a larger checkout. null when no checkout encloses
 * it (a repository checked out into a subfolder of the workspace): then
 * nothing is linked rather than linked to the wrong place.
 */
export function workspaceRoot(workspace: string): string | null {
  let dir = path.resolve(workspace);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, path.resolve(workspace)).split(path.sep).join('/');
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * The web addresses of a report, from the runner's environment alone (never
 * from a report file, which a fork may have written): the repository, the
 * commit file links point into, the run, the baseline's commit, and this
 * Action's README (GITHUB_ACTION_REPOSITORY at GITHUB_ACTION_REF). Undefined
 * when the repository or the commit is unknown.
 */
export function reportLinks(
  env: NodeJS.ProcessEnv,
  payload: unknown,
  headSha: string,
  report: Pick<Report, 'baseline'>,
  root: string | null,
): ReportLinks | undefined {
  const { owner, repo } = repositoryOf(env, payload);
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const hex = (s: string | undefined): s is string => !!s && /^[0-9a-f]{7,64}$/i.test(s);
  if (!owner || !repo || !hex(headSha) || root === null) return undefined;
  const repository = `${server}/${owner}/${repo}`;
  const base = report.baseline?.environment.commit;
  const action = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF || 'main';
  return {
    repository,
    headSha,
    ...(env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? { run: `${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    ...(hex(base) ? { baselineCommit: `${repository}/commit/${base}` } : {}),
    ...(root ? { root } : {}),
    ...(action && /^[\w.-]+\/[\w.-]+$/.test(action) ? { docs: `${server}/${action}/blob/${encodeURIComponent(ref)}/README.md` } : {}),
  };
}

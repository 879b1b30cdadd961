/**
 * The publishing side of the Action's environment: where the API is, which
 * repository, pull request and commit a report belongs to. Kept apart from
 * main.ts so that both modes (measure-and-publish, publish-only) read them the
 * same way.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
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
export function repositoryOf(env: NodeJS.ProcessEnv, payload: unknown): { owner: string; repo: string } {
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

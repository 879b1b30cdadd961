/**
 * Which pull request a `workflow_run` is about, for `mode: publish`.
 *
 * The companion workflow runs in the base repository with a write token, on
 * a report a fork uploaded. Where it publishes must come from sources the fork
 * does not control: the `workflow_run` payload (head commit, head repository
 * and branch, written by GitHub) and the API. The pull request must be open
 * and its head must be exactly the commit the triggering run measured, so a
 * late run of an older push cannot overwrite the comment of a newer one.
 *
 * `workflow_run.pull_requests` is empty for pull requests from forks (GitHub
 * only fills it for branches of the same repository), so the fallback is to
 * list open pull requests by `owner:branch` of the head repository.
 */
import { labelNames } from '../compare/acknowledge.js';
import { describeError, type GitHubClient } from './client.js';
import { expectArray, expectObject } from './answers.js';

export interface ResolvedPullRequest {
  number: number;
  headSha: string;
  labels: string[];
}

interface WorkflowRunPayload {
  head_sha?: string;
  head_branch?: string;
  head_repository?: { owner?: { login?: string }; full_name?: string };
  pull_requests?: Array<{ number?: number; head?: { sha?: string } }>;
}

interface PullLike {
  number: number;
  state?: string;
  head: { sha: string };
  labels?: unknown;
}

const PULL_FIELDS = { number: 'number', state: 'string?', 'head.sha': 'string' } as const;

function resolved(p: PullLike): ResolvedPullRequest {
  return { number: p.number, headSha: p.head.sha, labels: labelNames(p) };
}

export async function resolvePullRequest(
  client: GitHubClient | null,
  repo: { owner: string; repo: string },
  payload: unknown,
  warn: (message: string) => void,
): Promise<ResolvedPullRequest | null> {
  const p = (payload ?? {}) as { workflow_run?: WorkflowRunPayload; pull_request?: PullLike };
  // Run directly on a pull request event (a same-repository setup): the payload says it all.
  if (p.pull_request && typeof p.pull_request.number === 'number' && p.pull_request.head?.sha) return resolved(p.pull_request);
  const run = p.workflow_run;
  if (!run?.head_sha) return null;
  if (!client || !repo.owner || !repo.repo) return null;
  try {
    for (const candidate of run.pull_requests ?? []) {
      if (typeof candidate.number !== 'number') continue;
      const { data: answer } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: candidate.number });
      const data = expectObject<PullLike>(`GET /repos/${repo.owner}/${repo.repo}/pulls/${candidate.number}`, answer, PULL_FIELDS);
      if (data.state === 'open' && data.head.sha === run.head_sha) return resolved(data);
    }
    const headOwner = run.head_repository?.owner?.login;
    if (!headOwner || !run.head_branch) return null;
    const pulls = await client.paginate(client.rest.pulls.list, {
      owner: repo.owner,
      repo: repo.repo,
      state: 'open',
      head: `${headOwner}:${run.head_branch}`,
      per_page: 100,
    });
    const match = expectArray<PullLike>(`GET /repos/${repo.owner}/${repo.repo}/pulls`, pulls, PULL_FIELDS).find((pr) => pr.head.sha === run.head_sha);
    return match ? resolved(match) : null;
  } catch (err) {
    warn(`Could not find the pull request of commit ${run.head_sha}: ${describeError(err)}`);
    return null;
  }
}

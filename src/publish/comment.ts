/**
 * The sticky pull-request comment: one per pull request and configuration,
 * found again on every run and updated in place, so a pull request with
 * twenty pushes has one comment that is always about its latest head.
 *
 * The comment starts with a hidden marker naming the configuration (two
 * gates in one repository keep two comments). Only a comment that *starts*
 * with the marker counts: someone quoting the bot's comment in a reply
 * quotes the marker too, but behind `> `, and their comment must never be
 * taken over (the token could not edit it anyway).
 *
 * A second hidden line at the end records the verdict the comment showed.
 * When an earlier push had regressions and this one has none, the comment is
 * updated to say they are fixed — also under `on-regression`, which would
 * otherwise leave a red comment standing over a green pull request.
 */
import type { Report } from '../report/model.js';
import { renderMarkdown } from '../report/markdown.js';
import { hiddenMarker } from '../report/escape.js';
import { ConfigError } from '../errors.js';
import type { GitHubClient } from './client.js';
import { httpStatus } from './client.js';
import { expectArray, expectObject } from './answers.js';

export type CommentPolicy = 'always' | 'on-regression' | 'never';

const POLICIES: readonly CommentPolicy[] = ['always', 'on-regression', 'never'];

export function parseCommentPolicy(text: string): CommentPolicy {
  const v = text.trim().toLowerCase() || 'always';
  if ((POLICIES as readonly string[]).includes(v)) return v as CommentPolicy;
  throw new ConfigError(`comment: expected one of ${POLICIES.join(', ')}, got ${JSON.stringify(text)}`);
}

/** GitHub refuses comment bodies over 65 536 characters. */
export const COMMENT_LIMIT = 65_536;
/** Room kept below the limit: GitHub counts characters, we count UTF-16 units (never fewer), and a margin costs nothing. */
const COMMENT_MARGIN = 256;

/** The marker text of a configuration, given to `renderMarkdown` and looked for in existing comments. */
export function commentMarker(configuration: string): string {
  return `go-runtime-gate:${configuration}`;
}

const STATE_RE = /<!-- go-runtime-gate-state (\S+) -->\s*$/;

function stateLine(report: Report): string {
  return `\n${hiddenMarker(`go-runtime-gate-state ${report.verdict}`)}\n`;
}

/** The verdict an earlier version of the comment showed, if it recorded one. */
export function previousVerdict(body: string): string | null {
  return STATE_RE.exec(body)?.[1] ?? null;
}

/** Whether the report is something the pull request's author must look at. */
function needsAttention(report: Report): boolean {
  return report.verdict === 'fail' || report.verdict === 'acknowledged';
}

/**
 * The comment text for the report. With the body of the comment it replaces,
 * a passing report after a failing one says that the regressions are fixed.
 */
export function commentBody(report: Report, previousBody: string | null = null): string {
  let shown = report;
  const before = previousBody === null ? null : previousVerdict(previousBody);
  if (before !== null && (before === 'fail' || before === 'acknowledged') && report.verdict === 'pass') {
    shown = {
      ...report,
      headline: `The regressions reported earlier on this pull request are fixed: ${report.headline}`,
    };
  }
  const tail = stateLine(report);
  const text = renderMarkdown(shown, { marker: commentMarker(report.name), maxLength: COMMENT_LIMIT - COMMENT_MARGIN - tail.length });
  return text.replace(/\n+$/, '') + '\n' + tail;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

/**
 * The oldest comment of this configuration on the pull request. Comments are
 * listed oldest first, 100 per page, following the Link headers; the search
 * stops at the first match, so a long discussion costs as few pages as it can.
 */
async function findStickyComment(client: GitHubClient, target: CommentTarget, configuration: string): Promise<ExistingComment | null> {
  const marker = hiddenMarker(commentMarker(configuration));
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const what = `GET /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments`;
  for await (const page of pages) {
    for (const c of expectArray<{ id: number; body?: string | null; html_url: string }>(what, page.data, {
      id: 'number',
      body: 'string?',
      html_url: 'string',
    })) {
      const body = c.body ?? '';
      if (body.startsWith(marker)) return { id: c.id, body, url: c.html_url };
    }
  }
  return null;
}

type CommentAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface CommentResult {
  action: CommentAction;
  /** html_url of the comment (also of an existing comment left as it was); '' when there is none. */
  url: string;
  /** Why nothing was posted, for `skipped`. */
  reason?: string;
}

/**
 * Creates, updates or leaves the comment according to the policy:
 * - `never`: nothing, not even a lookup.
 * - `always`: created or updated.
 * - `on-regression`: created or updated when the report needs attention;
 *   otherwise an existing comment is still updated (so it does not go stale),
 *   and none is created.
 * Errors (403 on forks, 5xx after retries) are thrown to the caller, which
 * decides how to report them.
 */
export async function publishComment(client: GitHubClient, target: CommentTarget, report: Report, policy: CommentPolicy): Promise<CommentResult> {
  if (policy === 'never') return { action: 'skipped', url: '', reason: 'comment is never' };
  const existing = await findStickyComment(client, target, report.name);
  if (!existing && policy === 'on-regression' && !needsAttention(report)) {
    return { action: 'skipped', url: '', reason: 'comment is on-regression and there is nothing to flag' };
  }
  const body = commentBody(report, existing?.body ?? null);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.url };
    try {
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      const what = `PATCH /repos/${target.owner}/${target.repo}/issues/comments/${existing.id}`;
      return { action: 'updated', url: expectObject<{ html_url: string }>(what, data, { html_url: 'string' }).html_url };
    } catch (err) {
      // Deleted between the lookup and the update: post a new one instead.
      if (httpStatus(err) !== 404) throw err;
    }
  }
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  const what = `POST /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments`;
  return { action: 'created', url: expectObject<{ html_url: string }>(what, data, { html_url: 'string' }).html_url };
}

/**
 * Publishing a Report on GitHub: the job summary, the sticky comment, the
 * check run with annotations (or workflow-command annotations without it).
 *
 * The order is the order of what must never be lost. The summary goes first
 * and needs no token. Everything after it talks to the API and may fail — a
 * fork's read-only token (403), an outage (5xx after retries), a rate limit
 * that would take too long — and each failure becomes a notice or warning
 * here, never an exception: the verdict and the exit status are decided by
 * the caller from the Report alone, whatever GitHub answered.
 */
import type { Report } from '../report/model.js';
import { renderMarkdown } from '../report/markdown.js';
import { reportAnnotations, type Annotation } from './annotations.js';
import { publishComment, type CommentPolicy, type CommentResult } from './comment.js';
import { emitWorkflowAnnotations, publishCheckRun, type CheckRunResult, type WorkflowCommands } from './check.js';
import { describeError, isPermissionError, type GitHubClient } from './client.js';

export interface PublishSettings {
  comment: CommentPolicy;
  annotations: boolean;
  /** Name of the check run (the configuration). */
  checkName: string;
}

export interface PublishTarget {
  owner: string;
  repo: string;
  /** The pull request to comment on; null outside pull requests (no comment then). */
  pullRequest: number | null;
  /** Commit the check run belongs to; '' for no check run. */
  headSha: string;
  /** Link from the check run to the workflow run. */
  detailsUrl?: string;
}

interface PublishLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export interface PublishDeps {
  /** null when there is no token: only the summary and workflow-command annotations are written. */
  client: GitHubClient | null;
  log: PublishLog;
  commands: WorkflowCommands;
  writeSummary(markdown: string): Promise<void>;
}

export interface PublishOutcome {
  summaryWritten: boolean;
  /** null when no comment was attempted (no pull request, no token) or it failed. */
  comment: CommentResult | null;
  commentUrl: string;
  check: CheckRunResult | null;
  /** Annotations emitted as workflow commands (when no check run carried them). */
  workflowAnnotations: number;
  /** What could not be published, one phrase each (also in the notice). */
  skipped: string[];
}

const FORK_HINT =
  'On pull requests from forks the token is read-only; the README shows a workflow_run companion (mode: publish) that posts the comment and the check.';

export async function publishReport(report: Report, target: PublishTarget, settings: PublishSettings, deps: PublishDeps): Promise<PublishOutcome> {
  const { log } = deps;
  const outcome: PublishOutcome = { summaryWritten: false, comment: null, commentUrl: '', check: null, workflowAnnotations: 0, skipped: [] };
  const denied: string[] = [];

  try {
    await deps.writeSummary(renderMarkdown(report));
    outcome.summaryWritten = true;
  } catch (err) {
    log.warning(`The job summary could not be written: ${describeError(err)}`);
  }

  const annotations: Annotation[] = settings.annotations ? reportAnnotations(report) : [];
  const client = deps.client;
  if (!client) {
    if (target.pullRequest !== null) {
      outcome.skipped.push('the pull-request comment', 'the check run');
      log.notice('No github-token: the pull-request comment and the check run were skipped; the job summary has the report.');
    }
  } else {
    if (target.pullRequest !== null) {
      try {
        outcome.comment = await publishComment(client, { owner: target.owner, repo: target.repo, issueNumber: target.pullRequest }, report, settings.comment);
        outcome.commentUrl = outcome.comment.url;
        if (outcome.comment.action === 'skipped') log.info(`Pull-request comment not posted: ${outcome.comment.reason}.`);
        else log.info(`Pull-request comment ${outcome.comment.action}: ${outcome.comment.url}`);
      } catch (err) {
        outcome.skipped.push('the pull-request comment');
        if (isPermissionError(err)) denied.push(`the pull-request comment (${describeError(err)})`);
        else log.warning(`The pull-request comment could not be posted: ${describeError(err)}. The job summary has the report.`);
      }
    }
    if (target.headSha) {
      try {
        outcome.check = await publishCheckRun(
          client,
          { owner: target.owner, repo: target.repo, headSha: target.headSha },
          { name: settings.checkName, report, annotations, detailsUrl: target.detailsUrl },
        );
        log.info(`Check run "${settings.checkName}" created with ${outcome.check.annotated} annotations: ${outcome.check.url}`);
        if (outcome.check.incomplete) log.warning(`The check run is missing annotations: ${outcome.check.incomplete}`);
      } catch (err) {
        outcome.skipped.push('the check run');
        if (isPermissionError(err)) denied.push(`the check run (${describeError(err)})`);
        else log.warning(`The check run could not be created: ${describeError(err)}. Annotations are written as workflow commands instead.`);
      }
    }
  }

  if (!outcome.check && annotations.length > 0) {
    // The runner turns these into annotations on the same lines, 10 per type.
    outcome.workflowAnnotations = emitWorkflowAnnotations(annotations, deps.commands);
  }
  if (denied.length > 0) {
    const fallback = annotations.length > 0 ? ' Annotations were written as workflow commands instead.' : '';
    log.notice(
      `The token may not publish here, so these were skipped: ${denied.join('; ')}. The verdict and the job summary are unaffected.${fallback} ${FORK_HINT}`,
    );
  }
  return outcome;
}

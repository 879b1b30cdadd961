/**
 * The check run: the report as a named status on the pull request's head
 * commit, with annotations at file:line.
 *
 * The head SHA comes from the event payload (`pull_request.head.sha`, or the
 * `workflow_run`'s head), never from GITHUB_SHA: on `pull_request` that is a
 * merge commit nobody sees, and a check on it would not show on the PR.
 *
 * The run is created already completed, with the first 50 annotations, and
 * further batches are appended by updates (GitHub takes 50 per request and
 * appends on update). Creating it `in_progress` and completing it at the end
 * would leave a check spinning forever if a later request failed — a
 * required check that never completes blocks the merge for good.
 *
 * Without `checks: write` (forks, read-only tokens) the annotations go out as
 * workflow commands instead, which the runner turns into annotations itself,
 * but only 10 per type per step: so most important first.
 */
import type { Report } from '../report/model.js';
import { renderMarkdown } from '../report/markdown.js';
import { ellipsizeEnd, singleLine } from '../report/escape.js';
import type { Annotation, AnnotationLevel } from './annotations.js';
import type { GitHubClient } from './client.js';
import { expectObject } from './answers.js';

/** GitHub's limits on one check run request. */
const ANNOTATIONS_PER_REQUEST = 50;
const SUMMARY_LIMIT = 65_535;
/** The title has no documented limit; the UI shows about a line. */
const TITLE_LIMIT = 255;
/** Annotations beyond this many are left to the report (10 requests; a reviewer reads the first few anyway). */
const MAX_CHECK_ANNOTATIONS = 500;
/** Check names longer than this are unreadable in the PR's checks list. */
const NAME_LIMIT = 100;

type CheckConclusion = 'success' | 'failure' | 'neutral';

/** `neutral` without a baseline: nothing was compared, so there is neither a pass nor a failure to report. */
function checkConclusion(report: Report): CheckConclusion {
  switch (report.verdict) {
    case 'fail':
      return 'failure';
    case 'no-baseline':
      return 'neutral';
    default:
      return 'success';
  }
}

function checkTitle(report: Report): string {
  return ellipsizeEnd(singleLine(report.headline).trim() || report.verdict, TITLE_LIMIT);
}

function checkName(name: string): string {
  return ellipsizeEnd(singleLine(name).trim() || 'go-runtime-gate', NAME_LIMIT);
}

function checkSummary(report: Report): string {
  return renderMarkdown(report, { maxLength: SUMMARY_LIMIT });
}

export interface CheckTarget {
  owner: string;
  repo: string;
  headSha: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Annotations GitHub accepted (all batches that succeeded). */
  annotated: number;
  /** Set when some batch after the first failed; the check itself exists. */
  incomplete?: string;
}

type ApiAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
};

function toApi(a: Annotation): ApiAnnotation {
  const out: ApiAnnotation = {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    title: a.title,
  };
  // Columns are only allowed on single-line annotations.
  if (a.startColumn !== undefined && a.startLine === a.endLine) {
    out.start_column = a.startColumn;
    out.end_column = a.startColumn;
  }
  if (a.rawDetails) out.raw_details = a.rawDetails;
  return out;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface CheckRunInput {
  name: string;
  report: Report;
  annotations: readonly Annotation[];
  detailsUrl?: string;
  /** Injected clock for the completion time (tests). */
  now?: () => Date;
}

/**
 * Creates the completed check run with the first batch of annotations and
 * appends the rest. Throws when the creation fails (the caller falls back to
 * workflow commands); a failed later batch only marks the result incomplete,
 * because the check and its conclusion already exist.
 */
export async function publishCheckRun(client: GitHubClient, target: CheckTarget, input: CheckRunInput): Promise<CheckRunResult> {
  const output = { title: checkTitle(input.report), summary: checkSummary(input.report) };
  const chunks = batches(input.annotations.slice(0, MAX_CHECK_ANNOTATIONS).map(toApi), ANNOTATIONS_PER_REQUEST);
  const now = (input.now ?? (() => new Date()))();
  const { data: answer } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: checkName(input.name),
    head_sha: target.headSha,
    status: 'completed',
    conclusion: checkConclusion(input.report),
    completed_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: chunks.length > 0 ? { ...output, annotations: chunks[0] } : output,
  });
  // Only an answer that names the run means it was created.
  const data = expectObject<{ id: number; html_url?: string | null }>(`POST /repos/${target.owner}/${target.repo}/check-runs`, answer, {
    id: 'number',
    html_url: 'string?',
  });
  const result: CheckRunResult = { id: data.id, url: data.html_url ?? '', annotated: chunks[0]?.length ?? 0 };
  for (const chunk of chunks.slice(1)) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: data.id, output: { ...output, annotations: chunk } });
      result.annotated += chunk.length;
    } catch (err) {
      result.incomplete = `${result.annotated} of ${Math.min(input.annotations.length, MAX_CHECK_ANNOTATIONS)} annotations were added: ${(err as Error).message.split('\n')[0]}`;
      break;
    }
  }
  return result;
}

/** The three workflow commands, as @actions/core exposes them. */
export interface WorkflowCommands {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

/** The runner keeps this many annotations of each type per step and drops the rest. */
const COMMANDS_PER_TYPE = 10;

/**
 * Emits annotations as workflow commands, at most 10 per type, in the order
 * given (most important first). Returns how many were emitted.
 */
export function emitWorkflowAnnotations(annotations: readonly Annotation[], commands: WorkflowCommands): number {
  const used: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const a of annotations) {
    if (used[a.level] >= COMMANDS_PER_TYPE) continue;
    used[a.level] += 1;
    emitted += 1;
    const props: AnnotationProperties = { title: a.title, file: a.path, startLine: a.startLine };
    if (a.endLine !== a.startLine) props.endLine = a.endLine;
    if (a.startColumn !== undefined) props.startColumn = a.startColumn;
    if (a.level === 'failure') commands.error(a.message, props);
    else if (a.level === 'warning') commands.warning(a.message, props);
    else commands.notice(a.message, props);
  }
  return emitted;
}

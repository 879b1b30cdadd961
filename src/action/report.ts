/**
 * The Action's last stage: the report JSON file, the job summary, the
 * comment and the check run (src/publish), and the step's outputs.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Report } from '../report/model.js';
import { reportDocument, writeDocumentFile } from '../document/index.js';
import { publishReport } from '../publish/publish.js';
import type { OutputName } from '../options/table.js';
import type { SaveOutcome } from '../gate/baseline.js';
import { gatedCount } from '../gate/decision.js';
import { publishDeps, publishTarget, reportLinks, workspaceRoot } from './publishing.js';
import type { ActionSettings } from './inputs.js';

export interface ReportTarget {
  env: NodeJS.ProcessEnv;
  payload: unknown;
  settings: ActionSettings;
  checkName: string;
  /** Where the report JSON goes (relative to the workspace). */
  reportPath: string;
  pullRequest: number | null;
  headSha: string;
  /** The commit measured (the pull request's head, or the pushed commit): file links point into it. */
  commit?: string;
  saved?: SaveOutcome;
}

/** Sets every output the options table declares (tests hold the two together). */
export function setOutputs(values: Record<OutputName, string>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
}

export function reportOutputs(report: Report, reportPath: string, commentUrl: string, saved?: SaveOutcome): Record<OutputName, string> {
  return {
    verdict: report.verdict,
    regressions: String(gatedCount(report)),
    improvements: String(report.counts.improvements),
    'report-json': reportPath,
    'baseline-commit': report.baseline?.environment.commit ?? '',
    'comment-url': commentUrl,
    'baseline-saved': saved ? String(saved.saved) : '',
    suspects: String(report.comparisons.filter((c) => c.confirmation).length),
    confirmed: String(report.comparisons.filter((c) => c.confirmation?.status === 'confirmed').length),
    'runner-drift': String(report.comparisons.filter((c) => c.confirmation?.status === 'not-reproduced').length),
    'shard-file': '',
  };
}

/** Writes the report file, publishes, sets the outputs; returns the comment URL ('' without one). */
export async function publishAndReport(report: Report, t: ReportTarget): Promise<string> {
  const workspace = t.env.GITHUB_WORKSPACE || process.cwd();
  const links = reportLinks(t.env, t.payload, t.commit ?? t.headSha, report, workspaceRoot(workspace));
  if (links) report.links = links;
  const reportPath = path.resolve(workspace, t.reportPath);
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeDocumentFile(reportDocument, reportPath, report);
  const outcome = await publishReport(
    report,
    publishTarget(t.env, t.payload, { pullRequest: t.pullRequest, headSha: t.headSha }),
    { comment: t.settings.comment, annotations: t.settings.annotations, checkName: t.checkName },
    publishDeps(t.env, t.settings.githubToken, t.settings.networkTimeout),
  );
  setOutputs(reportOutputs(report, reportPath, outcome.commentUrl, t.saved));
  return outcome.commentUrl;
}

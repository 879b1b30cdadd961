/**
 * `mode: publish`: post the comment and the check of a report measured
 * elsewhere (the `workflow_run` companion for pull requests from forks). The
 * report comes from an artifact a fork's workflow uploaded, so it is
 * untrusted input: it is validated field by field before rendering, where to
 * publish (pull request, head commit) comes from the event payload and the
 * API, never from the report, and a report that is not about the triggering
 * run's head commit — or names no commit at all — is refused.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Report } from '../report/model.js';
import { readDocumentFile, reportDocument } from '../document/index.js';
import { ConfigError, GateError } from '../errors.js';
import { acknowledge } from '../compare/acknowledge.js';
import { publishReport } from '../publish/publish.js';
import { resolvePullRequest } from '../publish/pulls.js';
import type { RawOptions } from '../options/table.js';
import { readPublishSettings } from './inputs.js';
import { publishDeps, publishTarget, readPayload, reportLinks } from './publishing.js';
import { reportOutputs, setOutputs } from './report.js';

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

export async function runPublishMode(env: NodeJS.ProcessEnv, raw: RawOptions): Promise<void> {
  const settings = readPublishSettings(raw);
  if (!settings.reportPath) {
    throw new ConfigError('report-path: mode publish needs the report JSON (a file, or the directory an artifact was downloaded to)');
  }
  const file = await reportFile(settings.reportPath, env.GITHUB_WORKSPACE || process.cwd());
  let report: Report;
  try {
    report = await readDocumentFile(reportDocument, file);
  } catch (err) {
    if (err instanceof GateError) throw err;
    throw new GateError('bad-input', `${file}: ${(err as Error).message}`);
  }
  const payload = await readPayload(env);
  const deps = publishDeps(env, settings.githubToken, settings.networkTimeout);
  const target = publishTarget(env, payload, { pullRequest: null, headSha: '' });
  const found = await resolvePullRequest(deps.client, { owner: target.owner, repo: target.repo }, payload, (m) => core.warning(m));
  if (found) {
    const measured = report.head.environment.commit;
    if (measured.toLowerCase() !== found.headSha.toLowerCase()) {
      const about = measured ? `about commit ${measured.slice(0, 40)}` : 'about no commit (head.environment.commit is empty)';
      throw new GateError(
        'foreign-report',
        `The report is ${about}, but the run that triggered this one was for ${found.headSha}: not publishing it on pull request #${found.number}.`,
      );
    }
    target.pullRequest = found.number;
    target.headSha = found.headSha;
    // Links come from this trusted run's environment, never from the uploaded file; only the
    // path prefix is taken from it (a publishing job has no checkout to find it in), and
    // src/report/links.ts refuses one that climbs out of the repository.
    const root = typeof report.links?.root === 'string' && !report.links.root.split('/').includes('..') ? report.links.root : '';
    const links = reportLinks(env, payload, found.headSha, report, root);
    if (links) report.links = links;
    else delete report.links;
    if (settings.acknowledgeLabel) report = acknowledge(report, settings.acknowledgeLabel, found.labels);
  } else {
    core.notice('No open pull request matches the triggering run: only the job summary is written.');
  }
  if (!found) delete report.links;
  const checkName = (raw.name ?? '').trim() || report.name;
  const outcome = await publishReport(report, target, { comment: settings.comment, annotations: settings.annotations, checkName }, deps);
  setOutputs(reportOutputs(report, file, outcome.commentUrl));
}

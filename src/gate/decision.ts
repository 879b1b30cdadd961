/**
 * What a report means for the step or the command: fail or pass, and the one
 * line that says why. Shared by the Action (setFailed / notice) and the CLI
 * (exit status), so the two cannot disagree on when a change fails.
 */
import type { Report } from '../report/model.js';
import type { GateConfig } from '../options/config.js';
import type { SaveOutcome } from './baseline.js';
import { gatedCount } from '../compare/verdict.js';

export { gatedCount };

export interface GateDecision {
  fail: boolean;
  /** Why it fails, or a notice worth printing when it passes ('' when there is nothing to say). */
  message: string;
}

export function gateDecision(report: Report, config: Pick<GateConfig, 'failOnRegression' | 'failOnBenchmarkFailure'>, saved?: SaveOutcome): GateDecision {
  if (saved?.refused) return { fail: true, message: `${saved.headline} ${saved.reason ?? ''}`.trim() };
  const gated = gatedCount(report);
  const headFailures = report.failures.filter((f) => f.side === 'head').length;
  const failuresFail = config.failOnBenchmarkFailure && headFailures > 0;
  const regressionsFail = gated > 0 && config.failOnRegression && report.verdict === 'fail';
  if (failuresFail || regressionsFail) return { fail: true, message: report.headline };
  if (report.verdict === 'acknowledged') return { fail: false, message: report.headline };
  if (gated > 0) return { fail: false, message: `${report.headline} fail-on-regression is false, so the step passes.` };
  return { fail: false, message: '' };
}

/**
 * Acknowledging an expected regression: a maintainer puts a label on the
 * pull request (an intentional trade-off, a known cost of a feature) and the
 * gate passes, saying so in every rendering of the report.
 *
 * Only regressions are acknowledged. A benchmark that panics or does not
 * compile is not a trade-off anyone signs off with a label, so a verdict that
 * fails because of benchmark failures stays `fail`.
 */
import type { Report } from '../report/model.js';
import { gatedCount } from './verdict.js';

/** Label names as GitHub compares them: case-insensitively. */
export function hasLabel(labels: readonly string[], label: string): boolean {
  const wanted = label.trim().toLowerCase();
  return wanted !== '' && labels.some((l) => l.trim().toLowerCase() === wanted);
}

/** Names of the labels in a pull request object from a payload or the API. */
export function labelNames(pullRequest: unknown): string[] {
  const labels = (pullRequest as { labels?: unknown } | null | undefined)?.labels;
  if (!Array.isArray(labels)) return [];
  return labels
    .map((l) => (typeof l === 'string' ? l : typeof (l as { name?: unknown })?.name === 'string' ? (l as { name: string }).name : ''))
    .filter(Boolean);
}

/**
 * The report with its failing verdict turned into `acknowledged` when the
 * label is on the pull request and every reason for failing is a gated
 * regression. Returns the report unchanged otherwise (a new object either way).
 */
export function acknowledge(report: Report, label: string, labels: readonly string[]): Report {
  if (report.verdict !== 'fail' || !hasLabel(labels, label)) return report;
  const headFailures = report.failures.filter((f) => f.side === 'head').length;
  if (report.settings.failOnBenchmarkFailure && headFailures > 0) {
    return {
      ...report,
      warnings: [...report.warnings, `The label "${label}" acknowledges regressions only; benchmark failures still fail the gate.`],
    };
  }
  const gated = gatedCount(report);
  return {
    ...report,
    verdict: 'acknowledged',
    headline: `${gated} regression${gated === 1 ? '' : 's'} acknowledged with the label "${label}": the gate passes.`,
  };
}

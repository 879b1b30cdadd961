/**
 * A report's overall verdict and headline, from its comparisons, located
 * findings and failures: the regressions grouped by cause (causes.ts), the
 * verdict counting causes, not their echoes. Run once by compareRuns and
 * again whenever a later stage changes a decision (the same-runner
 * confirmation of machine-sensitive suspects).
 */
import type { Report } from '../report/model.js';
import { causesSentence, groupCauses } from './causes.js';

/**
 * Gated regressions of a report: its gating causes (one per cause, not per
 * echo; causes.ts). Reports from before causes existed count their gating
 * comparisons and located findings.
 */
export function gatedCount(report: Report): number {
  if (report.causes) return report.causes.filter((c) => c.gating).length;
  return report.comparisons.filter((c) => c.gating).length + (report.sites ?? []).filter((s) => s.gating).length;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Recomputes counts, causes, verdict and headline of `report` (in place) and returns it. */
export function settle(report: Report): Report {
  const { comparisons, failures } = report;
  // A consequence is decided afresh each time: gating comes from the comparison's own evidence.
  for (const c of comparisons) {
    if (c.consequenceOf === undefined) continue;
    delete c.consequenceOf;
    c.gating = c.mode === 'gate' && c.verdict === 'regression' && (c.confirmation === undefined || c.confirmation.status === 'confirmed');
  }
  const causes = groupCauses(comparisons, report.sites ?? []);
  report.causes = causes;
  report.counts = {
    regressions: comparisons.filter((c) => c.verdict === 'regression').length,
    improvements: comparisons.filter((c) => c.verdict === 'improvement').length,
    unchanged: comparisons.filter((c) => c.verdict === 'unchanged').length,
    insufficient: comparisons.filter((c) => c.verdict === 'insufficient').length,
    failures: failures.length,
  };
  const failing = report.settings.failOnBenchmarkFailure && failures.length > 0;
  const failText = failures.length ? plural(failures.length, 'benchmark failure') : '';
  const gating = causes.filter((c) => c.gating);
  const unconfirmed = comparisons.filter(
    (c) => c.confirmation && c.confirmation.status !== 'confirmed' && c.consequenceOf === undefined && c.verdict === 'regression',
  );
  const drift = unconfirmed.length
    ? ` ${plural(unconfirmed.length, 'machine-sensitive regression')} against the cached baseline ${unconfirmed.length === 1 ? 'was' : 'were'} not confirmed on this runner and ${unconfirmed.length === 1 ? 'does' : 'do'} not gate.`
    : '';
  if (!report.baseline) {
    report.verdict = failing ? 'fail' : 'no-baseline';
    report.headline = failing
      ? `No baseline to compare against, and ${failText}.`
      : 'No baseline to compare against yet: results below are the measured values only. A run on the default branch records one.';
  } else if (gating.length > 0 || failing) {
    report.verdict = 'fail';
    const parts = gating.length > 0 ? [causesSentence(causes)] : [];
    if (failing) parts.push(failText);
    report.headline = `${parts.join('; and ')}.${drift}`;
  } else {
    report.verdict = 'pass';
    const reportOnly = comparisons.filter((c) => c.verdict === 'regression' && c.mode === 'report').length;
    const extra = reportOnly > 0 ? ` (${plural(reportOnly, 'report-only regression')})` : '';
    report.headline = `No gated regressions${extra}.${drift}`;
  }
  return report;
}

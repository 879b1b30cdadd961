/**
 * Heap escapes are deterministic for a given compiler: the gate compares the
 * baseline's and the head's escape sites as multisets keyed without line
 * numbers (src/escape/diff.ts), so an edit that only shifts lines changes
 * nothing and a real new `&T{}` or boxed value is exactly one new site. A new
 * heap-allocation site fails the gate unless an allow directive accepts it or
 * the two sides were compiled by different Go releases (then it is a warning:
 * escape analysis changes between releases).
 */
import type { RunResult } from '../result/types.js';
import type { SiteFinding } from '../report/model.js';
import type { SiteComparer, SiteCompareOptions } from './site-comparer.js';
import { describeInlining, diffEscapes, isHeapAllocation, type EscapeSite } from '../escape/index.js';

const KIND_TEXT: Record<string, string> = {
  'moved-to-heap': 'moved to heap',
  'escapes-to-heap': 'escapes to heap',
  'leaking-param': 'leaking parameter',
};

function finding(s: EscapeSite, change: 'new' | 'removed', gating: boolean, warnings: string[]): SiteFinding {
  const what = `${s.subject} ${KIND_TEXT[s.kind] ?? s.kind}`;
  const f: SiteFinding = {
    kind: 'escape',
    change,
    package: s.package,
    function: s.function,
    file: s.file,
    line: s.line,
    summary: change === 'new' ? (s.ignored !== undefined ? `${what} (accepted: ${s.ignored})` : what) : `no longer: ${what}`,
    details: [...describeInlining(s), ...s.explanation],
    gating,
    warnings,
  };
  if (s.column) f.column = s.column;
  return f;
}

export const escapeComparer: SiteComparer = {
  kind: 'escape',
  compare(base: RunResult | null, head: RunResult, options: SiteCompareOptions) {
    const mode = options.metrics.escapes?.mode ?? 'gate';
    const findings: SiteFinding[] = [];
    const warnings: string[] = [];
    if (mode === 'off') return { findings, warnings };
    if (!head.escapes) {
      if (head.escapesUnavailable) warnings.push(`Escape analysis unavailable: ${head.escapesUnavailable}`);
      return { findings, warnings };
    }
    if (!base) return { findings, warnings };
    if (!base.escapes) {
      warnings.push('The baseline has no escape analysis (recorded before it existed, or with it off): new escape sites cannot be found this time.');
      return { findings, warnings };
    }
    // Only the packages analysed on both sides are comparable: a package new
    // in this change has no baseline to escape from.
    const common = new Set(base.escapes.packages.filter((p) => head.escapes!.packages.includes(p)));
    const diff = diffEscapes(
      base.escapes.sites.filter((s) => common.has(s.package)),
      head.escapes.sites.filter((s) => common.has(s.package)),
      {
        maxNewEscapes: options.maxNewEscapes,
        baseGoVersion: base.escapes.goVersion,
        headGoVersion: head.escapes.goVersion,
        headCompileErrors: head.escapes.compileErrors,
      },
    );
    warnings.push(...diff.warnings);
    const sensitive = diff.toolchainSensitive
      ? [`toolchain-sensitive: the baseline was compiled by ${base.escapes.goVersion}, this change by ${head.escapes.goVersion}`]
      : [];
    for (const s of diff.new) {
      if (s.kind === 'leaking-param') continue; // not an allocation; reported by the compiler, not gated
      const gating = mode === 'gate' && diff.failing && isHeapAllocation(s.kind) && s.ignored === undefined;
      findings.push(finding(s, 'new', gating, sensitive));
    }
    for (const s of diff.removed) {
      if (s.kind === 'leaking-param') continue;
      findings.push(finding(s, 'removed', false, []));
    }
    return { findings, warnings };
  },
};

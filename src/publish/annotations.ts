/**
 * The Report as annotations at file:line: what a reviewer sees in the pull
 * request's "Files changed" tab, next to the code that caused it.
 *
 * Pure: a Report in, a list out, most important first. The list is cut by
 * the consumers (GitHub keeps 50 per check-run request; the runner shows 10
 * workflow-command annotations per type per step), so the order is the
 * product here: gated regressions before report-only ones, compile errors
 * before either (nothing was measured where they are).
 *
 * Each kind of annotation is one row of `ANNOTATION_SOURCES`: a rank and a
 * function from the Report to that kind's annotations (compile errors, new
 * escape sites, goroutine-leak creation sites, regressed benchmarks,
 * allocation sites). A new kind is one more row (rank, collect); the check
 * run and the workflow-command fallback pick it up without edits.
 */
import type { BenchmarkRef, MetricComparison, Report, SiteFinding } from '../report/model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { ellipsizeEnd, ellipsizeMiddle, sanitizeText, singleLine } from '../report/escape.js';
import { formatThreshold } from '../report/format.js';
import { formatChange } from '../report/benchstat.js';
import { benchTables, type BenchRow } from '../report/tables.js';
import { reportFindings, type Finding } from '../report/findings.js';
import { fileUrl } from '../report/links.js';

/** The check-run levels; workflow commands call them error / warning / notice. */
export type AnnotationLevel = 'failure' | 'warning' | 'notice';

export interface Annotation {
  /** Which row of ANNOTATION_SOURCES made it (for tests and for per-kind caps). */
  kind: string;
  level: AnnotationLevel;
  /** Repository-relative path with forward slashes. */
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  /** ≤ 255 characters (GitHub's limit). */
  title: string;
  /** Plain text (annotations do not render Markdown). */
  message: string;
  rawDetails?: string;
}

export interface AnnotationSource {
  kind: string;
  /** Smaller comes first in the list. */
  rank: number;
  collect(report: Report): Annotation[];
}

/** GitHub's documented limits on one annotation. */
const MAX_TITLE = 255;
/** 64 KB for message and raw details; kept well below so a request stays small. */
const MAX_MESSAGE = 4_000;
const MAX_RAW_DETAILS = 16_000;

const LEVEL_ORDER: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * Makes a path usable as an annotation path: repository-relative, forward
 * slashes, no leading `./`. Absolute paths (a file outside the workspace)
 * and paths that climb out of it cannot be annotated and return null.
 */
export function annotationPath(file: string | undefined): string | null {
  if (!file) return null;
  const p = sanitizeText(file)
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
  if (p === '' || p.startsWith('/') || /^[a-zA-Z]:\//.test(p) || p.split('/').includes('..') || p.includes('\n')) return null;
  return p;
}

function validLine(line: number | undefined): line is number {
  return typeof line === 'number' && Number.isInteger(line) && line >= 1;
}

/** What the gate made of a regressed comparison, in a few words. */
function gateWords(c: MetricComparison): string {
  if (c.gating) return '';
  if (c.consequenceOf !== undefined) return ` [consequence of the ${c.consequenceOf}: not gated on its own]`;
  const conf = c.confirmation;
  if (conf?.status === 'not-reproduced') return ` [not reproduced on this runner (runner drift): ${conf.reason}]`;
  if (conf?.status === 'unavailable') return ` [could not be confirmed on this runner: ${conf.reason}]`;
  if (conf?.status === 'pending') return ` [suspect, not re-measured: ${conf.reason}]`;
  return ' [report only]';
}

/** The causes a benchmark's regressions belong to, with a link to each cause's line. */
function causeLines(report: Report, findings: readonly Finding[], ref: BenchmarkRef): string[] {
  const key = `${ref.package}\u0000${ref.name}\u0000${ref.procs}`;
  return findings
    .filter(
      (f) =>
        f.where &&
        !(f.where.file === ref.file && f.where.line === ref.line) &&
        f.cause.benchmarks.some((b) => `${b.package}\u0000${b.name}\u0000${b.procs}` === key),
    )
    .map((f) => {
      const where = `${f.where!.file}${f.where!.line ? `:${f.where!.line}` : ''}`;
      const url = fileUrl(report.links, f.where!.file, f.where!.line);
      return `caused by: ${f.title} at ${where}${f.function ? ` in ${f.function}` : ''}${url ? ` ${url}` : ''}`;
    });
}

/** Regressed benchmarks, one annotation per benchmark at its function declaration, in benchstat's notation. */
function regressedBenchmarks(report: Report): Annotation[] {
  const byBenchmark = new Map<string, { ref: BenchmarkRef; comparisons: MetricComparison[] }>();
  for (const c of report.comparisons) {
    if (c.verdict !== 'regression') continue;
    const key = `${c.benchmark.package}\u0000${c.benchmark.name}\u0000${c.benchmark.procs}`;
    const entry = byBenchmark.get(key) ?? { ref: c.benchmark, comparisons: [] };
    entry.comparisons.push(c);
    byBenchmark.set(key, entry);
  }
  const rows = new Map<MetricComparison, BenchRow>();
  for (const t of benchTables(report, (c) => c.verdict === 'regression')) for (const r of t.rows) rows.set(r.comparison, r);
  const findings = reportFindings(report);
  const out: Array<{ a: Annotation; score: number }> = [];
  for (const { ref, comparisons } of byBenchmark.values()) {
    const path = annotationPath(ref.file);
    if (!path || !validLine(ref.line)) continue;
    const gating = comparisons.filter((c) => c.gating);
    const ordered = [...gating, ...comparisons.filter((c) => !c.gating)];
    const name = singleLine(benchmarkDisplayName(ref));
    const lines = ordered.map((c) => {
      const row = rows.get(c);
      const stat = row?.delta ? `${row.delta} (${row.note})` : '';
      return (
        `${singleLine(formatChange(c.label, c.unit, c.base?.median ?? null, c.head?.median ?? null, !stat))}` +
        `${stat ? `: ${stat}` : ''}, threshold ${singleLine(formatThreshold(c.threshold, c.floor, c.unit, c.lowerIsBetter))}${singleLine(gateWords(c))}`
      );
    });
    const a: Annotation = {
      kind: 'regressed-benchmark',
      level: gating.length > 0 ? 'failure' : 'warning',
      path,
      startLine: ref.line,
      endLine: ref.line,
      title: ellipsizeMiddle(`${name} regressed: ${ordered.map((c) => singleLine(c.label)).join(', ')}`, MAX_TITLE),
      message: ellipsizeEnd(
        `${name} (${singleLine(ref.package)})\n${[...lines, ...causeLines(report, findings, ref).map(singleLine)].join('\n')}`,
        MAX_MESSAGE,
      ),
    };
    out.push({ a, score: Math.max(...(gating.length > 0 ? gating : ordered).map(badness)) });
  }
  // Gating first, then the largest relative change in the bad direction.
  return out.sort((x, y) => LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] || y.score - x.score).map((x) => x.a);
}

function badness(c: MetricComparison): number {
  if (c.delta === null) return Number.MAX_VALUE;
  return c.lowerIsBetter ? c.delta : -c.delta;
}

/** Compiler errors of packages that did not build, at the position the compiler gave. */
function buildDiagnostics(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const f of report.failures) {
    for (const d of f.diagnostics ?? []) {
      const path = annotationPath(d.file);
      if (!path || !validLine(d.line)) continue;
      const a: Annotation = {
        kind: 'build-error',
        level: 'failure',
        path,
        startLine: d.line,
        endLine: d.line,
        title: ellipsizeMiddle(`${singleLine(f.package)} does not compile`, MAX_TITLE),
        message: ellipsizeEnd(sanitizeText(d.message), MAX_MESSAGE),
      };
      if (validLine(d.column)) a.startColumn = d.column;
      out.push(a);
    }
  }
  return out;
}

const SITE_TITLES: Record<SiteFinding['kind'], (f: SiteFinding) => string> = {
  leak: (f) => (f.change === 'removed' ? 'Goroutine leak fixed' : 'Goroutine leak created here'),
  escape: (f) => (f.change === 'removed' ? 'Heap escape removed' : 'New heap escape'),
  allocation: (f) => (f.change === 'new' ? 'New allocation site' : f.change === 'grown' ? 'Allocation site grew' : 'Allocation site shrank'),
};

/** One annotation per located finding that is worse (new or grown); fixed ones are not worth a reviewer's line. */
function siteAnnotations(kind: SiteFinding['kind']): (report: Report) => Annotation[] {
  return (report) => {
    const out: Annotation[] = [];
    const findings = reportFindings(report);
    for (const f of report.sites ?? []) {
      if (f.kind !== kind || f.change === 'removed' || f.change === 'shrunk') continue;
      const path = annotationPath(f.file);
      if (!path || !validLine(f.line)) continue;
      const bench = f.benchmark ? ` in ${benchmarkDisplayName(f.benchmark)}` : '';
      const finding = findings.find((x) => x.where?.file === f.file && x.where.line === f.line && x.status === 'gate');
      const moved = finding ? [...finding.effects.map((e) => `→ ${e}`), ...finding.consequences.map((c) => `consequence: ${c}`)] : [];
      const url = fileUrl(report.links, f.file, f.line);
      const a: Annotation = {
        kind: `${kind}-site`,
        level: f.gating ? 'failure' : kind === 'allocation' ? 'notice' : 'warning',
        path,
        startLine: f.line,
        endLine: f.line,
        title: ellipsizeMiddle(`${SITE_TITLES[kind](f)}${f.function ? `: ${singleLine(f.function)}` : ''}`, MAX_TITLE),
        message: ellipsizeEnd(
          sanitizeText(
            `${f.summary}${bench}${moved.length ? `\n${moved.join('\n')}` : ''}${f.warnings.length ? `\n${f.warnings.join('\n')}` : ''}${url ? `\n${url}` : ''}`,
          ),
          MAX_MESSAGE,
        ),
      };
      if (validLine(f.column)) a.startColumn = f.column;
      if (f.details.length > 0) a.rawDetails = ellipsizeEnd(sanitizeText(f.details.join('\n')), MAX_RAW_DETAILS);
      out.push(a);
    }
    return out.sort((x, y) => LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level]);
  };
}

/**
 * Every kind of annotation, in the order a reviewer should see them. A new
 * kind is a new row with a rank between these.
 */
export const ANNOTATION_SOURCES: readonly AnnotationSource[] = [
  { kind: 'build-error', rank: 0, collect: buildDiagnostics },
  { kind: 'escape-site', rank: 5, collect: siteAnnotations('escape') },
  { kind: 'leak-site', rank: 6, collect: siteAnnotations('leak') },
  { kind: 'regressed-benchmark', rank: 10, collect: regressedBenchmarks },
  { kind: 'allocation-site', rank: 20, collect: siteAnnotations('allocation') },
];

/**
 * All annotations of the report, most important first: by level (failure,
 * warning, notice), then by the rank of their kind, then in the order the
 * kind gave them. Duplicates at the same place with the same title are kept
 * once.
 */
export function reportAnnotations(report: Report, sources: readonly AnnotationSource[] = ANNOTATION_SOURCES): Annotation[] {
  const ranked = [...sources].sort((a, b) => a.rank - b.rank).flatMap((s, sourceIndex) => s.collect(report).map((a, i) => ({ a, sourceIndex, i })));
  ranked.sort((x, y) => LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] || x.sourceIndex - y.sourceIndex || x.i - y.i);
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const { a } of ranked) {
    const key = `${a.path}\u0000${a.startLine}\u0000${a.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/**
 * The Report as GitHub-flavoured Markdown, for the sticky PR comment and the
 * job summary.
 *
 * Two things shape this file.
 *
 * Everything from the code under test is hostile until escaped. Benchmark
 * names, packages, custom units, messages and process output all go through
 * `escape.ts`; nothing from the Report reaches the output raw.
 *
 * The output must stay under GitHub's comment limit (65 536 characters) by
 * construction, never by cutting the finished string (a cut can leave an open
 * `<details>` or code fence that swallows the rest). The document is a list of
 * sections with a priority each. Sections are rendered most important first,
 * each given whatever budget the ones before it left; a section that does
 * not fit sheds its least important rows and says how many it left out, and
 * one that cannot show a single row is dropped and named in a closing note.
 * Small sections that matter (warnings, the environment, one failure's
 * output) have room kept for them, so a flood of regressions cannot push
 * them out. The sections are then put back in reading order. Lengths are
 * counted in UTF-16 units, which is never less than the number of characters
 * GitHub counts, so the budget errs on the safe side.
 */
import type { BenchmarkRef, FailureEntry, MetricComparison, Report, RunSide, SiteFinding, SiteKind } from './model.js';
import { benchmarkDisplayName } from '../result/types.js';
import { codeSpan, ellipsizeMiddle, escapeMarkdown, fencedCodeBlock, fitEscaped, hiddenMarker, sanitizeText } from './escape.js';
import {
  MISSING,
  clipOutput,
  environmentDifferences,
  formatAbsoluteDelta,
  isEnvironmentWarning,
  formatDelta,
  formatPValue,
  formatSampleCount,
  formatSummary,
  formatThreshold,
  formatTimestamp,
  plural,
  shortCommit,
  FAILURE_KIND,
} from './format.js';

export interface MarkdownOptions {
  /** Upper bound on the length of the result. Default 65 000: GitHub's limit is 65 536, less room for the publisher's own additions. */
  maxLength?: number;
  /** Text of a hidden HTML comment put first, by which the publisher finds its comment again. */
  marker?: string;
}

export const DEFAULT_MAX_LENGTH = 65_000;

/** Where readers are sent for what a truncated comment leaves out. */
const SEE_JSON = "see the job's report JSON";

/** Caps on single pieces of user text, so one absurd name cannot eat the budget of a hundred rows. */
const MAX_NAME = 120;
const MAX_PACKAGE = 100;
const MAX_MESSAGE = 300;
const MAX_ENV_VALUE = 100;
const MAX_OUTPUT_LINES = 60;
const MAX_OUTPUT_CHARS = 6_000;

const VERDICT_ICON: Record<Report['verdict'], string> = {
  fail: '❌',
  pass: '✅',
  'no-baseline': '⚠️',
  acknowledged: '✔️',
};

/** What a section produced, and what it could not show at all. */
interface Rendered {
  text: string;
  /** Set when the section had content but none of it fitted: named in the closing note. */
  dropped?: string;
}

interface Section {
  id: string;
  /** Smaller renders first and so is cut last. */
  priority: number;
  /**
   * Characters kept free for this section while higher-priority ones render,
   * so that 500 regressions cannot starve the warnings, the environment
   * table or one failure's output (small and worth more than row 359).
   */
  floor: number;
  render(budget: number): Rendered;
}

interface Context {
  report: Report;
  noBaseline: boolean;
  multiPackage: boolean;
}

/**
 * Renders the report. Always returns a string shorter than or equal to
 * `maxLength`; the verdict line is the last thing to go.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = Math.max(0, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
  const ctx: Context = {
    report,
    noBaseline: report.verdict === 'no-baseline' || report.baseline === null,
    multiPackage: countPackages(report) > 1,
  };

  // Reading order. Priorities say which section gets the budget first;
  // `floor` is room kept for a section against the greed of the ones before it.
  const sections: Section[] = [
    { id: 'title', priority: 0, floor: 0, render: (b) => titleSection(ctx, options.marker, b) },
    { id: 'summary', priority: 1, floor: 0, render: (b) => summarySection(ctx, b) },
    { id: 'failures', priority: 2, floor: 0, render: (b) => failureSummarySection(ctx, b) },
    { id: 'regressions', priority: 3, floor: 0, render: (b) => (ctx.noBaseline ? measuredSection(ctx, b) : regressionsSection(ctx, b)) },
    { id: 'explanations', priority: 3.05, floor: 0, render: (b) => explanationsSection(ctx, b) },
    { id: 'leak-sites', priority: 3.1, floor: 0, render: (b) => sitesSection(ctx, 'leak', b) },
    { id: 'escape-sites', priority: 3.2, floor: 0, render: (b) => sitesSection(ctx, 'escape', b) },
    { id: 'allocation-sites', priority: 6.5, floor: 1_500, render: (b) => sitesSection(ctx, 'allocation', b) },
    { id: 'report-only', priority: 6.8, floor: 1_000, render: (b) => reportOnlySection(ctx, b) },
    { id: 'warnings', priority: 4, floor: 2_000, render: (b) => warningsSection(ctx, b) },
    { id: 'failure-output', priority: 8, floor: 3_000, render: (b) => failureOutputSection(ctx, b) },
    { id: 'insufficient', priority: 7, floor: 2_000, render: (b) => insufficientSection(ctx, b) },
    { id: 'improvements', priority: 9, floor: 1_000, render: (b) => improvementsSection(ctx, b) },
    { id: 'unchanged', priority: 11, floor: 0, render: (b) => unchangedSection(ctx, b) },
    { id: 'added-removed', priority: 10, floor: 500, render: (b) => addedRemovedSection(ctx, b) },
    { id: 'baseline', priority: 6, floor: 2_000, render: (b) => baselineSection(ctx, b) },
    { id: 'footer', priority: 5, floor: 1_000, render: (b) => footerSection(ctx, b) },
  ];
  const byPriority = [...sections].sort((a, b) => a.priority - b.priority);

  const reserve = Math.min(closingNote(possibleDrops(ctx)).length, Math.floor(maxLength / 4));
  // A floor is a section's full size up to its cap. Floors are kept only
  // while together they take at most a quarter of the budget: on a small
  // budget plain priority decides, so the regressions table is never dropped
  // for the sake of a lower section.
  const floors = new Map(byPriority.map((s) => [s.id, s.floor > 0 ? Math.min(s.floor, s.render(Infinity).text.length) : 0]));
  const floorTotal = [...floors.values()].reduce((a, b) => a + b, 0);
  const useFloors = floorTotal <= maxLength / 4;
  let keptForLater = useFloors ? floorTotal : 0;

  let remaining = maxLength - reserve;
  const rendered = new Map<string, Rendered>();
  let exhausted = false;
  for (const section of byPriority) {
    const floor = useFloors ? (floors.get(section.id) ?? 0) : 0;
    keptForLater -= floor;
    // After a section is dropped, everything of lower priority is too: a
    // small lower section must not appear where a more important one did not.
    const budget = exhausted ? 0 : Math.floor(Math.max(0, Math.min(remaining, remaining - keptForLater)));
    const out = section.render(budget);
    remaining -= out.text.length;
    if (out.dropped) exhausted = true;
    rendered.set(section.id, out);
  }

  let body = sections.map((s) => rendered.get(s.id)?.text ?? '').join('');
  const dropped = sections.map((s) => rendered.get(s.id)?.dropped).filter((d): d is string => !!d);
  if (dropped.length > 0) {
    const note = closingNote(dropped);
    const fallback = closingNote([]);
    if (body.length + note.length <= maxLength) body += note;
    else if (body.length + fallback.length <= maxLength) body += fallback;
  }
  body = body.replace(/\s+$/, '');
  if (body.length < maxLength) body += '\n';
  if (body.length > maxLength) {
    // Unreachable when the section budgets are right; kept so that a mistake
    // there costs the details, never the comment (GitHub rejects it whole).
    body = titleSection(ctx, options.marker, maxLength).text.slice(0, maxLength);
  }
  return body;
}

/** The marker (for the publisher) and the verdict: the one section that is never left out. */
function titleSection(ctx: Context, marker: string | undefined, budget: number): Rendered {
  const { report } = ctx;
  const markerLine = marker !== undefined ? `${hiddenMarker(marker)}\n` : '';
  const name = report.name && report.name !== 'go-runtime-gate' ? ` · ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(report.name), MAX_NAME))}` : '';
  const heading = `### ${VERDICT_ICON[report.verdict] ?? '❔'} go-runtime-gate${name}\n\n`;
  const prefix = markerLine + heading;
  const headline = singleLineRaw(report.headline).trim() || defaultHeadline(report);
  const room = budget - prefix.length - '****\n\n'.length;
  if (room < 1) return { text: prefix.length + 1 <= budget ? prefix : markerLine.length <= budget ? markerLine : '' };
  return { text: `${prefix}**${fitEscaped(headline, room, escapeMarkdown)}**\n\n` };
}

function defaultHeadline(report: Report): string {
  switch (report.verdict) {
    case 'fail':
      return 'Runtime-health regressions found.';
    case 'pass':
      return 'No runtime-health regressions.';
    case 'no-baseline':
      return 'No baseline to compare against.';
    case 'acknowledged':
      return 'Regressions found and acknowledged.';
    default:
      return '';
  }
}

/** Counts, the baseline in one line, and the notices a reader must see before any table. */
function summarySection(ctx: Context, budget: number): Rendered {
  const { report } = ctx;
  const parts: string[] = [];
  const c = report.counts;
  const counts = ctx.noBaseline
    ? [`**${c.failures}** failed`, `**${report.comparisons.length}** measured`]
    : [
        `**${c.regressions}** ${c.regressions === 1 ? 'regression' : 'regressions'}${gatingSuffix(report)}`,
        `**${c.improvements}** ${c.improvements === 1 ? 'improvement' : 'improvements'}`,
        `**${c.unchanged}** unchanged`,
        `**${c.insufficient}** insufficient`,
        `**${c.failures}** failed`,
      ];
  parts.push(counts.join(' · ') + '\n\n');

  if (ctx.noBaseline && report.noBaselineReason) {
    parts.push(`> [!NOTE]\n> ${escapeMarkdown(singleLineRaw(report.noBaselineReason))} Nothing was compared and nothing was gated; the values measured on this head are shown below.\n\n`);
  } else if (ctx.noBaseline && report.baselineSource === 'ab') {
    // A/B mode has no cache to wait for: the reason is the base itself (see the warnings).
    parts.push(
      '> [!NOTE]\n> A/B mode could not measure the merge-base (see the warnings below), so nothing was compared and nothing was gated. ' +
        'The values measured on this head are shown below.\n\n',
    );
  } else if (ctx.noBaseline) {
    parts.push(
      '> [!NOTE]\n> No baseline was found for this configuration (the first run, or the cache entry was evicted), ' +
        'so nothing was compared and nothing was gated. The values measured on this head are shown below; ' +
        'the next push to the base branch records a baseline.\n\n',
    );
  } else if (report.baseline && report.baselineSource === 'ab') {
    parts.push(`Compared with ${abOneLine(report.baseline)}, measured in this job (A/B: base and head samples interleaved on the same runner).\n\n`);
  } else if (report.baseline) {
    parts.push(`Compared with the baseline ${baselineOneLine(report.baseline, report.baselineSource)}.\n\n`);
  }
  if (report.verdict === 'acknowledged') {
    parts.push('> [!NOTE]\n> The regressions below were acknowledged on this pull request, so the gate passes.\n\n');
  }
  const diffs = environmentDifferences(report.baseline, report.head);
  if (diffs.length > 0) {
    const lines = diffs.map((d) => `> - ${d.label}: ${escapeMarkdown(d.base)} → ${escapeMarkdown(d.head)}\n`).join('');
    parts.push(
      '> [!WARNING]\n> The baseline was measured in a different environment; changes may come from it rather than from this pull request:\n' +
        lines +
        '\n',
    );
  }
  return { text: takeWhole(parts, budget) };
}

function gatingSuffix(report: Report): string {
  const gating = report.comparisons.filter((c) => c.gating).length;
  return report.counts.regressions > 0 ? ` (${gating} gating)` : '';
}

function baselineOneLine(base: RunSide, source: string): string {
  const env = base.environment;
  const bits = [
    env.ref ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.ref), MAX_ENV_VALUE)) : '',
    base.createdAt ? escapeMarkdown(formatTimestamp(base.createdAt)) : '',
    env.goVersion ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.goVersion), MAX_ENV_VALUE)) : '',
    source ? `from ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(source), MAX_ENV_VALUE))}` : '',
  ].filter(Boolean);
  const commit = env.commit ? commitText(env.commit) : 'of unknown commit';
  return bits.length ? `${commit} (${bits.join(', ')})` : commit;
}

/** The A/B base: its commit and the ref it is the merge-base with (the date and Go are the head's anyway). */
function abOneLine(base: RunSide): string {
  const env = base.environment;
  const commit = env.commit ? commitText(env.commit) : 'an unknown commit';
  return env.ref ? `${commit}, the merge-base with ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.ref), MAX_ENV_VALUE))}` : `the merge-base ${commit}`;
}

/**
 * A commit as plain text so that GitHub links it; anything that is not a
 * hex SHA is escaped like any other user text.
 */
function commitText(commit: string): string {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit : escapeMarkdown(ellipsizeMiddle(singleLineRaw(commit), MAX_ENV_VALUE));
}

function failureSummarySection(ctx: Context, budget: number): Rendered {
  const { report } = ctx;
  if (report.failures.length === 0) return { text: '' };
  const headFailures = report.failures.filter((f) => f.side === 'head').length;
  const gateNote =
    headFailures > 0
      ? report.settings.failOnBenchmarkFailure
        ? ' Failures on the head fail the gate.'
        : ' Failures are reported but do not fail the gate.'
      : '';
  const open = `#### 💥 Failed benchmarks (${report.failures.length})\n\n`;
  const rows = sortFailures(report.failures).map((f) => `- ${failureLine(ctx, f)}\n`);
  const close = `${gateNote ? `\n${gateNote.trim()}\n` : ''}\n`;
  return fitRows(budget, { open, rows, close, more: (n) => `- … and ${n} more ${n === 1 ? 'failure' : 'failures'} not shown; ${SEE_JSON}.\n`, dropped: plural(report.failures.length, 'failed benchmark') });
}

function sortFailures(failures: FailureEntry[]): FailureEntry[] {
  // Head first: they are what this pull request did.
  return [...failures].sort((a, b) => (a.side === b.side ? 0 : a.side === 'head' ? -1 : 1));
}


function failureLine(ctx: Context, f: FailureEntry): string {
  const who = f.name ? `**${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.name), MAX_NAME))}**` : '**package**';
  const pkg = f.package ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.package), MAX_PACKAGE))}` : '';
  const side = f.side === 'base' ? ' on the baseline' : ctx.noBaseline ? '' : ' on the head';
  const message = singleLineRaw(f.message).trim();
  const msg = message ? `: ${escapeMarkdown(ellipsizeMiddle(message, MAX_MESSAGE))}` : '';
  return `${who}${pkg} ${FAILURE_KIND[f.kind] ?? escapeMarkdown(f.kind)}${side}${msg}`;
}

/**
 * Each failure's output in its own collapsed block. The output is cut to its
 * first and last lines (the panic message and the innermost frames are where
 * the answer usually is) and fenced so that nothing in it can end the block.
 * When the budget is short the outputs are cut harder before any is dropped:
 * twelve lines of a panic beat a note saying it was left out.
 */
function failureOutputSection(ctx: Context, budget: number): Rendered {
  const withOutput = sortFailures(ctx.report.failures).filter((f) => sanitizeText(f.output).trim() !== '');
  if (withOutput.length === 0) return { text: '' };
  const spec = (lines: number, chars: number): RowsSpec => ({
    open: '',
    rows: withOutput.map((f) => {
      const title = f.name
        ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.name), MAX_NAME))
        : `package ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.package), MAX_PACKAGE))}`;
      const side = f.side === 'base' ? ' (baseline)' : '';
      return `<details><summary>Output of ${title}${side}</summary>\n\n${fencedCodeBlock(clipOutput(f.output, lines, chars))}\n\n</details>\n\n`;
    }),
    close: '',
    more: (n) => `… and the output of ${plural(n, 'more failure')} not shown; ${SEE_JSON}.\n\n`,
    dropped: `the output of ${plural(withOutput.length, 'failed benchmark')}`,
  });
  let out: Rendered = { text: '' };
  for (const [lines, chars] of OUTPUT_CLIPS) {
    out = fitRows(budget, spec(lines, chars));
    if (out.text !== '') return out;
  }
  return out;
}

/** Successively harder cuts of failure output (lines, characters), tried until one fits. */
const OUTPUT_CLIPS: ReadonlyArray<[number, number]> = [
  [MAX_OUTPUT_LINES, MAX_OUTPUT_CHARS],
  [24, 2_000],
  [12, 800],
];

/** Most harmful first: gating before report-only, then by relative change in the bad direction. */
function severity(c: MetricComparison): number {
  if (c.delta === null) return c.base && c.base.median === 0 ? Infinity : -Infinity;
  return c.lowerIsBetter ? c.delta : -c.delta;
}

function compareNames(a: MetricComparison, b: MetricComparison): number {
  return (
    cmp(a.benchmark.package, b.benchmark.package) ||
    cmp(a.benchmark.name, b.benchmark.name) ||
    a.benchmark.procs - b.benchmark.procs ||
    cmp(a.metric, b.metric)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The gating regressions, in a table a reviewer sees without clicking. When
 * nothing gates, report-only regressions take this place; otherwise they go
 * to their own collapsed section, so that noisy time/op or mark-assist rows
 * never push the reason the check failed below the fold.
 */
function regressionsSection(ctx: Context, budget: number): Rendered {
  const anyGating = ctx.report.comparisons.some((c) => c.verdict === 'regression' && c.gating);
  const regressions = ctx.report.comparisons
    .filter((c) => c.verdict === 'regression' && (c.gating || !anyGating))
    .sort((a, b) => Number(b.gating) - Number(a.gating) || severity(b) - severity(a) || compareNames(a, b));
  if (regressions.length === 0) return { text: '' };
  const fdr = ctx.report.settings.fdr;
  const alpha = ctx.report.settings.alpha;
  const open =
    `#### ❌ Regressions (${regressions.length})\n\n` +
    `| Benchmark | Metric | Base | Head | Δ | ${fdr ? 'p (adj.)' : 'p'} | Threshold | Gate |\n` +
    '|---|---|--:|--:|--:|--:|--:|---|\n';
  const rows = regressions.map(
    (c) =>
      `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ` +
      `${escapeMarkdown(deltaWithAbsolute(c))} | ${escapeMarkdown(pCell(c, fdr, alpha))} | ${escapeMarkdown(formatThreshold(c.threshold, c.floor, c.unit, c.lowerIsBetter))} | ${c.gating ? '❌ gate' : 'report'} |\n`,
  );
  return fitRows(budget, {
    open,
    rows,
    close: '\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? 'regression' : 'regressions'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(regressions.length, 'regression'),
  });
}

function reportOnlySection(ctx: Context, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const anyGating = ctx.report.comparisons.some((c) => c.verdict === 'regression' && c.gating);
  if (!anyGating) return { text: '' };
  const items = ctx.report.comparisons
    .filter((c) => c.verdict === 'regression' && !c.gating)
    .sort((a, b) => severity(b) - severity(a) || compareNames(a, b));
  if (items.length === 0) return { text: '' };
  return detailsTable(budget, {
    summary: `Report-only regressions (${items.length}): not gated`,
    header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
    rows: items.map((c) => comparisonRow(ctx, c, deltaWithAbsolute(c))),
    noun: ['regression', 'regressions'],
    dropped: plural(items.length, 'report-only regression'),
  });
}

/** Without a baseline the head's values are still worth seeing (and the next baseline will be these). */
function measuredSection(ctx: Context, budget: number): Rendered {
  const measured = ctx.report.comparisons.filter((c) => c.head !== null);
  if (measured.length === 0) return { text: '' };
  const open = `#### Measured on this head (${measured.length})\n\n| Benchmark | Metric | Head | n |\n|---|---|--:|--:|\n`;
  const rows = measured.map(
    (c) => `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ${c.head?.n ?? MISSING} |\n`,
  );
  return fitRows(budget, {
    open,
    rows,
    close: '\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? 'value' : 'values'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(measured.length, 'measured value'),
  });
}

/** The sentences that say what caused a regression (allocation sites behind allocs/op, B/op). */
function explanationsSection(ctx: Context, budget: number): Rendered {
  const items = ctx.report.comparisons.filter((c) => c.verdict === 'regression' && c.explanation);
  if (items.length === 0) return { text: '' };
  const rows = items.map(
    (c) => `- ${escapeMarkdown(benchmarkDisplayName(c.benchmark))} ${escapeMarkdown(c.label)}: ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(c.explanation), 2 * MAX_MESSAGE))}\n`,
  );
  return fitRows(budget, {
    open: '**Where it comes from**\n\n',
    rows,
    close: '\n',
    more: (n) => `- … and ${n} more not shown; ${SEE_JSON}.\n`,
    dropped: plural(items.length, 'explanation'),
  });
}

const SITE_SECTION: Record<SiteKind, { title: string; noun: string; openWhenGating: boolean }> = {
  leak: { title: '🧵 Goroutine leaks', noun: 'goroutine-leak site', openWhenGating: true },
  escape: { title: '📤 Heap escapes', noun: 'escape site', openWhenGating: true },
  allocation: { title: '📈 Allocation sites that changed', noun: 'allocation site', openWhenGating: false },
};
const CHANGE_ICON: Record<SiteFinding['change'], string> = { new: '🆕', grown: '🔺', shrunk: '🔻', removed: '➖' };
const MAX_SITE_DETAILS = 12;

/**
 * One list item per located finding: where (file:line, function), what
 * changed, and the supporting lines (creation stack, compiler explanation) in
 * a code block. Gating findings come first.
 */
function sitesSection(ctx: Context, kind: SiteKind, budget: number): Rendered {
  const items = (ctx.report.sites ?? [])
    .filter((f) => f.kind === kind)
    .sort((a, b) => Number(b.gating) - Number(a.gating) || cmp(a.file, b.file) || a.line - b.line);
  if (items.length === 0) return { text: '' };
  const spec = SITE_SECTION[kind];
  const gating = items.filter((f) => f.gating).length;
  const rows = items.map((f) => {
    const where = codeSpan(`${ellipsizeMiddle(singleLineRaw(f.file), MAX_NAME)}:${f.line}`);
    const fn = f.function ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.function), MAX_NAME))}` : '';
    const bench = f.benchmark ? ` — ${escapeMarkdown(benchmarkDisplayName(f.benchmark))}` : '';
    const mark = f.gating ? '❌ ' : '';
    let row = `- ${mark}${CHANGE_ICON[f.change]} ${where}${fn}${bench}: ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.summary), MAX_MESSAGE))}
`;
    for (const w of f.warnings) row += `  - ⚠️ ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(w), MAX_MESSAGE))}
`;
    if (f.details.length > 0) {
      const shown = f.details.slice(0, MAX_SITE_DETAILS).map((d) => ellipsizeMiddle(singleLineRaw(d), MAX_MESSAGE));
      if (f.details.length > MAX_SITE_DETAILS) shown.push(`… ${f.details.length - MAX_SITE_DETAILS} more`);
      row += fencedCodeBlock(shown.join('\n'), 'text').replace(/^/gm, '  ') + '\n';
    }
    return row;
  });
  const open = spec.openWhenGating && gating > 0 ? ' open' : '';
  return fitRows(budget, {
    open: `<details${open}><summary>${spec.title} (${items.length}${gating ? `, ${gating} failing the gate` : ''})</summary>\n\n`,
    rows,
    close: '\n</details>\n\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? spec.noun : spec.noun + 's'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(items.length, spec.noun),
  });
}

function warningsSection(ctx: Context, budget: number): Rendered {
  const seen = new Set<string>();
  const rows: string[] = [];
  const push = (text: string): void => {
    const line = singleLineRaw(text).trim();
    if (!line || seen.has(line)) return;
    seen.add(line);
    rows.push(`- ${escapeMarkdown(ellipsizeMiddle(line, MAX_MESSAGE))}\n`);
  };
  const diffs = environmentDifferences(ctx.report.baseline, ctx.report.head);
  for (const w of ctx.report.warnings) if (!isEnvironmentWarning(w, diffs)) push(w);
  for (const c of ctx.report.comparisons) {
    for (const w of c.warnings) push(`${benchmarkDisplayName(c.benchmark)} ${c.label}: ${w}`);
  }
  if (rows.length === 0) return { text: '' };
  return fitRows(budget, {
    open: `#### ⚠️ Warnings (${rows.length})\n\n`,
    rows,
    close: '\n',
    more: (n) => `- … and ${n} more ${n === 1 ? 'warning' : 'warnings'} not shown; ${SEE_JSON}.\n`,
    dropped: plural(rows.length, 'warning'),
  });
}

function insufficientSection(ctx: Context, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const items = ctx.report.comparisons.filter((c) => c.verdict === 'insufficient');
  if (items.length === 0) return { text: '' };
  const rows = items.map(
    (c) =>
      `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ` +
      `${escapeMarkdown(formatSampleCount(c.base?.n, c.head?.n))} | ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(c.reason), MAX_MESSAGE)) || MISSING} |\n`,
  );
  return detailsTable(budget, {
    summary: `⚠️ Insufficient samples (${items.length}): could not be decided`,
    header: '| Benchmark | Metric | Base | Head | n | Reason |\n|---|---|--:|--:|--:|---|\n',
    rows,
    noun: ['comparison', 'comparisons'],
    dropped: plural(items.length, 'insufficient comparison'),
  });
}

function improvementsSection(ctx: Context, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const items = ctx.report.comparisons
    .filter((c) => c.verdict === 'improvement')
    .sort((a, b) => severity(a) - severity(b) || compareNames(a, b));
  if (items.length === 0) return { text: '' };
  return detailsTable(budget, {
    summary: `✅ Improvements (${items.length})`,
    header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
    rows: items.map((c) => comparisonRow(ctx, c, deltaWithAbsolute(c))),
    noun: ['improvement', 'improvements'],
    dropped: plural(items.length, 'improvement'),
  });
}

function unchangedSection(ctx: Context, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const items = ctx.report.comparisons.filter((c) => c.verdict === 'unchanged');
  if (items.length === 0) return { text: '' };
  return detailsTable(budget, {
    summary: `Unchanged (${items.length})`,
    header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
    rows: items.map((c) => comparisonRow(ctx, c, formatDelta(c))),
    noun: ['comparison', 'comparisons'],
    dropped: plural(items.length, 'unchanged comparison'),
  });
}

function comparisonRow(ctx: Context, c: MetricComparison, delta: string): string {
  const { fdr, alpha } = ctx.report.settings;
  return (
    `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ` +
    `${escapeMarkdown(formatSummary(c.head, c.unit))} | ${escapeMarkdown(delta)} | ${escapeMarkdown(pCell(c, fdr, alpha))} |\n`
  );
}

function addedRemovedSection(ctx: Context, budget: number): Rendered {
  if (ctx.noBaseline) return { text: '' };
  const { added, removed } = ctx.report;
  if (added.length + removed.length === 0) return { text: '' };
  const rows = [
    ...added.map((b) => `- ➕ ${benchmarkProse(ctx, b)}\n`),
    ...removed.map((b) => `- ➖ ${benchmarkProse(ctx, b)}\n`),
  ];
  return fitRows(budget, {
    open: `<details><summary>Benchmarks added (${added.length}) and removed (${removed.length})</summary>\n\n`,
    rows,
    close: '\n</details>\n\n',
    more: (n) => `- … and ${n} more not shown; ${SEE_JSON}.\n`,
    dropped: `${plural(added.length, 'added benchmark')} and ${plural(removed.length, 'removed benchmark')}`,
  });
}

function baselineSection(ctx: Context, budget: number): Rendered {
  const { report } = ctx;
  const base = report.baseline;
  const head = report.head;
  // Only differences that change measurements are flagged; commits, refs and dates always differ.
  const row = (label: string, b: string | null, h: string, flag = true): string => {
    const differs = flag && b !== null && b !== h;
    const cell = (v: string | null): string => (v === null ? MISSING : escapeMarkdown(ellipsizeMiddle(singleLineRaw(v) || MISSING, MAX_ENV_VALUE)));
    return `| ${label} | ${cell(b)}${differs ? ' ⚠️' : ''} | ${cell(h)} |\n`;
  };
  const be = base?.environment;
  const he = head.environment;
  const commitCell = (c: string | undefined): string => (c ? commitText(c) : MISSING);
  const rows = [
    `| Commit | ${commitCell(be?.commit)} | ${commitCell(he.commit)} |\n`,
    row('Ref', be ? be.ref : null, he.ref, false),
    row('Recorded', base ? formatTimestamp(base.createdAt) : null, formatTimestamp(head.createdAt), false),
    row('Go', be ? be.goVersion : null, he.goVersion),
    row('OS/arch', be ? `${be.goos}/${be.goarch}` : null, `${he.goos}/${he.goarch}`),
    row('CPU', be ? be.cpu : null, he.cpu),
    row('GOMAXPROCS', be ? String(be.gomaxprocs) : null, String(he.gomaxprocs)),
    row('Runner', be ? be.runnerOs : null, he.runnerOs, false),
    row('count × benchtime', base ? `${base.config.count} × ${base.config.benchtime}` : null, `${head.config.count} × ${head.config.benchtime}`),
  ];
  const summary = base
    ? `Environment: baseline ${escapeMarkdown(shortCommit(be?.commit ?? '') || MISSING)} from ${escapeMarkdown(report.baselineSource || MISSING)}`
    : 'Environment (no baseline)';
  const text =
    `<details><summary>${summary}</summary>\n\n| | Baseline | Head |\n|---|---|---|\n` + rows.join('') + '\n</details>\n\n';
  return text.length <= budget ? { text } : { text: '', dropped: 'the environment table' };
}

function footerSection(ctx: Context, budget: number): Rendered {
  const { settings } = ctx.report;
  const text =
    `<sub>alpha=${settings.alpha} · false discovery rate control (Benjamini–Hochberg): ${settings.fdr ? 'on' : 'off'} · ` +
    `count=${ctx.report.head.config.count} · benchtime=${escapeMarkdown(ctx.report.head.config.benchtime)}</sub>\n` +
    `<sub>Values are medians ± the confidence interval of the median. Δ: change of the median; ~: no significant change. ` +
    `p: two-sided Mann–Whitney U${settings.fdr ? ' (adj.: FDR-adjusted)' : ''}; exact: compared exactly. ` +
    `Threshold: the change a significant difference must exceed to count.</sub>\n\n`;
  return text.length <= budget ? { text } : { text: '' };
}

/** Every section that could be dropped, with its largest description, for reserving the closing note's room. */
function possibleDrops(ctx: Context): string[] {
  const n =
    Math.max(ctx.report.comparisons.length, ctx.report.failures.length, ctx.report.added.length + ctx.report.removed.length, ctx.report.sites?.length ?? 0, 1) *
    10;
  return [
    plural(n, 'report-only regression'),
    plural(n, 'explanation'),
    plural(n, 'goroutine-leak site'),
    plural(n, 'escape site'),
    plural(n, 'allocation site'),
    plural(n, 'failed benchmark'),
    plural(n, 'regression'),
    plural(n, 'warning'),
    `the output of ${plural(n, 'failed benchmark')}`,
    plural(n, 'insufficient comparison'),
    plural(n, 'improvement'),
    plural(n, 'unchanged comparison'),
    `${plural(n, 'added benchmark')} and ${plural(n, 'removed benchmark')}`,
    'the environment table',
  ];
}

function closingNote(dropped: string[]): string {
  if (dropped.length === 0) return `> Parts of this report were left out to stay under GitHub's size limit; ${SEE_JSON}.\n`;
  return `> Left out to stay under GitHub's size limit: ${dropped.join('; ')}. For everything, ${SEE_JSON}.\n`;
}

/** The benchmark column: name, plus the package when the report spans several. */
function benchmarkCell(ctx: Context, b: BenchmarkRef): string {
  const name = escapeMarkdown(ellipsizeMiddle(singleLineRaw(benchmarkDisplayName(b)), MAX_NAME));
  if (!ctx.multiPackage) return name;
  return `${name}<br><sub>${escapeMarkdown(ellipsizeMiddle(singleLineRaw(b.package), MAX_PACKAGE))}</sub>`;
}

function benchmarkProse(ctx: Context, b: BenchmarkRef): string {
  const name = escapeMarkdown(ellipsizeMiddle(singleLineRaw(benchmarkDisplayName(b)), MAX_NAME));
  return ctx.multiPackage || b.package ? `${name} in ${codeSpan(ellipsizeMiddle(singleLineRaw(b.package), MAX_PACKAGE))}` : name;
}

function deltaWithAbsolute(c: MetricComparison): string {
  const delta = formatDelta(c);
  if (c.absoluteDelta === null || delta === MISSING || delta === '~') return delta;
  return `${delta} (${formatAbsoluteDelta(c.absoluteDelta, c.unit)})`;
}

function pCell(c: MetricComparison, fdr: boolean, alpha: number): string {
  const n = formatSampleCount(c.base?.n, c.head?.n);
  if (c.test === 'exact') return `exact, ${n}`;
  if (c.test === 'three-sigma') return `3σ rule, ${n}`;
  if (c.test === 'ceiling') return `above ceiling, ${n}`;
  if (c.p === null) return n;
  const raw = formatPValue(c.p, alpha);
  const adjusted = fdr && c.pAdjusted !== null ? ` (${formatPValue(c.pAdjusted, alpha)})` : '';
  return `${raw}${adjusted}, ${n}`;
}

function countPackages(report: Report): number {
  const packages = new Set<string>();
  for (const c of report.comparisons) packages.add(c.benchmark.package);
  for (const f of report.failures) if (f.package) packages.add(f.package);
  for (const b of [...report.added, ...report.removed]) packages.add(b.package);
  return packages.size;
}

/** User text before escaping: sanitised and on one line (escapeMarkdown does this too, but lengths are capped first). */
function singleLineRaw(text: string | undefined | null): string {
  return sanitizeText(String(text ?? '')).replace(/\n/g, ' ');
}

/** Whole parts in order while they fit; a part that does not fit ends the list (later ones are less important). */
function takeWhole(parts: string[], budget: number): string {
  let out = '';
  for (const part of parts) {
    if (out.length + part.length > budget) break;
    out += part;
  }
  return out;
}

interface RowsSpec {
  open: string;
  rows: string[];
  close: string;
  /** The "… and N more" line; its length for the largest N is reserved while rows are added. */
  more: (n: number) => string;
  /** How the closing note names this section if no row fits. */
  dropped: string;
}

/**
 * As many rows as fit in `budget`, in order, with a note for the rest. The
 * note's room is reserved from the start, so adding it never overflows.
 */
function fitRows(budget: number, spec: RowsSpec): Rendered {
  const { open, rows, close, more } = spec;
  let full = open.length + close.length;
  for (const r of rows) full += r.length;
  if (full <= budget) return { text: open + rows.join('') + close };
  const reserve = more(rows.length).length;
  let used = open.length + close.length + reserve;
  let shown = 0;
  while (shown < rows.length && used + rows[shown]!.length <= budget) {
    used += rows[shown]!.length;
    shown += 1;
  }
  if (shown === 0) return { text: '', dropped: spec.dropped };
  return { text: open + rows.slice(0, shown).join('') + more(rows.length - shown) + close };
}

function detailsTable(
  budget: number,
  spec: { summary: string; header: string; rows: string[]; noun: [string, string]; dropped: string },
): Rendered {
  return fitRows(budget, {
    open: `<details><summary>${spec.summary}</summary>\n\n${spec.header}`,
    rows: spec.rows,
    close: '\n</details>\n\n',
    more: (n) => `\n… and ${n} more ${n === 1 ? spec.noun[0] : spec.noun[1]} not shown; ${SEE_JSON}.\n`,
    dropped: spec.dropped,
  });
}

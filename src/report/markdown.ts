/**
 * The Report as GitHub-flavoured Markdown, for the sticky PR comment and the
 * job summary. A reviewer reads it top down and should know in ten seconds
 * what failed, where and why:
 *
 *   verdict → the findings, one line per cause, linked to the code
 *   → a chart per finding → reproduce locally → details (escape flows,
 *   leak stacks) → failures, warnings → every comparison as benchstat
 *   prints it (collapsed) → environment and settings.
 *
 * Everything from the code under test is hostile until escaped (names,
 * packages, messages, output all go through `escape.ts`).
 *
 * The output stays under GitHub's comment limit by construction, never by
 * cutting the finished string: sections are rendered most important first,
 * each given what the ones before it left (markdown-fit.ts); a section that
 * does not fit sheds rows and says how many, one that cannot show a row is
 * dropped and named in a closing note. Small sections that matter keep room
 * reserved against a flood of rows. The sections are then put back in
 * reading order.
 */
import type { Report } from './model.js';
import { ellipsizeMiddle, escapeMarkdown, fitEscaped, hiddenMarker } from './escape.js';
import { environmentDifferences, formatTimestamp, plural } from './format.js';
import { baselineCommitUrl, commitUrl, runUrl } from './links.js';
import { confirmationCost, reportFindings } from './findings.js';
import { closingNote, link, singleLineRaw, takeWhole, type Rendered } from './markdown-fit.js';
import { chartsSection, detailsSection, findingsSection, reproduceSection, type FindingsContext } from './markdown-findings.js';
import { tablesSection } from './markdown-tables.js';
import {
  addedRemovedSection,
  baselineSection,
  failureOutputSection,
  failureSummarySection,
  notAffectedSection,
  sitesSection,
  warningsSection,
} from './markdown-sections.js';
import { affectedSentence, shardSentence } from './affected.js';

export interface MarkdownOptions {
  /** Upper bound on the length of the result. Default 65 000: GitHub's limit is 65 536, less room for the publisher's own additions. */
  maxLength?: number;
  /** Text of a hidden HTML comment put first, by which the publisher finds its comment again. */
  marker?: string;
}

export const DEFAULT_MAX_LENGTH = 65_000;

const MAX_NAME = 120;
const MAX_ENV_VALUE = 100;

const VERDICT_ICON: Record<Report['verdict'], string> = { fail: '❌', pass: '✅', 'no-baseline': '⚠️', acknowledged: '✔️' };

interface Section {
  id: string;
  /** Smaller renders first and so is cut last. */
  priority: number;
  /** Characters kept free for this section while higher-priority ones render. */
  floor: number;
  render(budget: number): Rendered;
}

/** Renders the report. Always returns a string no longer than `maxLength`; the verdict line is the last thing to go. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = Math.max(0, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
  const noBaseline = report.verdict === 'no-baseline' || report.baseline === null;
  const ctx: FindingsContext = { report, noBaseline, findings: noBaseline ? [] : reportFindings(report) };

  // Reading order; `priority` says which section gets the budget first.
  const sections: Section[] = [
    { id: 'title', priority: 0, floor: 0, render: (b) => titleSection(report, options.marker, b) },
    { id: 'summary', priority: 1, floor: 0, render: (b) => summarySection(ctx, b) },
    { id: 'findings', priority: 2, floor: 0, render: (b) => findingsSection(ctx, b) },
    { id: 'failures', priority: 1.5, floor: 0, render: (b) => failureSummarySection(report, noBaseline, b) },
    { id: 'charts', priority: 8.2, floor: 0, render: (b) => chartsSection(ctx, b) },
    { id: 'reproduce', priority: 8.4, floor: 0, render: (b) => reproduceSection(ctx, b) },
    { id: 'details', priority: 8.6, floor: 0, render: (b) => detailsSection(ctx, b) },
    { id: 'warnings', priority: 4, floor: 2_000, render: (b) => warningsSection(report, b) },
    { id: 'failure-output', priority: 8, floor: 3_000, render: (b) => failureOutputSection(report, b) },
    { id: 'tables', priority: 9, floor: 0, render: (b) => tablesSection(ctx, b) },
    { id: 'sites', priority: 9.5, floor: 0, render: (b) => sitesSection(report, b) },
    { id: 'added-removed', priority: 10, floor: 500, render: (b) => addedRemovedSection(report, noBaseline, b) },
    { id: 'not-affected', priority: 10.5, floor: 0, render: (b) => notAffectedSection(report, b) },
    { id: 'baseline', priority: 6, floor: 2_000, render: (b) => baselineSection(report, b) },
    { id: 'footer', priority: 5, floor: 1_000, render: (b) => footerSection(report, b) },
  ];
  const byPriority = [...sections].sort((a, b) => a.priority - b.priority);

  const reserve = Math.min(closingNote(possibleDrops(report)).length, Math.floor(maxLength / 4));
  // Floors are kept only while together they take at most a quarter of the
  // budget: on a small budget plain priority decides.
  const floors = new Map(byPriority.map((s) => [s.id, s.floor > 0 ? Math.min(s.floor, s.render(Infinity).text.length) : 0]));
  const floorTotal = [...floors.values()].reduce((a, b) => a + b, 0);
  const useFloors = floorTotal <= maxLength / 4;
  let keptForLater = useFloors ? floorTotal : 0;

  let remaining = maxLength - reserve;
  const rendered = new Map<string, Rendered>();
  let exhausted = false;
  for (const section of byPriority) {
    keptForLater -= useFloors ? (floors.get(section.id) ?? 0) : 0;
    // After a section is dropped, everything of lower priority is too.
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
  // Unreachable when the budgets are right; a mistake there costs the details, never the comment.
  if (body.length > maxLength) body = titleSection(report, options.marker, maxLength).text.slice(0, maxLength);
  return body;
}

/** The marker (for the publisher) and the verdict: the one section that is never left out. */
function titleSection(report: Report, marker: string | undefined, budget: number): Rendered {
  const markerLine = marker !== undefined ? `${hiddenMarker(marker)}\n` : '';
  const name = report.name && report.name !== 'go-runtime-gate' ? ` · ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(report.name), MAX_NAME))}` : '';
  const prefix = `${markerLine}### ${VERDICT_ICON[report.verdict] ?? '❔'} go-runtime-gate${name}\n\n`;
  const headline = singleLineRaw(report.headline).trim() || defaultHeadline(report);
  const room = budget - prefix.length - '****\n\n'.length;
  if (room < 1) return { text: prefix.length + 1 <= budget ? prefix : markerLine.length <= budget ? markerLine : '' };
  return { text: `${prefix}**${fitEscaped(headline, room, escapeMarkdown)}**\n\n` };
}

function defaultHeadline(report: Report): string {
  const text: Record<string, string> = {
    fail: 'Runtime-health regressions found.',
    pass: 'No runtime-health regressions.',
    'no-baseline': 'No baseline to compare against.',
    acknowledged: 'Regressions found and acknowledged.',
  };
  return text[report.verdict] ?? '';
}

/** What was compared with what (linked), the run, and the notices a reader must see before anything else. */
function summarySection(ctx: FindingsContext, budget: number): Rendered {
  const { report } = ctx;
  const parts: string[] = [];
  const run = runUrl(report.links);
  const runLink = run ? ` · ${link('workflow run', run)}` : '';
  if (ctx.noBaseline) {
    const why = report.noBaselineReason
      ? escapeMarkdown(singleLineRaw(report.noBaselineReason))
      : report.baselineSource === 'ab'
        ? 'A/B mode could not measure the merge-base (see the warnings below).'
        : 'No baseline was found for this configuration (the first run, or the cache entry was evicted); the next push to the base branch records one.';
    parts.push(
      `> [!NOTE]\n> ${why} Nothing was compared and nothing was gated; the values measured on this head are shown below.${runLink ? `\n>\n> ${runLink.slice(3)}` : ''}\n\n`,
    );
  } else if (report.baseline) {
    const env = report.baseline.environment;
    const url = baselineCommitUrl(report.links) ?? commitUrl(report.links, env.commit);
    // A full SHA as plain text is linked by GitHub itself; with links it goes to the repository's commit page.
    const commit = env.commit
      ? link(/^[0-9a-f]{7,64}$/i.test(env.commit) ? env.commit : escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.commit), MAX_ENV_VALUE)), url)
      : 'an unknown commit';
    const bits = [env.ref, report.baseline.createdAt ? formatTimestamp(report.baseline.createdAt) : '', env.goVersion]
      .filter(Boolean)
      .map((b) => escapeMarkdown(ellipsizeMiddle(singleLineRaw(b), MAX_ENV_VALUE)));
    parts.push(
      report.baselineSource === 'ab'
        ? `Compared with ${env.ref ? `${commit}, the merge-base with ${bits[0]}` : `the merge-base ${commit}`}, measured ${report.shards ? 'by the shard jobs' : 'in this job (A/B: base and head samples interleaved on the same runner)'}${runLink}.\n\n`
        : `Compared with the baseline ${commit}${bits.length ? ` (${bits.join(', ')}${report.baselineSource ? `, from ${escapeMarkdown(singleLineRaw(report.baselineSource))}` : ''})` : ''}${runLink}.\n\n`,
    );
  }
  if (report.affected) parts.push(`${escapeMarkdown(singleLineRaw(affectedSentence(report.affected)))}\n\n`);
  if (report.shards) parts.push(`${escapeMarkdown(shardSentence(report))}\n\n`);
  const cost = confirmationCost(report);
  if (cost) parts.push(`${escapeMarkdown(cost)}\n\n`);
  if (report.verdict === 'acknowledged') parts.push('> [!NOTE]\n> The regressions below were acknowledged on this pull request, so the gate passes.\n\n');
  const diffs = environmentDifferences(report.baseline, report.head);
  if (diffs.length > 0) {
    const lines = diffs.map((d) => `> - ${d.label}: ${escapeMarkdown(d.base)} → ${escapeMarkdown(d.head)}\n`).join('');
    parts.push(
      `> [!WARNING]\n> The baseline was measured in a different environment; changes may come from it rather than from this pull request:\n${lines}\n`,
    );
  }
  return { text: takeWhole(parts, budget) };
}

function footerSection(report: Report, budget: number): Rendered {
  const { settings } = report;
  const text =
    `<sub>alpha=${settings.alpha} · false discovery rate control (Benjamini–Hochberg): ${settings.fdr ? 'on' : 'off'} · ` +
    `count=${report.head.config.count} · benchtime=${escapeMarkdown(report.head.config.benchtime)}</sub>\n` +
    `<sub>Tables as benchstat prints them: median ± the confidence interval of the median (∞: too few samples for one); ` +
    `vs base: change of the median, ~ when not significant (Mann–Whitney U, p > alpha), ? from a base of 0. ` +
    `The gate also asks for a change beyond the metric's threshold and adjusts p across the job.</sub>\n\n`;
  return text.length <= budget ? { text } : { text: '' };
}

/** Every section that could be dropped, with its largest description, for reserving the closing note's room. */
function possibleDrops(report: Report): string[] {
  const n =
    Math.max(
      report.comparisons.length,
      report.failures.length,
      report.added.length + report.removed.length,
      report.sites?.length ?? 0,
      report.affected?.notAffected.length ?? 0,
      1,
    ) * 10;
  return [
    plural(n, 'finding'),
    plural(n, 'chart'),
    'the commands to reproduce',
    plural(n, 'escape flow and stack'),
    plural(n, 'failed benchmark'),
    plural(n, 'warning'),
    `the output of ${plural(n, 'failed benchmark')}`,
    plural(n, 'benchstat table'),
    plural(n, 'located change'),
    `${plural(n, 'added benchmark')} and ${plural(n, 'removed benchmark')}`,
    'the environment table',
    plural(n, 'benchmark not affected by the change', 'benchmarks not affected by the change'),
  ];
}

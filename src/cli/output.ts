/**
 * How the CLI prints a report (text, Markdown or JSON, and `--report` as a
 * file) and turns it into the exit status, for every command that reports.
 */
import { parseOptions, type GateConfig } from '../options/config.js';
import type { RawOptions } from '../options/table.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/model.js';
import { reportDocument, serializeDocument, writeDocumentFile } from '../document/index.js';
import { gateDecision } from '../gate/decision.js';
import type { SaveOutcome } from '../gate/baseline.js';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  /** Width the text report fits: COLUMNS, else the terminal's; absent through a pipe (lines are printed whole). */
  columns?: number;
}

export const OUTPUT_KEYS = ['format', 'report'] as const;

function render(report: Report, format: 'text' | 'markdown' | 'json', io: CliIO): string {
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'json') return serializeDocument(reportDocument, report);
  return renderTerminal(report, { color: io.isTTY, width: io.columns });
}

/** Prints the report, writes it as JSON when asked, and returns the exit status. */
export async function emit(
  report: Report,
  raw: RawOptions,
  io: CliIO,
  config?: Pick<GateConfig, 'failOnRegression' | 'failOnBenchmarkFailure'>,
  saved?: SaveOutcome,
): Promise<number> {
  const o = parseOptions(raw, OUTPUT_KEYS);
  if (o.report) await writeDocumentFile(reportDocument, o.report, report);
  io.out(render(report, o.format, io));
  const decision = gateDecision(report, config ?? { failOnRegression: true, failOnBenchmarkFailure: report.settings.failOnBenchmarkFailure }, saved);
  if (saved?.refused) io.err(`go-runtime-gate: ${decision.message}`);
  return decision.fail ? 1 : 0;
}

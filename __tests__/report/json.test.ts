import { InputError } from '../../src/errors.js';
import { parseReportJson, renderJson } from '../../src/report/json.js';
import { REPORT_SCHEMA } from '../../src/report/model.js';
import type { Report } from '../../src/report/model.js';
import { failingReport, hostileReport, mismatchReport, noBaselineReport } from './fixtures.js';

/** Runs `fn`, expecting an InputError, and returns it. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

function mutate(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(renderJson(failingReport())) as Record<string, any>;
  edit(doc);
  return JSON.stringify(doc);
}

describe('renderJson', () => {
  it('round-trips every fixture through parseReportJson', () => {
    for (const r of [failingReport(), noBaselineReport(), mismatchReport(), hostileReport(50)]) {
      expect(parseReportJson(renderJson(r), 'report.json')).toEqual(r);
    }
  });

  it('is stable: key order does not depend on how the object was built', () => {
    const r = failingReport();
    const reversed = Object.fromEntries(Object.entries(r).reverse()) as unknown as Report;
    expect(renderJson(reversed)).toBe(renderJson(r));
  });

  it('puts schema and version first, sorts the rest, indents by two and ends with a newline', () => {
    const text = renderJson(failingReport());
    const lines = text.split('\n');
    expect(lines[1]).toBe(`  "schema": "${REPORT_SCHEMA}",`);
    expect(lines[2]).toBe('  "version": 1,');
    expect(lines[3]).toBe('  "added": [');
    expect(text.endsWith('}\n')).toBe(true);
    const topKeys = Object.keys(JSON.parse(text) as object);
    expect(topKeys.slice(2)).toEqual([...topKeys.slice(2)].sort());
  });
});

describe('parseReportJson', () => {
  it('reports a syntax error with the file and byte offset', () => {
    const err = inputError(() => parseReportJson('{"schema": "go-runtime-gate/report",,}', 'report.json'));
    expect(err.file).toBe('report.json');
    expect(err.position).toEqual({ offset: 36 });
    expect(err.message).toMatch(/^report\.json: offset 36: expected a JSON report document: /);
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseReportJson('\ufeff' + renderJson(failingReport()), 'r.json').verdict).toBe('fail');
  });

  it('refuses a document that is not a report, naming what it is', () => {
    expect(inputError(() => parseReportJson('[]', 'r.json')).message).toBe(
      'r.json: expected (document) to be a JSON object (a go-runtime-gate report): found an array of 0',
    );
    expect(inputError(() => parseReportJson('{"schema":"other"}', 'r.json')).message).toBe(
      'r.json: expected a go-runtime-gate report (schema "go-runtime-gate/report"): found schema "other"',
    );
    expect(inputError(() => parseReportJson('{"schema":"go-runtime-gate/run-result","version":1}', 'base.json')).message).toContain(
      'a run result, not a report',
    );
    expect(inputError(() => parseReportJson('{}', 'r.json')).message).toContain('found no "schema" field');
  });

  it('refuses a newer version with the reason, and a nonsense version', () => {
    const newer = inputError(() => parseReportJson(mutate((d) => (d.version = 2)), 'r.json'));
    expect(newer.expected).toBe('report version 1 or older');
    expect(newer.message).toContain('found version 2, written by a newer go-runtime-gate');
    expect(inputError(() => parseReportJson(mutate((d) => (d.version = '1')), 'r.json')).message).toBe(
      'r.json: expected "version" to be a positive integer: found the string "1"',
    );
  });

  it.each([
    [(d: any) => (d.verdict = 'maybe'), 'verdict to be one of "pass", "fail", "no-baseline", "acknowledged": found the string "maybe"'],
    [(d: any) => delete d.headline, 'headline to be a string: found nothing (field missing)'],
    [(d: any) => (d.comparisons[3].verdict = 'worse'), 'comparisons[3].verdict to be one of "regression", "improvement", "unchanged", "insufficient"'],
    [(d: any) => (d.comparisons[0].base.median = 'x'), 'comparisons[0].base.median to be a number'],
    [(d: any) => (d.comparisons[1].p = 'small'), 'comparisons[1].p to be a number or null'],
    [(d: any) => (d.comparisons[1].benchmark.procs = null), 'comparisons[1].benchmark.procs to be a number: found null'],
    [(d: any) => (d.failures[0].output = 42), 'failures[0].output to be a string: found number 42'],
    [(d: any) => (d.failures[0].side = 'left'), 'failures[0].side to be one of "head", "base"'],
    [(d: any) => (d.head.environment.goVersion = 1.26), 'head.environment.goVersion to be a string'],
    [(d: any) => (d.baseline = 'none'), 'baseline to be an object or null'],
    [(d: any) => (d.settings.fdr = 'yes'), 'settings.fdr to be true or false'],
    [(d: any) => (d.warnings = 'w'), 'warnings to be an array'],
    [(d: any) => (d.counts.failures = undefined), 'counts.failures to be a number'],
    [(d: any) => (d.added[0] = 'BenchmarkX'), 'added[0] to be an object'],
  ])('names the field and what was expected (%#)', (edit, expected) => {
    const err = inputError(() => parseReportJson(mutate(edit), 'artifact/report.json'));
    expect(err.message).toContain(`artifact/report.json: expected ${expected}`);
  });

  it('accepts a report without a baseline', () => {
    const r = noBaselineReport();
    expect(parseReportJson(renderJson(r), 'r.json').baseline).toBeNull();
  });
});

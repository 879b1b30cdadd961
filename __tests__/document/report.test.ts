import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzip } from 'pako';
import { readDocument, readDocumentFile } from '../../src/document/reader.js';
import { reportDocument } from '../../src/document/report.js';
import { serializeDocument } from '../../src/document/writer.js';
import { REPORT_SCHEMA } from '../../src/report/model.js';
import type { Report } from '../../src/report/model.js';
import { bench, failingReport, hostileReport, mismatchReport, noBaselineReport, panicFailure } from '../report/fixtures.js';
import { inputError, positionOf } from './helpers.js';

const parseReportJson = (input: string | Uint8Array, fileName: string) => readDocument(reportDocument, input, fileName);
const renderJson = (r: Report) => serializeDocument(reportDocument, r);

function mutate(edit: (doc: Record<string, any>) => void, report: Report = failingReport()): string {
  const doc = JSON.parse(renderJson(report)) as Record<string, any>;
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

/** A failing report with every optional field a renderer reads present. */
function fullReport(): Report {
  const r = failingReport();
  r.comparisons[0].explanation = 'allocation sites: encode.go:12 +1 objects/op';
  r.failures = [panicFailure({ kind: 'build', name: '', diagnostics: [{ file: 'codec/x.go', line: 3, column: 7, message: 'undefined: y' }] })];
  r.counts.failures = 1;
  r.sites = [
    {
      kind: 'leak',
      change: 'new',
      benchmark: bench('BenchmarkEncode/small'),
      package: 'example.com/codec',
      function: '(*Pool).Start',
      file: 'codec/pool.go',
      line: 42,
      column: 2,
      summary: '1 goroutine blocked at exit per run',
      details: ['codec/pool.go:42 (*Pool).Start'],
      unit: 'goroutines',
      base: null,
      head: 1,
      gating: true,
      warnings: [],
    },
  ];
  return r;
}

describe('Report: writing', () => {
  it('round-trips every fixture through the reader', () => {
    for (const r of [failingReport(), noBaselineReport(), mismatchReport(), hostileReport(50), fullReport()]) {
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

  it('refuses non-finite numbers instead of writing null (it used to, and null changes what a field means)', () => {
    const r = failingReport();
    r.comparisons[4].p = Number.NaN;
    expect(() => renderJson(r)).toThrow('cannot serialise Report: NaN at $.comparisons[4].p is not a finite number');
    const s = failingReport();
    s.settings.alpha = Infinity;
    expect(() => renderJson(s)).toThrow('Infinity at $.settings.alpha');
  });
});

describe('Report: reading', () => {
  it('reports a syntax error with the file, line and column', () => {
    const err = inputError(() => parseReportJson('{"schema": "go-runtime-gate/report",,}', 'report.json'));
    expect(err.file).toBe('report.json');
    expect(err.position).toEqual({ line: 1, column: 37 });
    expect(err.message).toBe('report.json:1:37: expected a property name in double quotes: found ","');
  });

  it('accepts a leading byte-order mark, in text and in bytes', () => {
    expect(parseReportJson('\ufeff' + renderJson(failingReport()), 'r.json').verdict).toBe('fail');
    expect(parseReportJson(new TextEncoder().encode('\ufeff' + renderJson(failingReport())), 'r.json').verdict).toBe('fail');
  });

  it('refuses a document that is not a report, naming what it is', () => {
    expect(inputError(() => parseReportJson('[]', 'r.json')).message).toBe(
      'r.json:1:1: expected a go-runtime-gate Report (a JSON object) at $: found an array',
    );
    expect(inputError(() => parseReportJson('{"schema":"other"}', 'r.json')).message).toBe(
      'r.json:1:11: expected "go-runtime-gate/report" at $.schema: found string "other"',
    );
    expect(inputError(() => parseReportJson('{"schema":"go-runtime-gate/run-result","version":1}', 'base.json')).message).toBe(
      'base.json:1:11: expected "go-runtime-gate/report" at $.schema: found string "go-runtime-gate/run-result" (a RunResult, not a Report: compare it with another run to make a report)',
    );
    expect(inputError(() => parseReportJson('{}', 'r.json')).message).toBe('r.json:1:1: expected "go-runtime-gate/report" at $.schema: missing');
  });

  it('refuses a newer version with the reason, and a nonsense version', () => {
    const newer = mutate((d) => (d.version = 2));
    const e = inputError(() => parseReportJson(newer, 'r.json'));
    expect(e.expected).toBe('schema version 1 or older at $.version');
    expect(e.message).toBe(
      `r.json:${positionOf(newer, '2,')}: expected schema version 1 or older at $.version: written by a newer go-runtime-gate (schema 2); this version reads up to 1 — upgrade the action`,
    );
    const text = mutate((d) => (d.version = '1'));
    expect(inputError(() => parseReportJson(text, 'r.json')).message).toBe(
      `r.json:${positionOf(text, '"1"')}: expected an integer schema version at $.version: found string "1"`,
    );
  });

  it('refuses a gzip-compressed report, which no release writes', () => {
    expect(inputError(() => parseReportJson(gzip(renderJson(failingReport())), 'r.json')).message).toBe(
      'r.json: offset 0: expected a plain JSON Report (it is never compressed): found gzip-compressed data',
    );
  });

  it.each([
    [(d: any) => (d.verdict = 'maybe'), '$.verdict: found string "maybe"', 'one of "pass", "fail", "no-baseline", "acknowledged"'],
    [(d: any) => delete d.headline, '$.headline: missing', 'a string'],
    [
      (d: any) => (d.comparisons[3].verdict = 'worse'),
      '$.comparisons[3].verdict: found string "worse"',
      'one of "regression", "improvement", "unchanged", "insufficient"',
    ],
    [(d: any) => delete d.comparisons[3].unit, '$.comparisons[3].unit: missing', 'a string'],
    [(d: any) => (d.comparisons[0].base.median = 'x'), '$.comparisons[0].base.median: found string "x"', 'a finite number'],
    [(d: any) => (d.comparisons[0].head = 'none'), '$.comparisons[0].head: found string "none"', 'a sample summary or null'],
    [(d: any) => (d.comparisons[1].p = 'small'), '$.comparisons[1].p: found string "small"', 'a finite number or null'],
    [(d: any) => (d.comparisons[1].benchmark.procs = null), '$.comparisons[1].benchmark.procs: found null', 'an integer ≥ 1'],
    [(d: any) => (d.comparisons[2].explanation = 7), '$.comparisons[2].explanation: found number 7', 'a string'],
    [(d: any) => (d.failures[0].output = 42), '$.failures[0].output: found number 42', 'a string'],
    [(d: any) => (d.failures[0].side = 'left'), '$.failures[0].side: found string "left"', 'one of "head", "base"'],
    [
      (d: any) => (d.failures[0].diagnostics = [{ file: 'x.go', message: 'm', line: 'one' }]),
      '$.failures[0].diagnostics[0].line: found string "one"',
      'an integer ≥ 0',
    ],
    [(d: any) => (d.head.environment.goVersion = 1.26), '$.head.environment.goVersion: found number 1.26', 'a string'],
    [(d: any) => (d.head.config.cpu = [0]), '$.head.config.cpu[0]: found number 0', 'an integer ≥ 1'],
    [(d: any) => (d.baseline = 'none'), '$.baseline: found string "none"', 'an object or null'],
    [(d: any) => (d.settings.fdr = 'yes'), '$.settings.fdr: found string "yes"', 'a boolean'],
    [(d: any) => (d.warnings = 'w'), '$.warnings: found string "w"', 'an array'],
    [(d: any) => delete d.counts.failures, '$.counts.failures: missing', 'an integer ≥ 0'],
    [(d: any) => (d.added[0] = 'BenchmarkX'), '$.added[0]: found string "BenchmarkX"', 'an object'],
    [(d: any) => (d.sites = [{}]), '$.sites[0].kind: missing', 'one of "leak", "allocation", "escape"'],
  ])('names the field, its line and what was expected (%#)', (edit, where, expected) => {
    const text = mutate(edit);
    const e = inputError(() => parseReportJson(text, 'artifact/report.json'));
    expect(e.message).toMatch(/^artifact\/report\.json:\d+:\d+: /);
    expect(e.message).toContain(`expected ${expected} at ${where}`);
  });

  it('checks every optional field a renderer reads (explanation, site details, failure diagnostics, site benchmark)', () => {
    const full = fullReport();
    const cases: [(d: any) => void, string][] = [
      [(d) => (d.comparisons[0].explanation = null), 'expected a string at $.comparisons[0].explanation: found null'],
      [(d) => (d.sites[0].details = 'not a list'), 'expected an array at $.sites[0].details: found string "not a list"'],
      [(d) => (d.sites[0].details = [1]), 'expected a string at $.sites[0].details[0]: found number 1'],
      [(d) => (d.sites[0].benchmark = { name: 'B' }), 'expected a string at $.sites[0].benchmark.package: missing'],
      [(d) => (d.sites[0].column = -1), 'expected an integer ≥ 0 at $.sites[0].column: found number -1'],
      [(d) => (d.sites[0].base = 'x'), 'expected a finite number or null at $.sites[0].base: found string "x"'],
      [(d) => (d.sites[0].unit = 1), 'expected a string at $.sites[0].unit: found number 1'],
      [(d) => (d.sites[0].warnings = undefined), 'expected an array at $.sites[0].warnings: missing'],
      [(d) => (d.failures[0].diagnostics[0].column = '7'), 'expected an integer ≥ 0 at $.failures[0].diagnostics[0].column: found string "7"'],
      [(d) => delete d.failures[0].diagnostics[0].message, 'expected a string at $.failures[0].diagnostics[0].message: missing'],
      [(d) => (d.added[0].line = 0), 'expected an integer ≥ 1 at $.added[0].line: found number 0'],
      [(d) => (d.head.config.memprofileRate = 'high'), 'expected an integer ≥ 0 at $.head.config.memprofileRate: found string "high"'],
    ];
    for (const [edit, message] of cases) {
      expect(inputError(() => parseReportJson(mutate(edit, full), 'r.json')).message).toContain(message);
    }
  });

  it('keeps unknown extra fields (a later release may add optional ones)', () => {
    const back = parseReportJson(
      mutate((d) => (d.comparisons[0].later = { x: 1 })),
      'r.json',
    );
    expect((back.comparisons[0] as unknown as Record<string, unknown>).later).toEqual({ x: 1 });
  });

  it('accepts a report without a baseline', () => {
    const r = noBaselineReport();
    expect(parseReportJson(renderJson(r), 'r.json').baseline).toBeNull();
  });

  it('reads files as bytes, refusing invalid UTF-8 at its offset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'grg-report-'));
    try {
      const path = join(dir, 'report.json');
      const text = renderJson(failingReport());
      await writeFile(path, text);
      expect(await readDocumentFile(reportDocument, path)).toEqual(failingReport());
      const bytes = Buffer.from(text);
      const at = text.indexOf('No runtime') >= 0 ? text.indexOf('No runtime') : text.indexOf('"headline": "') + 13;
      bytes[at] = 0xff;
      await writeFile(path, bytes);
      await expect(readDocumentFile(reportDocument, path)).rejects.toThrow(`${path}: offset ${at}: expected UTF-8 text: invalid byte`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

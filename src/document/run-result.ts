/**
 * The RunResult document, schema version 1: one run's measurements, written
 * by `run` and by the Action, stored as a baseline (cache or directory) and
 * compared later. Gzip-compressed when stored as `.json.gz`.
 *
 * The parts a Report repeats (environment, settings, benchmark identity,
 * compiler diagnostics) are exported for report.ts, so the two documents
 * check them alike.
 *
 * Fields added after schema 1 was first written (`escapes`,
 * `escapesUnavailable`, `sites`, `memprofileRate`, `diagnostics`) are
 * optional in the types, so older baselines without them still read; when
 * present they are as strictly checked as the rest.
 */

import type { EscapeSite } from '../escape/sites.js';
import type { BenchmarkRef } from '../report/model.js';
import {
  RUN_RESULT_SCHEMA,
  RUN_RESULT_VERSION,
  type BenchmarkResult,
  type Diagnostic,
  type EscapeAnalysis,
  type Environment,
  type MeasureConfig,
  type RunResult,
  type SiteSeries,
} from '../result/types.js';
import { defineDocument } from './document.js';
import { array, boolean, integer, number, object, oneOf, optional, record, string, type Fields } from './schema.js';

const text = string();
const texts = array(text);
const finite = number();
const finites = array(finite);

export const FAILURE_KINDS = oneOf(['failed', 'panic', 'timeout', 'build', 'no-result']);

export const environmentSchema = object<Environment>({
  goVersion: text,
  goos: text,
  goarch: text,
  cpu: text,
  runnerOs: text,
  commit: text,
  ref: text,
  configHash: text,
  gomaxprocs: integer(0),
});

export const measureConfigSchema = object<MeasureConfig>({
  packages: texts,
  bench: text,
  benchtime: text,
  tags: text,
  timeout: text,
  count: integer(1),
  cpu: array(integer(1)),
  goTestFlags: texts,
  memprofile: boolean(),
  memprofileRate: optional(integer(0)),
  trace: boolean(),
});

/** A benchmark's identity and source position, as both documents carry it. */
export const benchmarkRefFields: Fields<BenchmarkRef> = {
  package: text,
  name: text,
  procs: integer(1),
  file: optional(text),
  line: optional(integer(1)),
};

export const diagnosticSchema = object<Diagnostic>({
  file: text,
  message: text,
  line: integer(0),
  column: optional(integer(0)),
});

const siteSeriesSchema = object<SiteSeries>({
  kind: oneOf(['leak', 'allocation']),
  function: text,
  file: text,
  line: integer(0),
  stack: optional(array(object({ function: text, file: text, line: integer(0) }))),
  size: optional(integer(0)),
  snippet: optional(text),
  values: record(finites),
});

const benchmarkSchema = object<BenchmarkResult>({
  ...benchmarkRefFields,
  samples: array(
    object({
      order: integer(0),
      iterations: integer(0),
      values: record(finite),
      artifacts: object({ memprofile: optional(text), trace: optional(text) }),
      wallMs: number(0),
    }),
  ),
  metrics: record(finites),
  unavailable: record(text),
  failure: optional(object({ kind: FAILURE_KINDS, message: text, output: text })),
  sites: optional(array(siteSeriesSchema)),
});

const escapeSiteSchema = object<EscapeSite>({
  package: text,
  file: text,
  function: text,
  kind: oneOf(['moved-to-heap', 'escapes-to-heap', 'leaking-param']),
  subject: text,
  key: text,
  line: integer(0),
  column: integer(0),
  explanation: texts,
  snippet: text,
  ignored: optional(text),
  inlined: optional(array(object({ package: text, function: text, file: text, line: integer(0), column: integer(0) }))),
});

const escapesSchema = object<EscapeAnalysis>({
  goVersion: text,
  packages: texts,
  sites: array(escapeSiteSchema),
  unrecognised: array(object({ package: text, file: text, line: integer(0), text, outputLine: integer(1) })),
  compileErrors: array(object({ package: text, file: text, line: integer(0), column: optional(integer(0)), message: text })),
  warnings: texts,
});

export const runResultDocument = defineDocument<RunResult>({
  id: RUN_RESULT_SCHEMA,
  version: RUN_RESULT_VERSION,
  title: 'RunResult',
  gzip: true,
  whenTooOld: 'record the baseline again',
  mistakenFor: { 'go-runtime-gate/report': 'a Report, not a RunResult: compare and baselines need the RunResult a run wrote' },
  migrations: {},
  fields: object({
    tool: object({ name: text, version: text }),
    // Baselines are ranked by this date; an unparseable one would sort arbitrarily.
    createdAt: string({ expected: 'an ISO 8601 timestamp', where: (s) => !Number.isNaN(Date.parse(s)) }),
    environment: environmentSchema,
    config: measureConfigSchema,
    workingDirectory: text,
    benchmarks: array(benchmarkSchema),
    packageFailures: array(
      object({
        package: text,
        kind: oneOf(['build', 'list']),
        message: text,
        output: text,
        diagnostics: optional(array(diagnosticSchema)),
      }),
    ),
    warnings: texts,
    escapesUnavailable: optional(text),
    escapes: optional(escapesSchema),
    history: optional(
      array(
        object({
          commit: text,
          createdAt: text,
          benchmarks: array(object({ package: text, name: text, procs: integer(1), medians: record(number()) })),
        }),
      ),
    ),
  }),
});

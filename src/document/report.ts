/**
 * The Report document, schema version 1: the comparison of two runs, as the
 * `report-path` file, the CLI's `--format json` and `--report`, and the
 * input of `mode: publish` and `go-runtime-gate report`.
 *
 * In `mode: publish` the file is an artifact uploaded by a pull request's
 * workflow, which a fork controls, so every field a renderer (Markdown,
 * terminal, annotations, check run) reads is declared here, optional ones
 * included: the schema is typed against the Report model, so a field added
 * to the model without a schema does not compile. Never compressed.
 */

import {
  REPORT_SCHEMA,
  REPORT_VERSION,
  type BenchmarkRef,
  type Cause,
  type CauseEffect,
  type Confirmation,
  type ConfirmationRun,
  type MetricComparison,
  type Report,
  type ReportLinks,
  type TrendPoint,
  type AffectedSummary,
  type NotAffectedBenchmark,
  type RunSide,
  type SampleSummary,
  type SiteFinding,
} from '../report/model.js';
import { defineDocument } from './document.js';
import { FAILURE_KINDS, benchmarkRefFields, diagnosticSchema, environmentSchema, measureConfigSchema } from './run-result.js';
import { array, boolean, integer, nullable, number, object, oneOf, optional, string } from './schema.js';

const text = string();
const texts = array(text);
const finiteOrNull = nullable(number());
const benchmarkRef = object<BenchmarkRef>(benchmarkRefFields);

const runSideSchema = object<RunSide>({
  // Not checked as a date: renderers show an unparseable one as it is.
  createdAt: text,
  environment: environmentSchema,
  config: measureConfigSchema,
});

const summarySchema = object<SampleSummary>(
  {
    n: integer(0),
    median: number(),
    low: number(),
    high: number(),
    confidence: number(),
    min: number(),
    max: number(),
  },
  'a sample summary',
);

const confirmationSchema = object<Confirmation>({
  status: oneOf(['pending', 'confirmed', 'not-reproduced', 'unavailable']),
  reason: text,
  base: optional(nullable(summarySchema)),
  head: optional(nullable(summarySchema)),
  p: optional(finiteOrNull),
});

const comparisonSchema = object<MetricComparison>({
  benchmark: benchmarkRef,
  metric: text,
  unit: text,
  label: text,
  reason: text,
  lowerIsBetter: boolean(),
  mode: oneOf(['gate', 'report', 'off']),
  base: nullable(summarySchema),
  head: nullable(summarySchema),
  delta: finiteOrNull,
  absoluteDelta: finiteOrNull,
  p: finiteOrNull,
  pAdjusted: finiteOrNull,
  test: oneOf(['mann-whitney', 'exact', 'three-sigma', 'ceiling', 'none']),
  threshold: number(),
  floor: number(),
  verdict: oneOf(['regression', 'improvement', 'unchanged', 'insufficient']),
  gating: boolean(),
  warnings: texts,
  explanation: optional(text),
  confirmation: optional(confirmationSchema),
  consequenceOf: optional(text),
  rankP: optional(number()),
  samples: optional(object<{ base: number[]; head: number[] }>({ base: array(number()), head: array(number()) })),
  trend: optional(array(object<TrendPoint>({ commit: text, createdAt: text, median: number() }))),
});

const effectSchema = object<CauseEffect>({
  benchmark: benchmarkRef,
  metric: text,
  label: text,
  unit: text,
  base: finiteOrNull,
  head: finiteOrNull,
  note: optional(text),
});

const causeSchema = object<Cause>({
  kind: oneOf(['new-allocation', 'allocation-growth', 'leak', 'new-escape', 'metric', 'runtime']),
  package: text,
  function: optional(text),
  file: optional(text),
  line: optional(integer(0)),
  title: text,
  summary: text,
  details: texts,
  benchmarks: array(benchmarkRef),
  effects: array(effectSchema),
  consequences: array(effectSchema),
  gating: boolean(),
});

const siteSchema = object<SiteFinding>({
  kind: oneOf(['leak', 'allocation', 'escape']),
  change: oneOf(['new', 'grown', 'removed', 'shrunk']),
  benchmark: optional(benchmarkRef),
  package: text,
  function: text,
  file: text,
  summary: text,
  line: integer(0),
  column: optional(integer(0)),
  details: texts,
  unit: optional(text),
  base: optional(finiteOrNull),
  head: optional(finiteOrNull),
  gating: boolean(),
  warnings: texts,
});

const count = integer(0);

const affectedSchema = object<AffectedSummary>({
  measured: oneOf(['affected', 'all']),
  base: text,
  reason: text,
  changedPackages: texts,
  unaffectedPackages: texts,
  notAffected: array(
    object<NotAffectedBenchmark>({
      benchmark: benchmarkRef,
      baseline: array(object({ metric: text, label: text, unit: text, median: number() })),
    }),
  ),
});

export const reportDocument = defineDocument<Report>({
  id: REPORT_SCHEMA,
  version: REPORT_VERSION,
  title: 'Report',
  gzip: false,
  whenTooOld: 'compare the two runs again to make a new report',
  mistakenFor: { 'go-runtime-gate/run-result': 'a RunResult, not a Report: compare it with another run to make a report' },
  migrations: {},
  fields: object({
    name: text,
    baselineSource: text,
    verdict: oneOf(['pass', 'fail', 'no-baseline', 'acknowledged']),
    headline: text,
    head: runSideSchema,
    baseline: nullable(runSideSchema),
    settings: object({ alpha: number(), fdr: boolean(), failOnBenchmarkFailure: boolean() }),
    comparisons: array(comparisonSchema),
    failures: array(
      object({
        package: text,
        name: text,
        message: text,
        output: text,
        diagnostics: optional(array(diagnosticSchema)),
        kind: FAILURE_KINDS,
        side: oneOf(['head', 'base']),
      }),
    ),
    added: array(benchmarkRef),
    removed: array(benchmarkRef),
    warnings: texts,
    counts: object({ regressions: count, improvements: count, unchanged: count, insufficient: count, failures: count }),
    sites: optional(array(siteSchema)),
    noBaselineReason: optional(text),
    causes: optional(array(causeSchema)),
    confirmationRun: optional(
      object<ConfirmationRun>({
        suspects: integer(0),
        benchmarks: integer(0),
        count: integer(0),
        seconds: number(),
        budget: text,
        skipped: optional(integer(0)),
      }),
    ),
    links: optional(
      object<ReportLinks>({
        repository: text,
        headSha: text,
        run: optional(text),
        baselineCommit: optional(text),
        root: optional(text),
        docs: optional(text),
      }),
    ),
    affected: optional(affectedSchema),
    shards: optional(object<{ count: number }>({ count: integer(1) })),
  }),
});

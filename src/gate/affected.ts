/**
 * The affected-only stage of the gate (`affected: auto`): before measuring,
 * the change is mapped onto Go's import graph (src/discover/affected.ts) and
 * only the packages whose test binaries it reaches are prepared; after
 * comparing, the baseline's other benchmarks are listed in the report as
 * "not affected by this change" with the baseline's values, never with a
 * verdict. A baseline is narrowed to the same packages before comparing, so
 * that what was not measured never reads as removed or as lost escapes.
 *
 * A run that records a baseline always measures everything (pipeline.ts
 * never selects for it): an affected-only run must not become a baseline.
 */
import path from 'node:path';
import { selectAffected, type Selection } from '../discover/affected.js';
import type { RunResult } from '../result/types.js';
import type { AffectedSummary, NotAffectedBenchmark, Report } from '../report/model.js';
import { metricById } from '../metrics/registry.js';
import { median } from '../compare/stats/summary.js';
import { inspectGo, type GoToolchain } from '../toolchain/go.js';
import type { GateDeps, GatePlan } from './plan.js';
import { emptyRunResult } from './result.js';

/** The baseline's values shown for a benchmark that was not measured. */
const CONTEXT_METRICS = ['time', 'bytes', 'allocs'];

/** What the pipeline does with a selection: which packages to build (undefined: all), and the report's summary. */
export interface AffectedScope {
  selection: Selection;
  /** Import paths to prepare (affected and changed ones); undefined when everything is measured. */
  packages?: ReadonlySet<string>;
  /** True when no benchmark is affected: nothing is measured. */
  nothing: boolean;
}

function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 12) : sha;
}

/** What the pipeline measures for a selection. */
function scopeOf(selection: Selection): AffectedScope {
  if (selection.kind === 'all') return { selection, nothing: false };
  return { selection, packages: new Set([...selection.affected, ...selection.changed]), nothing: selection.affected.length === 0 };
}

/** The selection of a plan that asks for one, logged; undefined when the plan measures everything. */
export async function affectedScope(plan: GatePlan, deps: GateDeps): Promise<AffectedScope | undefined> {
  // Merged shards measured within the selection they made; the merge takes theirs.
  if (plan.merged) return plan.merged.selection ? scopeOf(plan.merged.selection) : undefined;
  if (!plan.affected) return undefined;
  if (plan.save) {
    deps.log.info('Affected benchmarks: this run records a baseline, so every benchmark is measured.');
    return undefined;
  }
  const selection = await selectAffected(deps.runner, {
    cwd: path.resolve(plan.config.workingDirectory),
    base: plan.affected.base,
    unavailable: plan.affected.unavailable,
    packages: plan.config.packages,
    tags: plan.config.tags,
    goCommand: plan.goCommand,
    log: (m) => deps.log.info(m),
  });
  if (selection.kind === 'all') {
    deps.log.notice(`Affected benchmarks: measuring every benchmark, because ${selection.reason}.`);
    return scopeOf(selection);
  }
  deps.log.info(
    `Affected benchmarks: ${selection.files.length} file(s) changed since ${short(selection.base)}; changed packages: ${selection.changed.join(', ') || 'none'}; ` +
      `measuring ${selection.affected.length} of ${selection.affected.length + selection.unaffected.length} packages with tests (${selection.affected.join(', ') || 'none'}).`,
  );
  return scopeOf(selection);
}

/** Whether a package's benchmarks belong to the measured scope. */
function inScope(scope: AffectedScope, pkg: string): boolean {
  return !scope.packages || scope.packages.has(pkg);
}

/** The baseline reduced to the measured packages, and its other benchmarks as "not affected" entries. */
export function narrowBaseline(base: RunResult, scope: AffectedScope): { base: RunResult; notAffected: NotAffectedBenchmark[] } {
  if (!scope.packages) return { base, notAffected: [] };
  const keep = (pkg: string) => inScope(scope, pkg);
  const notAffected: NotAffectedBenchmark[] = base.benchmarks
    .filter((b) => !keep(b.package) && !b.failure)
    .map((b) => ({
      benchmark: { package: b.package, name: b.name, procs: b.procs, ...(b.file ? { file: b.file } : {}), ...(b.line ? { line: b.line } : {}) },
      baseline: CONTEXT_METRICS.filter((id) => (b.metrics[id]?.length ?? 0) > 0).map((id) => {
        const def = metricById(id)!;
        return { metric: id, label: def.label, unit: def.unit, median: median(b.metrics[id]) };
      }),
    }));
  const escapes = base.escapes
    ? {
        ...base.escapes,
        packages: base.escapes.packages.filter(keep),
        sites: base.escapes.sites.filter((s) => keep(s.package)),
        unrecognised: base.escapes.unrecognised.filter((u) => keep(u.package)),
        compileErrors: base.escapes.compileErrors.filter((c) => keep(c.package)),
      }
    : undefined;
  return {
    base: {
      ...base,
      benchmarks: base.benchmarks.filter((b) => keep(b.package)),
      packageFailures: base.packageFailures.filter((f) => keep(f.package)),
      ...(escapes ? { escapes } : {}),
    },
    notAffected,
  };
}

/** The head of a run that measured nothing because no benchmark is affected. */
export async function unmeasuredHead(plan: GatePlan, deps: GateDeps): Promise<{ head: RunResult; go: GoToolchain }> {
  const cwd = path.resolve(plan.config.workingDirectory);
  const go = await inspectGo(deps.runner, cwd, plan.goCommand);
  const head = emptyRunResult(plan.config, go, { cpu: '', runnerOs: plan.head.runnerOs, commit: plan.head.commit, ref: plan.head.ref }, cwd);
  return { head, go };
}

/** The report's account of the selection; a run where nothing was affected passes, saying so. */
export function attachAffected(report: Report, scope: AffectedScope, notAffected: NotAffectedBenchmark[]): Report {
  const s = scope.selection;
  const summary: AffectedSummary =
    s.kind === 'all'
      ? { measured: 'all', base: s.base, reason: `Every benchmark was measured: ${s.reason}.`, changedPackages: [], unaffectedPackages: [], notAffected: [] }
      : {
          measured: 'affected',
          base: s.base,
          reason: s.changed.length
            ? `Only benchmarks whose test binary depends on a changed package were measured (changed since ${short(s.base)}: ${s.changed.join(', ')}).`
            : `No Go package changed since ${short(s.base)} (${s.files.length} file${s.files.length === 1 ? '' : 's'} changed, none built into a package or read by its tests).`,
          changedPackages: s.changed,
          unaffectedPackages: s.unaffected,
          notAffected,
        };
  report.affected = summary;
  if (scope.nothing) {
    report.verdict = 'pass';
    report.noBaselineReason = undefined;
    report.headline = `No benchmark is affected by this change: nothing was measured. ${summary.reason}`;
  }
  return report;
}

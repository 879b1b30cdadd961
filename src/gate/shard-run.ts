/**
 * One job of a sharded run (`shard: i/n`): select (affected-only) → split →
 * prepare → measure → analyze, for this shard's benchmark functions only, and
 * a ShardResult (src/document/shard.ts) instead of a report. A shard never
 * compares, publishes or saves: the merge job (merge.ts, `mode: merge`) does,
 * once, for all shards together.
 *
 * The split (shard.ts) is balanced by the durations of the baseline the run
 * would compare with (in cache mode; on a push, the branch's previous
 * baseline), else by the number of benchmark functions. Every shard restores the same baseline, so all
 * compute the same split; the digest they record lets the merge prove it.
 */
import path from 'node:path';
import { SHARD_SCHEMA, SHARD_VERSION, shardDocument, type ShardResult, type ShardSelection } from '../document/shard.js';
import { writeDocumentFile } from '../document/writer.js';
import type { RunResult } from '../result/types.js';
import type { Selection } from '../discover/affected.js';
import { NoBenchmarksError, discoverUnits } from './prepare.js';
import { affectedScope, unmeasuredHead } from './affected.js';
import { restoreBaseline } from './baseline.js';
import { headContext, measureHead } from './pipeline.js';
import { runAb } from './ab.js';
import { ShardAssignment, shardFilter, leafDurations, type ShardSpec } from './shard.js';
import type { GateDeps, GatePlan } from './plan.js';

function body(run: RunResult): ShardResult['head'] {
  const { schema: _s, version: _v, ...rest } = run;
  return rest;
}

function selectionOf(s: Selection): ShardSelection {
  return s.kind === 'all' ? { kind: 'all', base: s.base, reason: s.reason } : { ...s };
}

/** The baseline that balances the split: the one compared with, else the one a push replaces. */
async function balancingBaseline(plan: GatePlan, deps: GateDeps): Promise<RunResult | null> {
  const source =
    plan.baseline.kind === 'store'
      ? { kind: 'store' as const, store: plan.baseline.store, branch: plan.baseline.branch, commit: plan.baseline.commit }
      : plan.save
        ? { kind: 'store' as const, store: plan.save.store, branch: plan.save.branch }
        : null;
  if (!source) return null;
  const { head } = await unmeasuredHead(plan, deps);
  const restored = await restoreBaseline(source, head, deps);
  return restored.baseline?.result ?? null;
}

/** Measures this shard's part of the plan; the caller writes the document. */
export async function runShard(plan: GatePlan, spec: ShardSpec, deps: GateDeps): Promise<ShardResult> {
  const scope = await affectedScope(plan, deps);
  const cwd = path.resolve(plan.config.workingDirectory);
  const ctx = headContext(plan, deps, plan.workDir);
  const mode = plan.baseline.kind === 'ab' ? 'ab' : 'cache';
  const { units, discovered } = scope?.nothing ? { units: [], discovered: undefined } : await discoverUnits(plan.config, ctx, cwd, scope?.packages);
  const baseline = mode === 'cache' && units.length ? await balancingBaseline(plan, deps) : null;
  const assignment = new ShardAssignment(units, leafDurations(baseline), spec.count);
  const basis = baseline ? `baseline ${baseline.environment.commit} ${baseline.createdAt}` : 'none';
  const mine = assignment.unitsOf(spec.index - 1);
  deps.log.info(
    `Shard ${spec.index}/${spec.count}: ${mine.length} of ${assignment.unitCount} units (packages; functions or sub-benchmarks of long ones)` +
      (baseline
        ? `, balanced by the baseline of ${baseline.environment.commit.slice(0, 12)} (about ${Math.round(assignment.load[spec.index - 1] / 1000)} s)`
        : ', balanced by the number of benchmark functions (no baseline to balance by)'),
  );
  const doc: Omit<ShardResult, 'head'> = {
    schema: SHARD_SCHEMA,
    version: SHARD_VERSION,
    shard: { index: spec.index, count: spec.count, basis, digest: assignment.digest, units: mine },
    mode,
    ...(scope ? { selection: selectionOf(scope.selection) } : {}),
  };
  const empty = async (): Promise<ShardResult> => ({ ...doc, head: body((await unmeasuredHead(plan, deps)).head) });
  if (mine.length === 0) return empty();
  const filter = shardFilter(spec, assignment);
  try {
    if (plan.baseline.kind === 'ab') {
      const { baseRef, baseLabel } = plan.baseline;
      const ab = await deps.log.group(`Measure shard ${spec.index}/${spec.count}: the merge-base and the head (A/B)`, () =>
        runAb(plan.config, ctx, { baseRef, baseLabel, tmpRoot: plan.tmpRoot, packages: scope?.packages, shard: filter }),
      );
      return {
        ...doc,
        head: body(ab.head),
        ...(ab.base ? { base: body(ab.base) } : {}),
        ...(ab.problem ? { baseProblem: ab.problem } : {}),
        ...(ab.warnings.length ? { baseWarnings: ab.warnings } : {}),
      };
    }
    const { result } = await deps.log.group(`Measure shard ${spec.index}/${spec.count}`, () =>
      measureHead(plan, deps, { packages: scope?.packages, shard: filter, discovered }),
    );
    return { ...doc, head: body(result) };
  } catch (err) {
    // This shard's functions printed no benchmark (all skipped): an empty part, not an error of the run.
    if (!(err instanceof NoBenchmarksError)) throw err;
    deps.log.info(`Shard ${spec.index}/${spec.count}: no benchmark of this shard printed a result.`);
    return empty();
  }
}

/** Writes a shard's document into `dir` (created if needed) under its one name; returns the file. */
export async function writeShardResult(dir: string, doc: ShardResult): Promise<string> {
  const file = path.join(dir, `shard-${doc.shard.index}-of-${doc.shard.count}.json`);
  await writeDocumentFile(shardDocument, file, doc);
  return file;
}

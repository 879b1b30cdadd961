/**
 * The CLI's sharded runs: `run --shard i/n` and `ab --shard i/n` measure one
 * share and write a ShardResult (src/gate/shard-run.ts) to `--shard-dir`;
 * `merge [DIR]` puts the shards together (src/gate/merge.ts) and compares
 * them as one run, with a baseline directory like `run --compare`/`--save`.
 */
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { parseConfig, parseOptions } from '../options/config.js';
import type { RawOptions } from '../options/table.js';
import { processRunner } from '../toolchain/exec.js';
import { gitInfo } from '../toolchain/git.js';
import type { ShardResult } from '../document/index.js';
import { runGate } from '../gate/pipeline.js';
import { runShard, writeShardResult } from '../gate/shard-run.js';
import { checkMergedRun, mergeShards, readShardDir } from '../gate/merge.js';
import { plainLog, type GatePlan } from '../gate/plan.js';
import { gateDecision } from '../gate/decision.js';
import type { ShardSpec } from '../gate/shard.js';
import { BASELINE_FLAGS, UsageError } from './flags.js';
import { emit, type CliIO } from './output.js';
import { directoryPlan } from './baseline.js';

/** `--shard i/n` of run or ab, parsed; undefined without it. */
export function shardOf(raw: RawOptions): ShardSpec | undefined {
  return parseOptions(raw, ['shard']).shard;
}

/** Measures a plan's shard and writes its ShardResult to `--shard-dir`; exit status 0 unless it could not run. */
export async function runShardCommand(plan: GatePlan, spec: ShardSpec, raw: RawOptions, io: CliIO): Promise<number> {
  const doc: ShardResult = await runShard(plan, spec, { runner: processRunner, log: plainLog((m) => io.err(m)) });
  const dir = path.resolve(parseOptions(raw, ['shardDir']).shardDir);
  const file = await writeShardResult(dir, doc);
  io.err(
    `Shard ${spec.index}/${spec.count}: ${doc.head.benchmarks.length} benchmarks measured; ShardResult written to ${file} (merge them with \`go-runtime-gate merge ${dir}\`)`,
  );
  return 0;
}

/** `merge [DIR]`: the shards compared as one run, saved or compared with a baseline directory when asked. */
export async function cmdMerge(args: string[], raw: RawOptions, io: CliIO): Promise<number> {
  if (args.length > 1) throw new UsageError('merge takes one directory: the shards\u2019 results (default --shard-dir)');
  const config = parseConfig(raw);
  const o = parseOptions(raw, ['shardDir', ...BASELINE_FLAGS]);
  if ((o.save || o.compare) && !o.baselineDir) throw new UsageError('--save and --compare need --baseline-dir');
  const dir = path.resolve(args[0] ?? o.shardDir);
  const merged = mergeShards(await readShardDir(dir), dir);
  const cwd = path.resolve(config.workingDirectory);
  const git = await gitInfo(processRunner, cwd);
  checkMergedRun(merged, config, git.commit, dir);
  io.err(`Merged ${merged.count} shards from ${dir}: ${merged.head.benchmarks.length} benchmarks (${merged.mode} mode)`);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'go-runtime-gate-merge-'));
  try {
    const e = merged.head.environment;
    const fromDir = await directoryPlan(o, cwd, git.ref.replace(/^refs\/heads\//, ''), (m) => io.err(m));
    const plan: GatePlan = {
      config,
      head: { repoRoot: git.root ?? cwd, commit: e.commit, ref: e.ref },
      workDir,
      merged,
      // A/B shards measured their own baseline: nothing is restored, confirmed or saved.
      ...(merged.mode === 'ab' ? { baseline: { kind: 'ab', baseRef: merged.base?.environment.ref ?? '' } } : fromDir),
    };
    const outcome = await runGate(plan, { runner: processRunner, log: plainLog((m) => io.err(m)) });
    if (o.compare || merged.mode === 'ab' || !o.save) return await emit(outcome.report, raw, io, config, outcome.saved);
    const decision = gateDecision(outcome.report, config, outcome.saved);
    if (decision.fail) io.err(`go-runtime-gate: ${decision.message}`);
    return decision.fail ? 1 : 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

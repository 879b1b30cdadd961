/**
 * The pipeline's measuring plan in one call, for tests that only want a
 * RunResult: prepare → measure → analyze of one module, no baseline.
 */
import { measureHead } from '../../src/gate/pipeline.js';
import { plainLog } from '../../src/gate/plan.js';
import type { GateConfig } from '../../src/options/config.js';
import type { RunResult } from '../../src/result/types.js';
import { processRunner, type CommandRunner } from '../../src/toolchain/exec.js';

export interface MeasureContext {
  runner?: CommandRunner;
  workDir: string;
  repoRoot: string;
  commit: string;
  ref: string;
  goCommand?: string;
  log?: (message: string) => void;
}

export async function runMeasurement(config: GateConfig, ctx: MeasureContext): Promise<RunResult> {
  const { result } = await measureHead(
    {
      config,
      head: { repoRoot: ctx.repoRoot, commit: ctx.commit, ref: ctx.ref },
      baseline: { kind: 'none', why: 'measure' },
      workDir: ctx.workDir,
      goCommand: ctx.goCommand,
    },
    { runner: ctx.runner ?? processRunner, log: plainLog(ctx.log ?? (() => {})) },
  );
  return result;
}

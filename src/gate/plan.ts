/**
 * What a gate run is asked to do, in one value: which configuration, which
 * code is the head, where its baseline comes from, whether it records a
 * baseline, whether only the benchmarks a change affects are measured, whether
 * shard jobs measured it already (merge), how suspects are confirmed, and
 * which labels acknowledge regressions. The Action builds a plan
 * from its inputs and the event, the CLI from its flags; the pipeline
 * (pipeline.ts) carries any plan out the same way.
 */
import type { GateConfig } from '../options/config.js';
import type { CommandRunner } from '../toolchain/exec.js';
import type { BaselineStore } from '../store/store.js';
import type { MergedRun } from './merge.js';

/** The code measured as the head. */
interface HeadPlan {
  /** Root that file paths in results are relative to (the repository root). */
  repoRoot: string;
  commit: string;
  ref: string;
  runnerOs?: string;
}

/** Where the baseline comes from. */
export type BaselinePlan =
  /** No comparison: `record` for a run that only records a baseline (a push), `measure` for a plain measurement. */
  | { kind: 'none'; why: 'record' | 'measure' }
  /** The newest baseline of `branch` in a store, preferring `commit`. */
  | { kind: 'store'; store: BaselineStore; branch: string; commit?: string }
  /** The merge-base of HEAD and `baseRef`, measured in this job (A/B). */
  | { kind: 'ab'; baseRef: string; baseLabel?: string };

/** Recording this run as a baseline. */
export interface SavePlan {
  store: BaselineStore;
  branch: string;
  /** Record it even when it measured less than it should (build failures, failed or lost benchmarks). */
  allowIncomplete?: boolean;
}

/** Re-measuring machine-sensitive suspects on this runner (src/gate/confirm.ts). */
export interface ConfirmPlan {
  /** Where the baseline's code is: its commit in the head's git repository (fetched if missing), or a directory (the demo). */
  base: { kind: 'commit' } | { kind: 'dir'; dir: string; repoRoot: string };
  /** Samples per side. */
  count: number;
  /** Significance level of the re-measurement (BH over the suspects). */
  alpha: number;
  /** Time budget, a Go duration. */
  budget: string;
}

export interface GatePlan {
  config: GateConfig;
  head: HeadPlan;
  baseline: BaselinePlan;
  save?: SavePlan;
  /** Confirm machine-sensitive suspects against a baseline from another run; absent: they never gate. */
  confirm?: ConfirmPlan;
  /**
   * Measure only the benchmarks the change since `base` affects (src/gate/affected.ts);
   * `unavailable` says why no base could be found (then everything is measured). Ignored when saving.
   */
  affected?: { base: string; unavailable?: string };
  /**
   * `mode: merge`: the head (and A/B base) were measured by shard jobs and merged
   * (merge.ts); nothing is measured here except a confirmation's re-measurement.
   */
  merged?: MergedRun;
  /** The pull request's labels and the one that acknowledges expected regressions. */
  acknowledge?: { label: string; labels: readonly string[] };
  /** Scratch space (binaries, per-sample traces and profiles). */
  workDir: string;
  /** Parent of temporary worktrees (default: the OS temp dir). */
  tmpRoot?: string;
  goCommand?: string;
}

/** How the pipeline talks to whoever runs it (the Action's log, the CLI's stderr). */
export interface GateLog {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  /** Runs `fn` as a collapsible group where the shell has them. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface GateDeps {
  runner: CommandRunner;
  log: GateLog;
}

/** A log that groups nothing, for shells without groups and for tests. */
export function plainLog(line: (message: string) => void): GateLog {
  return {
    info: line,
    warning: (m) => line(`warning: ${m}`),
    notice: line,
    group: async (name, fn) => {
      line(name);
      return fn();
    },
  };
}

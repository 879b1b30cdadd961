/**
 * The CLI's baseline directory (`--baseline-dir` with `--compare` and
 * `--save`) as a plan's baseline, confirmation and save, for `run` and
 * `merge` alike: like the Action, a branch is compared with the default
 * branch's baseline and saved under its own name.
 */
import { parseOptions } from '../options/config.js';
import { processRunner } from '../toolchain/exec.js';
import { defaultBranch } from '../toolchain/git.js';
import { DirectoryStore } from '../store/dir.js';
import type { GatePlan } from '../gate/plan.js';
import type { BASELINE_FLAGS } from './flags.js';

type BaselineFlags = ReturnType<typeof parseOptions<(typeof BASELINE_FLAGS)[number]>>;

/** The parts of a plan the flags decide; `current` is the branch checked out (where `--save` saves by default). */
export async function directoryPlan(
  o: BaselineFlags,
  cwd: string,
  current: string,
  log: (message: string) => void,
): Promise<Pick<GatePlan, 'baseline' | 'confirm' | 'save'>> {
  const store = o.baselineDir ? new DirectoryStore(o.baselineDir) : null;
  const parts: Pick<GatePlan, 'baseline' | 'confirm' | 'save'> = { baseline: { kind: 'none', why: 'measure' } };
  if (!store) return parts;
  if (o.compare) {
    const branch = o.branch || (await defaultBranch(processRunner, cwd)) || 'main';
    log(`Comparing with the baseline of branch ${branch} in ${store.dir}${o.branch ? '' : ' (the default branch; --branch picks another)'}`);
    parts.baseline = { kind: 'store', store, branch };
    if (o.confirm === 'auto') parts.confirm = { base: { kind: 'commit' }, count: o.confirmCount, alpha: o.confirmAlpha, budget: o.confirmBudget };
  }
  if (o.save) parts.save = { store, branch: o.branch || current || 'main', allowIncomplete: o.allowIncompleteBaseline };
  return parts;
}

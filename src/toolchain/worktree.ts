/**
 * The base side of A/B mode lives in a git worktree: a second checkout of the
 * same repository at the merge-base, sharing the object store, so nothing is
 * cloned or fetched. It is created in a fresh temporary directory and always
 * removed afterwards, also when measuring fails, because a leftover worktree
 * keeps a lock on its commit in `.git/worktrees` and, on a self-hosted runner,
 * accumulates from job to job.
 *
 * git runs only through the CommandRunner, from argument arrays: `base-ref`
 * is user input and never reaches a shell.
 */
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import type { CommandResult, CommandRunner } from '../toolchain/exec.js';
import { GateError } from '../errors.js';

/** A/B mode cannot find or check out its base: a setup problem the user must fix, with the fix in the message. */
export class AbSetupError extends GateError {
  constructor(message: string) {
    super('ab-setup', message);
  }
}

const GIT_TIMEOUT_MS = 120_000;

const SHALLOW_ADVICE =
  'A/B mode needs the history down to the merge-base, but this is a shallow clone (actions/checkout fetches a single commit by default). ' +
  'Set `fetch-depth: 0` on the checkout step:\n\n' +
  '    - uses: actions/checkout@v5\n      with:\n        fetch-depth: 0\n\n' +
  '(locally: `git fetch --unshallow`).';

async function git(runner: CommandRunner, cwd: string, args: string[]): Promise<CommandResult> {
  try {
    return await runner.run('git', args, { cwd, timeoutMs: GIT_TIMEOUT_MS });
  } catch (err) {
    throw new AbSetupError(`A/B mode needs git, which could not be started: ${(err as Error).message}`);
  }
}

function firstLine(r: CommandResult): string {
  return (r.stderr.trim() || r.stdout.trim()).split('\n')[0] ?? '';
}

/** The repository's top-level directory, or a clear error outside a git repository. */
export async function repositoryRoot(runner: CommandRunner, cwd: string): Promise<string> {
  const r = await git(runner, cwd, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) throw new AbSetupError(`A/B mode must run inside a git repository (${cwd}: ${firstLine(r)})`);
  return r.stdout.trim();
}

async function isShallow(runner: CommandRunner, root: string): Promise<boolean> {
  const r = await git(runner, root, ['rev-parse', '--is-shallow-repository']);
  return r.code === 0 && r.stdout.trim() === 'true';
}

/**
 * The commit A/B mode measures as the base: the merge-base of HEAD and
 * `baseRef`, i.e. what the branch started from, so that changes that landed
 * on the base branch since are not blamed on the pull request. In a shallow
 * clone neither the base commit nor the merge-base is usually present; that
 * is detected and explained rather than reported as git's own error.
 */
export async function resolveMergeBase(runner: CommandRunner, root: string, baseRef: string, head = 'HEAD'): Promise<string> {
  if (!baseRef.trim()) throw new AbSetupError('A/B mode needs a base ref (base-ref / --base-ref) to compare with.');
  if (baseRef.startsWith('-')) throw new AbSetupError(`base-ref: "${baseRef}" is not a git ref`);
  const shallow = await isShallow(runner, root);
  const resolved = await git(runner, root, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
  if (resolved.code !== 0) {
    if (shallow) throw new AbSetupError(`The base ref ${baseRef} is not in this clone. ${SHALLOW_ADVICE}`);
    throw new AbSetupError(
      `The base ref ${baseRef} is not a commit in this repository. Fetch it first (for example \`git fetch origin ${baseRef.replace(/^origin\//, '')}\`) or pass another base-ref.`,
    );
  }
  const baseSha = resolved.stdout.trim();
  const mb = await git(runner, root, ['merge-base', head, baseSha]);
  if (mb.code === 0 && mb.stdout.trim()) return mb.stdout.trim().split('\n')[0];
  // Exit 1 with no output: no common ancestor among the commits present,
  // which in a shallow clone means the history in between was not fetched.
  if (shallow) throw new AbSetupError(`No merge-base of ${head} and ${baseRef} in this clone. ${SHALLOW_ADVICE}`);
  throw new AbSetupError(`${head} and ${baseRef} have no common history (git merge-base: ${firstLine(mb) || 'no merge-base'}).`);
}

export interface Worktree {
  /** The checkout's directory (inside a fresh temporary directory). */
  dir: string;
  sha: string;
}

export interface WorktreeOptions {
  /** Parent of the temporary directory (default: the OS temp dir; RUNNER_TEMP in the Action). */
  tmpRoot?: string;
  log?: (message: string) => void;
}

/**
 * Checks `sha` out in a temporary worktree, runs `fn` with it, and removes the
 * worktree whatever `fn` does. A removal problem is logged, never thrown:
 * it must not replace the result (or the real error) of `fn`.
 */
export async function withWorktree<T>(
  runner: CommandRunner,
  root: string,
  sha: string,
  fn: (wt: Worktree) => Promise<T>,
  opts: WorktreeOptions = {},
): Promise<T> {
  const log = opts.log ?? (() => {});
  const tmp = await mkdtemp(path.join(opts.tmpRoot ?? os.tmpdir(), 'go-runtime-gate-base-'));
  // A subdirectory: `git worktree add` wants a path that does not exist yet.
  const dir = path.join(tmp, 'base');
  try {
    // Forget worktrees whose directories vanished (a killed earlier run), so
    // their stale entries do not pile up.
    await git(runner, root, ['worktree', 'prune']);
    const add = await git(runner, root, ['worktree', 'add', '--detach', dir, sha]);
    if (add.code !== 0) throw new AbSetupError(`Could not check out the merge-base ${sha.slice(0, 12)} in a worktree: ${firstLine(add)}`);
    log(`Merge-base ${sha.slice(0, 12)} checked out in ${dir}`);
    return await fn({ dir, sha });
  } finally {
    await removeWorktree(runner, root, dir, log);
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    // Once more, now that the directory is surely gone: drops the entry a
    // failed `worktree remove` may have left.
    await git(runner, root, ['worktree', 'prune']).catch(() => {});
  }
}

async function removeWorktree(runner: CommandRunner, root: string, dir: string, log: (m: string) => void = () => {}): Promise<void> {
  try {
    const r = await git(runner, root, ['worktree', 'remove', '--force', dir]);
    // Not registered (add failed) is fine; anything else is worth a line.
    if (r.code !== 0 && !/not a working tree/.test(r.stderr)) log(`git worktree remove ${dir}: ${firstLine(r)}`);
  } catch (err) {
    log(`Could not remove the worktree ${dir}: ${(err as Error).message}`);
  }
}

/**
 * The CLI's default base: the remote's default branch as this clone knows it
 * (`origin/HEAD`), else origin/main or origin/master. Guessing further would
 * compare with something the user did not mean, so we ask for --base-ref.
 */
export async function defaultBaseRef(runner: CommandRunner, root: string): Promise<string> {
  const head = await git(runner, root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (head.code === 0 && head.stdout.trim()) return head.stdout.trim();
  for (const candidate of ['origin/main', 'origin/master']) {
    const r = await git(runner, root, ['rev-parse', '--verify', '--quiet', `refs/remotes/${candidate}`]);
    if (r.code === 0) return candidate;
  }
  throw new AbSetupError('No origin/HEAD, origin/main or origin/master to compare with: pass --base-ref (a branch, tag or commit).');
}

/**
 * The base side of a same-runner comparison (A/B mode, and the confirmation
 * of a suspect regression) lives in a git worktree of the base commit. This
 * module checks that commit out next to the head and tells where the head's
 * module directory and repository root are inside it, so the base is built
 * from the same relative `working-directory` and its file paths read like the
 * head's.
 */
import path from 'node:path';
import { realpath } from 'node:fs/promises';
import type { CommandRunner } from '../toolchain/exec.js';
import { GateError } from '../errors.js';
import { repositoryRoot, withWorktree } from '../toolchain/worktree.js';

export interface HeadLocation {
  /** The head's module directory. */
  cwd: string;
  /** Root that file paths are made relative to. */
  repoRoot: string;
}

export interface BaseCheckout {
  /** The module directory inside the worktree. */
  cwd: string;
  /** The repository root inside the worktree (paths are relative to it). */
  repoRoot: string;
  sha: string;
}

async function real(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

/** Inside the worktree, the path that `p` has inside the repository at `gitRoot`. */
function mirror(gitRoot: string, p: string, worktree: string): string {
  const rel = path.relative(gitRoot, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new GateError('ab-setup', `${p} is outside the git repository at ${gitRoot}; a base commit can only be measured for a directory of the repository.`);
  }
  return path.join(worktree, rel);
}

/**
 * The head's directories resolved against its git repository: the module
 * directory, the git root, and the root for paths (the given one when it lies
 * inside the repository, else the git root: a workspace above the checkout has
 * no twin in a worktree).
 */
export async function headLocation(runner: CommandRunner, cwd: string, repoRoot: string): Promise<HeadLocation & { gitRoot: string }> {
  const headCwd = await real(cwd);
  const gitRoot = await real(await repositoryRoot(runner, headCwd));
  let root = await real(repoRoot);
  const inside = path.relative(gitRoot, root);
  if (inside.startsWith('..') || path.isAbsolute(inside)) root = gitRoot;
  return { cwd: headCwd, repoRoot: root, gitRoot };
}

/** Checks `sha` out in a temporary worktree, runs `fn` with the base's directories, and removes the worktree. */
export async function withBaseCheckout<T>(
  runner: CommandRunner,
  head: HeadLocation & { gitRoot: string },
  sha: string,
  fn: (base: BaseCheckout) => Promise<T>,
  opts: { tmpRoot?: string; log?: (message: string) => void } = {},
): Promise<T> {
  return withWorktree(
    runner,
    head.gitRoot,
    sha,
    (wt) => fn({ cwd: mirror(head.gitRoot, head.cwd, wt.dir), repoRoot: mirror(head.gitRoot, head.repoRoot, wt.dir), sha }),
    opts,
  );
}

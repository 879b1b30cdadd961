/**
 * The little we ask git locally (the CLI): which commit and branch are being
 * measured, where the repository root is (file paths in reports are
 * repository-relative like GitHub's annotations expect), which branch is the
 * default one, and how to keep our work directory out of `git status`. In the
 * Action the first of these come from the runner's environment instead.
 */
import path from 'node:path';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import type { CommandRunner } from './exec.js';

export interface GitInfo {
  root: string | null;
  commit: string;
  ref: string;
}

async function git(runner: CommandRunner, cwd: string, args: string[]): Promise<string | null> {
  try {
    const res = await runner.run('git', args, { cwd, timeoutMs: 30_000 });
    return res.code === 0 ? res.stdout.trim() : null;
  } catch {
    return null; // git not installed: not fatal, we just know less
  }
}

export async function gitInfo(runner: CommandRunner, cwd: string): Promise<GitInfo> {
  const root = await git(runner, cwd, ['rev-parse', '--show-toplevel']);
  const commit = root ? ((await git(runner, cwd, ['rev-parse', 'HEAD'])) ?? '') : '';
  const branch = root ? ((await git(runner, cwd, ['symbolic-ref', '--quiet', 'HEAD'])) ?? '') : '';
  return { root, commit, ref: branch };
}

/**
 * The repository's default branch as this clone knows it: the branch
 * `origin/HEAD` points to, else `main` or `master` when origin has one, else
 * null (no remote): the caller says which branch it assumed.
 */
export async function defaultBranch(runner: CommandRunner, cwd: string): Promise<string | null> {
  const head = await git(runner, cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (head) return head.replace(/^origin\//, '');
  for (const candidate of ['main', 'master']) {
    if ((await git(runner, cwd, ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${candidate}`])) !== null) return candidate;
  }
  return null;
}

/**
 * Keeps a directory the tool writes inside the user's repository (`.gate/`)
 * out of `git status`, through the clone's own `.git/info/exclude` (never a
 * tracked file of theirs). Quietly does nothing outside a git repository.
 */
export async function excludeFromGit(runner: CommandRunner, repoRoot: string, relative: string): Promise<void> {
  const gitDir = await git(runner, repoRoot, ['rev-parse', '--git-common-dir']);
  if (!gitDir) return;
  const file = path.resolve(repoRoot, gitDir, 'info', 'exclude');
  const line = `/${relative.replace(/^\/+/, '').replace(/\\/g, '/')}/`;
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.split('\n').some((l) => l.trim() === line)) return;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await appendFile(file, `${existing && !existing.endsWith('\n') ? '\n' : ''}# written by go-runtime-gate: its work directory\n${line}\n`);
  } catch {
    // A read-only clone: the directory merely shows as untracked.
  }
}

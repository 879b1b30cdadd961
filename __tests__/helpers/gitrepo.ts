/**
 * Temporary git repositories for the A/B tests: commit 1 on `main`, commit 2
 * on `feature` (checked out), built from directories of files. Tests may run
 * git directly; the product only runs it through the CommandRunner.
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cp, rm, readdir, writeFile } from 'node:fs/promises';
import { tempDir } from '../helpers/paths.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

async function replaceTree(repo: string, from: string, extra: Record<string, string>): Promise<void> {
  for (const entry of await readdir(repo)) if (entry !== '.git') await rm(path.join(repo, entry), { recursive: true, force: true });
  await cp(from, repo, { recursive: true });
  for (const [file, text] of Object.entries(extra)) await writeFile(path.join(repo, file), text);
}

export interface TwoCommitRepo {
  dir: string;
  base: string;
  head: string;
}

/** `main` = commit 1 (from `baseDir` plus `baseExtra` files), `feature` = commit 2 (from `headDir`), checked out. */
export async function twoCommitRepo(baseDir: string, headDir: string, baseExtra: Record<string, string> = {}): Promise<TwoCommitRepo> {
  const dir = await tempDir('grg-ab-repo-');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  await replaceTree(dir, baseDir, baseExtra);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '--quiet', '-b', 'feature');
  await replaceTree(dir, headDir, {});
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'head');
  const head = git(dir, 'rev-parse', 'HEAD');
  return { dir, base, head };
}

/** Worktrees git knows of, other than the main one. */
export function extraWorktrees(dir: string): string[] {
  return git(dir, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length))
    .slice(1);
}

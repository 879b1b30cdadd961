/**
 * The little we ask git locally (the CLI): which commit and branch are being
 * measured, and where the repository root is, so file paths in reports are
 * repository-relative like GitHub's annotations expect. In the Action these
 * come from the runner's environment instead.
 */
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

/**
 * `npm run release` (scripts/release.mjs) run on a copy of this repository in
 * a temporary directory: what it refuses without touching anything, what a
 * dry run prints, and a real release there (dist/ rebuilt, docs regenerated,
 * version bumped everywhere, tags made, the major tag moved, tree clean).
 */
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { ROOT, tempDir } from '../helpers/paths.js';

// A real release rebuilds dist/ (two ncc bundles) and type-checks the project
// (npm run docs): a minute each on a loaded 2-core machine.
const RELEASE_TIMEOUT_MS = 600_000;

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * This working tree as git sees it (tracked and untracked files, not ignored
 * ones), committed as the only commit of `main` in a new repository, with
 * node_modules linked from here.
 */
async function copyOfRepository(): Promise<string> {
  const dir = await tempDir('grg-release-');
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of new Set(files)) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await copyFile(from, path.join(dir, file));
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'the repository as it is');
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function release(cwd: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [path.join(cwd, 'scripts', 'release.mjs'), ...args], { cwd, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** What a refused or dry run must leave exactly as it was. */
function state(dir: string) {
  return {
    head: git(dir, 'rev-parse', 'HEAD'),
    branch: git(dir, 'branch', '--show-current'),
    tags: git(dir, 'tag', '--list'),
    status: git(dir, 'status', '--porcelain', '--untracked-files=all'),
  };
}

describe('npm run release', () => {
  // Shared by the tests that must leave it as it was (they check that they do).
  let repo: string;
  let version: string;

  beforeAll(async () => {
    repo = await copyOfRepository();
    version = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')).version;
  });

  afterAll(async () => {
    if (repo) await rm(repo, { recursive: true, force: true });
  });

  describe('refuses, changing nothing, and says what to do', () => {
    it('without a plain X.Y.Z above the current version', async () => {
      const before = state(repo);
      for (const [arg, message] of [
        [undefined, /give the version as X\.Y\.Z/],
        ['v9.0.0', /give the version as X\.Y\.Z .*got "v9\.0\.0"/],
        ['9.0', /give the version as X\.Y\.Z/],
        ['09.0.0', /give the version as X\.Y\.Z/],
        [version, new RegExp(`${version.replace(/\./g, '\\.')} is not above the current version`)],
        ['0.0.1', /is not above the current version/],
      ] as const) {
        const r = await release(repo, ...(arg ? [arg] : []));
        expect({ arg, code: r.code }).toEqual({ arg, code: 2 });
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
      }
      expect(state(repo)).toEqual(before);
    });

    it('off main, with a dirty tree, with the tag taken, behind origin/main, or without changelog entries', async () => {
      const before = state(repo);
      const refusal = async (message: RegExp) => {
        const r = await release(repo, '7.0.0');
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
      };

      git(repo, 'switch', '--quiet', '-c', 'feature');
      await refusal(/releases are cut from main, and HEAD is the branch feature: git switch main/);
      git(repo, 'switch', '--quiet', 'main');
      git(repo, 'branch', '--quiet', '-D', 'feature');

      await writeFile(path.join(repo, 'stray.txt'), 'x\n');
      await refusal(/working tree is not clean; commit or stash first:\n\?\? stray\.txt/);
      await rm(path.join(repo, 'stray.txt'));

      git(repo, 'tag', 'v7.0.0');
      await refusal(/the tag v7\.0\.0 already exists/);
      git(repo, 'tag', '-d', 'v7.0.0');

      // origin/main one commit ahead of main: someone merged since the last pull.
      git(repo, 'commit', '--quiet', '--allow-empty', '-m', 'merged elsewhere');
      git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
      git(repo, 'reset', '--quiet', '--hard', 'HEAD~1');
      await refusal(/main is behind or diverged from origin\/main: git pull --ff-only first/);
      git(repo, 'update-ref', '-d', 'refs/remotes/origin/main');

      const changelog = await readFile(path.join(repo, 'CHANGELOG.md'), 'utf8');
      const emptied = changelog.replace(/## \[Unreleased\]\n[\s\S]*?(?=\n## )/, '## [Unreleased]\n');
      expect(emptied).not.toBe(changelog);
      await writeFile(path.join(repo, 'CHANGELOG.md'), emptied);
      git(repo, 'commit', '--quiet', '-am', 'empty changelog');
      await refusal(/CHANGELOG\.md has no entries under "## \[Unreleased\]"/);
      git(repo, 'reset', '--quiet', '--hard', 'HEAD~1');

      expect(state(repo)).toEqual(before);
    });
  });

  it('--dry-run checks and prints the push commands without changing anything', async () => {
    const before = state(repo);
    const r = await release(repo, '7.1.0', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`would release v7\\.1\\.0 from ${before.head.slice(0, 12)} \\(${version.replace(/\./g, '\\.')} → 7\\.1\\.0\\), move v7`),
    );
    expect(r.stdout.split('\n')).toEqual([
      'git push origin main',
      'git push origin v7.1.0',
      'git push --force origin v7   # moves the major tag workflows pin',
      '',
    ]);
    expect(state(repo)).toEqual(before);
  });

  it(
    'releases for real: one commit with the version everywhere and dist/ rebuilt, vX.Y.Z and the moved vX on it, a clean tree',
    async () => {
      // A copy of its own: the other tests may run before or after this one.
      const repo = await copyOfRepository();
      const start = git(repo, 'rev-parse', 'HEAD');
      // An earlier v7 release: the major tag must move off it.
      git(repo, 'tag', '-a', 'v7', '-m', 'an earlier v7', start);
      const day = () => new Date().toISOString().slice(0, 10);
      const dayBefore = day();
      const r = await release(repo, '7.2.0');
      const dates = new Set([dayBefore, day()]);
      expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });

      const head = git(repo, 'rev-parse', 'HEAD');
      expect(git(repo, 'rev-parse', 'HEAD~1')).toBe(start);
      expect(git(repo, 'log', '-1', '--format=%s')).toBe('release: v7.2.0');
      expect(git(repo, 'rev-parse', 'v7.2.0^{commit}')).toBe(head);
      expect(git(repo, 'rev-parse', 'v7^{commit}')).toBe(head);
      expect(git(repo, 'cat-file', '-t', 'v7.2.0')).toBe('tag'); // annotated
      expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(git(repo, 'branch', '--show-current')).toBe('main');

      const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8'));
      const lock = JSON.parse(await readFile(path.join(repo, 'package-lock.json'), 'utf8'));
      expect([pkg.version, lock.version, lock.packages[''].version]).toEqual(['7.2.0', '7.2.0', '7.2.0']);
      expect(await readFile(path.join(repo, 'src', 'version.ts'), 'utf8')).toContain("export const TOOL_VERSION = '7.2.0';");
      // The committed bundles are the new version: the CLI says so, and the Action's bundle holds it.
      expect(execFileSync(process.execPath, ['dist/cli/index.js', '--version'], { cwd: repo, encoding: 'utf8' }).trim()).toBe('7.2.0');
      expect(await readFile(path.join(repo, 'dist', 'index.js'), 'utf8')).toMatch(/TOOL_VERSION = '7\.2\.0'/);
      const changed = git(repo, 'show', '--name-only', '--format=', 'HEAD').split('\n');
      expect(changed).toEqual(
        expect.arrayContaining(['CHANGELOG.md', 'package.json', 'package-lock.json', 'src/version.ts', 'dist/index.js', 'dist/cli/index.js']),
      );

      const changelog = await readFile(path.join(repo, 'CHANGELOG.md'), 'utf8');
      const dated = /## \[Unreleased\]\n\n## \[7\.2\.0\] - (\d{4}-\d\d-\d\d)\n/.exec(changelog);
      expect(dates).toContain(dated?.[1]);

      expect(r.stdout.split('\n')).toEqual([
        'git push origin main',
        'git push origin v7.2.0',
        'git push --force origin v7   # moves the major tag workflows pin',
        '',
      ]);
      expect(r.stderr).toMatch(/Nothing is pushed/);
      const notes = await readFile(path.join(repo, 'build', 'release-notes-v7.2.0.md'), 'utf8');
      expect(notes).toMatch(/^### Added/m);
      expect(notes).not.toMatch(/^## /m);
      await rm(repo, { recursive: true, force: true });
    },
    RELEASE_TIMEOUT_MS,
  );
});

/**
 * The CLI traps of issue 17, each checked as a user meets it, on real Go
 * (fixtures/broken, fixtures/names): what is refused is refused before
 * anything is measured or written, with the exit status the README gives.
 */
import path from 'node:path';
import { cp, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { git } from '../helpers/gitrepo.js';
import { BROKEN, ROOT, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const NAMES = path.join(ROOT, 'fixtures', 'names');

/** Copies a fixture without the .gate/ work directory earlier runs left in it. */
const notWorkDir = (src: string) => path.basename(src) !== '.gate';
const FAST = ['--count', '1', '--benchtime', '1x', '--profiles', 'none'];

/** Everything the CLI printed over the tests, for the wording check at the end. */
const printed: string[] = [];

async function cli(...args: string[]) {
  const io = capture();
  const code = await runCli(args, io);
  printed.push(io.stdout, io.stderr);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A copy of a fixture module in its own git repository, as a user's module is. */
async function repoOf(dir: string): Promise<string> {
  const repo = await tempDir('grg-traps-repo-');
  await cp(dir, repo, { recursive: true, filter: notWorkDir });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'fixture');
  return repo;
}

describe('refused before measuring', () => {
  it("--bench '([' reports the invalid regular expression, exits 2 and writes nothing", async () => {
    for (const bench of ['([', 'Dup/([']) {
      const out = path.join(await tempDir(), 'run.json');
      const r = await cli('run', '-C', NAMES, '--packages', './seq', '--bench', bench, ...FAST, '--out', out);
      expect([bench, r.code]).toEqual([bench, 2]);
      expect(r.stderr).toMatch(/bench: .*invalid regexp.*\(\[/);
      expect(r.stderr).toMatch(/missing closing \]/);
      expect(r.stderr).not.toMatch(/round 1|benchmark\(s\) measured/);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('--cpu 100000 is refused at once, naming the limit', async () => {
    const out = path.join(await tempDir(), 'run.json');
    const started = Date.now();
    const r = await cli('run', '-C', NAMES, '--packages', './seq', '--cpu', '2,100000', ...FAST, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cpu: .*100000.*at most 1024/);
    expect(r.stderr).not.toMatch(/Building/);
    expect(existsSync(out)).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('run --format html is refused before anything is built or written', async () => {
    const out = path.join(await tempDir(), 'run.json');
    const r = await cli('run', '-C', NAMES, '--packages', './seq', ...FAST, '--compare', '--baseline-dir', await tempDir(), '--format', 'html', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/format: .*html/);
    expect(r.stderr).not.toMatch(/Building/);
    expect(existsSync(out)).toBe(false);
  });

  it('-o naming a directory is refused before anything is built, without a raw EISDIR', async () => {
    const dir = await tempDir();
    const r = await cli('run', '-C', NAMES, '--packages', './seq', ...FAST, '-o', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: .* is a directory/);
    expect(r.stderr).not.toMatch(/EISDIR|Building/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('compare missing.json names the file, without a raw ENOENT', async () => {
    const dir = await tempDir();
    const r = await cli('compare', path.join(dir, 'missing.json'), path.join(dir, 'other.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${path.join(dir, 'missing.json')}: no such file`);
    expect(r.stderr).not.toMatch(/ENOENT/);
  });
});

describe('run on real modules', () => {
  it('exits 1 when a package does not compile, with or without --compare', async () => {
    const out = path.join(await tempDir(), 'run.json');
    const plain = await cli('run', '-C', BROKEN, '--packages', './nocompile', ...FAST, '--out', out);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/nocompile does not compile/);
    const compared = await cli('run', '-C', BROKEN, '--packages', './nocompile ./clean', ...FAST, '--out', out, '--compare', '--baseline-dir', await tempDir());
    expect(compared.code).toBe(1);
  });

  it('leaves .gate/ out of git status', async () => {
    const repo = await repoOf(NAMES);
    const r = await cli('run', '-C', repo, '--packages', './seq', '--bench', 'Dup/x$', ...FAST);
    expect(r.code).toBe(0);
    expect((await stat(path.join(repo, '.gate', 'run.json'))).isFile()).toBe(true);
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('leaves .gate/ of a module in a subdirectory out of git status too', async () => {
    const repo = await tempDir('grg-traps-sub-');
    await mkdir(path.join(repo, 'go'), { recursive: true });
    await cp(NAMES, path.join(repo, 'go'), { recursive: true, filter: notWorkDir });
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'fixture');
    const r = await cli('run', '-C', path.join(repo, 'go'), '--packages', './seq', '--bench', 'Dup/x$', ...FAST);
    expect(r.code).toBe(0);
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(await readFile(path.join(repo, '.git', 'info', 'exclude'), 'utf8')).toMatch(/^\/?go\/\.gate\/?$/m);
  });
});

describe('wording', () => {
  it('no CLI message above, nor --help, speaks of "inputs"', async () => {
    await cli('--help');
    await cli('run', '--count', 'x');
    const all = printed.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toMatch(/\binputs\b/i);
    expect(all).not.toMatch(/\b(?:the|an?)\s+[`'"]?[a-z-]+[`'"]?\s+input\b/i);
  });
});

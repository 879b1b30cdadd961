/**
 * selectAffected on a real module and real git: the change in the working
 * tree is mapped onto `go list -deps -test`'s graph (__tests__/helpers/graph-module.ts).
 */
import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { selectAffected, changesEverything, type Selection } from '../../src/discover/affected.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { git } from '../helpers/gitrepo.js';
import { graphRepo, writeFiles, GRAPH_FILES } from '../helpers/graph-module.js';
import { tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const M = 'example.com/graph';
let repo: { dir: string; base: string };

beforeAll(async () => {
  repo = await graphRepo();
});

function reset(): void {
  git(repo.dir, 'checkout', '--quiet', '--', '.');
  git(repo.dir, 'clean', '-fdq');
}

afterEach(reset);

function select(base = repo.base, dir = repo.dir): Promise<Selection> {
  return selectAffected(processRunner, { cwd: dir, base, packages: ['./...'], tags: '' });
}

async function affectedBy(files: Record<string, string>): Promise<string[]> {
  reset();
  await writeFiles(repo.dir, files);
  const s = await select();
  if (s.kind !== 'affected') throw new Error(`expected a selection, got all: ${s.reason}`);
  return s.affected.map((p) => p.slice(M.length + 1));
}

describe('selectAffected', () => {
  it('selects the changed package and its direct and transitive dependents', async () => {
    expect(await affectedBy({ 'a/a.go': GRAPH_FILES['a/a.go'].replace('n + 1', 'n + 2') })).toEqual(['a', 'b', 'd']);
  });

  it('selects a package whose tests alone import the changed one', async () => {
    expect(await affectedBy({ 'c/c.go': GRAPH_FILES['c/c.go'].replace('n - 1', 'n - 2') })).toEqual(['t']);
  });

  it('selects only the package itself when only its _test.go changed', async () => {
    expect(await affectedBy({ 'b/b_test.go': GRAPH_FILES['b/b_test.go'] + '\n// more\n' })).toEqual(['b']);
  });

  it('selects a package whose embedded file or testdata changed, not for a file it does not use', async () => {
    expect(await affectedBy({ 'e/data.txt': 'changed\n' })).toEqual(['e']);
    expect(await affectedBy({ 'f/testdata/in.txt': 'other input\n' })).toEqual(['f']);
    expect(await affectedBy({ 'e/NOTES.md': 'still not embedded\n' })).toEqual([]);
  });

  it('selects nothing for a README, and names no changed package', async () => {
    await writeFiles(repo.dir, { 'README.md': '# graph, documented\n' });
    const s = await select();
    expect(s).toMatchObject({ kind: 'affected', affected: [], changed: [], files: ['README.md'] });
  });

  it('counts an untracked new file, and a deleted package as changed', async () => {
    expect(await affectedBy({ 'a/extra.go': 'package a\n\nfunc Extra() {}\n' })).toEqual(['a', 'b', 'd']);
    reset();
    await rm(path.join(repo.dir, 'g'), { recursive: true });
    const s = await select();
    expect(s).toMatchObject({ kind: 'affected', changed: expect.arrayContaining([`${M}/g`]) });
    expect(s.kind === 'affected' && s.affected).toEqual([]);
  });

  it('measures everything when go.mod, go.sum or a workflow changes', async () => {
    await writeFiles(repo.dir, { 'go.mod': GRAPH_FILES['go.mod'] + '\n// touched\n' });
    expect(await select()).toMatchObject({ kind: 'all', reason: 'go.mod changed' });
    reset();
    await writeFiles(repo.dir, { '.github/workflows/bench.yml': 'on: pull_request\n' });
    expect(await select()).toMatchObject({ kind: 'all', reason: expect.stringMatching(/^\.github\/workflows\/bench\.yml .*changed$/) });
  });

  it('fails closed: an unknown base commit, or no git repository, measures everything and says why', async () => {
    const missing = 'f'.repeat(40);
    expect(await select(missing)).toMatchObject({
      kind: 'all',
      reason: expect.stringMatching(/^the base commit ffffffffffff is not in this clone and could not be fetched/),
    });
    const plain = await tempDir('grg-nogit-');
    await writeFile(path.join(plain, 'go.mod'), 'module x\n');
    expect(await select(repo.base, plain)).toMatchObject({ kind: 'all', reason: expect.stringMatching(/^the module is not in a git repository/) });
  });

  it('fails closed when a package of the module imports what does not exist', async () => {
    await writeFiles(repo.dir, {
      'b/b.go': GRAPH_FILES['b/b.go'].replace('import "example.com/graph/a"', 'import (\n\t"example.com/graph/a"\n\t_ "example.com/graph/nope"\n)'),
    });
    expect(await select()).toMatchObject({ kind: 'all', reason: expect.stringMatching(/^the import graph is incomplete: example\.com\/graph\/b:/) });
  });
});

describe('changesEverything', () => {
  it('names the build configuration and the gate workflow, nothing else', () => {
    expect(changesEverything('sub/go.sum')).toBe('sub/go.sum changed');
    expect(changesEverything('go.work')).toBe('go.work changed');
    expect(changesEverything('vendor/modules.txt')).toMatch(/vendored/);
    expect(changesEverything('pkg/a.go')).toBeUndefined();
    expect(changesEverything('docs/README.md')).toBeUndefined();
  });
});

import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzip } from 'pako';
import { InputError } from '../../src/errors.js';
import { runResultDocument, serializeDocument } from '../../src/document/index.js';
import type { RunResult } from '../../src/result/types.js';
import { DirectoryStore } from '../../src/store/dir.js';
import type { BaselineQuery, SaveResult } from '../../src/store/store.js';
import { COMMIT_A, COMMIT_B, COMMIT_C, makeRunResult, type RunResultOverrides } from '../result/fixtures.js';

let root: string;
let dir: string;
let store: DirectoryStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'grg-dir-'));
  dir = join(root, 'baselines');
  store = new DirectoryStore(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const base = makeRunResult();

function query(overrides: Partial<BaselineQuery> = {}, env: Partial<BaselineQuery['environment']> = {}): BaselineQuery {
  const e = base.environment;
  return {
    branch: 'main',
    environment: { goos: e.goos, goarch: e.goarch, goVersion: e.goVersion, configHash: e.configHash, ...env },
    ...overrides,
  };
}

function result(commit: string, createdAt: string, overrides: RunResultOverrides = {}): RunResult {
  return makeRunResult({ createdAt, ...overrides, environment: { commit, ...overrides.environment } });
}

async function listAll(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await listAll(p)));
    else out.push(p);
  }
  return out;
}

/** The file a directory store saved to (its result names it as `dir:<path>`). */
function fileOf(r: SaveResult): string {
  expect(r.saved).toBe(true);
  return r.where.replace(/^dir:/, '');
}

describe('DirectoryStore', () => {
  it('round-trips a baseline through <dir>/<branch>/<commit>.json.gz with an index', async () => {
    const where = fileOf(await store.save(base, 'main'));
    expect(where).toBe(join(dir, 'main', `${COMMIT_A}.json.gz`));
    const gz = await readFile(where);
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    const index = JSON.parse(await readFile(join(dir, 'main', 'index.json'), 'utf8'));
    expect(index).toMatchObject({ schema: 'go-runtime-gate/baseline-index', version: 1, branch: 'main' });
    expect(index.entries[`${COMMIT_A}.json.gz`]).toMatchObject({ commit: COMMIT_A, goos: 'linux', goVersion: 'go1.26.0' });

    const restored = await store.restore(query({ commit: COMMIT_A }));
    expect(restored).not.toBeNull();
    expect(restored!.result).toEqual(base);
    expect(restored!.source).toBe(`dir:${where}`);
    expect(restored!.exactCommit).toBe(true);
    expect(restored!.warnings).toEqual([]);
    expect((await readdir(join(dir, 'main'))).sort()).toEqual([`${COMMIT_A}.json.gz`, 'index.json']); // no temporary files
  });

  it('returns null when the branch has no baselines', async () => {
    expect(await store.restore(query())).toBeNull();
    await store.save(base, 'main');
    expect(await store.restore(query({ branch: 'develop' }))).toBeNull();
  });

  it('names a baseline without a commit after its creation time', async () => {
    const where = fileOf(await store.save(result('', '2026-03-02T10:20:30.000Z'), 'main'));
    expect(where).toBe(join(dir, 'main', 'time-2026-03-02T10-20-30.000Z.json.gz'));
  });

  it('prefers the exact base commit over a newer baseline', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    await store.save(result(COMMIT_B, '2026-03-05T00:00:00Z'), 'main');
    const r = await store.restore(query({ commit: COMMIT_A }));
    expect(r!.result.environment.commit).toBe(COMMIT_A);
    expect(r!.exactCommit).toBe(true);
    // Commit comparison ignores case.
    expect((await store.restore(query({ commit: COMMIT_A.toUpperCase() })))!.exactCommit).toBe(true);
  });

  it('otherwise takes the newest by createdAt, not by save order or file name', async () => {
    await store.save(result(COMMIT_C, '2026-03-09T00:00:00Z'), 'main'); // newest, saved first, sorts last by name
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    await store.save(result(COMMIT_B, '2026-03-05T00:00:00Z'), 'main');
    const r = await store.restore(query({ commit: 'f'.repeat(40) }));
    expect(r!.result.environment.commit).toBe(COMMIT_C);
    expect(r!.exactCommit).toBe(false);
    expect(r!.warnings).toEqual([]);
  });

  it('uses another Go version only when no same-version baseline exists, with a warning', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    await store.save(result(COMMIT_B, '2026-03-09T00:00:00Z', { environment: { goVersion: 'go1.25.3' } }), 'main');
    // Same Go wins even though the other is newer and is the exact commit.
    const same = await store.restore(query({ commit: COMMIT_B }));
    expect(same!.result.environment.goVersion).toBe('go1.26.0');
    expect(same!.exactCommit).toBe(false);
    expect(same!.warnings).toEqual([]);

    const other = await store.restore(query({ commit: COMMIT_B }, { goVersion: 'go1.27.0' }));
    expect(other!.result.environment.commit).toBe(COMMIT_B); // exact commit still preferred among other versions
    expect(other!.warnings).toHaveLength(1);
    expect(other!.warnings[0]).toContain('was measured with go1.25.3 but this run uses go1.27.0');
    expect(other!.warnings[0]).toContain(other!.source);
  });

  it('never returns a baseline for another OS, architecture or configuration', async () => {
    await store.save(base, 'main');
    expect(await store.restore(query({}, { goos: 'darwin' }))).toBeNull();
    expect(await store.restore(query({}, { goarch: 'arm64' }))).toBeNull();
    expect(await store.restore(query({}, { configHash: '000000000000' }))).toBeNull();
  });

  it('skips a corrupt newer file, uses the newest valid one and names the corrupt file', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    const good = fileOf(await store.save(result(COMMIT_B, '2026-03-02T00:00:00Z'), 'main'));
    const corrupt = join(dir, 'main', `${COMMIT_C}.json.gz`);
    const full = gzip(serializeDocument(runResultDocument, result(COMMIT_C, '2026-03-09T00:00:00Z')));
    await writeFile(corrupt, full.subarray(0, full.length - 30));
    const r = await store.restore(query());
    expect(r!.source).toBe(`dir:${good}`);
    expect(r!.warnings).toEqual([
      `ignored a corrupt baseline: ${corrupt}: offset ${full.length - 30}: expected a complete gzip stream: the compressed data ends early (file truncated?)`,
    ]);
  });

  it('leaves corrupt files out of the index', async () => {
    await mkdir(join(dir, 'main'), { recursive: true });
    await writeFile(join(dir, 'main', 'junk.json'), 'junk');
    await store.save(base, 'main');
    const index = JSON.parse(await readFile(join(dir, 'main', 'index.json'), 'utf8'));
    expect(Object.keys(index.entries)).toEqual([`${COMMIT_A}.json.gz`]);
  });

  it('detects a file corrupted after it was indexed', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    const newest = fileOf(await store.save(result(COMMIT_B, '2026-03-02T00:00:00Z'), 'main'));
    await writeFile(newest, '{"schema": "go-runtime-gate/run-result", "version": 1,');
    const r = await store.restore(query());
    expect(r!.result.environment.commit).toBe(COMMIT_A);
    expect(r!.warnings).toEqual([
      `ignored a corrupt baseline: ${newest}:1:55: expected a property name in double quotes: found end of input (file truncated?)`,
    ]);
  });

  it('throws the InputError when the only candidate is corrupt', async () => {
    const file = join(dir, 'main', `${COMMIT_A}.json`);
    await mkdir(join(dir, 'main'), { recursive: true });
    const bad = serializeDocument(runResultDocument, base).replace('"goos": "linux"', '"goos": 42');
    await writeFile(file, bad);
    const err = await store.restore(query()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const line = bad.split('\n').findIndex((l) => l.includes('"goos": 42')) + 1;
    expect((err as InputError).message).toBe(`${file}:${line}:13: expected a string at $.environment.goos: found number 42`);
  });

  it('refuses a baseline from a newer schema with the upgrade message', async () => {
    await mkdir(join(dir, 'main'), { recursive: true });
    await writeFile(join(dir, 'main', 'x.json'), serializeDocument(runResultDocument, base).replace('"version": 1,', '"version": 2,'));
    await expect(store.restore(query())).rejects.toThrow('written by a newer go-runtime-gate (schema 2); this version reads up to 1 — upgrade the action');
  });

  it('survives a missing or corrupt index by reading the files', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    await store.save(result(COMMIT_B, '2026-03-02T00:00:00Z'), 'main');
    await writeFile(join(dir, 'main', 'index.json'), '{not json');
    expect((await store.restore(query()))!.result.environment.commit).toBe(COMMIT_B);
    await rm(join(dir, 'main', 'index.json'));
    expect((await store.restore(query()))!.result.environment.commit).toBe(COMMIT_B);
    // The next save rebuilds it.
    await store.save(result(COMMIT_C, '2026-03-03T00:00:00Z'), 'main');
    const index = JSON.parse(await readFile(join(dir, 'main', 'index.json'), 'utf8'));
    expect(Object.keys(index.entries).sort()).toEqual([`${COMMIT_A}.json.gz`, `${COMMIT_B}.json.gz`, `${COMMIT_C}.json.gz`]);
  });

  it('does not trust an index entry whose file changed', async () => {
    const where = fileOf(await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main'));
    await store.save(result(COMMIT_B, '2026-03-02T00:00:00Z'), 'main');
    // Replace A's file with a result for another OS behind the index's back.
    await writeFile(where, serializeDocument(runResultDocument, result(COMMIT_A, '2026-03-01T00:00:00Z', { environment: { goos: 'windows' } })));
    const r = await store.restore(query({ commit: COMMIT_A }));
    expect(r!.result.environment.commit).toBe(COMMIT_B);
    expect((await stat(where)).size).toBeGreaterThan(0);
  });

  it('keeps hostile branch names inside the store, each in its own directory', async () => {
    const branches = ['../../escape', '..', '.', '/abs/path', 'a/../../b', '..\\..\\win', 'feature/x', 'feature_x', 'feature%2Fx', '.git', 'x\u0000y'];
    for (const b of branches) await store.save(base, b);
    const files = await listAll(root);
    for (const f of files) expect(relative(dir, f).startsWith('..')).toBe(false);
    expect(await readdir(root)).toEqual(['baselines']);
    expect(new Set(await readdir(dir)).size).toBe(branches.length);
    for (const b of branches) {
      const r = await store.restore(query({ branch: b }));
      expect(r!.result).toEqual(base);
      expect(r!.source.startsWith(`dir:${dir}/`)).toBe(true);
    }
  });

  it('overwrites the baseline of a commit saved twice (the later run wins)', async () => {
    await store.save(result(COMMIT_A, '2026-03-01T00:00:00Z'), 'main');
    await store.save(result(COMMIT_A, '2026-03-02T00:00:00Z'), 'main');
    expect((await store.restore(query()))!.result.createdAt).toBe('2026-03-02T00:00:00Z');
    expect((await readdir(join(dir, 'main'))).length).toBe(2);
  });
});

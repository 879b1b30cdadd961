import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { ConfigError, InputError } from '../../src/errors.js';
import { runResultDocument, serializeDocument } from '../../src/document/index.js';
import { ActionsCacheStore, MAX_CACHE_KEY_LENGTH, assertMaySave, cacheKey, restoreKeys, type CacheBackend, type CacheKeyParts } from '../../src/store/cache.js';
import { StoreUnavailableError, type BaselineQuery } from '../../src/store/store.js';
import { COMMIT_A, COMMIT_B, makeRunResult, type RunResultOverrides } from '../result/fixtures.js';

const parts: CacheKeyParts = { goos: 'linux', goarch: 'amd64', goVersion: 'go1.26.0', configHash: '0123456789ab', branch: 'main' };

describe('cacheKey and restoreKeys', () => {
  it('lay out prefix, schema, OS, arch, config, branch, Go version, commit', () => {
    expect(cacheKey({ ...parts, commit: COMMIT_A })).toBe(`go-runtime-gate-v1-linux-amd64-0123456789ab-main-go1.26.0-${COMMIT_A}`);
    expect(restoreKeys(parts)).toEqual(['go-runtime-gate-v1-linux-amd64-0123456789ab-main-go1.26.0-', 'go-runtime-gate-v1-linux-amd64-0123456789ab-main-']);
  });

  it('honour a custom prefix and schema version', () => {
    expect(cacheKey({ ...parts, prefix: 'perf-gate', schemaVersion: 3, commit: 'abc' })).toBe('perf-gate-v3-linux-amd64-0123456789ab-main-go1.26.0-abc');
  });

  it('restore keys are prefixes of the saved key, most specific first', () => {
    const key = cacheKey({ ...parts, commit: COMMIT_A });
    const [sameGo, anyGo] = restoreKeys(parts);
    expect(key.startsWith(sameGo)).toBe(true);
    expect(key.startsWith(anyGo)).toBe(true);
    expect(sameGo.startsWith(anyGo)).toBe(true);
  });

  it('the "any Go version" key still pins OS, arch, configuration and branch', () => {
    const anyGo = restoreKeys(parts)[1];
    for (const other of [{ goos: 'darwin' }, { goarch: 'arm64' }, { configHash: 'ffffffffffff' }, { branch: 'develop' }]) {
      expect(cacheKey({ ...parts, ...other, commit: COMMIT_A }).startsWith(anyGo)).toBe(false);
    }
    expect(cacheKey({ ...parts, goVersion: 'go1.25.0', commit: COMMIT_A }).startsWith(anyGo)).toBe(true);
  });

  it('a branch is never matched by the prefix of another branch (main vs main-old)', () => {
    const main = restoreKeys({ ...parts, branch: 'main' });
    expect(cacheKey({ ...parts, branch: 'main-old', commit: COMMIT_A }).startsWith(main[1])).toBe(false);
    expect(cacheKey({ ...parts, goVersion: 'go1.26.0-rc1', commit: COMMIT_A }).startsWith(main[0])).toBe(false);
    expect(cacheKey({ ...parts, goVersion: 'go1.26', commit: COMMIT_A }).startsWith(restoreKeys({ ...parts, goVersion: 'go1.2' })[0])).toBe(false);
  });

  it('keeps prefix matching exact for arbitrary branches and Go versions (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (b1, b2, g1, g2) => {
        const k = cacheKey({ ...parts, branch: b1, goVersion: g1, commit: COMMIT_A });
        const [sameGo, anyGo] = restoreKeys({ ...parts, branch: b2, goVersion: g2 });
        expect(k.startsWith(anyGo)).toBe(b1 === b2);
        expect(k.startsWith(sameGo)).toBe(b1 === b2 && g1 === g2);
      }),
      { numRuns: 2000 },
    );
  });

  it('never contain commas and never exceed 512 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 300 }), fc.string({ maxLength: 200 }), (branch, goVersion, commit) => {
        const prefix = 'x,'.repeat(40);
        const k = cacheKey({ ...parts, branch, goVersion, commit, prefix });
        expect(k.length).toBeLessThanOrEqual(MAX_CACHE_KEY_LENGTH);
        expect(k).not.toContain(',');
        for (const r of restoreKeys({ ...parts, branch, goVersion, prefix })) expect(k.startsWith(r)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shortens very long branch names with a hash, keeping them distinct', () => {
    const a = cacheKey({ ...parts, branch: 'b'.repeat(2000), commit: COMMIT_A });
    const b = cacheKey({ ...parts, branch: 'b'.repeat(2001), commit: COMMIT_A });
    expect(a.length).toBeLessThanOrEqual(512);
    expect(a).not.toBe(b);
    expect(a).toMatch(/-b+~[0-9a-f]{12}-go1\.26\.0-a{40}$/);
  });

  it('encodes hostile branch names', () => {
    expect(cacheKey({ ...parts, branch: 'feat/a,b c-d', commit: COMMIT_A })).toBe(
      `go-runtime-gate-v1-linux-amd64-0123456789ab-feat/a%2Cb%20c%2Dd-go1.26.0-${COMMIT_A}`,
    );
  });

  it('refuses a prefix that leaves no room for the branch', () => {
    expect(() => cacheKey({ ...parts, prefix: 'p'.repeat(400), commit: COMMIT_A })).toThrow(ConfigError);
    expect(() => new ActionsCacheStore({ prefix: '' })).toThrow(ConfigError);
  });
});

describe('assertMaySave', () => {
  it('refuses pull-request events', () => {
    for (const e of ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']) {
      expect(() => assertMaySave(e)).toThrow(ConfigError);
      expect(() => assertMaySave(e)).toThrow(`refusing to save a baseline on a ${e} event`);
    }
  });
  it('allows pushes and other trusted events', () => {
    for (const e of ['push', 'schedule', 'workflow_dispatch', 'merge_group', '']) expect(() => assertMaySave(e)).not.toThrow();
  });
});

interface Entry {
  version: string;
  key: string;
  files: Map<string, Buffer>;
  created: number;
}

/**
 * An in-memory Actions cache with the service's semantics: entries are filed
 * under a version derived from the path strings; the primary key matches
 * exactly or by prefix, then each restore key by prefix, the newest entry
 * winning; keys are immutable.
 */
class FakeCache implements CacheBackend {
  calls: { op: 'save' | 'restore'; paths: string[]; key: string; restoreKeys?: string[] }[] = [];
  entries: Entry[] = [];
  clock = 0;
  saveError?: Error;
  restoreError?: Error;

  async saveCache(paths: string[], key: string): Promise<number> {
    this.calls.push({ op: 'save', paths: [...paths], key });
    if (this.saveError) throw this.saveError;
    const version = paths.join('|');
    if (this.entries.some((e) => e.version === version && e.key === key)) {
      const err = new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      err.name = 'ReserveCacheError';
      throw err;
    }
    const files = new Map<string, Buffer>();
    const walk = async (d: string) => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        if (e.isDirectory()) await walk(join(d, e.name));
        else files.set(relative(paths[0], join(d, e.name)), await readFile(join(d, e.name)));
      }
    };
    await walk(paths[0]);
    this.entries.push({ version, key, files, created: ++this.clock });
    return this.entries.length;
  }

  async restoreCache(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined> {
    this.calls.push({ op: 'restore', paths: [...paths], key: primaryKey, restoreKeys: [...restoreKeys] });
    if (this.restoreError) throw this.restoreError;
    const version = paths.join('|');
    const mine = this.entries.filter((e) => e.version === version);
    const newest = (match: (e: Entry) => boolean) => mine.filter(match).sort((a, b) => b.created - a.created)[0];
    const hit =
      newest((e) => e.key === primaryKey) ??
      newest((e) => e.key.startsWith(primaryKey)) ??
      restoreKeys.map((r) => newest((e) => e.key.startsWith(r))).find((e) => e !== undefined);
    if (!hit) return undefined;
    for (const [rel, bytes] of hit.files) {
      await mkdir(join(paths[0], rel, '..'), { recursive: true });
      await writeFile(join(paths[0], rel), bytes);
    }
    return hit.key;
  }
}

describe('ActionsCacheStore', () => {
  let staging: string;
  let cache: FakeCache;
  let logs: { level: 'warning' | 'info'; message: string }[];
  let store: ActionsCacheStore;

  beforeEach(async () => {
    staging = await mkdtemp(join(tmpdir(), 'grg-cache-'));
    cache = new FakeCache();
    logs = [];
    store = new ActionsCacheStore({
      backend: cache,
      stagingRoot: staging,
      log: { warning: (message) => logs.push({ level: 'warning', message }), info: (message) => logs.push({ level: 'info', message }) },
    });
  });
  afterEach(async () => {
    await rm(staging, { recursive: true, force: true });
  });

  const base = makeRunResult();
  const env = base.environment;
  const query = (overrides: Partial<BaselineQuery> = {}, e: Partial<BaselineQuery['environment']> = {}): BaselineQuery => ({
    branch: 'main',
    environment: { goos: env.goos, goarch: env.goarch, goVersion: env.goVersion, configHash: env.configHash, ...e },
    ...overrides,
  });
  const result = (commit: string, overrides: RunResultOverrides = {}) => makeRunResult({ ...overrides, environment: { commit, ...overrides.environment } });
  const keyOf = (commit: string, goVersion = env.goVersion, branch = 'main') =>
    cacheKey({ goos: env.goos, goarch: env.goarch, goVersion, configHash: env.configHash, branch, commit });

  it('saves under the full key and restores the exact commit', async () => {
    expect(await store.save(base, 'main')).toEqual({ saved: true, where: `cache:${keyOf(COMMIT_A)}` });
    const r = await store.restore(query({ commit: COMMIT_A }));
    expect(r).toEqual({ result: base, source: `cache:${keyOf(COMMIT_A)}`, exactCommit: true, warnings: [] });
    const [save, restore] = cache.calls;
    expect(save).toEqual({ op: 'save', paths: [join(staging, env.configHash)], key: keyOf(COMMIT_A) });
    expect(restore).toEqual({
      op: 'restore',
      paths: save.paths, // the cache version hashes the paths: they must be identical
      key: keyOf(COMMIT_A),
      restoreKeys: restoreKeys({ goos: env.goos, goarch: env.goarch, goVersion: env.goVersion, configHash: env.configHash, branch: 'main' }),
    });
    expect(logs).toEqual([]);
  });

  it('falls back to the newest baseline of the branch with the same Go version', async () => {
    await store.save(result(COMMIT_A), 'main');
    await store.save(result(COMMIT_B), 'main');
    await store.save(result('c'.repeat(40), { environment: { goVersion: 'go1.25.0' } }), 'main'); // newer but other Go
    const r = await store.restore(query({ commit: 'f'.repeat(40) }));
    expect(r!.result.environment.commit).toBe(COMMIT_B);
    expect(r!.exactCommit).toBe(false);
    expect(r!.warnings).toEqual([]);
  });

  it('without a base commit, restores the newest same-Go baseline', async () => {
    await store.save(result(COMMIT_A), 'main');
    const r = await store.restore(query());
    expect(r!.result.environment.commit).toBe(COMMIT_A);
    expect(r!.exactCommit).toBe(false);
    expect(cache.calls[1]).toMatchObject({
      key: restoreKeys({ ...parts, ...pick(env), branch: 'main' })[0],
      restoreKeys: [restoreKeys({ ...parts, ...pick(env), branch: 'main' })[1]],
    });
  });

  it('uses another Go version only as a last resort, with a warning', async () => {
    await store.save(result(COMMIT_A, { environment: { goVersion: 'go1.25.0' } }), 'main');
    const r = await store.restore(query({ commit: COMMIT_B }));
    expect(r!.result.environment.goVersion).toBe('go1.25.0');
    expect(r!.warnings).toEqual([expect.stringContaining('was measured with go1.25.0 but this run uses go1.26.0')]);
  });

  it('does not restore baselines of other branches, platforms or configurations', async () => {
    await store.save(base, 'main-old');
    await store.save(result(COMMIT_B, { environment: { goos: 'darwin' } }), 'main');
    await store.save(result(COMMIT_B, { config: { bench: 'Other' } }), 'main');
    expect(await store.restore(query())).toBeNull();
    expect(logs).toEqual([]);
  });

  it('returns null on a miss', async () => {
    expect(await store.restore(query({ commit: COMMIT_A }))).toBeNull();
  });

  it('does not mistake a stale staged file for a restored baseline', async () => {
    await store.save(base, 'main');
    cache.entries = [];
    expect(await store.restore(query())).toBeNull();
  });

  it('says a restore that failed is a failure (StoreUnavailableError), not a miss', async () => {
    cache.restoreError = new Error('Cache service responded with 503');
    const err = await store.restore(query({ commit: COMMIT_A })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/the Actions cache could not be asked for a baseline .*Cache service responded with 503/);
  });

  it('returns a failed save as not saved with the reason, never an exception', async () => {
    cache.saveError = new Error('Cache service responded with 403: access denied');
    expect(await store.save(base, 'main')).toEqual({
      saved: false,
      where: `cache:${keyOf(COMMIT_A)}`,
      reason: 'Cache service responded with 403: access denied',
    });
  });

  it('says a key that already exists was saved by another job', async () => {
    expect(await store.save(base, 'main')).toEqual({ saved: true, where: `cache:${keyOf(COMMIT_A)}` });
    const again = await store.save(base, 'main');
    expect(again.saved).toBe(false);
    expect(again.reason).toMatch(/another job is saving or already saved this commit's baseline \(Unable to reserve cache/);
  });

  it('reports a declined save (-1 from the library) as not saved', async () => {
    const declining: CacheBackend = { saveCache: async () => -1, restoreCache: async () => undefined };
    const s = new ActionsCacheStore({ backend: declining, stagingRoot: staging });
    const r = await s.save(base, 'main');
    expect(r).toMatchObject({ saved: false, where: `cache:${keyOf(COMMIT_A)}` });
    expect(r.reason).toMatch(/did not store it/);
  });

  it('throws an InputError naming the cache entry when the restored baseline is corrupt', async () => {
    await store.save(base, 'main');
    const entry = cache.entries[0];
    const [file] = [...entry.files.keys()];
    entry.files.set(file, Buffer.from(serializeDocument(runResultDocument, base).replace('"version": 1,', '"version": 9,')));
    const err = await store.restore(query()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe(`cache:${keyOf(COMMIT_A)}`);
    expect((err as InputError).message).toContain('written by a newer go-runtime-gate (schema 9)');
  });

  it('throws an InputError when the restored entry holds no baseline file', async () => {
    await store.save(base, 'main');
    cache.entries[0].files.clear();
    await expect(store.restore(query())).rejects.toThrow(`cache:${keyOf(COMMIT_A)}: expected a cache entry containing baseline.json.gz`);
  });

  it('uses the creation time as the commit component of a run without a commit', async () => {
    const { where } = await store.save(result('', { createdAt: '2026-03-01T12:00:00.000Z' }), 'main');
    expect(where).toBe(`cache:${keyOf(`t${Date.parse('2026-03-01T12:00:00.000Z')}`)}`);
  });
});

function pick(e: BaselineQuery['environment']): Pick<CacheKeyParts, 'goos' | 'goarch' | 'goVersion' | 'configHash'> {
  return { goos: e.goos, goarch: e.goarch, goVersion: e.goVersion, configHash: e.configHash };
}

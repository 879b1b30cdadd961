/**
 * The local cache service against the real clients: @actions/cache (tar,
 * zstd, Twirp, Azure blob SDK) through the Action's ActionsCacheStore, and
 * the blob SDK's block upload (which the library only uses above 128 MiB).
 */
import path from 'node:path';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { BlockBlobClient } from '@azure/storage-blob';
import { CacheServer } from '../helpers/cache-server.js';
import { ActionsCacheStore } from '../../src/store/cache.js';
import { makeRunResult as runResult } from '../result/fixtures.js';

const service = new CacheServer();
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  await service.start();
  const temp = await mkdtemp(path.join(os.tmpdir(), 'grg-cache-'));
  // @actions/cache reads these when called; the runner sets them for every step.
  for (const [k, v] of Object.entries({ ...service.env(), RUNNER_TEMP: temp })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await service.stop();
});
afterEach(() => expect(service.problems).toEqual([]));

function store(warnings: string[] = [], timeoutMs?: number): ActionsCacheStore {
  return new ActionsCacheStore({ log: { warning: (m) => warnings.push(m), info: () => {} }, timeoutMs });
}

describe('CacheServer with @actions/cache v2', () => {
  it('round-trips a baseline: save on the branch, restore by exact commit and by prefix', async () => {
    const base = runResult();
    expect(await store().save(base, 'main')).toMatchObject({ saved: true });
    expect(service.committedKeys()).toHaveLength(1);
    const q = { branch: 'main', commit: base.environment.commit, environment: base.environment };
    const exact = await store().restore(q);
    expect(exact?.exactCommit).toBe(true);
    expect(exact?.result).toEqual(base);
    const newest = await store().restore({ ...q, commit: 'other' });
    expect(newest?.exactCommit).toBe(false);
    const ops = service.calls.map((c) => `${c.method} ${c.path.replace(/\/blob\/\w+/, '/blob/*').replace(/.*CacheService\//, '')}`);
    expect(ops).toEqual([
      'POST CreateCacheEntry',
      'PUT /blob/*',
      'POST FinalizeCacheEntryUpload',
      'POST GetCacheEntryDownloadURL',
      'GET /blob/*',
      'POST GetCacheEntryDownloadURL',
      'GET /blob/*',
    ]);
  });

  it('refuses a second entry with the same key (the existing baseline stays), and says so', async () => {
    const base = runResult();
    const again = await store().save(base, 'main');
    expect(again.saved).toBe(false);
    expect(again.reason).toMatch(/another job is saving or already saved|did not store it|already exists/);
  });

  it('misses for another branch', async () => {
    const base = runResult();
    expect(await store().restore({ branch: 'release', environment: base.environment })).toBeNull();
  });

  it('a service that is down is said to be down (never a plain miss), and a save is said not to have happened', async () => {
    service.down = true;
    try {
      const base = runResult();
      await expect(store().restore({ branch: 'main', commit: base.environment.commit, environment: base.environment })).rejects.toThrow(
        /the Actions cache could not be asked for a baseline .*Failed to GetCacheEntryDownloadURL/,
      );
      const saved = await store().save(runResult({ environment: { commit: 'f'.repeat(40) } }), 'main');
      expect(saved.saved).toBe(false);
      expect(saved.reason).toMatch(/Failed|ECONNRESET|socket/i);
    } finally {
      service.down = false;
    }
  });

  it('a service that accepts the connection and never answers is given up after network-timeout, like one that is down', async () => {
    service.silent = true;
    try {
      const base = runResult();
      const started = Date.now();
      await expect(store([], 500).restore({ branch: 'main', commit: base.environment.commit, environment: base.environment })).rejects.toThrow(
        /the Actions cache could not be asked for a baseline .*no answer from the Actions cache service within 500 ms \(network-timeout\)/,
      );
      const saved = await store([], 500).save(runResult({ environment: { commit: 'e'.repeat(40) } }), 'main');
      expect(saved).toMatchObject({ saved: false, reason: expect.stringMatching(/no answer from the Actions cache service within 500 ms/) });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(service.calls.filter((c) => c.status === -1).length).toBeGreaterThanOrEqual(2);
    } finally {
      service.silent = false;
      // Let go of the calls the library still waits on: they fail now, and nothing may come of it.
      await service.stop();
      await service.start();
      for (const [k, v] of Object.entries(service.env())) process.env[k] = v;
    }
  });

  it('assembles block uploads from the block list, as the blob SDK sends them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'grg-blocks-'));
    const file = path.join(dir, 'data.bin');
    const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    await writeFile(file, data);
    const url = `${service.url}blob/blocktest?sig=x`;
    await new BlockBlobClient(url).uploadFile(file, { blockSize: 1024, maxSingleShotSize: 1000, concurrency: 2 });
    const res = await fetch(url);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(await readFile(file));
    expect(service.calls.filter((c) => c.path === '/blob/blocktest' && c.method === 'PUT')).toHaveLength(6);
  });
});

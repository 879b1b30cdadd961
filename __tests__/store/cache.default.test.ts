/**
 * The default wiring: without an injected backend and log, ActionsCacheStore
 * calls @actions/cache and reports through @actions/core.
 */
import { jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const realCache = await import('@actions/cache');
const realCore = await import('@actions/core');
const saveCache = jest.fn(async (_paths: string[], _key: string) => 7);
const restoreCache = jest.fn(async (_paths: string[], _primary: string, _keys?: string[]): Promise<string | undefined> => {
  throw new Error('Cache service responded with 500');
});
const warning = jest.fn((_m: string | Error) => undefined);
jest.unstable_mockModule('@actions/cache', () => ({ ...realCache, saveCache, restoreCache }));
jest.unstable_mockModule('@actions/core', () => ({ ...realCore, warning }));

const { ActionsCacheStore } = await import('../../src/store/cache.js');
const { makeRunResult } = await import('../result/fixtures.js');

describe('ActionsCacheStore defaults', () => {
  let dir: string;
  const previousTemp = process.env.RUNNER_TEMP;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grg-default-'));
    process.env.RUNNER_TEMP = dir;
  });
  afterEach(async () => {
    if (previousTemp === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = previousTemp;
    await rm(dir, { recursive: true, force: true });
  });

  it('saves through @actions/cache from a fixed directory under RUNNER_TEMP', async () => {
    const r = makeRunResult();
    const { saved, where } = await new ActionsCacheStore().save(r, 'main');
    expect(saved).toBe(true);
    expect(where).toMatch(/^cache:go-runtime-gate-v1-linux-amd64-/);
    expect(saveCache).toHaveBeenCalledWith([join(dir, 'go-runtime-gate-baseline', r.environment.configHash)], where.slice('cache:'.length));
  });

  it('reports a restore that threw as the store being unavailable, not as a miss', async () => {
    const e = makeRunResult().environment;
    await expect(new ActionsCacheStore().restore({ branch: 'main', environment: e })).rejects.toThrow(
      /could not be asked for a baseline.*Cache service responded with 500/,
    );
    expect(restoreCache).toHaveBeenCalledTimes(1);
  });
});

/**
 * Which baseline store the Action uses: a directory when `baseline-dir` is set
 * (self-hosted runners with a persistent disk), the Actions cache otherwise.
 */
import path from 'node:path';
import { DirectoryStore } from '../store/dir.js';
import { ActionsCacheStore } from '../store/cache.js';
import type { BaselineStore } from '../store/store.js';

export interface StoreInputs {
  baselineDir: string;
  cacheKeyPrefix: string;
  workspace: string;
}

export function openStore(i: StoreInputs): BaselineStore {
  if (i.baselineDir) return new DirectoryStore(path.resolve(i.workspace, i.baselineDir));
  return new ActionsCacheStore({ prefix: i.cacheKeyPrefix || undefined });
}

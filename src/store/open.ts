/**
 * Which baseline store the Action uses: a directory when `baseline-dir` is set
 * (self-hosted runners with a persistent disk), the Actions cache otherwise.
 */
import path from 'node:path';
import { isFeatureAvailable } from '@actions/cache';
import { DirectoryStore } from '../store/dir.js';
import { ActionsCacheStore, type StoreLog } from '../store/cache.js';
import type { BaselineStore } from '../store/store.js';

export interface StoreInputs {
  baselineDir: string;
  cacheKeyPrefix: string;
  /** Longest wait for one cache call (`network-timeout`). */
  timeoutMs?: number;
  workspace: string;
  /** Where cache problems go (the Action also copies warnings into the report). */
  log?: StoreLog;
}

export function openStore(i: StoreInputs): BaselineStore {
  if (i.baselineDir) return new DirectoryStore(path.resolve(i.workspace, i.baselineDir));
  if (i.log && !isFeatureAvailable()) {
    // @actions/cache would only log this at debug level and report a miss,
    // which reads as "first run" when the real cause is the environment.
    i.log.warning(
      'The Actions cache service is not available here (neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set): baselines can be neither saved nor restored. Use baseline-dir on runners without it.',
    );
  }
  return new ActionsCacheStore({ prefix: i.cacheKeyPrefix || undefined, log: i.log, timeoutMs: i.timeoutMs });
}

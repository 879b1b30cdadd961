/**
 * The baseline store of the Action: GitHub's Actions cache.
 *
 * Key layout (each component encoded so that it cannot contain `-`; see names.ts):
 *
 *   <prefix>-v<schema>-<goos>-<goarch>-<configHash>-<branch>-<goVersion>-<commit>
 *
 * The cache can only match keys by prefix, and the restore order we want is
 * "exact commit, else newest with the same Go version, else newest with any Go
 * version". That only works if the Go version sits after everything that must
 * always match (OS, arch, configuration, branch) and before the commit:
 *
 *   primary key   …-<branch>-<goVersion>-<commit>   the exact base commit
 *   restore key 1 …-<branch>-<goVersion>-           newest with the same Go
 *   restore key 2 …-<branch>-                       newest with any Go (then warn)
 *
 * With the Go version before the configuration hash, the "any Go version"
 * prefix would also match other configurations and other branches.
 * The schema version is in the key so that a release that writes schema N+1
 * never hands its baselines to a reader of N (and vice versa) — entries of other
 * schemas are simply invisible, rather than refused on every pull request.
 *
 * Cache keys are immutable: a second save of the same commit is refused by the
 * service, which is fine — that baseline already exists.
 *
 * The service is best-effort: outages, 403s on read-only tokens, reservation
 * conflicts, a service that never answers (each call is bounded by
 * `network-timeout`) must never fail a job whose measurements are fine. But a failure
 * is never reported as something else: `save` returns "not saved" with the
 * service's reason, and `restore` throws StoreUnavailableError when the
 * service failed (as opposed to answering "no such entry") and InputError when
 * the restored entry is corrupt, so the report can say which it was.
 */

import * as core from '@actions/core';
import * as actionsCache from '@actions/cache';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import { withTimeout } from '../network.js';
import { readDocument, runResultDocument, writeDocumentFile } from '../document/index.js';
import { RUN_RESULT_VERSION, type Environment, type RunResult } from '../result/types.js';
import { branchDirName, keyComponent, keyPrefix } from './names.js';
import {
  assertMaySave,
  comparableEnvironment,
  goVersionWarning,
  sameCommit,
  type BaselineQuery,
  type BaselineStore,
  type RestoredBaseline,
  type SaveResult,
  StoreUnavailableError,
} from './store.js';

export { assertMaySave };

/** The two calls of @actions/cache the store needs; tests substitute an in-memory cache. */
export interface CacheBackend {
  /** Returns the cache id, or -1 when the library declined to save (it logs why). */
  saveCache(paths: string[], key: string): Promise<number>;
  /** Returns the key that matched, or undefined on a miss. */
  restoreCache(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
}

/**
 * Runs a call of @actions/cache and collects the failures it swallows. The
 * library catches its own service errors (5xx, resets, garbage answers), logs
 * them through @actions/core (`::warning::Failed to restore: …`; for a save,
 * `::debug::Failed to reserve cache: …` and `Failed to save: …`), and then
 * answers exactly as for a miss (undefined) or a declined save (-1). Those
 * log lines are the only trace of what went wrong, so they are watched for
 * on stdout (and still written) while the call runs.
 */
async function withCacheFailures<T>(fn: () => Promise<T>, verb: 'restore' | 'save'): Promise<{ value: T; failures: string[] }> {
  const failures: string[] = [];
  const patterns =
    verb === 'restore'
      ? [/^(?:::(?:warning|error)(?: [^:]*)?::)?Failed to restore: (.*)$/]
      : [/^::debug::Failed to reserve cache: (.*)$/, /^(?:::(?:warning|error)(?: [^:]*)?::)?(?:Failed to save|Cache reservation failed): (.*)$/];
  // The original method, put back when the watch ends; called with its stream as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const write = process.stdout.write;
  const watcher = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string') {
      for (const line of chunk.split(/\r?\n/)) {
        for (const p of patterns) {
          const m = p.exec(line);
          if (m)
            failures.push(
              m[1]
                .replace(/%0A/g, ' ')
                .replace(/%0D/g, '')
                .replace(/%25/g, '%')
                .replace(/^Error: /, '')
                .trim(),
            );
        }
      }
    }
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  process.stdout.write = watcher;
  try {
    return { value: await fn(), failures };
  } finally {
    if (process.stdout.write === watcher) process.stdout.write = write;
  }
}

const actionsCacheBackend: CacheBackend = {
  async saveCache(paths, key) {
    const { value, failures } = await withCacheFailures(() => actionsCache.saveCache(paths, key), 'save');
    if (value === -1 && failures.length > 0) throw new Error([...new Set(failures)].join('; '));
    return value;
  },
  async restoreCache(paths, primaryKey, restoreKeys) {
    const { value, failures } = await withCacheFailures(() => actionsCache.restoreCache(paths, primaryKey, restoreKeys), 'restore');
    if (failures.length > 0) throw new Error([...new Set(failures)].join('; '));
    return value;
  },
};

export interface StoreLog {
  warning(message: string): void;
  info(message: string): void;
}

const DEFAULT_CACHE_KEY_PREFIX = 'go-runtime-gate';

/** The service's limit on key length. */
export const MAX_CACHE_KEY_LENGTH = 512;

// Fixed widths for every component but the branch, so the branch's share of
// the 512 characters depends only on the prefix. It must: the branch component
// of a restore key (which has no commit) has to equal the one in the saved key.
const MAX_GOOS = 32;
const MAX_GOARCH = 32;
const MAX_GO_VERSION = 48;
const MAX_COMMIT = 64;
const HASH_WIDTH = 12;
const MIN_BRANCH = 24;

export interface CacheKeyParts {
  /** Default `go-runtime-gate`. */
  prefix?: string;
  /** Default: the RunResult schema version this release writes. */
  schemaVersion?: number;
  goos: string;
  goarch: string;
  goVersion: string;
  configHash: string;
  branch: string;
}

interface EncodedParts {
  head: string; // prefix … branch, ending in '-'
  goVersion: string;
}

function encodeParts(p: CacheKeyParts): EncodedParts {
  const prefix = keyPrefix(p.prefix ?? DEFAULT_CACHE_KEY_PREFIX);
  const schema = `v${p.schemaVersion ?? RUN_RESULT_VERSION}`;
  const fixed = prefix.length + schema.length + MAX_GOOS + MAX_GOARCH + HASH_WIDTH + MAX_GO_VERSION + MAX_COMMIT + 7; // 7 separators
  const branchBudget = MAX_CACHE_KEY_LENGTH - fixed;
  if (branchBudget < MIN_BRANCH) {
    throw new ConfigError(`cache-key-prefix is too long (${prefix.length} characters encoded): cache keys are limited to ${MAX_CACHE_KEY_LENGTH} characters`);
  }
  const head = [
    prefix,
    schema,
    keyComponent(p.goos, MAX_GOOS),
    keyComponent(p.goarch, MAX_GOARCH),
    keyComponent(p.configHash, HASH_WIDTH),
    keyComponent(p.branch, branchBudget),
  ].join('-');
  return { head: head + '-', goVersion: keyComponent(p.goVersion, MAX_GO_VERSION) };
}

/** The key a baseline of `commit` is saved under. */
export function cacheKey(p: CacheKeyParts & { commit: string }): string {
  const e = encodeParts(p);
  return `${e.head}${e.goVersion}-${keyComponent(p.commit, MAX_COMMIT)}`;
}

/**
 * Restore keys, most preferred first: newest baseline of the branch with the
 * same Go version, then newest with any Go version. (The exact commit is the
 * primary key, built with `cacheKey`.)
 */
export function restoreKeys(p: CacheKeyParts): string[] {
  const e = encodeParts(p);
  return [`${e.head}${e.goVersion}-`, e.head];
}

/** The commit component used when a run has no commit (a local run outside git): its creation time. */
function commitOrTime(r: RunResult): string {
  if (r.environment.commit) return r.environment.commit;
  const t = Date.parse(r.createdAt);
  return `t${Number.isNaN(t) ? 0 : t}`;
}

export interface ActionsCacheStoreOptions {
  /** `cache-key-prefix` input; default `go-runtime-gate`. */
  prefix?: string;
  backend?: CacheBackend;
  /**
   * Where the baseline file is staged for the cache. The cache service files an
   * entry under a "version" that hashes the exact path strings passed to it, so
   * save (on a push) and restore (on a PR) must pass the same string, or the PR
   * never finds the baseline. Hence a fixed location under RUNNER_TEMP (the
   * same on every run of a runner image) rather than a fresh temporary
   * directory, and outside the workspace so nothing lands in the user's checkout.
   */
  stagingRoot?: string;
  log?: StoreLog;
  /** Longest wait for one save or restore (`network-timeout`); default 60 s. */
  timeoutMs?: number;
}

const BASELINE_FILE = 'baseline.json.gz';

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class ActionsCacheStore implements BaselineStore {
  readonly kind = 'cache' as const;
  private readonly prefix: string;
  private readonly backend: CacheBackend;
  private readonly stagingRoot: string;
  private readonly log: StoreLog;
  private readonly timeoutMs: number;

  constructor(options: ActionsCacheStoreOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.prefix = options.prefix ?? DEFAULT_CACHE_KEY_PREFIX;
    // Fail at construction on a bad prefix rather than on the first save.
    keyPrefix(this.prefix);
    this.backend = options.backend ?? actionsCacheBackend;
    this.stagingRoot = options.stagingRoot ?? join(process.env.RUNNER_TEMP || tmpdir(), 'go-runtime-gate-baseline');
    this.log = options.log ?? { warning: (m) => core.warning(m), info: (m) => core.info(m) };
  }

  /**
   * One staging directory per configuration: deterministic (see `stagingRoot`)
   * and distinct, so two configurations restored in the same job cannot see
   * each other's file.
   */
  private stagingDir(configHash: string): string {
    return join(this.stagingRoot, branchDirName(configHash || 'none'));
  }

  private parts(env: Pick<Environment, 'goos' | 'goarch' | 'goVersion' | 'configHash'>, branch: string): CacheKeyParts {
    return { prefix: this.prefix, goos: env.goos, goarch: env.goarch, goVersion: env.goVersion, configHash: env.configHash, branch };
  }

  describe(): string {
    return `the Actions cache, keys ${this.prefix}-…`;
  }

  /**
   * Saves the baseline. Never throws for cache-service problems: a push whose
   * baseline could not be stored has still measured correctly; the result says
   * it was not saved and why. The caller must not call this for pull requests
   * (see `assertMaySave`).
   */
  async save(result: RunResult, branch: string): Promise<SaveResult> {
    const key = cacheKey({ ...this.parts(result.environment, branch), commit: commitOrTime(result) });
    const dir = this.stagingDir(result.environment.configHash);
    await rm(dir, { recursive: true, force: true });
    await writeDocumentFile(runResultDocument, join(dir, BASELINE_FILE), result);
    const where = `cache:${key}`;
    try {
      const id = await withTimeout(this.backend.saveCache([dir], key), this.timeoutMs, 'the Actions cache service');
      if (id === -1) {
        return { saved: false, where, reason: 'the Actions cache did not store it (see the cache messages above; an entry for this commit may already exist)' };
      }
      return { saved: true, where };
    } catch (e) {
      const message = errorText(e);
      if (e instanceof Error && e.name === 'ReserveCacheError' && !/denied/i.test(message)) {
        // Another job is saving, or already saved, this very key: the baseline exists.
        return { saved: false, where, reason: `another job is saving or already saved this commit's baseline (${message})` };
      }
      return { saved: false, where, reason: message };
    }
  }

  async restore(q: BaselineQuery): Promise<RestoredBaseline | null> {
    const parts = this.parts(q.environment, q.branch);
    const keys = restoreKeys(parts);
    // Without a base commit the "same Go version" prefix becomes the primary key (matching is by prefix anyway).
    const primary = q.commit ? cacheKey({ ...parts, commit: q.commit }) : keys[0];
    const fallbacks = q.commit ? keys : keys.slice(1);
    const dir = this.stagingDir(q.environment.configHash);
    // A file left by an earlier save or restore must not pass for a restored baseline.
    await rm(dir, { recursive: true, force: true });

    let matched: string | undefined;
    try {
      matched = await withTimeout(this.backend.restoreCache([dir], primary, fallbacks), this.timeoutMs, 'the Actions cache service');
    } catch (e) {
      throw new StoreUnavailableError(`the Actions cache could not be asked for a baseline (tried ${[primary, ...fallbacks].join(', ')}): ${errorText(e)}`);
    }
    if (!matched) return null;

    const source = `cache:${matched}`;
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, BASELINE_FILE));
    } catch (e) {
      throw new InputError(source, undefined, `a cache entry containing ${BASELINE_FILE}`, `the restored entry has none (${errorText(e)})`);
    }
    const result = readDocument(runResultDocument, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), source);

    if (!comparableEnvironment(result.environment, q.environment)) {
      // Only possible if two different values encoded to the same key component; never compare unlike runs.
      this.log.warning(
        `ignored cache entry ${matched}: it holds a baseline for ${result.environment.goos}/${result.environment.goarch} ` +
          `config ${result.environment.configHash}, not ${q.environment.goos}/${q.environment.goarch} config ${q.environment.configHash}`,
      );
      return null;
    }
    const warnings: string[] = [];
    if (result.environment.goVersion !== q.environment.goVersion) {
      warnings.push(goVersionWarning(source, result.environment.goVersion, q.environment.goVersion, q.branch));
    }
    return { result, source, exactCommit: sameCommit(result.environment.commit, q.commit), warnings };
  }
}

/**
 * Baseline stores: where the default branch's RunResults are kept so that a
 * pull request can be compared against them. Two implementations share this
 * interface — the Actions cache in CI (`cache.ts`) and a plain directory for
 * local use and tests (`dir.ts`) — so the gate pipeline (src/gate) never knows which it has.
 *
 * Both follow the same preference when restoring, because a team that moves
 * from one to the other should get the same baseline:
 *   1. the exact base commit, measured with the same Go version;
 *   2. the newest baseline of the branch with the same Go version;
 *   3. only then a baseline from another Go version, with a warning — escape
 *      analysis, inlining and the GC change between releases, so such a
 *      comparison mixes the PR's effect with the toolchain's.
 * GOOS, GOARCH and the configuration hash must always match: a baseline that
 * measured something else is no baseline at all.
 */

import { ConfigError, GateError } from '../errors.js';
import type { Environment, RunResult } from '../result/types.js';

export interface BaselineQuery {
  branch: string;
  /** The exact base commit; preferred when a baseline for it exists. */
  commit?: string;
  environment: Pick<Environment, 'goos' | 'goarch' | 'goVersion' | 'configHash'>;
}

export interface RestoredBaseline {
  result: RunResult;
  /** Where it came from, for the report: `dir:/path/file` or `cache:key`. */
  source: string;
  /** True when the baseline was measured on the query's exact base commit. */
  exactCommit: boolean;
  /** Conditions the report should show next to the numbers (other Go version, corrupt files skipped). */
  warnings: string[];
}

/** What became of a save. */
export interface SaveResult {
  saved: boolean;
  /** Where it went, or would have gone: `dir:/path/file` or `cache:key`. */
  where: string;
  /** Why it was not saved (the cache refused it, the service failed). */
  reason?: string;
}

export interface BaselineStore {
  readonly kind: 'dir' | 'cache';
  /** Where this store keeps baselines, for messages (`directory /x`, `the Actions cache, keys go-runtime-gate-…`). */
  describe(): string;
  /** Stores a baseline of `branch`; never throws for the store's own failures (they are in the result). */
  save(result: RunResult, branch: string): Promise<SaveResult>;
  /**
   * The best baseline for the query, or null when there is none. Throws
   * `InputError` when the only candidates are corrupt or unreadable, and
   * `StoreUnavailableError` when the store could not be asked, so the user
   * learns that a baseline exists but cannot be used, or could not be looked
   * for, rather than seeing a silent "no baseline" pass.
   */
  restore(q: BaselineQuery): Promise<RestoredBaseline | null>;
}

/** The store could not be reached or answered nonsense: not the same as "no baseline". */
export class StoreUnavailableError extends GateError {
  constructor(message: string) {
    super('store-unavailable', message);
  }
}

/** Events whose code comes from a pull request (including forks) and so is untrusted. */
const PULL_REQUEST_EVENT = /^pull_request(_target|_review|_review_comment)?$/;

/**
 * Refuses to save a baseline from a pull-request event. A PR's code is
 * untrusted — it could be a fork — and a baseline it wrote would become the
 * reference every later PR is judged against: a slow or leaky change could
 * "pass" by first poisoning the baseline. `pull_request_target` is included
 * even though it runs in the base repository's context, because workflows
 * using it commonly check out and run the PR's head.
 */
export function assertMaySave(eventName: string): void {
  if (PULL_REQUEST_EVENT.test(eventName)) {
    throw new ConfigError(
      `refusing to save a baseline on a ${eventName} event: pull-request code is untrusted and must not become the baseline; ` +
        'baselines are saved on pushes to the base branch',
    );
  }
}

/** True when the baseline's environment is comparable at all (GOOS, GOARCH and config hash equal). */
export function comparableEnvironment(
  have: Pick<Environment, 'goos' | 'goarch' | 'configHash'>,
  want: Pick<Environment, 'goos' | 'goarch' | 'configHash'>,
): boolean {
  return have.goos === want.goos && have.goarch === want.goarch && have.configHash === want.configHash;
}

/** Warning shown when a baseline from another Go version had to be used. */
export function goVersionWarning(source: string, baselineGo: string, runGo: string, branch: string): string {
  return (
    `baseline ${source} was measured with ${baselineGo} but this run uses ${runGo}: no baseline of branch ${branch} ` +
    'with the same Go version exists; differences may come from the toolchain (escape analysis, inlining and the GC change between releases)'
  );
}

/** Commits compare case-insensitively: a SHA may be written in either case. */
export function sameCommit(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

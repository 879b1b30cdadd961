/**
 * The GitHub REST client the publisher uses: @actions/github's Octokit with
 * retries for transient failures (5xx, network) and throttling that respects
 * primary and secondary rate limits.
 *
 * Waiting is bounded. Every call ends within `network-timeout`: a server that
 * accepts the connection and never answers is given up like a 5xx. And a job
 * that waits an hour for a rate-limit reset to post a comment is worse than a
 * job that skips the comment with a warning (the summary and the verdict
 * never depend on GitHub), so a limit is waited out only when the wait is
 * short and only a couple of times.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { NetworkTimeoutError } from '../network.js';
import { isJsonBody, UnexpectedAnswerError } from './answers.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise and tests); default https://api.github.com. */
  baseUrl?: string;
  log: ClientLog;
  /** Multiplier of the retry waits in milliseconds (tests make it small). Default 1000. */
  retryAfterBaseValue?: number;
  /** Retries of a failed request (5xx, network). Default 3. */
  retries?: number;
  /** Longest rate-limit wait, in seconds, the client accepts before giving up. Default 60. */
  maxRateLimitWait?: number;
  /** Extra throttling options (tests pass Bottleneck groups without the 1 s pause between writes). */
  throttle?: Partial<ThrottlingOptions>;
  /** Longest wait for one call, retries included (`network-timeout`). Default 60 s. */
  timeoutMs?: number;
}

/** How many times a rate-limited request is tried again. */
const RATE_LIMIT_RETRIES = 2;

export function createGitHubClient(o: ClientOptions): GitHubClient {
  const maxWait = o.maxRateLimitWait ?? 60;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= maxWait) {
        o.log.info(`GitHub ${kind} hit for ${what}; retrying in ${retryAfter} s.`);
        return true;
      }
      o.log.warning(`GitHub ${kind} hit for ${what}; not waiting ${retryAfter} s for it.`);
      return false;
    };
  const base = o.retryAfterBaseValue ?? 1000;
  const client = getOctokit(
    o.token,
    {
      baseUrl: o.baseUrl || 'https://api.github.com',
      retry: { retryAfterBaseValue: base, retries: o.retries ?? 3 },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...o.throttle,
      } as ThrottlingOptions,
      // Octokit's own logger would print request failures as raw console
      // output; the publisher reports each failure once, as a warning or notice.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    retry,
    throttling,
  );
  guardCalls(client, o.timeoutMs ?? 60_000);
  return client;
}

/**
 * Two guards around every call. It ends within `timeoutMs`: a request that
 * gets no answer is aborted (its connection closed), then fails like a 5xx.
 * The wrap is registered after the retry and throttling plugins', so it is
 * the outermost: its signal covers the call with its retries, none of which
 * is tried after it has fired, and the error says what happened rather than
 * "aborted". And an answer with a body must be JSON: a 200 with an HTML page
 * fails here, saying so, before pagination or a caller reads it.
 */
function guardCalls(client: GitHubClient, timeoutMs: number): void {
  client.hook.wrap('request', async (request, options) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const what = describeRequest(client, options);
    // In place: before-after-hook hands every layer the same options object
    // and ignores the one a wrap passes on. Once the time is up, retrying is
    // pointless (the retry plugin reads `retries` from here when it decides).
    const request_ = (options.request = { ...options.request, signal } as typeof options.request & { retries?: number });
    signal.addEventListener('abort', () => (request_.retries = 0), { once: true });
    let response;
    try {
      response = await request(options);
    } catch (err) {
      if (signal.aborted) throw new NetworkTimeoutError(`GitHub (${what})`, timeoutMs);
      throw err;
    }
    if (response.status !== 204 && response.status !== 205 && !isJsonBody(response.data)) {
      throw new UnexpectedAnswerError(`${what} (HTTP ${response.status})`, 'a JSON body', response.data);
    }
    return response;
  });
}

/** `POST /repos/octo/example/check-runs`: the request's method and path, parameters filled in. */
function describeRequest(client: GitHubClient, options: Parameters<GitHubClient['request']['endpoint']['parse']>[0]): string {
  try {
    const { method, url } = client.request.endpoint.parse(options);
    return `${method} ${new URL(url).pathname}`;
  } catch {
    return `${options.method} ${String(options.url)}`;
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A one-line description of a failed request, without the response body (which may be large). */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return status !== undefined && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
}

/** 403 and 404 on a write mean the token may not do it (forks, read-only tokens, missing `permissions:`). */
export function isPermissionError(err: unknown): boolean {
  const s = httpStatus(err);
  return (s === 403 || s === 404) && !isRateLimitError(err);
}

/** A 403 or 429 that is a rate limit (which the throttling plugin gave up waiting for), not a refusal. */
function isRateLimitError(err: unknown): boolean {
  const s = httpStatus(err);
  if (s === 429) return true;
  if (s !== 403) return false;
  const headers = (err as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  return headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(err instanceof Error ? err.message : '');
}

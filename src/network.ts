/**
 * Bounds on calls over the network (the GitHub API, the Actions cache
 * service). A service that accepts the connection and never answers must not
 * hold a job until its own timeout (six hours by default): after
 * `network-timeout` the call is given up and handled like a server error,
 * which every caller already survives (the verdict and the job summary stand).
 */

/** No answer within the time allowed. */
export class NetworkTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(`no answer from ${what} within ${formatMs(timeoutMs)} (network-timeout)`);
    this.name = 'NetworkTimeoutError';
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * `work`, or a NetworkTimeoutError after `timeoutMs`. For calls that cannot
 * be cancelled (a library's internal requests): the abandoned call runs on,
 * and its late failure is swallowed here rather than left unhandled.
 */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NetworkTimeoutError(what, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
  }
}

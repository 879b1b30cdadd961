/**
 * Go's duration syntax (`time.ParseDuration`): we accept the same strings the
 * user would pass to `go test -timeout`, and need their length in
 * milliseconds to put a hard backstop behind Go's own timeout.
 */
import { ConfigError } from '../errors.js';

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

export function parseGoDuration(text: string, what = 'duration'): number {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    total += Number(m[1]) * UNITS[m[2]];
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== s.length) {
    throw new ConfigError(`${what}: "${text}" is not a Go duration (expected e.g. 30s, 10m, 1h30m)`);
  }
  return total;
}

/** `100x` (fixed iterations) or a Go duration (`1s`), as `-test.benchtime` accepts. */
export function validateBenchtime(text: string): string {
  const s = text.trim();
  if (/^\d+x$/.test(s)) {
    if (Number(s.slice(0, -1)) < 1) throw new ConfigError(`benchtime: "${text}" must be at least 1x`);
    return s;
  }
  parseGoDuration(s, 'benchtime');
  return s;
}

/**
 * Turning branch names (and other strings from git or the environment) into
 * file names and cache-key components.
 *
 * Branch names are chosen by whoever opens a branch, so they are hostile input:
 * `../../etc`, `feature/x`, names with spaces, commas, control characters or
 * thousands of characters. Both encodings here are injective — percent-encoding
 * with `%` itself always encoded — so two different branches can never share a
 * directory or a key (plain replacement with `_` would make `feature/x` and
 * `feature_x` the same baseline). Overlong names are shortened with a hash of
 * the full name; the `~` that marks a shortened name is never left unencoded,
 * so a shortened name cannot equal another branch's full encoding.
 */

import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';

/** Percent-encodes (as UTF-8 bytes) every code point `keep` rejects; `index` counts code points. */
function percentEncode(s: string, keep: (ch: string, index: number) => boolean): string {
  const encoder = new TextEncoder();
  let out = '';
  Array.from(s).forEach((ch, i) => {
    if (keep(ch, i)) out += ch;
    else for (const byte of encoder.encode(ch)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  });
  return out;
}

function shortHash(s: string, length = 12): string {
  return createHash('sha256').update(s).digest('hex').slice(0, length);
}

/** Shortens an encoded string to at most `max` characters: a readable head, `~`, and a hash of the original. */
export function bounded(encoded: string, original: string, max: number): string {
  if (encoded.length <= max) return encoded;
  const hash = shortHash(original);
  let head = encoded.slice(0, Math.max(0, max - hash.length - 1));
  // Never leave half of a %XX escape at the cut.
  head = head.replace(/%[0-9A-F]?$/, '');
  return `${head}~${hash}`;
}

const PATH_SAFE = /^[A-Za-z0-9._-]$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
const MAX_DIR_NAME = 120;

/**
 * A branch name as one directory name. Letters, digits, `_`, `-` and `.` stay
 * readable; everything else (`/`, `\`, spaces, `%`, non-ASCII) is
 * percent-encoded. A leading dot is encoded, so `.`, `..` and hidden names are
 * impossible, and so is a trailing dot, which Windows silently drops. Windows
 * device names (`CON`, `NUL`, …) get their first letter encoded. The result
 * is a single path component that cannot climb out of the store directory.
 *
 * (On case-insensitive file systems `Main` and `main` still share a directory;
 * git itself has the same limitation for refs there.)
 */
export function branchDirName(branch: string): string {
  if (branch.length === 0) throw new ConfigError('the baseline branch name is empty');
  const chars = Array.from(branch);
  let out = percentEncode(branch, (ch, i) => PATH_SAFE.test(ch) && !(ch === '.' && (i === 0 || i === chars.length - 1)));
  if (WINDOWS_DEVICE.test(out)) out = percentEncode(out[0], () => false) + out.slice(1);
  return bounded(out, branch, MAX_DIR_NAME);
}

const KEY_SAFE = /^[A-Za-z0-9._/]$/;

/**
 * A string as one component of an Actions cache key. `-` separates the
 * components, and restore-key matching is by prefix, so a component must never
 * contain `-` itself: otherwise the prefix for branch `main` would also match
 * every key of branch `main-old`. Commas are forbidden in keys by the cache
 * service; they are encoded along with everything outside `[A-Za-z0-9._/]`.
 */
export function keyComponent(value: string, max: number): string {
  // An empty value would make two separators adjacent; `~` alone is never produced otherwise.
  const encoded = value.length === 0 ? '~' : percentEncode(value, (ch) => KEY_SAFE.test(ch));
  return bounded(encoded, value, max);
}

/**
 * The user's key prefix. Unlike the other components it may contain `-` (the
 * default does): it is the same for every key of a configuration, so it cannot
 * make one key a prefix of another's.
 */
export function keyPrefix(prefix: string): string {
  if (prefix.length === 0) throw new ConfigError('cache-key-prefix is empty');
  return percentEncode(prefix, (ch) => /^[A-Za-z0-9._/-]$/.test(ch));
}

/** A file-name stem for a baseline: the commit when it looks like one, else the creation time. */
export function baselineStem(commit: string, createdAt: string): string {
  if (/^[0-9a-f]{4,64}$/i.test(commit)) return commit.toLowerCase();
  const t = new Date(createdAt);
  const time = Number.isNaN(t.getTime()) ? 'unknown' : t.toISOString().replace(/:/g, '-');
  return `time-${time}`;
}

/**
 * The kinds of value a setting can hold, each a parser from the text the
 * Action's inputs and the CLI's flags deliver to a typed value. A parser
 * throws ConfigError naming the setting and what was expected, so a typo fails
 * at once instead of deep inside a measurement.
 */
import { ConfigError } from '../errors.js';
import { parseGoDuration, validateBenchtime } from './duration.js';

/** Parses the text of setting `name`; `text` is never undefined (defaults are applied first). */
export type Parser<T> = (text: string, name: string) => T;

export const text: Parser<string> = (t) => t.trim();

/** Kept as written (paths may start or end with spaces on purpose; a token must not be altered). */
export const raw: Parser<string> = (t) => t;

export function integer(min: number, max = Number.MAX_SAFE_INTEGER, unit = ''): Parser<number> {
  return (t, name) => {
    const n = Number(t.trim());
    if (t.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
      throw new ConfigError(`${name}: "${t}" must be a whole number${unit ? ` of ${unit}` : ''} ${range}`);
    }
    return n;
  };
}

/** A number strictly between `low` and `high`. */
export function between(low: number, high: number): Parser<number> {
  return (t, name) => {
    const n = Number(t.trim());
    if (t.trim() === '' || !(n > low && n < high)) throw new ConfigError(`${name}: "${t}" must be between ${low} and ${high}`);
    return n;
  };
}

export const bool: Parser<boolean> = (t, name) => {
  const v = t.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigError(`${name}: "${t}" is not true or false`);
};

export function oneOf<const T extends string>(values: readonly T[]): Parser<T> {
  return (t, name) => {
    const v = t.trim().toLowerCase();
    if ((values as readonly string[]).includes(v)) return v as T;
    throw new ConfigError(`${name}: "${t}" is not ${values.slice(0, -1).join(', ')}${values.length > 1 ? ' or ' : ''}${values[values.length - 1]}`);
  };
}

/** Items separated by commas, spaces or newlines. */
export const list: Parser<string[]> = (t) => t.split(/[\s,]+/).filter(Boolean);

export const duration: Parser<string> = (t, name) => {
  parseGoDuration(t, name);
  return t.trim();
};

export const benchtime: Parser<string> = (t) => validateBenchtime(t);

/**
 * Splits a flags string into arguments like a POSIX shell would for quoting
 * only (no expansion, no globbing): `-gcflags='all=-N -l' -race` →
 * [`-gcflags=all=-N -l`, `-race`]. We never run a shell, so quoting is the
 * only shell feature users can rely on.
 */
export function splitArgs(text: string, what = 'flags'): string[] {
  const args: string[] = [];
  let cur = '';
  let inArg = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\'.includes(text[i + 1])) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inArg = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inArg = true;
    } else if (/\s/.test(c)) {
      if (inArg) args.push(cur);
      cur = '';
      inArg = false;
    } else {
      cur += c;
      inArg = true;
    }
  }
  if (quote) throw new ConfigError(`${what}: unterminated ${quote} quote in "${text}"`);
  if (inArg) args.push(cur);
  return args;
}

export const args: Parser<string[]> = (t, name) => splitArgs(t, name);

/** `a=1, b=2` or one pair per line → entries; blank and `#` lines ignored. */
export function parsePairs(text: string, what: string): [string, string][] {
  const out: [string, string][] = [];
  for (const item0 of text.split(/[,\n]/)) {
    const item = item0.trim();
    if (!item || item.startsWith('#')) continue;
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${what}: "${item}" is not of the form metric=value`);
    out.push([item.slice(0, eq).trim(), item.slice(eq + 1).trim()]);
  }
  return out;
}

export const pairs: Parser<[string, string][]> = (t, name) => parsePairs(t, name);

/** A non-negative number, or a percentage (`5%` = 0.05). */
export function percentOrNumber(t: string, what: string): number {
  const s = t.trim();
  const pct = /^([0-9]*\.?[0-9]+)%$/.exec(s);
  const n = pct ? Number(pct[1]) / 100 : Number(s);
  if (!Number.isFinite(n) || n < 0 || s === '') throw new ConfigError(`${what}: "${t}" is not a non-negative number or percentage`);
  return n;
}

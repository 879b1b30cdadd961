/**
 * Reading and writing RunResult documents.
 *
 * A RunResult outlives the process that wrote it: it is restored as a baseline
 * days later, possibly by a newer go-runtime-gate, possibly after a cache entry
 * was truncated. So the reader trusts nothing. Every document is checked field
 * by field against schema v1 and every defect becomes an `InputError` that says
 * which file, where in it (line:column, and the JSON path such as
 * `$.benchmarks[0].samples[2].wallMs`) and what was expected there. A comparison
 * against a half-read baseline would produce confident nonsense; a precise
 * refusal lets the user delete one file or cache entry and move on.
 *
 * Versions: documents carry an integer `version`. Older versions are upgraded
 * one step at a time through `migrations` before validation, so only the current
 * shape needs a validator. Newer versions are refused — guessing at fields a
 * future release added (or reinterpreted) could silently change a verdict.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Inflate, gzip } from 'pako';
import { InputError, type Position } from '../errors.js';
import { RUN_RESULT_SCHEMA, RUN_RESULT_VERSION, type RunResult } from './types.js';

// ---------------------------------------------------------------------------
// Serialisation

/** Keys that lead the top-level object so `head` on a file shows what it is. */
const LEADING_KEYS = ['schema', 'version'];

/**
 * Pretty JSON with a canonical key order (schema and version first, then every
 * object's keys in code-unit order). Stable output makes two results of the same
 * run byte-identical, so files diff cleanly and content hashes mean something.
 *
 * Throws a plain Error for NaN or ±Infinity: JSON.stringify would quietly write
 * `null`, and the resulting file would be refused only much later, when someone
 * restores it as a baseline. A non-finite value here is a producer bug, and it
 * is cheapest to surface it where it happens.
 */
export function serializeRunResult(r: RunResult): string {
  return JSON.stringify(canonicalise(r, []), null, 2) + '\n';
}

function compareKeys(a: string, b: string): number {
  // Code-unit order, not localeCompare: the order must not depend on the locale of the runner.
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonicalise(value: unknown, path: Segment[]): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot serialise RunResult: ${value} at ${formatPath(path)} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => canonicalise(v === undefined ? null : v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort((a, b) => {
        if (path.length === 0) {
          const ia = LEADING_KEYS.indexOf(a);
          const ib = LEADING_KEYS.indexOf(b);
          if (ia !== ib) return (ia < 0 ? LEADING_KEYS.length : ia) - (ib < 0 ? LEADING_KEYS.length : ib);
        }
        return compareKeys(a, b);
      });
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = canonicalise(obj[k], [...path, k]);
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------
// Versions and migrations

/** One upgrade step: receives a document of version N, returns the same data in the shape of version N+1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps keyed by the version they start from (`migrations[1]` turns a
 * v1 document into v2). Empty while v1 is the only version ever written; when
 * schema 2 arrives, its author adds `migrations[1]` and every stored v1
 * baseline keeps working. Mutable on purpose so tests can register a step.
 */
export const migrations: Record<number, Migration> = {};

// ---------------------------------------------------------------------------
// Parsing

/**
 * Parses and validates a RunResult. `fileName` is used only in messages.
 * Throws `InputError` (and nothing else) for any text that is not a valid
 * RunResult of a version this release can read.
 */
export function parseRunResult(text: string, fileName: string): RunResult {
  // A byte-order mark is not JSON, but editors add one; a space keeps every offset where it was.
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch (e) {
    throw syntaxError(src, fileName, e);
  }
  return documentToRunResult(doc, fileName, src);
}

/**
 * Validates (and migrates) an already-parsed document. `text`, when given, is
 * the JSON it came from and lets errors carry a line:column.
 */
export function documentToRunResult(doc: unknown, fileName: string, text?: string): RunResult {
  let checker: Checker = new Checker(fileName, text);
  const root = checker.object(doc, [], 'a go-runtime-gate RunResult (a JSON object)');
  const schema = checker.field(root, 'schema', [], (v, p) => checker.string(v, p, `"${RUN_RESULT_SCHEMA}"`));
  if (schema !== RUN_RESULT_SCHEMA) checker.fail(['schema'], `"${RUN_RESULT_SCHEMA}"`, found(schema));
  const version = checker.field(root, 'version', [], (v, p) => checker.integer(v, p, 0, 'an integer schema version'));
  if (version > RUN_RESULT_VERSION) {
    checker.fail(
      ['version'],
      `schema version ${RUN_RESULT_VERSION} or older`,
      `written by a newer go-runtime-gate (schema ${version}); this version reads up to ${RUN_RESULT_VERSION} — upgrade the action`,
    );
  }

  let current = root;
  for (let v = version; v < RUN_RESULT_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) {
      checker.fail(
        ['version'],
        `schema version ${RUN_RESULT_VERSION} or one this release can migrate`,
        `schema ${v} is older than any this version of go-runtime-gate can read; record the baseline again`,
      );
    }
    let next: unknown;
    try {
      next = step(current);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(fileName, undefined, `a schema ${v} RunResult that can be migrated to schema ${v + 1}`, errorText(e));
    }
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      throw new InputError(fileName, undefined, `a schema ${v} RunResult that can be migrated to schema ${v + 1}`, 'the migration produced no document');
    }
    current = { ...(next as Record<string, unknown>), version: v + 1 };
    // Positions in the file describe the old shape; after a migration only JSON paths are meaningful.
    checker = new Checker(fileName, undefined);
  }
  return validateV1(checker, current);
}

function validateV1(c: Checker, root: Record<string, unknown>): RunResult {
  const str = (v: unknown, p: Segment[]) => c.string(v, p);
  const strArray = (v: unknown, p: Segment[]) => c.array(v, p, str);

  c.field(root, 'tool', [], (v, p) => {
    const o = c.object(v, p);
    c.field(o, 'name', p, str);
    c.field(o, 'version', p, str);
  });
  c.field(root, 'createdAt', [], (v, p) => {
    const s = c.string(v, p, 'an ISO 8601 timestamp');
    // Baselines are ranked by this date; an unparseable one would sort arbitrarily.
    if (Number.isNaN(Date.parse(s))) c.fail(p, 'an ISO 8601 timestamp', found(s));
  });
  c.field(root, 'environment', [], (v, p) => {
    const o = c.object(v, p);
    for (const k of ['goVersion', 'goos', 'goarch', 'cpu', 'runnerOs', 'commit', 'ref', 'configHash']) c.field(o, k, p, str);
    c.field(o, 'gomaxprocs', p, (x, q) => c.integer(x, q, 0));
  });
  c.field(root, 'config', [], (v, p) => {
    const o = c.object(v, p);
    c.field(o, 'packages', p, strArray);
    for (const k of ['bench', 'benchtime', 'tags', 'timeout']) c.field(o, k, p, str);
    c.field(o, 'count', p, (x, q) => c.integer(x, q, 1));
    c.field(o, 'cpu', p, (x, q) => c.array(x, q, (y, r) => c.integer(y, r, 1)));
    c.field(o, 'goTestFlags', p, strArray);
    c.field(o, 'memprofile', p, (x, q) => c.boolean(x, q));
    c.field(o, 'trace', p, (x, q) => c.boolean(x, q));
  });
  c.field(root, 'workingDirectory', [], str);
  c.field(root, 'benchmarks', [], (v, p) => c.array(v, p, (b, bp) => validateBenchmark(c, b, bp)));
  c.field(root, 'packageFailures', [], (v, p) =>
    c.array(v, p, (f, fp) => {
      const o = c.object(f, fp);
      c.field(o, 'package', fp, str);
      c.field(o, 'kind', fp, (x, q) => c.oneOf(x, q, ['build', 'list']));
      c.field(o, 'message', fp, str);
      c.field(o, 'output', fp, str);
    }),
  );
  c.field(root, 'warnings', [], strArray);
  // Fields added after schema 1 was first written are optional (older
  // baselines lack them) but, when present, as strictly checked as the rest.
  c.optional(root, 'escapesUnavailable', [], str);
  c.optional(root, 'escapes', [], (v, p) => {
    const e = c.object(v, p);
    c.field(e, 'goVersion', p, str);
    c.field(e, 'packages', p, strArray);
    c.field(e, 'sites', p, (x, sp) =>
      c.array(x, sp, (s, q) => {
        const o = c.object(s, q);
        for (const k of ['package', 'file', 'function', 'kind', 'subject', 'key']) c.field(o, k, q, str);
        c.field(o, 'line', q, (y, r) => c.integer(y, r, 0));
        c.field(o, 'column', q, (y, r) => c.integer(y, r, 0));
        c.field(o, 'explanation', q, strArray);
        c.optional(o, 'ignored', q, str);
      }),
    );
    c.field(e, 'unrecognised', p, (x, q) => c.array(x, q, (u, r) => c.object(u, r)));
    c.field(e, 'compileErrors', p, (x, q) => c.array(x, q, (u, r) => c.object(u, r)));
    c.field(e, 'warnings', p, strArray);
  });
  return root as unknown as RunResult;
}

function validateBenchmark(c: Checker, value: unknown, p: Segment[]): void {
  const str = (v: unknown, q: Segment[]) => c.string(v, q);
  const finite = (v: unknown, q: Segment[]) => c.number(v, q);
  const b = c.object(value, p);
  c.field(b, 'package', p, str);
  c.field(b, 'name', p, str);
  c.field(b, 'procs', p, (x, q) => c.integer(x, q, 1));
  c.optional(b, 'file', p, str);
  c.optional(b, 'line', p, (x, q) => c.integer(x, q, 1));
  c.field(b, 'samples', p, (v, sp) =>
    c.array(v, sp, (s, q) => {
      const o = c.object(s, q);
      c.field(o, 'order', q, (x, r) => c.integer(x, r, 0));
      c.field(o, 'iterations', q, (x, r) => c.integer(x, r, 0));
      c.field(o, 'values', q, (x, r) => c.record(x, r, finite));
      c.field(o, 'artifacts', q, (x, r) => {
        const a = c.object(x, r);
        c.optional(a, 'memprofile', r, str);
        c.optional(a, 'trace', r, str);
      });
      c.field(o, 'wallMs', q, (x, r) => c.number(x, r, 0));
    }),
  );
  c.field(b, 'metrics', p, (v, q) => c.record(v, q, (x, r) => c.array(x, r, finite)));
  c.field(b, 'unavailable', p, (v, q) => c.record(v, q, str));
  c.optional(b, 'failure', p, (v, q) => {
    const f = c.object(v, q);
    c.field(f, 'kind', q, (x, r) => c.oneOf(x, r, ['failed', 'panic', 'timeout', 'build', 'no-result']));
    c.field(f, 'message', q, str);
    c.field(f, 'output', q, str);
  });
  c.optional(b, 'sites', p, (v, q) =>
    c.array(v, q, (s, r) => {
      const o = c.object(s, r);
      c.field(o, 'kind', r, (x, t) => c.oneOf(x, t, ['leak', 'allocation']));
      c.field(o, 'function', r, str);
      c.field(o, 'file', r, str);
      c.field(o, 'line', r, (x, t) => c.integer(x, t, 0));
      c.optional(o, 'stack', r, (x, t) =>
        c.array(x, t, (fr, u) => {
          const frame = c.object(fr, u);
          c.field(frame, 'function', u, str);
          c.field(frame, 'file', u, str);
          c.field(frame, 'line', u, (y, w) => c.integer(y, w, 0));
        }),
      );
      c.field(o, 'values', r, (x, t) => c.record(x, t, (y, w) => c.array(y, w, finite)));
    }),
  );
}

// ---------------------------------------------------------------------------
// Structural checks

type Segment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.benchmarks[0].metrics["custom:frames/s"]` — the notation jq and JSONPath users read. */
export function formatPath(path: readonly Segment[]): string {
  let s = '$';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += IDENTIFIER.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`;
  }
  return s;
}

const MISSING = 'missing';

function found(value: unknown): string {
  if (value === null) return 'found null';
  if (Array.isArray(value)) return 'found an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `found string ${JSON.stringify(shown)}`;
    }
    case 'number':
    case 'boolean':
      return `found ${typeof value} ${String(value)}`;
    case 'object':
      return 'found an object';
    default:
      return `found ${typeof value}`;
  }
}

/**
 * Small, throwing validators. Each takes the value and its path so that a
 * failure can point at it; `fail` turns the path into a line:column when the
 * source text is available.
 */
class Checker {
  constructor(
    private readonly file: string,
    private readonly text: string | undefined,
  ) {}

  fail(path: Segment[], expected: string, detail: string): never {
    let position: Position | undefined;
    if (this.text !== undefined) {
      // A missing field has no position of its own; point at the object that lacks it.
      const at = valueOffset(this.text, detail === MISSING ? path.slice(0, -1) : path);
      if (at !== undefined) position = lineColumn(this.text, at);
    }
    throw new InputError(this.file, position, `${expected} at ${formatPath(path)}`, detail);
  }

  field<T>(obj: Record<string, unknown>, key: string, parent: Segment[], check: (v: unknown, p: Segment[]) => T): T {
    if (!Object.hasOwn(obj, key)) this.fail([...parent, key], describeExpectation(check), MISSING);
    return check(obj[key], [...parent, key]);
  }

  optional(obj: Record<string, unknown>, key: string, parent: Segment[], check: (v: unknown, p: Segment[]) => unknown): void {
    if (Object.hasOwn(obj, key)) check(obj[key], [...parent, key]);
  }

  object(v: unknown, p: Segment[], what = 'an object'): Record<string, unknown> {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(p, what, found(v));
    return v as Record<string, unknown>;
  }

  string(v: unknown, p: Segment[], what = 'a string'): string {
    if (typeof v !== 'string') this.fail(p, what, found(v));
    return v;
  }

  boolean(v: unknown, p: Segment[]): boolean {
    if (typeof v !== 'boolean') this.fail(p, 'a boolean', found(v));
    return v;
  }

  number(v: unknown, p: Segment[], min?: number): number {
    // JSON has no NaN, but `1e400` parses to Infinity.
    const what = min === undefined ? 'a finite number' : `a finite number ≥ ${min}`;
    if (typeof v !== 'number' || !Number.isFinite(v) || (min !== undefined && v < min)) this.fail(p, what, found(v));
    return v;
  }

  integer(v: unknown, p: Segment[], min: number, what = `an integer ≥ ${min}`): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) this.fail(p, what, found(v));
    return v;
  }

  oneOf(v: unknown, p: Segment[], allowed: readonly string[]): string {
    if (typeof v !== 'string' || !allowed.includes(v)) this.fail(p, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, found(v));
    return v;
  }

  array<T>(v: unknown, p: Segment[], each: (x: unknown, q: Segment[]) => T): T[] {
    if (!Array.isArray(v)) this.fail(p, 'an array', found(v));
    return v.map((x, i) => each(x, [...p, i]));
  }

  record(v: unknown, p: Segment[], each: (x: unknown, q: Segment[]) => unknown): void {
    const o = this.object(v, p, 'an object');
    for (const [k, x] of Object.entries(o)) each(x, [...p, k]);
  }
}

/**
 * What a missing field should have held. Running the check on a value that
 * fails every check (a unique symbol) yields exactly the "expected …" text the
 * check would produce for a wrong value, so the two messages never drift apart.
 */
function describeExpectation(check: (v: unknown, p: Segment[]) => unknown): string {
  try {
    check(PROBE, []);
  } catch (e) {
    if (e instanceof InputError) return e.expected.replace(/ at \$$/, '');
  }
  return 'a value';
}
const PROBE = Symbol('missing');

// ---------------------------------------------------------------------------
// Positions in JSON text

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function skipWs(text: string, i: number): number {
  while (isWs(text[i])) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** End of the JSON value starting at `i` (text is known to be valid JSON). Iterative: depth is unbounded. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; ) {
      const d = text[j];
      if (d === '"') {
        j = skipString(text, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !isWs(text[j]) && text[j] !== ',' && text[j] !== ']' && text[j] !== '}') j++;
  return j;
}

/**
 * Offset of the value at `path` in valid JSON text, or undefined. Used only
 * after a check failed, so walking the text a second time costs nothing in the
 * normal case. For a duplicated key the last one wins, as in JSON.parse.
 */
function valueOffset(text: string, path: readonly Segment[]): number | undefined {
  let i = skipWs(text, 0);
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (text[i] !== '[') return undefined;
      i = skipWs(text, i + 1);
      if (text[i] === ']') return undefined;
      for (let k = 0; k < seg; k++) {
        i = skipWs(text, skipValue(text, i));
        if (text[i] !== ',') return undefined;
        i = skipWs(text, i + 1);
      }
    } else {
      if (text[i] !== '{') return undefined;
      i = skipWs(text, i + 1);
      let at: number | undefined;
      while (text[i] === '"') {
        const end = skipString(text, i);
        const key = JSON.parse(text.slice(i, end)) as string;
        i = skipWs(text, skipWs(text, end) + 1); // past ':'
        if (key === seg) at = i;
        i = skipWs(text, skipValue(text, i));
        if (text[i] !== ',') break;
        i = skipWs(text, i + 1);
      }
      if (at === undefined) return undefined;
      i = at;
    }
  }
  return i;
}

interface SyntaxFault {
  offset: number;
  expected: string;
  found: string;
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return i === 0 ? 'found an empty file' : 'found end of input (file truncated?)';
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return cp < 0x20 || cp === 0x7f ? `found control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `found ${JSON.stringify(ch)}`;
}

/**
 * Finds the first syntax error in text that JSON.parse rejected. V8's messages
 * carry a position only for some errors ("Unexpected token '}', "…" is not
 * valid JSON" has none) and their wording changes between Node releases, so
 * the position is recomputed here with a small ECMA-404 scanner. It is
 * iterative with an explicit stack, so hostile nesting depth cannot overflow it.
 */
export function locateJsonSyntaxError(text: string): SyntaxFault | undefined {
  const n = text.length;
  const stack: string[] = [];
  type Mode = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';
  let mode: Mode = 'value';
  let i = 0;
  const fault = (offset: number, expected: string): SyntaxFault => ({ offset, expected, found: describeChar(text, offset) });

  const scanString = (): SyntaxFault | undefined => {
    for (let j = i + 1; ; j++) {
      if (j >= n) return fault(j, 'a closing \'"\' to end the string');
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return undefined;
      }
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!/[0-9A-Fa-f]/.test(text[j + k] ?? '')) return fault(j + k, 'four hexadecimal digits after \\u');
          j += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
        else return fault(j + 1, 'an escape character (one of " \\ / b f n r t u) after \\');
      } else if (c < 0x20) return fault(j, 'an escaped control character (raw control characters are not allowed in strings)');
    }
  };

  const digits = (j: number): number => {
    while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    return j;
  };
  const isDigit = (j: number) => j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39;

  const scanNumber = (): SyntaxFault | undefined => {
    let j = i;
    if (text[j] === '-') j++;
    if (!isDigit(j)) return fault(j, 'a digit');
    j = text[j] === '0' ? j + 1 : digits(j);
    if (text[j] === '.') {
      if (!isDigit(j + 1)) return fault(j + 1, 'a digit after the decimal point');
      j = digits(j + 1);
    }
    if (text[j] === 'e' || text[j] === 'E') {
      j++;
      if (text[j] === '+' || text[j] === '-') j++;
      if (!isDigit(j)) return fault(j, 'a digit in the exponent');
      j = digits(j);
    }
    i = j;
    return undefined;
  };

  for (;;) {
    i = skipWs(text, i);
    const ch = text[i];
    switch (mode) {
      case 'value':
      case 'value-or-close': {
        if (mode === 'value-or-close' && ch === ']') {
          stack.pop();
          i++;
          mode = 'after-value';
          break;
        }
        if (ch === '{') {
          stack.push('}');
          i++;
          mode = 'key-or-close';
          break;
        }
        if (ch === '[') {
          stack.push(']');
          i++;
          mode = 'value-or-close';
          break;
        }
        let f: SyntaxFault | undefined;
        if (ch === '"') f = scanString();
        else if (ch === '-' || isDigit(i)) f = scanNumber();
        else {
          const literal = ch === 't' ? 'true' : ch === 'f' ? 'false' : ch === 'n' ? 'null' : undefined;
          if (!literal) return fault(i, mode === 'value-or-close' ? "a JSON value or ']'" : 'a JSON value (object, array, string, number, true, false or null)');
          for (let k = 0; k < literal.length; k++) if (text[i + k] !== literal[k]) return fault(i + k, `the literal ${literal}`);
          i += literal.length;
        }
        if (f) return f;
        mode = 'after-value';
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (mode === 'key-or-close' && ch === '}') {
          stack.pop();
          i++;
          mode = 'after-value';
          break;
        }
        if (ch !== '"') return fault(i, mode === 'key-or-close' ? "a property name in double quotes or '}'" : 'a property name in double quotes');
        const f = scanString();
        if (f) return f;
        i = skipWs(text, i);
        if (text[i] !== ':') return fault(i, "':' after the property name");
        i++;
        mode = 'value';
        break;
      }
      case 'after-value': {
        const close = stack[stack.length - 1];
        if (close === undefined) return i < n ? fault(i, 'end of input after the JSON value') : undefined;
        if (ch === ',') {
          i++;
          mode = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fault(i, close === '}' ? "',' or '}' after a property value" : "',' or ']' after an array element");
        }
        break;
      }
    }
  }
}

function syntaxError(text: string, fileName: string, cause: unknown): InputError {
  const f = locateJsonSyntaxError(text);
  if (f) return new InputError(fileName, lineColumn(text, f.offset), f.expected, f.found);
  // The scanner and V8 disagree (should not happen): fall back to whatever V8 said.
  const msg = errorText(cause);
  const m = /at position (\d+)/.exec(msg);
  return new InputError(fileName, m ? lineColumn(text, Number(m[1])) : undefined, 'valid JSON', msg);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---------------------------------------------------------------------------
// Files

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Decompresses a gzip file. The Inflate stream is used instead of `ungzip`
 * because on failure it still knows how many input bytes it consumed, which
 * becomes the byte offset in the message.
 */
function gunzip(bytes: Uint8Array, file: string): Uint8Array {
  const inflate = new Inflate();
  let strm: { total_in: number } | undefined;
  inflate.onStart = (s) => {
    strm = s;
  };
  inflate.push(bytes, true);
  if (inflate.err || !inflate.ended || !(inflate.result instanceof Uint8Array)) {
    const consumed = strm?.total_in ?? 0;
    const truncated = consumed >= bytes.length;
    const detail = truncated ? 'the compressed data ends early (file truncated?)' : inflate.msg || 'corrupt compressed data';
    throw new InputError(file, { offset: consumed }, 'a complete gzip stream', detail);
  }
  return inflate.result;
}

/** Byte offset where the first malformed UTF-8 sequence starts (called only once decoding failed). */
function invalidUtf8Offset(bytes: Uint8Array): number {
  const decodes = (k: number, stream: boolean) => {
    try {
      // With stream: true a sequence cut by the prefix boundary is tolerated, so only malformed bytes throw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Validity of prefixes is monotonic, so the first byte that cannot continue the text is found by bisection.
  let bad = bytes.length; // no bad byte: the text only ends inside a sequence
  if (!decodes(bytes.length, true)) {
    let lo = 0;
    let hi = bytes.length;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >>> 1;
      if (decodes(mid, true)) lo = mid;
      else hi = mid;
    }
    bad = hi - 1;
  }
  // Report the start of the sequence that byte breaks (at most 3 bytes back), not the byte itself.
  for (let start = bad; start >= Math.max(0, bad - 3); start--) if (decodes(start, false)) return start;
  return bad;
}

/** Bytes of a `.json` or `.json.gz` file (detected by content, so a misnamed file still reads) → RunResult. */
export function decodeRunResult(bytes: Uint8Array, file: string): RunResult {
  const plain = isGzip(bytes) ? gunzip(bytes, file) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    const at = invalidUtf8Offset(plain);
    throw new InputError(file, { offset: at }, 'UTF-8 text', isGzip(bytes) ? 'invalid byte in the decompressed data' : 'invalid byte');
  }
  return parseRunResult(text, file);
}

/** RunResult → file bytes: gzip for names ending in `.gz`, plain JSON otherwise. */
export function encodeRunResult(r: RunResult, file: string): Uint8Array {
  return encodeText(serializeRunResult(r), file);
}

function encodeText(text: string, file: string): Uint8Array {
  return file.endsWith('.gz') ? gzip(text) : new TextEncoder().encode(text);
}

/**
 * Reads a `.json` or `.json.gz` RunResult. For a compressed file, line:column
 * positions refer to the decompressed text (what `zcat file | less` shows);
 * byte offsets of gzip errors refer to the file itself.
 */
export async function readRunResultFile(path: string): Promise<RunResult> {
  const bytes = await readFile(path);
  return decodeRunResult(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

/**
 * Writes a RunResult (`.json.gz` compressed, anything else plain JSON) and
 * returns nothing until it is complete on disk.
 *
 * The result is validated first: a file this release cannot read back would
 * only fail later, on some pull request, as a "corrupt baseline". The write
 * goes to a temporary file in the same directory and is renamed into place, so
 * a reader (or a cache save running concurrently) sees the old file or the new
 * one, never a prefix of it.
 */
export async function writeRunResultFile(path: string, r: RunResult): Promise<void> {
  const text = serializeRunResult(r);
  parseRunResult(text, `${path} (being written)`);
  const bytes = encodeText(text, path);
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/**
 * What the publisher expects GitHub to answer, checked before an answer is
 * used. A proxy or an outage can answer 200 with an HTML page, and an API
 * change can answer JSON of another shape; either must fail as what it is —
 * "GitHub's answer to POST …/check-runs: expected a JSON object with a number
 * at `id`: found text "<html>…"" — and never as a raw JavaScript error from
 * deep inside a library ("Cannot use 'in' operator…"), nor pass for success
 * (a check run answered that way was not created).
 */
import { InputError } from '../errors.js';

/** GitHub answered, but not with what the request's documentation promises. */
export class UnexpectedAnswerError extends InputError {
  constructor(what: string, expected: string, found: unknown) {
    super(`GitHub's answer to ${what}`, undefined, expected, `found ${describeBody(found)}`);
  }
}

function clip(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** How an answer's body looks, in a few words, for messages. */
function describeBody(data: unknown): string {
  if (data === undefined || data === '') return 'an empty body';
  if (typeof data === 'string') return `text ${JSON.stringify(clip(data))}`;
  if (data instanceof ArrayBuffer) return `${data.byteLength} bytes of binary data`;
  if (data === null) return 'null';
  if (Array.isArray(data)) return `an array of ${data.length}`;
  if (typeof data === 'object') return `JSON ${clip(JSON.stringify(data))}`;
  // Only primitives are left here (objects returned above).
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `${typeof data} ${String(data)}`;
}

/** A JSON object or array, as every GitHub REST answer with a body is. */
export function isJsonBody(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer);
}

type FieldKind = 'number' | 'string' | 'string?';

function kindOf(value: unknown, kind: FieldKind): boolean {
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'string') return typeof value === 'string';
  return value === undefined || value === null || typeof value === 'string';
}

const KIND_TEXT: Record<FieldKind, string> = { number: 'a number', string: 'a string', 'string?': 'a string or null' };

/** The value at a dotted path (`head.sha`). */
function at(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/**
 * Checks that `data` (the answer to `what`, e.g. `POST /repos/o/r/check-runs`)
 * is a JSON object with each field of `fields` of its kind, and returns it.
 */
export function expectObject<T>(what: string, data: unknown, fields: Record<string, FieldKind>): T {
  const spec = Object.entries(fields);
  const expected = `a JSON object with ${spec.map(([path, kind]) => `${KIND_TEXT[kind]} at \`${path}\``).join(', ')}`;
  if (!isJsonBody(data) || Array.isArray(data)) throw new UnexpectedAnswerError(what, expected, data);
  for (const [path, kind] of spec) {
    if (!kindOf(at(data, path), kind)) throw new UnexpectedAnswerError(what, expected, data);
  }
  return data as T;
}

/** Checks that `data` is a JSON array whose items are objects with `fields`, and returns it. */
export function expectArray<T>(what: string, data: unknown, fields: Record<string, FieldKind>): T[] {
  if (!Array.isArray(data)) {
    const spec = Object.entries(fields).map(([path, kind]) => `${KIND_TEXT[kind]} at \`${path}\``);
    throw new UnexpectedAnswerError(what, `a JSON array of objects with ${spec.join(', ')}`, data);
  }
  data.forEach((item, i) => expectObject(`${what} (item ${i})`, item, fields));
  return data as T[];
}

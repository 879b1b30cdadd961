/**
 * The schema language of the documents that travel between jobs: a handful
 * of combinators whose results are plain data (what a JSON value must look
 * like), and `validate`, the one interpreter that walks a value against them.
 *
 * A schema says what a value must be, never how to check it, so the messages
 * are uniform across documents and a missing field is described by the same
 * text as a wrong one (`expected an integer ≥ 1 at $.benchmarks[0].procs`).
 *
 * The combinators are typed against the model they describe: `object<T>`
 * demands one entry per field of T, `optional` exactly for T's optional
 * fields, and a schema per field that accepts at least every value the type
 * allows (`Schema` is contravariant). So a field added to RunResult or Report
 * without a schema is a compile error, and so is a schema narrower than what
 * the producers may write. A schema may be wider than the type (a plain
 * string where the type lists names): then the reader trusts the type less
 * than the compiler does, which is the safe direction.
 *
 * Unknown extra fields are accepted and kept: a later release that adds an
 * optional field must not make this release's files unreadable.
 */

/** One step of a JSON path: an object key or an array index. */
export type Segment = string | number;

interface Described {
  /** What the value must be, as a message says it: "a string", "an integer ≥ 1", "an object or null". */
  readonly expected: string;
}

/** The schema nodes: data the interpreter reads. */
type SchemaNode =
  | (Described & { readonly kind: 'string'; readonly where?: (value: string) => boolean })
  | (Described & { readonly kind: 'number'; readonly min?: number })
  | (Described & { readonly kind: 'integer'; readonly min: number })
  | (Described & { readonly kind: 'boolean' })
  | (Described & { readonly kind: 'oneOf'; readonly values: readonly string[] })
  | (Described & { readonly kind: 'nullable'; readonly inner: SchemaNode })
  | (Described & { readonly kind: 'array'; readonly items: SchemaNode })
  | (Described & { readonly kind: 'record'; readonly values: SchemaNode })
  | (Described & { readonly kind: 'object'; readonly fields: readonly FieldNode[] });

interface FieldNode {
  readonly name: string;
  readonly optional: boolean;
  readonly schema: SchemaNode;
}

/**
 * A schema for values of type T. `accepts` exists only for the compiler (it
 * is never set): as a function parameter it makes Schema contravariant, so a
 * `Schema<string>` may stand where a `Schema<'a' | 'b'>` is asked for, but not
 * the other way round.
 */
export type Schema<T> = SchemaNode & { readonly accepts?: (value: T) => void };

/** A field that may be absent; `object` allows it only for the optional fields of its type. */
export interface Optional<T> {
  readonly optional: true;
  readonly schema: Schema<T>;
}

/** One entry per field of T: `optional(…)` for optional fields, a schema for the others. */
export type Fields<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> : Schema<T[K]>;
};

// ---------------------------------------------------------------------------
// Combinators

/** A string; `where` narrows it (an ISO date), and `expected` then says what it must be. */
export function string(options: { expected?: string; where?: (value: string) => boolean } = {}): Schema<string> {
  return { kind: 'string', expected: options.expected ?? 'a string', where: options.where };
}

/** A finite number (JSON has no NaN, but `1e400` parses to Infinity), optionally at least `min`. */
export function number(min?: number): Schema<number> {
  return { kind: 'number', expected: min === undefined ? 'a finite number' : `a finite number ≥ ${min}`, min };
}

/** A safe integer at least `min`. */
export function integer(min: number, expected = `an integer ≥ ${min}`): Schema<number> {
  return { kind: 'integer', expected, min };
}

export function boolean(): Schema<boolean> {
  return { kind: 'boolean', expected: 'a boolean' };
}

/** One of a fixed set of strings. */
export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  return { kind: 'oneOf', expected: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, values };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return { kind: 'nullable', expected: `${inner.expected} or null`, inner };
}

export function array<T>(items: Schema<T>): Schema<T[]> {
  return { kind: 'array', expected: 'an array', items };
}

/** An object used as a map: any keys, every value matching `values`. */
export function record<V>(values: Schema<V>): Schema<Record<string, V>> {
  return { kind: 'record', expected: 'an object', values };
}

export function optional<T>(schema: Schema<T>): Optional<T> {
  return { optional: true, schema };
}

/**
 * An object with the given fields, checked in the order they are listed
 * (the first failure is the one reported). `expected` names it in messages.
 *
 * T comes from where the call stands (the field or declaration it is
 * assigned to) or from an explicit type argument, never from `fields`
 * (NoInfer): inferred from the fields it would agree with any omission. A
 * call with neither gets T = never, which no fields satisfy.
 */
export function object<T = never>(fields: Fields<NoInfer<T>>, expected = 'an object'): Schema<T> {
  const nodes: FieldNode[] = Object.entries(fields as Record<string, SchemaNode | Optional<unknown>>).map(([name, f]) =>
    'kind' in f ? { name, optional: false, schema: f } : { name, optional: true, schema: f.schema },
  );
  return { kind: 'object', expected, fields: nodes };
}

// ---------------------------------------------------------------------------
// Validation

/** Where and why a value does not match. `missing`: the field at `path` is absent. */
export interface Mismatch {
  path: Segment[];
  expected: string;
  found: string;
  missing: boolean;
}

/** Thrown by `validate` (callers turn it into an InputError with a file and position). */
export class SchemaMismatch extends Error {
  constructor(readonly mismatch: Mismatch) {
    super(`expected ${mismatch.expected} at ${formatPath(mismatch.path)}: ${mismatch.found}`);
    this.name = 'SchemaMismatch';
  }
}

/**
 * Checks `value` against `schema` and returns it, typed; throws
 * SchemaMismatch at the first value that does not match. The value is not
 * copied: extra fields stay where they are.
 */
export function validate<T>(schema: Schema<T>, value: unknown, at: readonly Segment[] = []): T {
  check(schema, value, [...at]);
  return value as T;
}

function mismatch(path: Segment[], expected: string, value: unknown): never {
  throw new SchemaMismatch({ path: [...path], expected, found: describeFound(value), missing: false });
}

/** `path` is a stack: segments are pushed and popped, and copied only when a check fails. */
function check(node: SchemaNode, value: unknown, path: Segment[]): void {
  switch (node.kind) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'oneOf':
      if (!scalarMatches(node, value)) mismatch(path, node.expected, value);
      return;
    case 'nullable': {
      if (value === null) return;
      const inner = node.inner;
      // A scalar that fails is described with "or null"; a container of the right kind is checked inside.
      const container = inner.kind === 'array' || inner.kind === 'record' || inner.kind === 'object';
      const kindOk = inner.kind === 'array' ? Array.isArray(value) : container ? isObject(value) : scalarMatches(inner, value);
      if (!kindOk) mismatch(path, node.expected, value);
      if (container) check(inner, value, path);
      return;
    }
    case 'array':
      if (!Array.isArray(value)) mismatch(path, node.expected, value);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        check(node.items, value[i], path);
        path.pop();
      }
      return;
    case 'record':
      if (!isObject(value)) mismatch(path, node.expected, value);
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        check(node.values, v, path);
        path.pop();
      }
      return;
    case 'object':
      if (!isObject(value)) mismatch(path, node.expected, value);
      for (const f of node.fields) {
        path.push(f.name);
        if (Object.hasOwn(value, f.name)) check(f.schema, value[f.name], path);
        else if (!f.optional) throw new SchemaMismatch({ path: [...path], expected: f.schema.expected, found: 'missing', missing: true });
        path.pop();
      }
      return;
  }
}

function scalarMatches(node: SchemaNode, value: unknown): boolean {
  switch (node.kind) {
    case 'string':
      return typeof value === 'string' && (!node.where || node.where(value));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (node.min === undefined || value >= node.min);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= node.min;
    case 'boolean':
      return typeof value === 'boolean';
    case 'oneOf':
      return typeof value === 'string' && node.values.includes(value);
    case 'nullable':
      return value === null || scalarMatches(node.inner, value);
    default:
      return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Messages

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

/** A short description of a JSON value for messages (never the whole value: it may be huge). */
export function describeFound(value: unknown): string {
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

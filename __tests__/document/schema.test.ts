import {
  SchemaMismatch,
  array,
  boolean,
  formatPath,
  integer,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  validate,
  type Mismatch,
  type Schema,
} from '../../src/document/schema.js';

/** (Schema<never> accepts any schema: Schema is contravariant.) The mismatch `validate` reports (fails the test if the value is accepted or something else is thrown). */
function mismatchOf(schema: Schema<never>, value: unknown): Mismatch & { message: string } {
  try {
    validate(schema, value);
  } catch (e) {
    if (e instanceof SchemaMismatch) return { ...e.mismatch, message: e.message };
    throw e;
  }
  throw new Error('expected a SchemaMismatch, the value was accepted');
}

const messageOf = (schema: Schema<never>, value: unknown) => mismatchOf(schema, value).message;

describe('scalar combinators', () => {
  it('string, with an optional predicate and its own wording', () => {
    expect(validate(string(), 'x')).toBe('x');
    expect(messageOf(string(), 1)).toBe('expected a string at $: found number 1');
    const date = string({ expected: 'an ISO 8601 timestamp', where: (s) => !Number.isNaN(Date.parse(s)) });
    expect(validate(date, '2026-01-02T03:04:05Z')).toBe('2026-01-02T03:04:05Z');
    expect(messageOf(date, 'yesterday')).toBe('expected an ISO 8601 timestamp at $: found string "yesterday"');
    expect(messageOf(date, null)).toBe('expected an ISO 8601 timestamp at $: found null');
  });

  it('number: finite only, with an optional minimum', () => {
    expect(validate(number(), -1.5)).toBe(-1.5);
    expect(messageOf(number(), '1')).toBe('expected a finite number at $: found string "1"');
    expect(messageOf(number(), Infinity)).toBe('expected a finite number at $: found number Infinity');
    expect(messageOf(number(), Number.NaN)).toBe('expected a finite number at $: found number NaN');
    expect(validate(number(0), 0)).toBe(0);
    expect(messageOf(number(0), -0.5)).toBe('expected a finite number ≥ 0 at $: found number -0.5');
  });

  it('integer: safe integers at least the minimum', () => {
    expect(validate(integer(1), 3)).toBe(3);
    expect(messageOf(integer(1), 0)).toBe('expected an integer ≥ 1 at $: found number 0');
    expect(messageOf(integer(0), 1.5)).toBe('expected an integer ≥ 0 at $: found number 1.5');
    expect(messageOf(integer(0), 2 ** 53)).toBe(`expected an integer ≥ 0 at $: found number ${2 ** 53}`);
    expect(messageOf(integer(0, 'an integer schema version'), true)).toBe('expected an integer schema version at $: found boolean true');
  });

  it('boolean', () => {
    expect(validate(boolean(), false)).toBe(false);
    expect(messageOf(boolean(), 'yes')).toBe('expected a boolean at $: found string "yes"');
    expect(messageOf(boolean(), 0)).toBe('expected a boolean at $: found number 0');
  });

  it('oneOf lists the allowed strings', () => {
    const kinds = oneOf(['build', 'list']);
    expect(validate(kinds, 'list')).toBe('list');
    expect(messageOf(kinds, 'test')).toBe('expected one of "build", "list" at $: found string "test"');
    expect(messageOf(kinds, ['build'])).toBe('expected one of "build", "list" at $: found an array');
  });

  it('shortens long strings in what was found', () => {
    expect(messageOf(number(), 'x'.repeat(100))).toBe(`expected a finite number at $: found string "${'x'.repeat(40)}…"`);
  });
});

describe('nullable', () => {
  it('accepts null and says "or null" when a scalar is wrong', () => {
    const p = nullable(number());
    expect(validate(p, null)).toBeNull();
    expect(validate(p, 0.5)).toBe(0.5);
    expect(messageOf(p, 'small')).toBe('expected a finite number or null at $: found string "small"');
    expect(messageOf(nullable(number(0)), -1)).toBe('expected a finite number ≥ 0 or null at $: found number -1');
  });

  it('says "or null" for a value of the wrong kind, and points inside an object of the right kind', () => {
    const s = nullable(object<{ n: number }>({ n: integer(0) }, 'a sample summary'));
    expect(messageOf(s, 'none')).toBe('expected a sample summary or null at $: found string "none"');
    expect(messageOf(s, [])).toBe('expected a sample summary or null at $: found an array');
    expect(messageOf(s, { n: 'x' })).toBe('expected an integer ≥ 0 at $.n: found string "x"');
    expect(messageOf(nullable(array(string())), {})).toBe('expected an array or null at $: found an object');
  });
});

describe('containers', () => {
  it('array names the element', () => {
    expect(validate(array(integer(0)), [1, 2])).toEqual([1, 2]);
    expect(messageOf(array(integer(0)), 'none')).toBe('expected an array at $: found string "none"');
    expect(messageOf(array(integer(0)), [1, 2, -3])).toBe('expected an integer ≥ 0 at $[2]: found number -3');
  });

  it('record names the key, quoting keys that are not identifiers', () => {
    const metrics = record(array(number()));
    expect(validate(metrics, { time: [1], 'custom:frames/s': [] })).toEqual({ time: [1], 'custom:frames/s': [] });
    expect(messageOf(metrics, [])).toBe('expected an object at $: found an array');
    expect(messageOf(metrics, { 'custom:frames/s': [1, true] })).toBe('expected a finite number at $["custom:frames/s"][1]: found boolean true');
  });

  it('object: wrong kind, a missing field (marked missing, described by its schema), a wrong one', () => {
    const point = object<{ x: number; label: string }>({ x: integer(0), label: string() });
    expect(messageOf(point, null)).toBe('expected an object at $: found null');
    expect(messageOf(point, [1])).toBe('expected an object at $: found an array');
    const missing = mismatchOf(point, { label: 'a' });
    expect(missing).toEqual({ path: ['x'], expected: 'an integer ≥ 0', found: 'missing', missing: true, message: 'expected an integer ≥ 0 at $.x: missing' });
    expect(mismatchOf(point, { x: 1, label: 2 }).missing).toBe(false);
    expect(messageOf(object<{ a: number }>({ a: number() }, 'a go-runtime-gate thing'), 3)).toBe('expected a go-runtime-gate thing at $: found number 3');
  });

  it('object: reports the first listed field that fails, whatever the key order in the value', () => {
    const o = object<{ b: string; a: string }>({ b: string(), a: string() });
    expect(messageOf(o, { a: 1, b: 2 })).toBe('expected a string at $.b: found number 2');
  });

  it('object: optional fields may be absent, but not wrong', () => {
    const o = object<{ file?: string; line?: number }>({ file: optional(string()), line: optional(integer(1)) });
    expect(validate(o, {})).toEqual({});
    expect(messageOf(o, { line: 0 })).toBe('expected an integer ≥ 1 at $.line: found number 0');
    // Present but undefined is not absent (JSON cannot say that, a JavaScript caller can).
    expect(messageOf(o, { file: undefined })).toBe('expected a string at $.file: found undefined');
  });

  it('object: keeps unknown fields and returns the value itself', () => {
    const o = object<{ a: number }>({ a: number() });
    const value = { a: 1, later: 'kept' };
    expect(validate(o, value)).toBe(value);
  });

  it('paths go all the way down, starting where the caller says', () => {
    const doc = object<{ benchmarks: { samples: { wallMs: number }[] }[] }>({
      benchmarks: array(object({ samples: array(object({ wallMs: number(0) })) })),
    });
    const m = mismatchOf(doc, { benchmarks: [{ samples: [] }, { samples: [{ wallMs: 1 }, { wallMs: 'fast' }] }] });
    expect(m.path).toEqual(['benchmarks', 1, 'samples', 1, 'wallMs']);
    expect(m.message).toBe('expected a finite number ≥ 0 at $.benchmarks[1].samples[1].wallMs: found string "fast"');
    try {
      validate(string(), 1, ['schema']);
    } catch (e) {
      expect((e as SchemaMismatch).mismatch.path).toEqual(['schema']);
    }
    expect.assertions(3);
  });

  it('the schema is plain data', () => {
    expect(object<{ a?: string }>({ a: optional(string()) })).toEqual({
      kind: 'object',
      expected: 'an object',
      fields: [{ name: 'a', optional: true, schema: { kind: 'string', expected: 'a string', where: undefined } }],
    });
  });
});

describe('formatPath', () => {
  it('uses dotted names for identifiers and quoted brackets otherwise', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['benchmarks', 0, 'metrics', 'custom:x/op', 2])).toBe('$.benchmarks[0].metrics["custom:x/op"][2]');
  });
});

import fc from 'fast-check';
import { lineColumn, locateJsonSyntaxError, valueOffset } from '../../src/document/json-text.js';

describe('lineColumn', () => {
  it('counts lines from 1 and columns in UTF-16 units from 1', () => {
    const text = '{\n  "a": "ü😀",\n  "b": 1\n}';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, text.indexOf('"b"'))).toEqual({ line: 3, column: 3 });
    expect(lineColumn(text, text.indexOf(','))).toEqual({ line: 2, column: 13 }); // the emoji counts twice
    expect(lineColumn(text, text.length)).toEqual({ line: 4, column: 2 });
  });
});

describe('valueOffset', () => {
  const text = '{"a": [10, {"b": [1, 2, 3]}], "c d": null, "a2": {}}';

  it('finds the value at a path', () => {
    expect(valueOffset(text, [])).toBe(0);
    expect(valueOffset(text, ['a'])).toBe(text.indexOf('[10'));
    expect(valueOffset(text, ['a', 1, 'b', 2])).toBe(text.indexOf('3]'));
    expect(valueOffset(text, ['c d'])).toBe(text.indexOf('null'));
    expect(valueOffset(text, ['a2'])).toBe(text.indexOf('{}'));
  });

  it('is undefined for paths that are not there', () => {
    expect(valueOffset(text, ['x'])).toBeUndefined();
    expect(valueOffset(text, ['a', 5])).toBeUndefined();
    expect(valueOffset(text, ['a', 'b'])).toBeUndefined();
    expect(valueOffset(text, ['a2', 0])).toBeUndefined();
  });

  it('takes the last of duplicated keys, as JSON.parse does', () => {
    const dup = '{"k": 1, "k": "two"}';
    expect(valueOffset(dup, ['k'])).toBe(dup.indexOf('"two"'));
  });

  it('skips strings containing brackets, quotes and escapes', () => {
    const tricky = '{"s": "a]}\\"{[", "t": 5}';
    expect(valueOffset(tricky, ['t'])).toBe(tricky.indexOf('5'));
  });
});

describe('locateJsonSyntaxError', () => {
  const at = (text: string) => {
    const f = locateJsonSyntaxError(text);
    return f && { ...lineColumn(text, f.offset), expected: f.expected, found: f.found };
  };

  it('names what the grammar wanted and what was there', () => {
    expect(at('{"schema": "go-runt')).toEqual({
      line: 1,
      column: 20,
      expected: "a closing '\"' to end the string",
      found: 'found end of input (file truncated?)',
    });
    expect(at('{"version": 1.')).toMatchObject({ column: 15, expected: 'a digit after the decimal point' });
    expect(at('{"a": tru')).toMatchObject({ column: 10, expected: 'the literal true' });
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, expected: "',' or '}' after a property value", found: 'found "\\""' });
    expect(at('{"a" 1}')).toMatchObject({ column: 6, expected: "':' after the property name", found: 'found "1"' });
    expect(at('[1,2,]')).toMatchObject({ column: 6, expected: 'a JSON value (object, array, string, number, true, false or null)', found: 'found "]"' });
    expect(at('{}\n{}')).toMatchObject({ line: 2, column: 1, expected: 'end of input after the JSON value' });
    expect(at('')).toMatchObject({ line: 1, column: 1, found: 'found an empty file' });
    expect(at('{"a": "x\u0001"}')).toMatchObject({ column: 9, found: 'found control character U+0001' });
    expect(at('{"a": "\\q"}')).toMatchObject({ column: 9, expected: 'an escape character (one of " \\ / b f n r t u) after \\' });
    expect(at('{"a": "\\u12g4"}')).toMatchObject({ column: 12, expected: 'four hexadecimal digits after \\u' });
    expect(at('{"a": 01}')).toMatchObject({ column: 8, expected: "',' or '}' after a property value" });
    expect(at('{"a": 1e}')).toMatchObject({ column: 9, expected: 'a digit in the exponent' });
    expect(at('{"a": -}')).toMatchObject({ column: 8, expected: 'a digit' });
    expect(at('[1 2]')).toMatchObject({ column: 4, expected: "',' or ']' after an array element" });
    expect(at('{,}')).toMatchObject({ column: 2, expected: "a property name in double quotes or '}'" });
    expect(at('{"a":1,}')).toMatchObject({ column: 8, expected: 'a property name in double quotes' });
    expect(at('[}')).toMatchObject({ column: 2, expected: "a JSON value or ']'" });
  });

  it('agrees with JSON.parse on arbitrary strings and mutated JSON', () => {
    const accepts = (s: string) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    };
    const jsonish = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.eE+-tfnrulase \\u\n'.split('')) }),
      fc
        .json()
        .chain((j) => fc.tuple(fc.constant(j), fc.nat(j.length), fc.string({ maxLength: 3 })).map(([s, at, ins]) => s.slice(0, at) + ins + s.slice(at + 1))),
      fc.json().chain((j) => fc.nat(j.length).map((n) => j.slice(0, n))),
    );
    fc.assert(
      fc.property(jsonish, (s) => {
        const fault = locateJsonSyntaxError(s);
        expect(fault === undefined).toBe(accepts(s));
        if (fault) expect(fault.offset).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives hostile nesting depth', () => {
    const deep = '['.repeat(200000) + ']'.repeat(199999);
    expect(locateJsonSyntaxError(deep)?.offset).toBe(deep.length);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { gzip } from 'pako';
import { InputError } from '../../src/errors.js';
import { defineDocument } from '../../src/document/document.js';
import { readDocument, readDocumentFile } from '../../src/document/reader.js';
import { array, integer, object, optional, string } from '../../src/document/schema.js';
import { inputError, positionOf } from './helpers.js';

/**
 * A document type declared only for these tests, the way a shard-results
 * document would be: the layer knows nothing else about it.
 */
interface Tally {
  schema: 'test/tally';
  version: number;
  owner: string;
  counts: { name: string; n: number; note?: string }[];
}

const tally = defineDocument<Tally>({
  id: 'test/tally',
  version: 2,
  title: 'Tally',
  gzip: false,
  whenTooOld: 'count again',
  mistakenFor: { 'test/other': 'an Other, not a Tally' },
  migrations: {},
  fields: object({
    owner: string(),
    counts: array(object({ name: string(), n: integer(0), note: optional(string()) })),
  }),
});

const zipped = defineDocument<Tally>({ ...tally, gzip: true, migrations: {} });

const doc: Tally = {
  schema: 'test/tally',
  version: 2,
  owner: 'ci',
  counts: [
    { name: 'a', n: 1 },
    { name: 'b', n: 2, note: 'x' },
  ],
};
const text = JSON.stringify(doc, null, 2) + '\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

afterEach(() => {
  for (const k of Object.keys(tally.migrations)) delete tally.migrations[Number(k)];
});

describe('readDocument: text', () => {
  it('returns the validated document, extra fields kept', () => {
    expect(readDocument(tally, text, 't.json')).toEqual(doc);
    const extra = readDocument(tally, JSON.stringify({ ...doc, later: 1 }), 't.json') as Tally & { later?: number };
    expect(extra.later).toBe(1);
  });

  it('accepts a byte-order mark, and keeps positions where they were', () => {
    expect(readDocument(tally, '\ufeff' + text, 't.json')).toEqual(doc);
    const bad = '\ufeff' + text.replace('"n": 2', '"n": -2');
    expect(inputError(() => readDocument(tally, bad, 't.json')).message).toBe(
      `t.json:${positionOf(bad, '-2')}: expected an integer ≥ 0 at $.counts[1].n: found number -2`,
    );
  });

  it('reports syntax errors at file:line:column', () => {
    const cut = text.slice(0, text.indexOf('"b"') + 2);
    const e = inputError(() => readDocument(tally, cut, 'cut.json'));
    expect(e.message).toMatch(/^cut\.json:\d+:\d+: expected a closing '"' to end the string: found end of input \(file truncated\?\)$/);
    expect(e.position).toEqual({ line: text.slice(0, cut.length).split('\n').length, column: cut.length - cut.lastIndexOf('\n') });
  });

  it('refuses JSON that is not an object, naming the document', () => {
    expect(inputError(() => readDocument(tally, '[1, 2]', 'x.json')).message).toBe(
      'x.json:1:1: expected a go-runtime-gate Tally (a JSON object) at $: found an array',
    );
    expect(inputError(() => readDocument(tally, ' null', 'x.json')).message).toBe(
      'x.json:1:2: expected a go-runtime-gate Tally (a JSON object) at $: found null',
    );
  });

  it('refuses another schema id, with a hint for known mistakes', () => {
    expect(inputError(() => readDocument(tally, '{"version": 2}', 'x.json')).message).toBe('x.json:1:1: expected "test/tally" at $.schema: missing');
    expect(inputError(() => readDocument(tally, '{"schema": 3}', 'x.json')).message).toBe('x.json:1:12: expected "test/tally" at $.schema: found number 3');
    expect(inputError(() => readDocument(tally, '{"schema": "test/else"}', 'x.json')).message).toBe(
      'x.json:1:12: expected "test/tally" at $.schema: found string "test/else"',
    );
    expect(inputError(() => readDocument(tally, '{"schema": "test/other"}', 'x.json')).message).toBe(
      'x.json:1:12: expected "test/tally" at $.schema: found string "test/other" (an Other, not a Tally)',
    );
    // A hint is looked up as an own key only.
    expect(inputError(() => readDocument(tally, '{"schema": "constructor"}', 'x.json')).message).toBe(
      'x.json:1:12: expected "test/tally" at $.schema: found string "constructor"',
    );
  });

  it('refuses a version that is missing or not an integer', () => {
    expect(inputError(() => readDocument(tally, '{"schema": "test/tally"}', 'x.json')).message).toBe(
      'x.json:1:1: expected an integer schema version at $.version: missing',
    );
    for (const v of ['1.5', '"2"', '-1', 'null']) {
      const bad = text.replace('"version": 2', `"version": ${v}`);
      expect(inputError(() => readDocument(tally, bad, 'x.json')).message).toMatch(
        new RegExp(`^x\\.json:${positionOf(bad, v)}: expected an integer schema version at \\$\\.version: found `),
      );
    }
  });

  it('refuses a newer version with the reason', () => {
    const bad = text.replace('"version": 2', '"version": 7');
    expect(inputError(() => readDocument(tally, bad, 'x.json')).message).toBe(
      `x.json:${positionOf(bad, '7')}: expected schema version 2 or older at $.version: written by a newer go-runtime-gate (schema 7); this version reads up to 2 — upgrade the action`,
    );
  });

  it('refuses an older version no migration reaches, saying what to do', () => {
    const old = text.replace('"version": 2', '"version": 1');
    expect(inputError(() => readDocument(tally, old, 'old.json')).message).toBe(
      `old.json:${positionOf(old, '1,')}: expected schema version 2 or one this release can migrate at $.version: ` +
        'schema 1 is older than any this version of go-runtime-gate can read; count again',
    );
  });

  it('names the exact field that is wrong, and a missing one at the object that lacks it', () => {
    const bad = text.replace('"name": "b"', '"name": false');
    expect(inputError(() => readDocument(tally, bad, 'x.json')).message).toBe(
      `x.json:${positionOf(bad, 'false')}: expected a string at $.counts[1].name: found boolean false`,
    );
    const lacking = JSON.stringify({ ...doc, counts: [{ name: 'a', n: 1 }, { n: 2 }] }, null, 2);
    expect(inputError(() => readDocument(tally, lacking, 'x.json')).message).toBe(
      `x.json:${positionOf(lacking, '{\n      "n": 2')}: expected a string at $.counts[1].name: missing`,
    );
  });
});

describe('readDocument: migrations', () => {
  /** Version 0 called the owner `by` and had no notes; version 1 added a `legacy` flag that version 2 dropped. */
  const v0 = { schema: 'test/tally', version: 0, by: 'ci', counts: [{ name: 'a', n: 1 }] };

  it('upgrades one step at a time through the table, then validates', () => {
    const seen: number[] = [];
    tally.migrations[0] = (d) => {
      seen.push(d.version as number);
      const { by, ...rest } = d;
      return { ...rest, owner: by, legacy: true };
    };
    tally.migrations[1] = (d) => {
      seen.push(d.version as number);
      const { legacy: _legacy, ...rest } = d;
      return rest;
    };
    expect(readDocument(tally, JSON.stringify(v0), 'old.json')).toEqual({ schema: 'test/tally', version: 2, owner: 'ci', counts: [{ name: 'a', n: 1 }] });
    expect(seen).toEqual([0, 1]);
  });

  it('reports a migrated document by path only (its positions describe the old shape)', () => {
    tally.migrations[0] = (d) => d;
    tally.migrations[1] = (d) => d;
    expect(inputError(() => readDocument(tally, JSON.stringify(v0), 'old.json')).message).toBe('old.json: expected a string at $.owner: missing');
  });

  it('stops at the first missing step', () => {
    tally.migrations[0] = (d) => d;
    expect(inputError(() => readDocument(tally, JSON.stringify(v0), 'old.json')).message).toBe(
      'old.json: expected schema version 2 or one this release can migrate at $.version: schema 1 is older than any this version of go-runtime-gate can read; count again',
    );
  });

  it('turns a crashing or empty migration into an InputError', () => {
    tally.migrations[0] = (d) => {
      (d.by as { x: { y: number } }).x.y = 1; // TypeError on a string
      return d;
    };
    expect(inputError(() => readDocument(tally, JSON.stringify(v0), 'old.json')).message).toMatch(
      /^old\.json: expected a schema 0 Tally that can be migrated to schema 1: /,
    );
    tally.migrations[0] = () => null as never;
    expect(inputError(() => readDocument(tally, JSON.stringify(v0), 'old.json')).message).toBe(
      'old.json: expected a schema 0 Tally that can be migrated to schema 1: the migration produced no document',
    );
  });
});

describe('readDocument: bytes', () => {
  it('decodes UTF-8 and reports a bad byte at its offset', () => {
    expect(readDocument(tally, utf8(text), 't.json')).toEqual(doc);
    const bytes = utf8(text.replace('"ci"', '"c?"'));
    bytes[text.indexOf('"ci"') + 2] = 0xe9;
    expect(inputError(() => readDocument(tally, bytes, 't.json')).message).toBe(
      `t.json: offset ${text.indexOf('"ci"') + 2}: expected UTF-8 text: invalid byte`,
    );
  });

  it('decompresses gzip for documents that allow it, positions referring to the decompressed text', () => {
    expect(readDocument(zipped, gzip(text), 't.json')).toEqual(doc);
    const bad = text.replace('"n": 1', '"n": "one"');
    expect(inputError(() => readDocument(zipped, gzip(bad), 't.json.gz')).message).toBe(
      `t.json.gz:${positionOf(bad, '"one"')}: expected an integer ≥ 0 at $.counts[0].n: found string "one"`,
    );
    expect(inputError(() => readDocument(zipped, gzip(text).subarray(0, 30), 'cut.gz')).message).toBe(
      'cut.gz: offset 30: expected a complete gzip stream: the compressed data ends early (file truncated?)',
    );
  });

  it('refuses gzip for documents that are never compressed', () => {
    expect(inputError(() => readDocument(tally, gzip(text), 't.json')).message).toBe(
      't.json: offset 0: expected a plain JSON Tally (it is never compressed): found gzip-compressed data',
    );
  });

  it('reads files, and lets file-system errors through as they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'grg-reader-'));
    try {
      await writeFile(join(dir, 't.json'), text);
      expect(await readDocumentFile(tally, join(dir, 't.json'))).toEqual(doc);
      await expect(readDocumentFile(tally, join(dir, 'absent.json'))).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readDocument never throws anything but InputError', () => {
  const check = (input: string | Uint8Array) => {
    try {
      readDocument(zipped, input, 'fuzz.json');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  };

  it('on arbitrary strings, bytes and JSON', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.uint8Array(), check), { numRuns: 500 });
    fc.assert(fc.property(fc.json(), check), { numRuns: 1000 });
  });

  it('on truncations and corruptions of a valid compressed document', () => {
    const bytes = gzip(text);
    fc.assert(
      fc.property(fc.nat(bytes.length), (n) => check(bytes.subarray(0, n))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), (at, b) => {
        const copy = bytes.slice();
        copy[at] = b;
        check(copy);
      }),
      { numRuns: 300 },
    );
  });
});

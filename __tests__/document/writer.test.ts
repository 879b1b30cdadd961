import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineDocument } from '../../src/document/document.js';
import { readDocumentFile } from '../../src/document/reader.js';
import { array, number, object, optional, record, string } from '../../src/document/schema.js';
import { serializeDocument, writeDocumentFile } from '../../src/document/writer.js';

interface Shard {
  schema: 'test/shard';
  version: number;
  index: number;
  label?: string;
  inner: { version: string; b: number; a: number };
  values: Record<string, number[]>;
}

const shard = defineDocument<Shard>({
  id: 'test/shard',
  version: 1,
  title: 'Shard',
  gzip: true,
  whenTooOld: 'run the shard again',
  migrations: {},
  fields: object({
    index: number(0),
    label: optional(string()),
    inner: object({ version: string(), b: number(), a: number() }),
    values: record(array(number())),
  }),
});
const plain = defineDocument<Shard>({ ...shard, gzip: false });

const value = (): Shard => ({ values: { z: [3, 1], a: [] }, inner: { version: 'v', b: 2, a: 1 }, index: 4, version: 1, schema: 'test/shard' });

describe('serializeDocument', () => {
  it('writes schema and version first, then keys in code-unit order at every level, two-space indented, newline-terminated', () => {
    expect(serializeDocument(shard, value())).toBe(
      [
        '{',
        '  "schema": "test/shard",',
        '  "version": 1,',
        '  "index": 4,',
        '  "inner": {',
        '    "a": 1,',
        '    "b": 2,',
        '    "version": "v"', // only the top level leads with schema and version
        '  },',
        '  "values": {',
        '    "a": [],',
        '    "z": [',
        '      3,',
        '      1', // arrays keep their order
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('does not depend on insertion order, and leaves out undefined fields', () => {
    const v = value();
    const reordered = Object.fromEntries(Object.entries({ ...v, label: undefined }).reverse()) as unknown as Shard;
    expect(serializeDocument(shard, reordered)).toBe(serializeDocument(shard, v));
    expect(serializeDocument(shard, reordered)).not.toContain('label');
  });

  it('orders keys by code unit, not by locale', () => {
    const v = value();
    v.values = { b: [], B: [], ä: [], a: [] };
    expect(Object.keys((JSON.parse(serializeDocument(shard, v)) as Shard).values)).toEqual(['B', 'a', 'b', 'ä']);
  });

  it('refuses NaN and ±Infinity, naming the path', () => {
    const v = value();
    v.values.z[1] = Number.NaN;
    expect(() => serializeDocument(shard, v)).toThrow('cannot serialise Shard: NaN at $.values.z[1] is not a finite number');
    v.values.z[1] = -Infinity;
    expect(() => serializeDocument(shard, v)).toThrow('cannot serialise Shard: -Infinity at $.values.z[1] is not a finite number');
    const w = value();
    w.inner.a = Infinity;
    expect(() => serializeDocument(shard, w)).toThrow('Infinity at $.inner.a');
  });

  it('refuses a value of another document type or version', () => {
    expect(() => serializeDocument(shard, { ...value(), version: 0 })).toThrow(
      'cannot serialise Shard: it says schema "test/shard" version 0, not "test/shard" version 1',
    );
    expect(() => serializeDocument(shard, { ...value(), schema: 'x' as 'test/shard' })).toThrow('it says schema "x" version 1');
  });
});

describe('writeDocumentFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grg-writer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes plain JSON or gzip by name, creating directories, leaving no temporary files', async () => {
    for (const name of ['s.json', 's.json.gz']) {
      await writeDocumentFile(shard, join(dir, 'nested', name), value());
      expect(await readDocumentFile(shard, join(dir, 'nested', name))).toEqual(value());
    }
    const gz = await readFile(join(dir, 'nested', 's.json.gz'));
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(await readFile(join(dir, 'nested', 's.json'), 'utf8')).toBe(serializeDocument(shard, value()));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['s.json', 's.json.gz']);
  });

  it('never compresses a document that is never compressed, whatever the name', async () => {
    await writeDocumentFile(plain, join(dir, 'p.json.gz'), value());
    expect(await readFile(join(dir, 'p.json.gz'), 'utf8')).toBe(serializeDocument(plain, value()));
  });

  it('refuses to write what it could not read back, and leaves nothing behind', async () => {
    const v = value();
    (v.inner as unknown as Record<string, unknown>).b = 'two';
    await expect(writeDocumentFile(shard, join(dir, 'w.json'), v)).rejects.toThrow(
      /w\.json \(being written\):\d+:\d+: expected a finite number at \$\.inner\.b: found string "two"$/,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

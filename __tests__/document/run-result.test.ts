import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { gzip } from 'pako';
import { InputError } from '../../src/errors.js';
import { lineColumn } from '../../src/document/json-text.js';
import { readDocument, readDocumentFile } from '../../src/document/reader.js';
import { runResultDocument } from '../../src/document/run-result.js';
import { serializeDocument, writeDocumentFile } from '../../src/document/writer.js';
import { RUN_RESULT_VERSION, type RunResult } from '../../src/result/types.js';
import { makeRunResult } from '../result/fixtures.js';
import { inputError, positionOf } from './helpers.js';

/** The reader and writer bound to RunResult, under the names these tests were written with. */
const parseRunResult = (input: string | Uint8Array, fileName: string) => readDocument(runResultDocument, input, fileName);
const serializeRunResult = (r: RunResult) => serializeDocument(runResultDocument, r);
const readRunResultFile = (path: string) => readDocumentFile(runResultDocument, path);
const writeRunResultFile = (path: string, r: RunResult) => writeDocumentFile(runResultDocument, path, r);
const migrations = runResultDocument.migrations;

const text = serializeRunResult(makeRunResult());

describe('RunResult: writing', () => {
  it('round-trips through parseRunResult', () => {
    const r = makeRunResult();
    expect(parseRunResult(serializeRunResult(r), 'r.json')).toEqual(r);
  });

  it('writes schema and version first and every object in a key order independent of insertion order', () => {
    const r = makeRunResult();
    const shuffled = JSON.parse(JSON.stringify(r), function (this: unknown, _k, v: unknown) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse());
    }) as RunResult;
    expect(Object.keys(shuffled)[0]).not.toBe('schema');
    expect(serializeRunResult(shuffled)).toBe(serializeRunResult(r));
    const lines = serializeRunResult(r).split('\n');
    expect(lines[1]).toBe('  "schema": "go-runtime-gate/run-result",');
    expect(lines[2]).toBe('  "version": 1,');
    expect(serializeRunResult(r).endsWith('}\n')).toBe(true);
  });

  it('keeps array order (sample order is the interleaving order)', () => {
    const r = makeRunResult();
    r.benchmarks[0].metrics.time = [5, 3, 9, 1];
    expect(parseRunResult(serializeRunResult(r), 'r.json').benchmarks[0].metrics.time).toEqual([5, 3, 9, 1]);
  });

  it('refuses NaN and Infinity instead of writing null, naming the path', () => {
    const r = makeRunResult();
    r.benchmarks[0].metrics.time[2] = Number.NaN;
    expect(() => serializeRunResult(r)).toThrow('NaN at $.benchmarks[0].metrics.time[2] is not a finite number');
    r.benchmarks[0].metrics.time[2] = Number.POSITIVE_INFINITY;
    expect(() => serializeRunResult(r)).toThrow('Infinity at $.benchmarks[0].metrics.time[2]');
  });
});

describe('RunResult: JSON syntax errors carry file:line:column', () => {
  it('reports a truncated file at its end', () => {
    const cut = text.slice(0, text.indexOf('"benchmarks"') + 40);
    const end = lineColumn(cut, cut.length);
    const e = inputError(() => parseRunResult(cut, 'base.json'));
    expect(e.file).toBe('base.json');
    expect(e.position).toEqual(end);
    expect(e.message).toMatch(new RegExp(`^base\\.json:${end.line}:${end.column}: expected .+: found end of input \\(file truncated\\?\\)$`));
  });

  it('reports a truncated string, number and literal precisely', () => {
    expect(inputError(() => parseRunResult('{"schema": "go-runt', 'f.json')).message).toBe(
      "f.json:1:20: expected a closing '\"' to end the string: found end of input (file truncated?)",
    );
    expect(inputError(() => parseRunResult('{"version": 1.', 'f.json')).message).toBe(
      'f.json:1:15: expected a digit after the decimal point: found end of input (file truncated?)',
    );
    expect(inputError(() => parseRunResult('{"a": tru', 'f.json')).message).toBe(
      'f.json:1:10: expected the literal true: found end of input (file truncated?)',
    );
  });

  it('reports a stray character mid-file with its line and column', () => {
    const broken = text.replace('"goos": "linux"', '"goos": linux');
    const e = inputError(() => parseRunResult(broken, 'base.json'));
    expect(e.message).toBe(`base.json:${positionOf(broken, 'linux')}: expected a JSON value (object, array, string, number, true, false or null): found "l"`);
  });

  it('reports missing commas and colons, trailing commas, and content after the document', () => {
    expect(inputError(() => parseRunResult('{\n  "a": 1\n  "b": 2\n}', 'f.json')).message).toBe(
      "f.json:3:3: expected ',' or '}' after a property value: found \"\\\"\"",
    );
    expect(inputError(() => parseRunResult('{"a" 1}', 'f.json')).message).toBe('f.json:1:6: expected \':\' after the property name: found "1"');
    expect(inputError(() => parseRunResult('[1,2,]', 'f.json')).message).toBe(
      'f.json:1:6: expected a JSON value (object, array, string, number, true, false or null): found "]"',
    );
    expect(inputError(() => parseRunResult('{}\n{}', 'f.json')).message).toBe('f.json:2:1: expected end of input after the JSON value: found "{"');
  });

  it('reports an empty file', () => {
    expect(inputError(() => parseRunResult('', 'f.json')).message).toBe(
      'f.json:1:1: expected a JSON value (object, array, string, number, true, false or null): found an empty file',
    );
  });

  it('reports raw control characters and bad escapes in strings', () => {
    expect(inputError(() => parseRunResult('{"a": "x\u0001"}', 'f.json')).message).toBe(
      'f.json:1:9: expected an escaped control character (raw control characters are not allowed in strings): found control character U+0001',
    );
    expect(inputError(() => parseRunResult('{"a": "\\q"}', 'f.json')).message).toMatch(/^f\.json:1:9: expected an escape character/);
    expect(inputError(() => parseRunResult('{"a": "\\u12g4"}', 'f.json')).message).toMatch(/^f\.json:1:12: expected four hexadecimal digits/);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseRunResult('\ufeff' + text, 'bom.json').version).toBe(1);
  });
});

describe('RunResult: structural errors name the JSON path and its line', () => {
  it('refuses another schema', () => {
    const bad = text.replace('"schema": "go-runtime-gate/run-result"', '"schema": "benchstat/v1"');
    expect(inputError(() => parseRunResult(bad, 'base.json')).message).toBe(
      `base.json:${positionOf(bad, '"benchstat/v1"')}: expected "go-runtime-gate/run-result" at $.schema: found string "benchstat/v1"`,
    );
  });

  it('refuses a document without schema, pointing at the object', () => {
    expect(inputError(() => parseRunResult('{"version": 1}', 'x.json')).message).toBe('x.json:1:1: expected "go-runtime-gate/run-result" at $.schema: missing');
  });

  it('refuses JSON that is not an object', () => {
    expect(inputError(() => parseRunResult('[1, 2]', 'x.json')).message).toBe(
      'x.json:1:1: expected a go-runtime-gate RunResult (a JSON object) at $: found an array',
    );
    expect(inputError(() => parseRunResult('null', 'x.json')).message).toBe(
      'x.json:1:1: expected a go-runtime-gate RunResult (a JSON object) at $: found null',
    );
  });

  it('refuses a future version with the upgrade message', () => {
    const bad = text.replace('"version": 1,', '"version": 7,');
    expect(inputError(() => parseRunResult(bad, 'base.json')).message).toBe(
      `base.json:${positionOf(bad, '7,')}: expected schema version 1 or older at $.version: ` +
        'written by a newer go-runtime-gate (schema 7); this version reads up to 1 — upgrade the action',
    );
  });

  it('refuses a version that is not an integer', () => {
    for (const [v, found] of [
      ['1.5', 'found number 1.5'],
      ['"1"', 'found string "1"'],
      ['-1', 'found number -1'],
      ['null', 'found null'],
    ]) {
      const bad = text.replace('"version": 1,', `"version": ${v},`);
      expect(inputError(() => parseRunResult(bad, 'b.json')).message).toBe(
        `b.json:${positionOf(bad, `${v},`)}: expected an integer schema version at $.version: ${found}`,
      );
    }
  });

  it('refuses wrong types deep inside, with path and line:column', () => {
    const bad = text.replace('"wallMs": 1200\n', '"wallMs": "fast"\n');
    expect(inputError(() => parseRunResult(bad, 'base.json')).message).toBe(
      `base.json:${positionOf(bad, '"fast"')}: expected a finite number ≥ 0 at $.benchmarks[0].samples[0].wallMs: found string "fast"`,
    );
  });

  it('names the exact array element of a bad metric sample', () => {
    const r = makeRunResult();
    const doc = JSON.parse(serializeRunResult(r));
    doc.benchmarks[1].metrics.allocs[3] = 'many';
    const bad = JSON.stringify(doc, null, 2);
    expect(inputError(() => parseRunResult(bad, 'base.json')).message).toBe(
      `base.json:${positionOf(bad, '"many"')}: expected a finite number at $.benchmarks[1].metrics.allocs[3]: found string "many"`,
    );
  });

  it('quotes metric ids that are not identifiers in the path', () => {
    const r = makeRunResult();
    (r.benchmarks[0].metrics as Record<string, unknown>)['custom:frames/s'] = [1, true];
    const bad = JSON.stringify(r);
    expect(inputError(() => parseRunResult(bad, 'b.json')).message).toMatch(
      /^b\.json:1:\d+: expected a finite number at \$\.benchmarks\[0\]\.metrics\["custom:frames\/s"\]\[1\]: found boolean true$/,
    );
  });

  it('reports a missing required field at the object that lacks it', () => {
    const doc = JSON.parse(text);
    delete doc.environment.goos;
    const bad = JSON.stringify(doc, null, 2);
    expect(inputError(() => parseRunResult(bad, 'b.json')).message).toBe(
      `b.json:${positionOf(bad, '"environment": {', '"environment": '.length)}: expected a string at $.environment.goos: missing`,
    );
  });

  it('refuses numbers that overflowed to Infinity', () => {
    const bad = text.replace('"wallMs": 1200\n', '"wallMs": 1e400\n');
    expect(inputError(() => parseRunResult(bad, 'b.json')).message).toMatch(
      /expected a finite number ≥ 0 at \$\.benchmarks\[0\]\.samples\[0\]\.wallMs: found number Infinity$/,
    );
  });

  it('refuses an unknown failure kind, an unparseable date and a non-integer procs', () => {
    const cases: [(d: any) => void, RegExp][] = [
      [
        (d) => (d.benchmarks[1].failure.kind = 'exploded'),
        /expected one of "failed", "panic", "timeout", "build", "no-result" at \$\.benchmarks\[1\]\.failure\.kind: found string "exploded"$/,
      ],
      [(d) => (d.createdAt = 'yesterday'), /expected an ISO 8601 timestamp at \$\.createdAt: found string "yesterday"$/],
      [(d) => (d.benchmarks[0].procs = 0), /expected an integer ≥ 1 at \$\.benchmarks\[0\]\.procs: found number 0$/],
      [(d) => (d.config.memprofile = 'yes'), /expected a boolean at \$\.config\.memprofile: found string "yes"$/],
      [(d) => (d.benchmarks[0].unavailable.trace = 3), /expected a string at \$\.benchmarks\[0\]\.unavailable\.trace: found number 3$/],
      [(d) => (d.packageFailures[0].kind = 'test'), /expected one of "build", "list" at \$\.packageFailures\[0\]\.kind/],
      [(d) => (d.benchmarks[0].samples[0].artifacts = null), /expected an object at \$\.benchmarks\[0\]\.samples\[0\]\.artifacts: found null$/],
      [(d) => (d.warnings = 'none'), /expected an array at \$\.warnings: found string "none"$/],
    ];
    for (const [mutate, message] of cases) {
      const doc = JSON.parse(text);
      mutate(doc);
      expect(inputError(() => parseRunResult(JSON.stringify(doc, null, 2), 'b.json')).message).toMatch(message);
    }
  });

  it('keeps unknown extra fields (a later minor addition must not make a baseline unreadable)', () => {
    const doc = JSON.parse(text);
    doc.environment.kernel = '6.8';
    expect((parseRunResult(JSON.stringify(doc), 'b.json').environment as unknown as Record<string, unknown>).kernel).toBe('6.8');
  });
});

describe('RunResult: migrations', () => {
  afterEach(() => {
    for (const k of Object.keys(migrations)) delete migrations[Number(k)];
  });

  /** What schema 0 looked like in this test's imagined history: `env` instead of `environment`, no warnings. */
  function v0Document(): Record<string, unknown> {
    const { environment, warnings: _w, ...rest } = JSON.parse(text);
    return { ...rest, version: 0, env: environment };
  }

  it('refuses an older version when no migration exists', () => {
    expect(RUN_RESULT_VERSION).toBe(1);
    expect(inputError(() => parseRunResult(JSON.stringify(v0Document()), 'old.json')).message).toBe(
      `old.json:1:${JSON.stringify(v0Document()).indexOf('0,') + 1}: expected schema version 1 or one this release can migrate at $.version: ` +
        'schema 0 is older than any this version of go-runtime-gate can read; record the baseline again',
    );
  });

  it('migrates v0 to v1 through the table, then validates', () => {
    migrations[0] = (doc) => {
      const { env, ...rest } = doc;
      return { ...rest, environment: env, warnings: [] };
    };
    const r = parseRunResult(JSON.stringify(v0Document()), 'old.json');
    expect(r.version).toBe(1);
    expect(r.environment).toEqual(makeRunResult().environment);
    expect(r.warnings).toEqual([]);
  });

  it('validates the migrated document and reports paths (no stale line numbers)', () => {
    migrations[0] = (doc) => ({ ...doc, environment: doc.env });
    expect(inputError(() => parseRunResult(JSON.stringify(v0Document()), 'old.json')).message).toBe('old.json: expected an array at $.warnings: missing');
  });

  it('turns a crashing migration into an InputError', () => {
    migrations[0] = (doc) => {
      (doc.env as { goos: { x: number } }).goos.x = 1; // TypeError on a string
      return doc;
    };
    const e = inputError(() => parseRunResult(JSON.stringify(v0Document()), 'old.json'));
    expect(e.message).toMatch(/^old\.json: expected a schema 0 RunResult that can be migrated to schema 1: /);
  });
});

describe('RunResult: the reader never throws anything but InputError', () => {
  const check = (s: string) => {
    try {
      parseRunResult(s, 'fuzz.json');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  };

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.json(), check), { numRuns: 1000 });
  });

  it('on truncations and single-value replacements of a valid RunResult', () => {
    const doc = JSON.parse(text);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(doc, []);
    fc.assert(
      fc.property(fc.nat(text.length), (n) => check(text.slice(0, n))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (p, value) => {
        const copy = JSON.parse(text);
        let target = copy;
        for (const seg of p.slice(0, -1)) target = target[seg];
        target[p[p.length - 1]] = value;
        check(JSON.stringify(copy, null, 2));
        check(JSON.stringify(copy));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('RunResult files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grg-io-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips .json and .json.gz', async () => {
    const r = makeRunResult();
    for (const name of ['r.json', 'r.json.gz']) {
      const path = join(dir, 'nested', name);
      await writeRunResultFile(path, r);
      expect(await readRunResultFile(path)).toEqual(r);
    }
    const gz = await readFile(join(dir, 'nested', 'r.json.gz'));
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(await readFile(join(dir, 'nested', 'r.json'), 'utf8')).toBe(serializeRunResult(r));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['r.json', 'r.json.gz']); // no temporary files left
  });

  it('recognises gzip by content, whatever the name', async () => {
    const path = join(dir, 'misnamed.json');
    await writeFile(path, gzip(serializeRunResult(makeRunResult())));
    expect((await readRunResultFile(path)).version).toBe(1);
  });

  it('reports a truncated .json.gz with its byte offset', async () => {
    const path = join(dir, 'cut.json.gz');
    const full = gzip(serializeRunResult(makeRunResult()));
    await writeFile(path, full.subarray(0, 100));
    await expect(readRunResultFile(path)).rejects.toThrow(
      new InputError(path, { offset: 100 }, 'a complete gzip stream', 'the compressed data ends early (file truncated?)').message,
    );
  });

  it('reports corrupt compressed data', async () => {
    const path = join(dir, 'bad.json.gz');
    const bytes = gzip(serializeRunResult(makeRunResult()));
    bytes.fill(0xff, 20, 40);
    await writeFile(path, bytes);
    const err = await readRunResultFile(path).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: offset \\d+: expected a complete gzip stream: `));
  });

  it('reports invalid UTF-8 at its byte offset', async () => {
    const path = join(dir, 'latin1.json');
    const good = new TextEncoder().encode('{"schema": "caf');
    await writeFile(path, Buffer.concat([good, Buffer.from([0xe9, 0x22, 0x7d])]));
    await expect(readRunResultFile(path)).rejects.toThrow(`${path}: offset ${good.length}: expected UTF-8 text: invalid byte`);
    // A stray continuation byte after a complete character is itself the bad byte.
    await writeFile(path, Buffer.concat([good, Buffer.from([0xc3, 0xa9, 0xa9, 0x22])]));
    await expect(readRunResultFile(path)).rejects.toThrow(`${path}: offset ${good.length + 2}: expected UTF-8 text: invalid byte`);
    // A file cut inside a character.
    await writeFile(path, Buffer.concat([good, Buffer.from([0xe2, 0x82])]));
    await expect(readRunResultFile(path)).rejects.toThrow(`${path}: offset ${good.length}: expected UTF-8 text: invalid byte`);
  });

  it('refuses to write a result it could not read back', async () => {
    const r = makeRunResult();
    (r.environment as unknown as Record<string, unknown>).gomaxprocs = '4';
    await expect(writeRunResultFile(join(dir, 'w.json'), r)).rejects.toThrow(
      /w\.json \(being written\):\d+:\d+: expected an integer ≥ 0 at \$\.environment\.gomaxprocs: found string "4"/,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

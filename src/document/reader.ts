/**
 * The one reader of the documents that travel between jobs and runs.
 *
 * A document outlives the process that wrote it: a RunResult is restored as
 * a baseline days later, possibly by a newer go-runtime-gate, possibly after
 * a cache entry was truncated; a Report is an artifact that a fork's
 * workflow uploaded. So the reader trusts nothing. Bytes are decompressed
 * (when the document allows gzip) and decoded as strict UTF-8, the text is
 * parsed as JSON, the schema id and version are checked, older versions are
 * migrated, and the result is validated against the current schema. Every
 * defect becomes an `InputError` that says which file, where in it
 * (line:column, or a byte offset before there is text), the JSON path such
 * as `$.benchmarks[0].samples[2].wallMs`, what was expected there and what
 * was found. A comparison against a half-read baseline, or a comment
 * rendered from a half-read report, would be confident nonsense; a precise
 * refusal lets the user delete one file and move on.
 *
 * Newer versions are refused: guessing at fields a future release added (or
 * reinterpreted) could silently change a verdict.
 */

import { readFile } from 'node:fs/promises';
import { InputError, type Position } from '../errors.js';
import type { DocumentType, Versioned } from './document.js';
import { decodeUtf8, gunzip, isGzip } from './encoding.js';
import { lineColumn, locateJsonSyntaxError, valueOffset } from './json-text.js';
import { SchemaMismatch, describeFound, formatPath, integer, string, validate, type Segment } from './schema.js';

/**
 * Parses and validates a document from its text or its file bytes.
 * `fileName` is used only in messages. Throws `InputError` (and nothing
 * else) for anything that is not a valid document of a version this release
 * can read.
 */
export function readDocument<T extends Versioned>(type: DocumentType<T>, input: string | Uint8Array, fileName: string): T {
  const text = typeof input === 'string' ? input : bytesToText(type, input, fileName);
  // A byte-order mark is not JSON, but editors add one; a space keeps every offset where it was.
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch (e) {
    throw syntaxError(src, fileName, e);
  }
  return checkDocument(type, doc, new Locator(fileName, src));
}

/**
 * Reads a document file. For a compressed file, line:column positions refer
 * to the decompressed text (what `zcat file | less` shows); byte offsets of
 * gzip errors refer to the file itself.
 */
export async function readDocumentFile<T extends Versioned>(type: DocumentType<T>, path: string): Promise<T> {
  const bytes = await readFile(path);
  return readDocument(type, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}

function bytesToText(type: Pick<DocumentType<Versioned>, 'gzip' | 'title'>, bytes: Uint8Array, file: string): string {
  if (!isGzip(bytes)) return decodeUtf8(bytes, file, false);
  if (!type.gzip) throw new InputError(file, { offset: 0 }, `a plain JSON ${type.title} (it is never compressed)`, 'found gzip-compressed data');
  return decodeUtf8(gunzip(bytes, file), file, true);
}

/** Turns schema mismatches into InputErrors with the file and, while the text still describes the document, a line:column. */
class Locator {
  constructor(
    readonly file: string,
    /** Undefined once the document was migrated: positions in the file describe the old shape. */
    private readonly text: string | undefined,
  ) {}

  fail(path: readonly Segment[], expected: string, found: string, missing = false): never {
    let position: Position | undefined;
    if (this.text !== undefined) {
      // A missing field has no position of its own; point at the object that lacks it.
      const at = valueOffset(this.text, missing ? path.slice(0, -1) : path);
      if (at !== undefined) position = lineColumn(this.text, at);
    }
    throw new InputError(this.file, position, `${expected} at ${formatPath(path)}`, found);
  }

  validate<V>(run: () => V): V {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof SchemaMismatch)) throw e;
      const m = e.mismatch;
      return this.fail(m.path, m.expected, m.found, m.missing);
    }
  }

  withoutText(): Locator {
    return new Locator(this.file, undefined);
  }
}

const VERSION = integer(0, 'an integer schema version');

function checkDocument<T extends Versioned>(type: DocumentType<T>, doc: unknown, at: Locator): T {
  const title = `a go-runtime-gate ${type.title} (a JSON object)`;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) at.fail([], title, describeFound(doc));
  let root = doc as Record<string, unknown>;

  const idText = JSON.stringify(type.id);
  if (!Object.hasOwn(root, 'schema')) at.fail(['schema'], idText, 'missing', true);
  const id = at.validate(() => validate(string({ expected: idText }), root.schema, ['schema']));
  if (id !== type.id) {
    const hint = type.mistakenFor && Object.hasOwn(type.mistakenFor, id) ? ` (${type.mistakenFor[id]})` : '';
    at.fail(['schema'], idText, describeFound(id) + hint);
  }

  if (!Object.hasOwn(root, 'version')) at.fail(['version'], VERSION.expected, 'missing', true);
  const version = at.validate(() => validate(VERSION, root.version, ['version']));
  if (version > type.version) {
    at.fail(
      ['version'],
      `schema version ${type.version} or older`,
      `written by a newer go-runtime-gate (schema ${version}); this version reads up to ${type.version} — upgrade the action`,
    );
  }

  for (let v = version; v < type.version; v++) {
    const step = Object.hasOwn(type.migrations, v) ? type.migrations[v] : undefined;
    if (!step) {
      at.fail(
        ['version'],
        `schema version ${type.version} or one this release can migrate`,
        `schema ${v} is older than any this version of go-runtime-gate can read; ${type.whenTooOld}`,
      );
    }
    const expected = `a schema ${v} ${type.title} that can be migrated to schema ${v + 1}`;
    let next: unknown;
    try {
      next = step(root);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(at.file, undefined, expected, e instanceof Error ? e.message : String(e));
    }
    if (next === null || typeof next !== 'object' || Array.isArray(next))
      throw new InputError(at.file, undefined, expected, 'the migration produced no document');
    root = { ...(next as Record<string, unknown>), version: v + 1 };
    at = at.withoutText();
  }

  const fields = type.fields;
  at.validate(() => validate(fields, root));
  return root as T;
}

function syntaxError(text: string, fileName: string, cause: unknown): InputError {
  const f = locateJsonSyntaxError(text);
  if (f) return new InputError(fileName, lineColumn(text, f.offset), f.expected, f.found);
  // The scanner and V8 disagree (should not happen): fall back to whatever V8 said.
  const msg = cause instanceof Error ? cause.message : String(cause);
  const m = /at position (\d+)/.exec(msg);
  return new InputError(fileName, m ? lineColumn(text, Number(m[1])) : undefined, 'valid JSON', msg);
}

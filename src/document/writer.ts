/**
 * The one writer of the documents that travel between jobs and runs.
 *
 * Output is canonical: two-space indentation, a final newline, `schema` and
 * `version` first (so `head` on a file shows what it is), then every
 * object's keys in code-unit order, arrays in their order, undefined fields
 * left out. Two documents with the same content are equal byte for byte, so
 * files diff cleanly and content hashes mean something.
 *
 * Non-finite numbers (NaN, ±Infinity) are refused with their JSON path, for
 * every document. JSON cannot hold them and JSON.stringify would quietly
 * write `null`: in a RunResult the file would be refused only much later,
 * when someone restores it as a baseline; in a Report a non-nullable field
 * would make the publish job refuse the artifact, and a nullable one (`p`,
 * `delta`) would silently change meaning to "not computed". Either way it is
 * a producer bug, cheapest to surface where it happens.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DocumentType, Versioned } from './document.js';
import { encodeText } from './encoding.js';
import { readDocument } from './reader.js';
import { formatPath, type Segment } from './schema.js';

/** Keys that lead the top-level object. */
const LEADING_KEYS = ['schema', 'version'];

/**
 * The document's canonical JSON text. Throws a plain Error (a bug, not bad
 * input) for a non-finite number, or for a value that is not of this
 * document type and version.
 */
export function serializeDocument<T extends Versioned>(type: DocumentType<T>, value: T): string {
  if (value.schema !== type.id || value.version !== type.version) {
    throw new Error(
      `cannot serialise ${type.title}: it says schema ${JSON.stringify(value.schema)} version ${value.version}, not ${JSON.stringify(type.id)} version ${type.version}`,
    );
  }
  return JSON.stringify(canonicalise(type.title, value, []), null, 2) + '\n';
}

/**
 * Writes a document (gzip-compressed when the document allows it and the
 * name ends in `.gz`, plain JSON otherwise) and returns once it is complete
 * on disk.
 *
 * The text is read back through the reader first: a file this release
 * cannot read would only fail later, in another job, as a "corrupt
 * baseline" or a refused artifact. The write goes to a temporary file in the
 * same directory and is renamed into place, so a reader (or a cache save
 * running concurrently) sees the old file or the new one, never a prefix.
 */
export async function writeDocumentFile<T extends Versioned>(type: DocumentType<T>, path: string, value: T): Promise<void> {
  const text = serializeDocument(type, value);
  readDocument(type, text, `${path} (being written)`);
  const bytes = encodeText(text, type.gzip && path.endsWith('.gz'));
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

function compareKeys(a: string, b: string): number {
  // Code-unit order, not localeCompare: the order must not depend on the locale of the runner.
  return a < b ? -1 : a > b ? 1 : 0;
}

function leadingRank(key: string): number {
  const i = LEADING_KEYS.indexOf(key);
  return i < 0 ? LEADING_KEYS.length : i;
}

function canonicalise(title: string, value: unknown, path: Segment[]): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot serialise ${title}: ${value} at ${formatPath(path)} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => canonicalise(title, v === undefined ? null : v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const top = path.length === 0;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort((a, b) => (top ? leadingRank(a) - leadingRank(b) : 0) || compareKeys(a, b));
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = canonicalise(title, obj[k], [...path, k]);
    return out;
  }
  return value;
}

/** Small helpers shared by the document layer's tests. */
import { InputError } from '../../src/errors.js';
import { lineColumn } from '../../src/document/json-text.js';

/** The InputError a call throws (fails the test if it throws anything else or nothing). */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected an InputError, nothing was thrown');
}

/** 1-based line:column of the first occurrence of `needle` (plus `skip` characters) in `text`. */
export function positionOf(text: string, needle: string, skip = 0): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const { line, column } = lineColumn(text, at + skip);
  return `${line}:${column}`;
}

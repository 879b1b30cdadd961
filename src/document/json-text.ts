/**
 * Positions in JSON text: the line:column of an offset, the offset of the
 * value at a JSON path, and the first syntax error of text JSON.parse
 * refused. A document's reader uses these to say where in the file a bad
 * field is, not only which one.
 *
 * These walk text that JSON.parse has already judged (valid, for
 * `valueOffset`; invalid, for `locateJsonSyntaxError`), and only after
 * something failed, so the normal read pays nothing for them.
 */

import type { Segment } from './schema.js';

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function skipWs(text: string, i: number): number {
  while (isWs(text[i])) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** End of the JSON value starting at `i` (text is known to be valid JSON). Iterative: depth is unbounded. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length;) {
      const d = text[j];
      if (d === '"') {
        j = skipString(text, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !isWs(text[j]) && text[j] !== ',' && text[j] !== ']' && text[j] !== '}') j++;
  return j;
}

/**
 * Offset of the value at `path` in valid JSON text, or undefined. Used only
 * after a check failed, so walking the text a second time costs nothing in the
 * normal case. For a duplicated key the last one wins, as in JSON.parse.
 */
export function valueOffset(text: string, path: readonly Segment[]): number | undefined {
  let i = skipWs(text, 0);
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (text[i] !== '[') return undefined;
      i = skipWs(text, i + 1);
      if (text[i] === ']') return undefined;
      for (let k = 0; k < seg; k++) {
        i = skipWs(text, skipValue(text, i));
        if (text[i] !== ',') return undefined;
        i = skipWs(text, i + 1);
      }
    } else {
      if (text[i] !== '{') return undefined;
      i = skipWs(text, i + 1);
      let at: number | undefined;
      while (text[i] === '"') {
        const end = skipString(text, i);
        const key = JSON.parse(text.slice(i, end)) as string;
        i = skipWs(text, skipWs(text, end) + 1); // past ':'
        if (key === seg) at = i;
        i = skipWs(text, skipValue(text, i));
        if (text[i] !== ',') break;
        i = skipWs(text, i + 1);
      }
      if (at === undefined) return undefined;
      i = at;
    }
  }
  return i;
}

/** A syntax error: its offset, what the grammar wanted there, and what was there. */
export interface SyntaxFault {
  offset: number;
  expected: string;
  found: string;
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return i === 0 ? 'found an empty file' : 'found end of input (file truncated?)';
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return cp < 0x20 || cp === 0x7f ? `found control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `found ${JSON.stringify(ch)}`;
}

/**
 * Finds the first syntax error in text that JSON.parse rejected. V8's messages
 * carry a position only for some errors ("Unexpected token '}', "…" is not
 * valid JSON" has none) and their wording changes between Node releases, so
 * the position is recomputed here with a small ECMA-404 scanner. It is
 * iterative with an explicit stack, so hostile nesting depth cannot overflow it.
 */
export function locateJsonSyntaxError(text: string): SyntaxFault | undefined {
  const n = text.length;
  const stack: string[] = [];
  type Mode = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';
  let mode: Mode = 'value';
  let i = 0;
  const fault = (offset: number, expected: string): SyntaxFault => ({ offset, expected, found: describeChar(text, offset) });

  const scanString = (): SyntaxFault | undefined => {
    for (let j = i + 1; ; j++) {
      if (j >= n) return fault(j, "a closing '\"' to end the string");
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return undefined;
      }
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!/[0-9A-Fa-f]/.test(text[j + k] ?? '')) return fault(j + k, 'four hexadecimal digits after \\u');
          j += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
        else return fault(j + 1, 'an escape character (one of " \\ / b f n r t u) after \\');
      } else if (c < 0x20) return fault(j, 'an escaped control character (raw control characters are not allowed in strings)');
    }
  };

  const digits = (j: number): number => {
    while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    return j;
  };
  const isDigit = (j: number) => j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39;

  const scanNumber = (): SyntaxFault | undefined => {
    let j = i;
    if (text[j] === '-') j++;
    if (!isDigit(j)) return fault(j, 'a digit');
    j = text[j] === '0' ? j + 1 : digits(j);
    if (text[j] === '.') {
      if (!isDigit(j + 1)) return fault(j + 1, 'a digit after the decimal point');
      j = digits(j + 1);
    }
    if (text[j] === 'e' || text[j] === 'E') {
      j++;
      if (text[j] === '+' || text[j] === '-') j++;
      if (!isDigit(j)) return fault(j, 'a digit in the exponent');
      j = digits(j);
    }
    i = j;
    return undefined;
  };

  for (;;) {
    i = skipWs(text, i);
    const ch = text[i];
    switch (mode) {
      case 'value':
      case 'value-or-close': {
        if (mode === 'value-or-close' && ch === ']') {
          stack.pop();
          i++;
          mode = 'after-value';
          break;
        }
        if (ch === '{') {
          stack.push('}');
          i++;
          mode = 'key-or-close';
          break;
        }
        if (ch === '[') {
          stack.push(']');
          i++;
          mode = 'value-or-close';
          break;
        }
        let f: SyntaxFault | undefined;
        if (ch === '"') f = scanString();
        else if (ch === '-' || isDigit(i)) f = scanNumber();
        else {
          const literal = ch === 't' ? 'true' : ch === 'f' ? 'false' : ch === 'n' ? 'null' : undefined;
          if (!literal)
            return fault(i, mode === 'value-or-close' ? "a JSON value or ']'" : 'a JSON value (object, array, string, number, true, false or null)');
          for (let k = 0; k < literal.length; k++) if (text[i + k] !== literal[k]) return fault(i + k, `the literal ${literal}`);
          i += literal.length;
        }
        if (f) return f;
        mode = 'after-value';
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (mode === 'key-or-close' && ch === '}') {
          stack.pop();
          i++;
          mode = 'after-value';
          break;
        }
        if (ch !== '"') return fault(i, mode === 'key-or-close' ? "a property name in double quotes or '}'" : 'a property name in double quotes');
        const f = scanString();
        if (f) return f;
        i = skipWs(text, i);
        if (text[i] !== ':') return fault(i, "':' after the property name");
        i++;
        mode = 'value';
        break;
      }
      case 'after-value': {
        const close = stack[stack.length - 1];
        if (close === undefined) return i < n ? fault(i, 'end of input after the JSON value') : undefined;
        if (ch === ',') {
          i++;
          mode = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fault(i, close === '}' ? "',' or '}' after a property value" : "',' or ']' after an array element");
        }
        break;
      }
    }
  }
}

/**
 * Text in a monospace terminal: how many columns a string takes, padding to
 * a width, and wrapping a line to a width with a hanging indent. Wrapping
 * never drops a character: a word longer than the line (a path, a benchmark
 * name) is broken at a `/` or `.` when it can be, hard otherwise, and
 * continues on the next line.
 */

/**
 * Columns a string occupies: combining marks and zero-width characters take
 * none, East Asian wide and fullwidth characters and most emoji take two.
 * Approximate (terminals disagree on some emoji), but it keeps CJK benchmark
 * names aligned.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Shortens to `width` columns by cutting the middle (for values, never for benchmark names). */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return '…';
  const chars = [...text];
  const budget = width - 1;
  const headBudget = Math.ceil(budget / 2);
  let head = '';
  let used = 0;
  for (const ch of chars) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > headBudget) break;
    head += ch;
    used += w;
  }
  let tail = '';
  let tailUsed = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = charWidth(chars[i].codePointAt(0)!);
    if (used + tailUsed + w > budget) break;
    tail = chars[i] + tail;
    tailUsed += w;
  }
  return `${head}…${tail}`;
}

/** Splits a word that is wider than `width` into pieces that fit, preferring to break after `/` or `.`. */
function breakWord(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = [...word];
  while (displayWidth(rest.join('')) > width) {
    let w = 0;
    let cut = 0;
    let soft = -1;
    for (let i = 0; i < rest.length; i++) {
      w += charWidth(rest[i].codePointAt(0)!);
      if (w > width) break;
      cut = i + 1;
      if ((rest[i] === '/' || rest[i] === '.') && i > 0) soft = i + 1;
    }
    const at = soft > width / 3 ? soft : Math.max(1, cut);
    out.push(rest.slice(0, at).join(''));
    rest = rest.slice(at);
  }
  if (rest.length) out.push(rest.join(''));
  return out;
}

/**
 * `text` as lines of at most `width` columns: the first starts with
 * `first`, the rest with `indent`. Without a width the text stays one line.
 */
export function wrap(text: string, width: number | undefined, first = '', indent = first.replace(/./gu, ' ')): string[] {
  if (width === undefined) return [first + text];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const room = (prefix: string) => Math.max(8, width - displayWidth(prefix));
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const candidate = empty ? line + word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = indent;
    }
    const pieces = breakWord(word, room(line));
    for (const piece of pieces.slice(0, -1)) lines.push(line + piece);
    if (pieces.length > 1) line = indent;
    line += pieces[pieces.length - 1] ?? '';
    empty = false;
  }
  lines.push(line);
  return lines;
}

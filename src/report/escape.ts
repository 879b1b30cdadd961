/**
 * Making untrusted text safe to show.
 *
 * Benchmark names, package paths, custom units, failure messages and process
 * output all come from the code under test, and on a pull request that code
 * is the contributor's. A report that renders it raw can be made to ping
 * people, link issues, inject HTML, break a table or close a code fence. So
 * every piece of user text goes through one of these functions on its way
 * into a report, and each function is written for one context:
 *
 * - `escapeMarkdown`: one line of text inside GitHub-flavoured Markdown prose,
 *   a table cell, or an HTML element such as `<summary>`. It uses numeric HTML
 *   entities rather than backslash escapes because entities mean the same
 *   thing in all three places, whereas a backslash is shown literally inside
 *   an HTML block.
 * - `codeSpan`: inline code (outside tables) that cannot be ended early.
 * - `fencedCodeBlock`: multi-line output in a block no content can close.
 * - `escapeHtml`: text for HTML attributes and elements.
 * - `sanitizeText`: the common base for every renderer, including the
 *   terminal: it removes what no reader should ever receive (control
 *   characters, ANSI escape sequences, bidirectional overrides).
 */

/**
 * ANSI CSI / OSC sequences (7-bit with ESC, and the 8-bit C1 CSI), removed
 * whole before single control characters, so that removing ESC leaves no
 * `[31m` residue.
 */
const ANSI_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;

/**
 * C0 controls except tab and line feed, DEL, and C1 controls. Carriage returns
 * are handled separately (they are line breaks, not noise).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Bidirectional embeddings, overrides and isolates can make a name display as
 * something other than what it is ("Trojan Source"). They are replaced by a
 * visible U+FFFD rather than deleted so that the tampering stays noticeable.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Removes control characters, ANSI escape sequences and bidirectional
 * overrides, and normalises line breaks to `\n`. Tabs become single spaces
 * unless `keepTabs` is set (process output keeps its indentation).
 */
export function sanitizeText(text: string, options: { keepTabs?: boolean } = {}): string {
  let out = String(text).replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(BIDI, '\ufffd');
  if (!options.keepTabs) out = out.replace(/\t/g, ' ');
  return out;
}

/** Sanitised and on one line: every line break becomes a space. */
export function singleLine(text: string): string {
  return sanitizeText(text).replace(/\n/g, ' ');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five characters that are special in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * A zero-width space (as an entity, so it survives copy into any context).
 * GitHub resolves `@user` mentions and `#123` references on the rendered
 * text, after entities are decoded, so escaping the `@` or `#` alone would
 * not stop the notification; breaking the token with an invisible character
 * does. This is the technique Renovate uses in release notes it quotes.
 */
const ZWSP = '&#8203;';

/**
 * Characters that GitHub-flavoured Markdown gives a meaning somewhere inline:
 * `\` (escapes), `` ` `` (code), `* _ ~` (emphasis, strikethrough), `[ ] !`
 * (links, images, footnotes; parentheses need no escape once `[` has one),
 * `< > &` (HTML, autolinks, entities), `|` (table cells), `#` (headings,
 * references), `$` (GitHub's math), `:` (emoji shortcodes and `https://`
 * autolinks), `"` and `'` (so the result is also a safe HTML attribute
 * value), and `@` (mentions).
 */
const MARKDOWN_SPECIAL = /[\\`*_~[\]!<>&|#$:"'@]/g;

/**
 * Escapes one line of untrusted text for GitHub Markdown: prose, table cells
 * and `<summary>`. Every special character becomes its numeric entity, which
 * renders as the character itself everywhere. Line breaks become spaces (a
 * newline would end a table row), and mentions and issue references cannot
 * notify or link.
 */
export function escapeMarkdown(text: string): string {
  return singleLine(text).replace(MARKDOWN_SPECIAL, (c, offset: number, whole: string) => {
    const next = whole.charAt(offset + 1);
    if (c === '@') return /[\p{L}\p{N}_-]/u.test(next) ? `@${ZWSP}` : '@';
    // A colon only matters before `//` (autolinks) or a shortcode name
    // (`:tada:`); "panic: runtime error" stays readable in the source.
    if (c === ':' && !/[/\w+-]/.test(next)) return ':';
    const entity = `&#${c.charCodeAt(0)};`;
    if (c === '#' && /[\p{L}\p{N}]/u.test(next)) return entity + ZWSP;
    return entity;
  });
}

/** Length of the longest run of `char` in `text`. */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    if (c === char) {
      current += 1;
      if (current > longest) longest = current;
    } else {
      current = 0;
    }
  }
  return longest;
}

/**
 * Wraps text in inline code that its own backticks cannot close: the
 * delimiter is one backtick longer than the longest run inside, and a space
 * pads the content when it starts or ends with a backtick (CommonMark strips
 * exactly one such space on each side). Not for table cells: GFM splits cells
 * on `|` even inside code, so use `escapeMarkdown` there.
 */
export function codeSpan(text: string): string {
  const content = singleLine(text);
  if (content === '') return '` `';
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block that its content cannot close: the fence is made of
 * backticks and is longer than any backtick run in the content (a run at
 * least as long as the fence at the start of a line would end the block).
 * Tilde lines inside cannot close a backtick fence. Tabs are kept.
 */
export function fencedCodeBlock(text: string, info = 'text'): string {
  const content = sanitizeText(text, { keepTabs: true }).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

/**
 * A hidden HTML comment that a later run finds again to update the same PR
 * comment. The marker text cannot end the comment early (`--` is not allowed
 * inside an HTML comment and `>` could close it), so those are replaced; the
 * publisher must look for exactly the string this returns.
 */
export function hiddenMarker(marker: string): string {
  const safe = singleLine(marker)
    .replace(/-{2,}/g, (run) => run.split('').join(' '))
    .replace(/[<>]/g, '_');
  return `<!-- ${safe} -->`;
}

/**
 * Shortens text to at most `max` characters (UTF-16 units, the measure the
 * length budget uses) by cutting out its middle: benchmark names differ most
 * at the start (function) and the end (sub-benchmark parameters). Surrogate
 * pairs are never split.
 */
export function ellipsizeMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const keep = max - 1;
  const headLen = Math.ceil(keep / 2);
  const tailLen = keep - headLen;
  return safeSlice(text, 0, headLen) + '…' + safeSliceEnd(text, tailLen);
}

/** Shortens text to at most `max` characters by cutting its end. */
export function ellipsizeEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  return safeSlice(text, 0, max - 1) + '…';
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function safeSlice(text: string, start: number, length: number): string {
  let end = start + length;
  if (end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

function safeSliceEnd(text: string, length: number): string {
  if (length <= 0) return '';
  let start = text.length - length;
  if (start > 0 && start < text.length && isHighSurrogate(text.charCodeAt(start - 1))) start += 1;
  return text.slice(start);
}

/**
 * The longest escaped form of a prefix of `raw` that fits in `max`
 * characters, with `…` marking the cut. Escaping expands text unpredictably
 * (one `|` becomes five characters), so the cut is found on the raw text by
 * binary search; cutting escaped text could split an entity.
 */
export function fitEscaped(raw: string, max: number, escape: (s: string) => string): string {
  const full = escape(raw);
  if (full.length <= max) return full;
  if (max <= 0) return '';
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escape(safeSlice(raw, 0, mid)).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? (max >= 1 ? '…' : '') : escape(safeSlice(raw, 0, lo)) + '…';
}

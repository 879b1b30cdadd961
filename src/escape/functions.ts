/**
 * Finds Go function declarations and comments in a source file, to name the
 * function that encloses an escape site (the compiler's `-m` lines do not
 * say) and to find allow directives (comments, never text inside strings).
 *
 * Why a scanner in TypeScript rather than go/parser through a Go helper: the
 * Action ships as dist/ (one bundled file), so a helper would have to be
 * compiled or `go run` from the checkout of the action at run time, costing
 * a build on every job and a second moving part that can fail. Naming the
 * enclosing function needs much less than a parser: Go's lexical grammar
 * (comments, interpreted and raw strings, runes, automatic semicolons) and
 * bracket depth are enough to find every top-level `func` declaration, its
 * receiver, name and body. Function literals are deliberately not separate
 * functions (see EscapeSite.function).
 *
 * Positions are byte-based (line and 1-based byte column), like the
 * compiler's, so the source is scanned as bytes: every Go token that matters
 * here is ASCII, and UTF-8 continuation bytes can only appear inside
 * identifiers, strings or comments.
 */

interface SourcePosition {
  line: number;
  /** 1-based byte column. */
  column: number;
}

export interface FunctionDecl {
  /** As Go prints it: `Name`, `T.M`, `(*T).M`, `(*T[...]).M`. */
  name: string;
  /** Position of the `func` keyword. */
  start: SourcePosition;
  /** Position of the body's closing brace; the end of the signature for a declaration without body. */
  end: SourcePosition;
  /** Line of the body's opening brace (0 without body). */
  bodyLine: number;
}

export interface GoComment {
  /** Text including the `//` or `/* … *\/` markers. */
  text: string;
  start: SourcePosition;
  endLine: number;
  /** True when no token shares the comment's first line before it (a comment on a line of its own). */
  ownLine: boolean;
}

export interface ScannedGoFile {
  functions: FunctionDecl[];
  comments: GoComment[];
  /** Lines (1-based) that hold at least one token other than comments. */
  codeLines: Set<number>;
}

type TokenKind = 'ident' | 'literal' | 'op' | 'semi';

interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
  /** For `semi`: true when inserted at a newline, not written. */
  implicit?: boolean;
}

/** Keywords after which a newline ends the statement (the Go spec's semicolon rule). */
const SEMI_KEYWORDS = new Set(['break', 'continue', 'fallthrough', 'return']);
const KEYWORDS = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
]);

function endsStatement(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'literal') return true;
  if (t.kind === 'ident') return !KEYWORDS.has(t.text) || SEMI_KEYWORDS.has(t.text);
  if (t.kind === 'op') return t.text === ')' || t.text === ']' || t.text === '}' || t.text === '++' || t.text === '--';
  return false;
}

const isIdentByte = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Tokenises Go source; comments go to `comments`, automatic semicolons are inserted as `semi` tokens. */
function tokenize(src: Uint8Array): { tokens: Token[]; comments: GoComment[]; codeLines: Set<number> } {
  const tokens: Token[] = [];
  const comments: GoComment[] = [];
  const codeLines = new Set<number>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = src.length;
  const col = (at: number): number => at - lineStart + 1;
  const newline = (): void => {
    const last = tokens[tokens.length - 1];
    if (endsStatement(last)) tokens.push({ kind: 'semi', text: ';', line, column: col(i), implicit: true });
  };
  const push = (kind: TokenKind, text: string, startLine: number, startCol: number): void => {
    tokens.push({ kind, text, line: startLine, column: startCol });
    codeLines.add(startLine);
  };

  while (i < n) {
    const c = src[i];
    if (c === 0x0a) {
      newline();
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xef /* BOM start */) {
      if (c === 0xef && src[i + 1] === 0xbb && src[i + 2] === 0xbf) i += 3;
      else i++;
      continue;
    }
    const startLine = line;
    const startCol = col(i);
    const start = i;
    // Comments.
    if (c === 0x2f && src[i + 1] === 0x2f) {
      while (i < n && src[i] !== 0x0a) i++;
      comments.push({ text: decode(src, start, i), start: { line: startLine, column: startCol }, endLine: startLine, ownLine: !codeLines.has(startLine) });
      continue;
    }
    if (c === 0x2f && src[i + 1] === 0x2a) {
      i += 2;
      let sawNewline = false;
      while (i < n && !(src[i] === 0x2a && src[i + 1] === 0x2f)) {
        if (src[i] === 0x0a) {
          sawNewline = true;
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i = Math.min(n, i + 2);
      comments.push({ text: decode(src, start, i), start: { line: startLine, column: startCol }, endLine: line, ownLine: !codeLines.has(startLine) });
      // A general comment containing a newline acts like a newline (Go spec).
      if (sawNewline) newline();
      continue;
    }
    // Interpreted strings and runes: a backslash escapes the next byte; a newline ends them (malformed, but never run away).
    if (c === 0x22 || c === 0x27) {
      i++;
      while (i < n && src[i] !== c && src[i] !== 0x0a) i += src[i] === 0x5c ? 2 : 1;
      if (i < n && src[i] === c) i++;
      push('literal', decode(src, start, i), startLine, startCol);
      continue;
    }
    // Raw strings may span lines.
    if (c === 0x60) {
      i++;
      while (i < n && src[i] !== 0x60) {
        if (src[i] === 0x0a) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i = Math.min(n, i + 1);
      push('literal', '`…`', startLine, startCol);
      continue;
    }
    if (isDigit(c) || (c === 0x2e && isDigit(src[i + 1] ?? 0))) {
      i++;
      while (i < n) {
        const d = src[i];
        if ((d === 0x2b || d === 0x2d) && /[eEpP]/.test(String.fromCharCode(src[i - 1]))) i++;
        else if (isIdentByte(d) || d === 0x2e) i++;
        else break;
      }
      push('literal', decode(src, start, i), startLine, startCol);
      continue;
    }
    if (isIdentByte(c)) {
      while (i < n && isIdentByte(src[i])) i++;
      push('ident', decode(src, start, i), startLine, startCol);
      continue;
    }
    // Operators: only a few matter (brackets, `*`, `.`, `;`, `++`, `--`), so the rest are single bytes.
    if ((c === 0x2b || c === 0x2d) && src[i + 1] === c) {
      i += 2;
      push('op', c === 0x2b ? '++' : '--', startLine, startCol);
      continue;
    }
    i++;
    if (c === 0x3b) {
      tokens.push({ kind: 'semi', text: ';', line: startLine, column: startCol });
      codeLines.add(startLine);
    } else {
      push('op', String.fromCharCode(c), startLine, startCol);
    }
  }
  newline();
  return { tokens, comments, codeLines };
}

const decoder = new TextDecoder();
function decode(src: Uint8Array, start: number, end: number): string {
  return decoder.decode(src.subarray(start, end));
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Index of the token that closes the bracket at `open`, or tokens.length when unbalanced. */
function matching(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'op') continue;
    if (OPEN[t.text]) depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return tokens.length;
}

/** `(*T[...])` from the receiver's tokens (between the parentheses). */
function receiverName(tokens: Token[]): string {
  let j = 0;
  // A receiver name is an identifier followed by the type (an identifier or `*`).
  if (tokens[j]?.kind === 'ident' && (tokens[j + 1]?.kind === 'ident' || tokens[j + 1]?.text === '*' || tokens[j + 1]?.text === '(')) j++;
  let pointer = false;
  // `(r (*T))` is legal, if unusual.
  while (tokens[j]?.text === '(' || tokens[j]?.text === '*') {
    if (tokens[j].text === '*') pointer = true;
    j++;
  }
  const type = tokens[j]?.kind === 'ident' ? tokens[j].text : '?';
  const generic = tokens[j + 1]?.text === '[' ? '[...]' : '';
  return pointer ? `(*${type}${generic})` : `${type}${generic}`;
}

/** Scans one Go source file. Never throws: malformed source yields what could be found. */
export function scanGoFile(source: Uint8Array | string): ScannedGoFile {
  const src = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const { tokens, comments, codeLines } = tokenize(src);
  const functions: FunctionDecl[] = [];
  let depth = 0;
  let statementStart = true;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'semi') {
      if (depth === 0) statementStart = true;
      continue;
    }
    if (depth === 0 && statementStart && t.kind === 'ident' && t.text === 'func') {
      const decl = parseFuncDecl(tokens, j);
      if (decl) {
        functions.push(decl.decl);
        j = decl.next - 1;
        statementStart = false;
        continue;
      }
    }
    statementStart = false;
    if (t.kind === 'op') {
      if (OPEN[t.text]) depth++;
      else if (t.text === ')' || t.text === ']' || t.text === '}') depth = Math.max(0, depth - 1);
    }
  }
  return { functions, comments, codeLines };
}

/** Parses `func [recv] Name[T] (params) results { body }` starting at the `func` token. */
function parseFuncDecl(tokens: Token[], at: number): { decl: FunctionDecl; next: number } | undefined {
  let j = at + 1;
  let receiver = '';
  if (tokens[j]?.text === '(') {
    const close = matching(tokens, j);
    receiver = receiverName(tokens.slice(j + 1, close));
    j = close + 1;
  }
  const nameTok = tokens[j];
  if (!nameTok || nameTok.kind !== 'ident') return undefined;
  const name = receiver ? `${receiver}.${nameTok.text}` : nameTok.text;
  j++;
  // Signature up to the body. A `{` right after `struct` or `interface` opens a type literal, not the body.
  let depth = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'semi' && depth === 0) {
      // No body (implemented in assembly or linked by name).
      return { decl: { name, start: pos(tokens[at]), end: pos(tokens[j - 1]), bodyLine: 0 }, next: j };
    }
    if (t.kind !== 'op') continue;
    if (t.text === '{' && depth === 0) {
      const prev = tokens[j - 1];
      if (prev?.kind === 'ident' && (prev.text === 'struct' || prev.text === 'interface')) {
        j = matching(tokens, j);
        continue;
      }
      const close = matching(tokens, j);
      const endTok = tokens[Math.min(close, tokens.length - 1)];
      return { decl: { name, start: pos(tokens[at]), end: pos(endTok), bodyLine: t.line }, next: close + 1 };
    }
    if (OPEN[t.text]) depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
  }
  return { decl: { name, start: pos(tokens[at]), end: pos(tokens[tokens.length - 1] ?? tokens[at]), bodyLine: 0 }, next: tokens.length };
}

function pos(t: Token): SourcePosition {
  return { line: t.line, column: t.column };
}

function before(a: SourcePosition, b: SourcePosition): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/**
 * The declaration containing the position, or undefined outside every
 * function. A position with column 0 (the compiler gave only a line) is
 * taken as the whole line.
 */
export function enclosingFunction(functions: readonly FunctionDecl[], line: number, column: number): FunctionDecl | undefined {
  const lo: SourcePosition = { line, column: column || Number.MAX_SAFE_INTEGER };
  const hi: SourcePosition = { line, column: column || 1 };
  return functions.find((f) => before(f.start, lo) && before(hi, f.end));
}

/**
 * The allow directive: how a team accepts an escape it has decided to live
 * with, in the code, next to the allocation, with the reason.
 *
 *     //runtimegate:allow-escape <reason>
 *
 * Scope:
 * - as a trailing comment on a line: every escape site on that line;
 * - on a line of its own: every escape site on the next line that has code;
 * - in a function's doc comment (the comment lines directly above `func`):
 *   every escape site in that function, function literals included.
 *
 * A reason is required: an accepted escape should tell the next reader why.
 * A directive without one accepts nothing and produces a warning, so the
 * mistake is visible and not silently turned into either outcome.
 *
 * The name follows Go's directive syntax (`//` then `word:word`, no space),
 * the form `go/ast` and gofmt treat as a directive: godoc leaves it out of the
 * rendered documentation and gofmt does not reflow it. The `runtimegate:`
 * prefix keeps it clear of the toolchain's reserved `//go:` and `//line`.
 * Sites covered by a directive are still collected and counted; they are
 * only exempt from failing the gate.
 */
import type { FunctionDecl, GoComment, ScannedGoFile } from './functions.js';

const ALLOW_ESCAPE_DIRECTIVE = '//runtimegate:allow-escape';

interface AllowDirective {
  /** Line of the directive comment. */
  line: number;
  reason: string;
  scope: 'line' | 'function';
  /** Lines it covers (inclusive). */
  fromLine: number;
  toLine: number;
}

export interface DirectiveScan {
  directives: AllowDirective[];
  /** Directives that accept nothing (no reason), as `line: message`. */
  problems: { line: number; message: string }[];
}

/** Reads the directive from a comment, or undefined when the comment is not one. */
function parseDirective(comment: GoComment): { reason: string } | undefined {
  const text = comment.text;
  if (!text.startsWith(ALLOW_ESCAPE_DIRECTIVE)) return undefined;
  const rest = text.slice(ALLOW_ESCAPE_DIRECTIVE.length);
  // `//runtimegate:allow-escapes` is another word, not this directive.
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  return { reason: rest.trim() };
}

/** Finds the allow directives of one file and the lines each covers. */
export function findAllowDirectives(file: ScannedGoFile): DirectiveScan {
  const directives: AllowDirective[] = [];
  const problems: DirectiveScan['problems'] = [];
  const docOwner = docCommentOwners(file.functions, file.comments);
  const lastLine = Math.max(0, ...file.codeLines);
  for (const comment of file.comments) {
    const d = parseDirective(comment);
    if (!d) continue;
    const line = comment.start.line;
    if (d.reason === '') {
      problems.push({ line, message: `${ALLOW_ESCAPE_DIRECTIVE} needs a reason after it; this one accepts nothing` });
      continue;
    }
    const fn = docOwner.get(comment);
    if (fn) {
      directives.push({ line, reason: d.reason, scope: 'function', fromLine: fn.start.line, toLine: fn.end.line });
    } else if (!comment.ownLine) {
      directives.push({ line, reason: d.reason, scope: 'line', fromLine: line, toLine: line });
    } else {
      let next = comment.endLine + 1;
      while (next <= lastLine && !file.codeLines.has(next)) next++;
      if (next <= lastLine) directives.push({ line, reason: d.reason, scope: 'line', fromLine: next, toLine: next });
    }
  }
  return { directives, problems };
}

/**
 * Maps each comment in a function's doc comment to that function: the run of
 * own-line comments ending on the line just above `func`, each directly above
 * the next (a blank line ends a doc comment).
 */
function docCommentOwners(functions: readonly FunctionDecl[], comments: readonly GoComment[]): Map<GoComment, FunctionDecl> {
  const byEndLine = new Map<number, GoComment>();
  for (const c of comments) if (c.ownLine) byEndLine.set(c.endLine, c);
  const owners = new Map<GoComment, FunctionDecl>();
  for (const fn of functions) {
    let c = byEndLine.get(fn.start.line - 1);
    while (c) {
      owners.set(c, fn);
      c = byEndLine.get(c.start.line - 1);
    }
  }
  return owners;
}

/** The reason of the first directive covering the line, if any (function scope is checked by line range too). */
export function allowReason(scan: DirectiveScan, line: number): string | undefined {
  return scan.directives.find((d) => line >= d.fromLine && line <= d.toLine)?.reason;
}

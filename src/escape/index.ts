/**
 * Escape-analysis gate: collect the compiler's heap-escape sites of the
 * measured packages (collect.ts, the only part that runs Go), read its
 * diagnostics (diagnostics.ts), name enclosing functions and find allow
 * directives from the source (functions.ts, ignore.ts), fold the copies the
 * compiler reports for inlined code into one site per source position
 * (inlining.ts), identify sites across commits without line numbers
 * (sites.ts), and diff two collections
 * into a gate decision (diff.ts).
 */
export { collectEscapes, type CollectOptions, type EscapeCollection, type EscapeCompileError } from './collect.js';
export { diffEscapes, type EscapeDiff, type EscapeDiffOptions, type EscapeCountChange } from './diff.js';
export { parseEscapeDiagnostics, type CompilerEscape, type ParsedDiagnostics, type UnrecognisedLine } from './diagnostics.js';
export { scanGoFile, enclosingFunction, type FunctionDecl, type GoComment, type ScannedGoFile } from './functions.js';
export { foldInlinedCopies, describeInlining, hasSourceFile, type InlinedCall, type CollectedSite } from './inlining.js';
export { ALLOW_ESCAPE_DIRECTIVE, findAllowDirectives, allowReason, type AllowDirective } from './ignore.js';
export {
  assignKeys,
  countEscapes,
  isHeapAllocation,
  normaliseSubject,
  siteKey,
  siteStem,
  HEAP_KINDS,
  PACKAGE_SCOPE,
  type EscapeCounts,
  type EscapeKind,
  type EscapeSite,
  type InlinedCopy,
} from './sites.js';

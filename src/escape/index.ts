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
export { collectEscapes } from './collect.js';
export { diffEscapes } from './diff.js';
export { describeInlining } from './inlining.js';
export { isHeapAllocation, type EscapeSite } from './sites.js';
/** @public (scripts/escape-realworld.mjs counts a real module's escapes with it) */
export { countEscapes } from './sites.js';

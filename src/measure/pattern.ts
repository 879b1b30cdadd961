/**
 * `-test.bench` patterns. Go splits the pattern on slashes that are not inside
 * brackets or parentheses and matches one element per sub-benchmark level; to
 * run exactly one leaf we anchor and quote every element of its name.
 */

/** Quotes RE2 metacharacters so the text matches itself literally. */
export function quoteRegexp(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** Splits a `-test.bench` pattern into its per-level elements, as Go does. */
export function splitBenchPattern(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (c === '/' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/** Pattern that selects exactly the benchmark named `name` (`BenchmarkX/a=1/b`). */
export function exactBenchPattern(name: string): string {
  return name
    .split('/')
    .map((el) => `^${quoteRegexp(el)}$`)
    .join('/');
}

/**
 * Pattern for the discovery run of top-level benchmark `top`: anchored at the
 * top level, with the user's sub-level elements (if any) kept as they are.
 */
export function discoveryPattern(top: string, userPattern: string): string {
  const rest = splitBenchPattern(userPattern).slice(1);
  return [`^${quoteRegexp(top)}$`, ...rest].join('/');
}

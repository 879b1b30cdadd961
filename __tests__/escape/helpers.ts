import type { EscapeSite } from '../../src/escape/sites.js';

/** A site with defaults, for the pure tests. */
export function site(over: Partial<EscapeSite>): Omit<EscapeSite, 'key'> {
  return {
    package: 'example.com/m/p',
    file: 'p/p.go',
    line: 10,
    column: 2,
    function: 'F',
    kind: 'escapes-to-heap',
    subject: 'x',
    explanation: [],
    snippet: '',
    ...over,
  };
}

import { discoveryPattern, exactBenchPattern, quoteRegexp, splitBenchPattern } from '../../src/measure/pattern.js';

describe('bench patterns', () => {
  it('quotes every RE2 metacharacter', () => {
    expect(quoteRegexp('a.b*c+d?(e)|[f]{g}^h$\\')).toBe('a\\.b\\*c\\+d\\?\\(e\\)\\|\\[f\\]\\{g\\}\\^h\\$\\\\');
  });
  it('splits on slashes outside brackets and parentheses, like go test', () => {
    expect(splitBenchPattern('Encode/size=[0-9/]+/(a|b/c)')).toEqual(['Encode', 'size=[0-9/]+', '(a|b/c)']);
    expect(splitBenchPattern('.')).toEqual(['.']);
    expect(splitBenchPattern('A\\/B/C')).toEqual(['A\\/B', 'C']);
  });
  it('anchors each level of a leaf name', () => {
    expect(exactBenchPattern('BenchmarkChecksum/size=64')).toBe('^BenchmarkChecksum$/^size=64$');
    expect(exactBenchPattern('BenchmarkX/a+b#01')).toBe('^BenchmarkX$/^a\\+b#01$');
  });
  it('keeps the user sub-levels in the discovery pattern', () => {
    expect(discoveryPattern('BenchmarkChecksum', 'Check/size=64')).toBe('^BenchmarkChecksum$/size=64');
    expect(discoveryPattern('BenchmarkEncode', '.')).toBe('^BenchmarkEncode$');
  });
});

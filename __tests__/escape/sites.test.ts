import { assignKeys, countEscapes, normaliseSubject, siteStem } from '../../src/escape/sites.js';
import { site } from './helpers.js';

describe('normaliseSubject', () => {
  it.each([
    ['make([]byte, 0, 4096)', 'make([]byte, N, N)'],
    ['make([]byte,   0x10)', 'make([]byte, N)'],
    ['l.prefix + ~r0', 'l.prefix + ~r'],
    ['.autotmp_12', '.autotmp_'],
    ['x1 + y2', 'x1 + y2'],
    ['&T{...}', '&T{...}'],
    ['go.shape.[]int{}', 'go.shape.[]int{}'],
    ['1.5e3 * v', 'N * v'],
  ])('%s → %s', (raw, want) => expect(normaliseSubject(raw)).toBe(want));
});

describe('assignKeys', () => {
  it('numbers equal stems in source order and never uses the line', () => {
    const keyed = assignKeys([site({ line: 30, subject: 'append' }), site({ line: 12, subject: 'append' }), site({ line: 20, subject: 'y' })]);
    expect(keyed.map((s) => [s.line, JSON.parse(s.key)])).toEqual([
      [12, ['example.com/m/p', 'p/p.go', 'F', 'escapes-to-heap', 'append', 0]],
      [20, ['example.com/m/p', 'p/p.go', 'F', 'escapes-to-heap', 'y', 0]],
      [30, ['example.com/m/p', 'p/p.go', 'F', 'escapes-to-heap', 'append', 1]],
    ]);
    const shifted = assignKeys([site({ line: 130, subject: 'append' }), site({ line: 112, subject: 'append' }), site({ line: 120, subject: 'y' })]);
    expect(shifted.map((s) => s.key)).toEqual(keyed.map((s) => s.key));
  });

  it('keeps stems unambiguous whatever the parts contain', () => {
    expect(siteStem(site({ function: 'a|b', subject: 'c' }))).not.toBe(siteStem(site({ function: 'a', subject: 'b|c' })));
  });
});

describe('countEscapes', () => {
  it('counts heap allocations per package and function, not leaking parameters', () => {
    const c = countEscapes(assignKeys([site({}), site({ kind: 'moved-to-heap', function: 'G' }), site({ kind: 'leaking-param' })]));
    expect(c).toEqual({ byPackage: { 'example.com/m/p': 2 }, byFunction: { 'example.com/m/p': { F: 1, G: 1 } } });
  });
});

import { join, resolve, dirname } from 'node:path';
import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { baselineStem, bounded, branchDirName, keyComponent, keyPrefix } from '../../src/store/names.js';

const HOSTILE = [
  '..',
  '.',
  '../../etc/passwd',
  '/etc/passwd',
  'a/../../b',
  '..\\..\\windows',
  'C:\\x',
  '.git',
  'feature/x',
  'feature_x',
  'feature%2Fx',
  'name with spaces',
  'line\nbreak',
  'nul\u0000byte',
  'CON',
  'nul.txt',
  'trailing.',
  'ünïcødé/分支',
  '~',
  'a'.repeat(5000),
  'a'.repeat(5000) + 'b',
];

describe('branchDirName', () => {
  it('turns hostile names into one harmless path component', () => {
    const store = resolve('/store');
    for (const b of HOSTILE) {
      const name = branchDirName(b);
      expect(name).toMatch(/^[A-Za-z0-9._%~-]+$/);
      expect(name).not.toMatch(/^\./);
      expect(name).not.toMatch(/\.$/);
      expect(name.length).toBeLessThanOrEqual(120);
      expect(dirname(resolve(store, name))).toBe(store);
    }
  });

  it('is injective on the hostile list', () => {
    expect(new Set(HOSTILE.map(branchDirName)).size).toBe(HOSTILE.length);
  });

  it('keeps ordinary names readable', () => {
    expect(branchDirName('main')).toBe('main');
    expect(branchDirName('release-1.22')).toBe('release-1.22');
    expect(branchDirName('feature/x')).toBe('feature%2Fx');
    expect(branchDirName('..')).toBe('%2E%2E');
    expect(branchDirName('CON')).toBe('%43ON');
    expect(branchDirName('a'.repeat(5000))).toMatch(/^a+~[0-9a-f]{12}$/);
  });

  it('refuses an empty name', () => {
    expect(() => branchDirName('')).toThrow(ConfigError);
  });

  it('never escapes the store and never collides (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ minLength: 1, maxLength: 20 }), (a, b) => {
        const name = branchDirName(a);
        expect(dirname(join('/store', name))).toBe('/store');
        expect(name).toMatch(/^[A-Za-z0-9._%~-]+$/);
        if (a !== b && a.length < 30) expect(branchDirName(b)).not.toBe(name);
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyComponent', () => {
  it('never contains the separator or a comma, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 16, max: 300 }), (s, max) => {
        const c = keyComponent(s, max);
        expect(c).not.toMatch(/[-,]/);
        expect(c.length).toBeGreaterThan(0);
        expect(c.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes dashes and commas, keeps slashes and dots', () => {
    expect(keyComponent('release/1.22-rc,1', 100)).toBe('release/1.22%2Drc%2C1');
    expect(keyComponent('', 100)).toBe('~');
  });
});

describe('bounded', () => {
  it('never cuts an escape in half', () => {
    const encoded = '%2F'.repeat(50);
    for (let max = 16; max < 40; max++) {
      const b = bounded(encoded, 'x', max);
      expect(b.length).toBeLessThanOrEqual(max);
      expect(b.split('~')[0]).toMatch(/^(%2F)*$/);
    }
  });
});

describe('keyPrefix', () => {
  it('keeps dashes but encodes commas; refuses empty', () => {
    expect(keyPrefix('go-runtime-gate')).toBe('go-runtime-gate');
    expect(keyPrefix('a,b')).toBe('a%2Cb');
    expect(() => keyPrefix('')).toThrow(ConfigError);
  });
});

describe('baselineStem', () => {
  it('uses the commit when it is a SHA, else the creation time', () => {
    expect(baselineStem('ABCDEF0123', '2026-01-01T00:00:00Z')).toBe('abcdef0123');
    expect(baselineStem('', '2026-03-01T12:00:00.000Z')).toBe('time-2026-03-01T12-00-00.000Z');
    expect(baselineStem('../../x', '2026-03-01T12:00:00.000Z')).toBe('time-2026-03-01T12-00-00.000Z');
  });
});

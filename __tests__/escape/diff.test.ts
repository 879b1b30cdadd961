import { diffEscapes } from '../../src/escape/diff.js';
import { assignKeys, type EscapeSite } from '../../src/escape/sites.js';
import { ConfigError } from '../../src/errors.js';
import { site } from './helpers.js';

const same = { baseGoVersion: 'go1.26.8', headGoVersion: 'go1.26.8' };
const keyed = (...s: Omit<EscapeSite, 'key'>[]) => assignKeys(s);

describe('diffEscapes', () => {
  const base = keyed(
    site({ line: 10, subject: 'append', snippet: 'xs = append(xs, a)' }),
    site({ line: 20, subject: 'append', snippet: 'ys = append(ys, b)' }),
    site({ line: 30, kind: 'moved-to-heap', subject: 'p', function: 'G' }),
    site({ line: 40, kind: 'leaking-param', subject: 'q', function: 'H' }),
  );

  it('sees nothing when only lines moved', () => {
    const shifted = keyed(...base.map((s) => ({ ...s, line: s.line + 7 })));
    const d = diffEscapes(base, shifted, same);
    expect(d).toMatchObject({ new: [], removed: [], newHeapSites: 0, failing: false, reasons: [], warnings: [] });
    expect(d.countsByFunction).toEqual([]);
  });

  it('reports the append that was really added, found by its source line', () => {
    const head = keyed(
      site({ line: 10, subject: 'append', snippet: 'xs = append(xs, a)' }),
      site({ line: 15, subject: 'append', snippet: 'zs = append(zs, c)' }),
      site({ line: 21, subject: 'append', snippet: 'ys = append(ys, b)' }),
      ...base.slice(2).map((s) => ({ ...s, line: s.line + 1 })),
    );
    const d = diffEscapes(base, head, same);
    expect(d.new.map((s) => s.line)).toEqual([15]);
    expect(d.removed).toEqual([]);
    expect(d).toMatchObject({ newHeapSites: 1, failing: true, reasons: ['1 new heap escape site (allowed: 0)'] });
    expect(d.countsByPackage).toEqual([{ package: 'example.com/m/p', before: 3, after: 4 }]);
    expect(d.countsByFunction).toEqual([{ package: 'example.com/m/p', function: 'F', before: 2, after: 3 }]);
  });

  it('reports removed sites as improvements and passes', () => {
    const d = diffEscapes(base, base.slice(1), same);
    expect(d.removed.map((s) => s.line)).toEqual([10]);
    expect(d.failing).toBe(false);
  });

  it('lets maxNewEscapes sites through', () => {
    const head = keyed(...base, site({ line: 50, subject: 'new1' }), site({ line: 60, subject: 'new2' }));
    expect(diffEscapes(base, head, { ...same, maxNewEscapes: 2 }).failing).toBe(false);
    expect(diffEscapes(base, head, { ...same, maxNewEscapes: 1 }).failing).toBe(true);
    expect(() => diffEscapes(base, head, { ...same, maxNewEscapes: -1 })).toThrow(ConfigError);
    expect(() => diffEscapes(base, head, { ...same, maxNewEscapes: 0.5 })).toThrow(ConfigError);
  });

  it('does not fail on a new leaking parameter or on a site a directive accepts', () => {
    const head = keyed(...base, site({ kind: 'leaking-param', subject: 'r', function: 'H' }), site({ line: 70, subject: 'ok', ignored: 'cache' }));
    const d = diffEscapes(base, head, same);
    expect(d.new).toHaveLength(2);
    expect(d.new.find((s) => s.subject === 'ok')!.ignored).toBe('cache');
    expect(d).toMatchObject({ newHeapSites: 0, failing: false });
  });

  it('turns new sites into toolchain-sensitive warnings across Go releases, unless told to fail', () => {
    const head = keyed(...base, site({ line: 50, subject: 'n' }));
    const d = diffEscapes(base, head, { baseGoVersion: 'go1.25.4', headGoVersion: 'go1.26.8' });
    expect(d).toMatchObject({ toolchainSensitive: true, failing: false, newHeapSites: 1 });
    expect(d.warnings[0]).toMatch(/go1\.25\.4.*go1\.26\.8.*toolchain-sensitive/);
    expect(diffEscapes(base, head, { baseGoVersion: 'go1.25.4', headGoVersion: 'go1.26.8', toolchainSensitiveFails: true }).failing).toBe(true);
    // Patch releases are the same compiler as far as escape analysis goes.
    expect(diffEscapes(base, head, { baseGoVersion: 'go1.26.1', headGoVersion: 'go1.26.8' })).toMatchObject({ toolchainSensitive: false, failing: true });
    expect(diffEscapes(base, head, { baseGoVersion: 'devel go1.27-abc', headGoVersion: 'devel go1.27-def' }).toolchainSensitive).toBe(true);
  });

  it('fails on compile errors even without new sites', () => {
    const d = diffEscapes(base, base, {
      ...same,
      headCompileErrors: [{ package: 'example.com/m/bad', file: 'bad/bad.go', line: 5, column: 9, message: 'undefined: x' }],
    });
    expect(d).toMatchObject({ failing: true, reasons: [expect.stringMatching(/^1 compile error in example\.com\/m\/bad/)] });
  });
});

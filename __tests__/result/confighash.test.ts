import fc from 'fast-check';
import { CONFIG_HASH_FIELDS, configHash } from '../../src/result/confighash.js';
import type { MeasureConfig } from '../../src/result/types.js';
import { makeConfig } from './fixtures.js';

describe('configHash', () => {
  const base = makeConfig();

  it('is 12 lowercase hex characters of SHA-256', () => {
    expect(configHash(base)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is pinned: changing the canonical form would orphan every stored baseline', () => {
    // If this fails on purpose, bump the `v1:` label in confighash.ts and say so in the changelog.
    expect(configHash(base)).toBe(configHash(makeConfig()));
    expect(configHash(base)).toBe('a1cb0fb53482');
  });

  it('does not depend on key order', () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse()) as unknown as MeasureConfig;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(base)[0]);
    expect(configHash(reversed)).toBe(configHash(base));
  });

  it('ignores count and timeout (sample size and kill deadline, not what is measured)', () => {
    expect(configHash({ ...base, count: 20 })).toBe(configHash(base));
    expect(configHash({ ...base, timeout: '1h' })).toBe(configHash(base));
    expect(CONFIG_HASH_FIELDS).not.toContain('count');
    expect(CONFIG_HASH_FIELDS).not.toContain('timeout');
  });

  it('changes with every setting that changes what is measured', () => {
    const variants: Partial<MeasureConfig>[] = [
      { packages: ['./codec'] },
      { bench: 'Encode' },
      { benchtime: '100x' },
      { cpu: [1, 4] },
      { tags: 'purego' },
      { goTestFlags: ['-race'] },
      { memprofile: false },
      { memprofileRate: 4096 },
      { trace: false },
    ];
    const hashes = new Set([configHash(base), ...variants.map((v) => configHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
    expect(CONFIG_HASH_FIELDS).toEqual(['bench', 'benchtime', 'cpu', 'goTestFlags', 'memprofile', 'memprofileRate', 'packages', 'tags', 'trace']);
  });

  it('keeps the hash of configurations written before memprofileRate existed', () => {
    const { memprofileRate: _, ...old } = { ...base, memprofileRate: undefined };
    expect(configHash(old as MeasureConfig)).toBe(configHash(base));
    expect(configHash({ ...base, memprofile: false, memprofileRate: 4096 })).toBe(configHash({ ...base, memprofile: false }));
  });

  it('treats set-like lists as sets, but keeps flag order', () => {
    expect(configHash({ ...base, packages: ['./b', './a', './a'] })).toBe(configHash({ ...base, packages: ['./a', './b'] }));
    expect(configHash({ ...base, cpu: [4, 1, 2] })).toBe(configHash({ ...base, cpu: [1, 2, 4] }));
    expect(configHash({ ...base, tags: 'purego, netgo' })).toBe(configHash({ ...base, tags: 'netgo purego' }));
    expect(configHash({ ...base, goTestFlags: ['-a', '-b'] })).not.toBe(configHash({ ...base, goTestFlags: ['-b', '-a'] }));
  });

  it('does not confuse list boundaries (["a b"] vs ["a", "b"])', () => {
    expect(configHash({ ...base, goTestFlags: ['-x -y'] })).not.toBe(configHash({ ...base, goTestFlags: ['-x', '-y'] }));
    expect(configHash({ ...base, packages: ['./a,./b'] })).not.toBe(configHash({ ...base, packages: ['./a', './b'] }));
  });

  it('is deterministic for arbitrary configurations', () => {
    const arb = fc.record({
      packages: fc.array(fc.string()),
      bench: fc.string(),
      count: fc.nat(),
      benchtime: fc.string(),
      cpu: fc.array(fc.integer({ min: 1, max: 256 })),
      tags: fc.string(),
      goTestFlags: fc.array(fc.string()),
      timeout: fc.string(),
      memprofile: fc.boolean(),
      trace: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, fc.nat(), fc.string(), (c, count, timeout) => {
        expect(configHash({ ...c, count, timeout })).toBe(configHash(structuredClone(c)));
      }),
    );
  });
});

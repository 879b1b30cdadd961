/**
 * The two data structures under the trace reader's fast paths, against plain
 * references: IdTable against a Map over every range of IDs the format
 * allows, and ByteSource over a stream cut into arbitrary chunks against the
 * same bytes given whole.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { IdTable } from '../../src/trace/idtable.js';
import { ByteSource } from '../../src/trace/source.js';
import type { Id } from '../../src/encoding/varint.js';

describe('IdTable', () => {
  // Small ids (the array), the array's limit and around it, negatives, up to
  // 2^53 and bigints beyond (the Map).
  const id: fc.Arbitrary<Id> = fc.oneof(
    fc.nat({ max: 64 }),
    fc.integer({ min: (1 << 21) - 3, max: (1 << 21) + 3 }),
    fc.integer({ min: -5, max: -1 }),
    fc.constantFrom(2 ** 53 - 1, 2 ** 40),
    fc.bigInt({ min: 2n ** 53n, max: 2n ** 64n - 1n }),
  );
  const op = fc.tuple(fc.constantFrom('set', 'delete', 'get'), id, fc.integer());

  test('behaves as a Map under any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const t = new IdTable<number>();
        const m = new Map<Id, number>();
        for (const [kind, k, v] of ops) {
          if (kind === 'set') {
            t.set(k, v);
            m.set(k, v);
          } else if (kind === 'delete') {
            t.delete(k);
            m.delete(k);
          }
          expect(t.get(k)).toBe(m.get(k));
          expect(t.has(k)).toBe(m.has(k));
        }
        for (const k of m.keys()) expect(t.get(k)).toBe(m.get(k));
      }),
      { numRuns: 120 },
    );
  });

  test('2^53 as a number and as a bigint are different ids, as in a Map', () => {
    const t = new IdTable<string>();
    t.set(2n ** 53n + 1n, 'big');
    t.set(2 ** 53 - 1, 'number');
    expect(t.get(2n ** 53n + 1n)).toBe('big');
    expect(t.get(2 ** 53 - 1)).toBe('number');
    expect(t.get(2n ** 53n - 1n)).toBeUndefined();
  });
});

describe('ByteSource', () => {
  /** Reads `data` through a source as a list of (need size, bytes got) steps. */
  async function drain(source: ByteSource, wants: number[]): Promise<{ ok: boolean; bytes: number[]; offset: number }[]> {
    const out: { ok: boolean; bytes: number[]; offset: number }[] = [];
    for (const n of wants) {
      const ok = await source.need(n);
      const got = ok ? Array.from(source.buf.subarray(source.pos, source.pos + n)) : [];
      out.push({ ok, bytes: got, offset: source.base + source.pos });
      if (!ok) break;
      source.pos += n;
    }
    return out;
  }
  const chunked = (data: Uint8Array, cuts: number[]): Readable => {
    const at = [0, ...cuts.map((c) => c % (data.length + 1)).sort((a, b) => a - b), data.length];
    return Readable.from(at.slice(1).map((end, i) => Buffer.from(data.subarray(at[i], end))));
  };

  test('any chunking gives the same bytes, offsets and end as the whole buffer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }),
        async (data, cuts, wants) => {
          const whole = await drain(new ByteSource(data), wants);
          const streamed = await drain(new ByteSource(chunked(data, cuts)), wants);
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});

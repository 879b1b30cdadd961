/**
 * The shared varint decoder and its two readings: `readVarint` (int64 as a
 * number, for profiles) and `ByteCursor.uvarint` (canonical number | bigint,
 * for traces), on hand-picked encodings and against a BigInt reference over
 * arbitrary bytes.
 */
import fc from 'fast-check';
import { ByteCursor, VarintError, encodeUvarint, readVarint, varintEnd } from '../../src/encoding/varint.js';

function cursor(bytes: number[]): ByteCursor {
  return new ByteCursor(Uint8Array.from(bytes), 0, bytes.length);
}

/**
 * The reference: the varint at `pos` as an unsigned 64-bit bigint, its end,
 * and whether its 10th byte carries bits beyond 64 (what Go's binary.Uvarint
 * calls an overflow); or the fault.
 */
function reference(buf: Uint8Array, pos: number, end: number): { value: bigint; end: number; beyond64: boolean } | 'truncated' | 'overflow' {
  let v = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= end) return 'truncated';
    const b = buf[pos + i];
    v |= BigInt(b & 0x7f) << BigInt(7 * i);
    if (b < 0x80) return { value: BigInt.asUintN(64, v), end: pos + i + 1, beyond64: i === 9 && b > 1 };
  }
  return 'overflow';
}

const faultOf = (f: () => unknown): { offset: number; reason: string } | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof VarintError) return { offset: e.offset, reason: e.reason };
    throw e;
  }
  return undefined;
};

/**
 * A varint of 0 to 11 continuation bytes (every length, 10 and beyond
 * included, equally likely) and a last byte (0, 1, 2, 0x7f or any), or cut
 * off before that last byte.
 */
const varintBytes = fc
  .tuple(
    fc.integer({ min: 0, max: 11 }).chain((n) => fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: n, maxLength: n })),
    fc.oneof(fc.constantFrom(0x00, 0x01, 0x02, 0x7f), fc.integer({ min: 0, max: 0x7f })),
    fc.boolean(),
  )
  .map(([more, last, cut]) => (cut ? more : [...more, last]));

describe('ByteCursor.uvarint (trace IDs)', () => {
  test('small values, non-minimal encodings', () => {
    expect(cursor([0x00]).uvarint()).toBe(0);
    expect(cursor([0x7f]).uvarint()).toBe(127);
    expect(cursor([0x80, 0x01]).uvarint()).toBe(128);
    // Non-minimal forms of 0 and 1 are accepted, as in Go.
    expect(cursor([0x80, 0x00]).uvarint()).toBe(0);
    expect(cursor([0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]).uvarint()).toBe(1);
    expect(cursor([0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]).uvarint()).toBe(1);
  });

  test("values beyond 2^53 stay exact (bigint), 2^64-1 is the runtime's -1", () => {
    const enc = (v: bigint) => {
      const out: number[] = [];
      encodeUvarint(v, out);
      return cursor(out).uvarint();
    };
    expect(enc(2n ** 53n - 1n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(enc(2n ** 53n)).toBe(2n ** 53n);
    expect(enc(2n ** 53n + 1n)).toBe(2n ** 53n + 1n);
    expect(enc(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(enc(2n ** 64n - 1n)).toBe(-1);
  });

  test('truncation and overflow are errors with the offset', () => {
    expect(() => cursor([0x80, 0x80]).uvarint()).toThrow(VarintError);
    expect(() => cursor([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]).uvarint()).toThrow(/overflow/);
    expect(() => cursor(new Array(11).fill(0x80)).uvarint()).toThrow(VarintError);
    const c = new ByteCursor(Uint8Array.from([0x05, 0x80, 0x80]), 0, 3);
    c.uvarint();
    expect(faultOf(() => c.uvarint())).toEqual({ offset: 1, reason: 'truncated' });
  });

  test('agrees with the reference on any bytes: canonical int64, Go overflow rule, error offset', () => {
    fc.assert(
      fc.property(varintBytes, fc.nat({ max: 3 }), (bytes, pad) => {
        const buf = Uint8Array.from([...new Array<number>(pad).fill(0x7f), ...bytes]);
        const c = new ByteCursor(buf, pad, buf.length);
        const want = reference(buf, pad, buf.length);
        if (typeof want === 'string') {
          expect(faultOf(() => c.uvarint())).toEqual({ offset: pad, reason: want });
        } else if (want.beyond64) {
          expect(faultOf(() => c.uvarint())).toEqual({ offset: pad, reason: 'overflow' });
        } else {
          const s = BigInt.asIntN(64, want.value);
          const safe = s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER);
          expect(c.uvarint()).toBe(safe ? Number(s) : s);
          expect(c.pos).toBe(want.end);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readVarint (profile values)', () => {
  test('values as int64 numbers, with the end position', () => {
    const enc = (v: bigint): Uint8Array => {
      const out: number[] = [];
      encodeUvarint(v, out);
      return Uint8Array.from(out);
    };
    for (const v of [0n, 1n, 127n, 128n, 2n ** 28n - 1n, 2n ** 28n, 2n ** 32n, 2n ** 40n + 3n, 2n ** 53n - 1n]) {
      const b = enc(v);
      expect(readVarint(b, 0, b.length)).toBe(Number(v));
      expect(varintEnd).toBe(b.length);
    }
    const minusOne = enc(2n ** 64n - 1n);
    expect(readVarint(minusOne, 0, minusOne.length)).toBe(-1);
    const minus7 = enc(2n ** 64n - 7n);
    expect(readVarint(minus7, 0, minus7.length)).toBe(-7);
  });

  test('agrees with the reference on any bytes: within 2^53 exact, bits beyond 64 dropped, errors at the start', () => {
    fc.assert(
      fc.property(varintBytes, fc.nat({ max: 3 }), (bytes, pad) => {
        const buf = Uint8Array.from([...new Array<number>(pad).fill(0x7f), ...bytes]);
        const want = reference(buf, pad, buf.length);
        if (typeof want === 'string') {
          expect(faultOf(() => readVarint(buf, pad, buf.length))).toEqual({ offset: pad, reason: want });
          return;
        }
        const got = readVarint(buf, pad, buf.length);
        expect(varintEnd).toBe(want.end);
        // Exact within 2^53, otherwise the nearest double.
        expect(got).toBe(Number(BigInt.asIntN(64, want.value)));
      }),
      { numRuns: 3000 },
    );
  });

  test('never reads at or past `end`', () => {
    const buf = Uint8Array.from([0x80, 0x80, 0x01]);
    expect(faultOf(() => readVarint(buf, 0, 2))).toEqual({ offset: 0, reason: 'truncated' });
    expect(readVarint(buf, 0, 3)).toBe(1 << 14);
  });
});

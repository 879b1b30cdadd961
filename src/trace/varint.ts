/**
 * Unsigned LEB128 varints as the trace writes them.
 *
 * The runtime writes 64-bit values; JavaScript numbers hold 53 bits exactly.
 * Values are interpreted the way Go's reader does for IDs (as int64), and
 * returned canonically: a `number` when that int64 is a safe integer (nearly
 * always, and the fast path), otherwise a `bigint`. Canonical form matters
 * because IDs are used as Map keys: `2^64-1` (the runtime's "no thread")
 * becomes -1, and an ID above 2^53 is always the same bigint, never a rounded
 * number that could collide with another ID.
 *
 * Non-minimal encodings (e.g. 0x80 0x00 for 0) are accepted, as Go accepts
 * them; more than 10 bytes, or a 10th byte above 1, is an overflow.
 */

export type Id = number | bigint;

/** Thrown (and converted to an InputError by the caller, which knows the file). */
export class VarintError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: 'truncated' | 'overflow',
  ) {
    super(reason === 'truncated' ? 'varint runs past the end of its data' : 'varint overflows 64 bits');
  }
}

const TWO_POW_7 = 128;

/**
 * Cursor over a byte range. `pos` is public so callers can record offsets for
 * error messages without a getter call in the hot loop.
 */
export class ByteCursor {
  constructor(
    public buf: Uint8Array,
    public pos: number,
    public end: number,
  ) {}

  remaining(): number {
    return this.end - this.pos;
  }

  byte(): number {
    if (this.pos >= this.end) throw new VarintError(this.pos, 'truncated');
    return this.buf[this.pos++];
  }

  /** Reads one varint, returned canonically (see the module comment). */
  uvarint(): Id {
    const buf = this.buf;
    let p = this.pos;
    const end = this.end;
    // Fast path: up to 7 bytes (49 bits) fit a double exactly with plain arithmetic.
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 7; i++) {
      if (p >= end) throw new VarintError(this.pos, 'truncated');
      const b = buf[p++];
      if (b < 0x80) {
        this.pos = p;
        return result + b * mul;
      }
      result += (b & 0x7f) * mul;
      mul *= TWO_POW_7;
    }
    return this.slowUvarint();
  }

  private slowUvarint(): Id {
    const start = this.pos;
    let p = start;
    let v = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (p >= this.end) throw new VarintError(start, 'truncated');
      const b = this.buf[p++];
      if (i === 9 && b > 1) throw new VarintError(start, 'overflow');
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) {
        this.pos = p;
        return canonical(v);
      }
      shift += 7n;
    }
    throw new VarintError(start, 'overflow');
  }

  /** A varint that must be a non-negative safe integer (a length or count). */
  length(): number {
    const at = this.pos;
    const v = this.uvarint();
    if (typeof v !== 'number' || v < 0) throw new VarintError(at, 'overflow');
    return v;
  }
}

/** int64 interpretation, as a number when safe. */
export function canonical(v: bigint): Id {
  const s = BigInt.asIntN(64, v);
  if (s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(s);
  return s;
}

/** A time or value as a double (Go converts uint64 to float64 the same way: round to nearest). */
export function toFloat(v: Id): number {
  if (typeof v === 'number') return v < 0 ? v + 18446744073709551616 : v;
  return Number(BigInt.asUintN(64, v));
}

/** Encodes an unsigned value as LEB128 (used by tests and fixtures). */
export function encodeUvarint(value: number | bigint, out: number[]): void {
  let v = BigInt.asUintN(64, BigInt(value));
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

/**
 * Unsigned LEB128 varints, the integer encoding of both formats this project
 * reads: protobuf (heap profiles, `src/pprof/`) and Go's execution trace
 * (`src/trace/`). One byte-level decoder, two ways to take its value:
 *
 * - `readVarint` returns a plain number, the 64-bit value read as an int64
 *   (a 10-byte value with the top bit set comes back negative), exact below
 *   2^53 in magnitude. The profile decoder uses it: profile values, ids and
 *   line numbers fit in 2^53, and it runs on millions of values, so it
 *   allocates nothing (its end position is `varintEnd`, not a returned pair).
 * - `ByteCursor.uvarint` returns an `Id`: the same int64 interpretation, but
 *   canonical — a `number` when that int64 is a safe integer (nearly always,
 *   and the fast path), otherwise a `bigint`. The trace reader uses it, because
 *   trace IDs are Map keys: `2^64-1` (the runtime's "no thread") becomes -1,
 *   and an ID above 2^53 is always the same bigint, never a rounded number
 *   that could collide with another ID.
 *
 * Non-minimal encodings (e.g. 0x80 0x00 for 0) are accepted, as Go accepts
 * them. More than 10 bytes is an overflow for both. The one difference is the
 * 10th byte: `ByteCursor` refuses one above 1 (bits beyond 64), as Go's
 * `binary.Uvarint` does for traces; `readVarint` drops those bits, as
 * protobufjs does for the profile's other fields, so both decoders of one
 * profile agree.
 */

export type Id = number | bigint;

/** Thrown at `offset` (where the varint starts), and converted to an InputError by the caller, which knows the file. */
export class VarintError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: 'truncated' | 'overflow',
  ) {
    super(reason === 'truncated' ? 'varint runs past the end of its data' : 'varint overflows 64 bits');
  }
}

const TWO_32 = 4294967296;

/** Position after the varint of the last `readVarint` call (a second return value without an object). */
export let varintEnd = 0;

/**
 * Reads the varint at `pos` (not reading at or past `end`) as a number: exact
 * below 2^53; a 10-byte negative int64 comes back negative. Sets `varintEnd`.
 * Throws a VarintError when the data ends inside the varint or it is longer
 * than 10 bytes.
 */
export function readVarint(buf: Uint8Array, pos: number, end: number): number {
  const start = pos;
  let lo = 0;
  let b: number;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= end) throw new VarintError(start, 'truncated');
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) {
      varintEnd = pos;
      return lo >>> 0;
    }
  }
  if (pos >= end) throw new VarintError(start, 'truncated');
  b = buf[pos++]!;
  lo |= (b & 0x0f) << 28;
  let hi = (b & 0x7f) >> 4;
  if (b >= 0x80) {
    for (let shift = 3; ; shift += 7) {
      if (shift > 31) throw new VarintError(start, 'overflow');
      if (pos >= end) throw new VarintError(start, 'truncated');
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
  }
  varintEnd = pos;
  return hi === 0 ? lo >>> 0 : (hi | 0) * TWO_32 + (lo >>> 0);
}

/**
 * Cursor over a byte range, reading canonical `Id`s. `pos` is public so
 * callers can record offsets for error messages without a getter call in the
 * hot loop.
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
    const start = this.pos;
    const v = readVarint(this.buf, start, this.end);
    // Below 10 bytes the value is under 2^63, so non-negative; a safe one is
    // exact. Ten bytes (negative int64s, the 10th-byte check) and values of
    // 2^53 and above take the exact path.
    if (v <= Number.MAX_SAFE_INTEGER && varintEnd - start < 10) {
      this.pos = varintEnd;
      return v;
    }
    return this.exactUvarint();
  }

  private exactUvarint(): Id {
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
function canonical(v: bigint): Id {
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

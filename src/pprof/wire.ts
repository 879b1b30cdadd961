/**
 * Wire decoding of `profile.proto` messages: a protobufjs reader whose 64-bit
 * fields come back as numbers, used for every message but the sample, and a
 * hand-written decoder of the Sample message straight into typed-array
 * columns. Field numbers and message types come from `proto.ts`; the
 * top-level Profile message is framed by `decoder.ts`, which calls in here.
 *
 * Opinions:
 * - Values are taken as written. Go already unsamples heap-profile values
 *   (scales them by the sampling rate); scaling again would double count.
 * - Faults are thrown as plain Errors (or VarintErrors): the caller knows the
 *   field, its offset and the file, and turns them into a ProfileError.
 */
import protobuf from 'protobufjs';
import { readVarint, varintEnd } from '../encoding/varint.js';
import { profileRoot, type RawLabel } from './proto.js';

export const utf8 = (protobuf.util as unknown as { utf8: { read(buf: Uint8Array, start: number, end: number): string } }).utf8;
const TWO_64 = 4294967296 * 4294967296;

/**
 * A protobufjs Reader whose 64-bit varints come back as plain numbers. The
 * stock reader returns Long objects (the `long` package is installed), which
 * would cost an object per value on millions of sample values. Profile values,
 * ids and line numbers all fit in 2^53; addresses above 2^53 lose low bits,
 * which nothing here uses.
 */
export class NumberReader extends protobuf.Reader {
  constructor(buffer: Uint8Array) {
    super(buffer);
    // Unknown fields (newer pprof additions) are skipped, not kept on messages.
    this.discardUnknown = true;
  }
}

Object.assign(NumberReader.prototype, {
  uint64(this: protobuf.Reader): number {
    const v = readVarint(this.buf, this.pos, this.len);
    this.pos = varintEnd;
    return v < 0 ? v + TWO_64 : v;
  },
  int64(this: protobuf.Reader): number {
    const v = readVarint(this.buf, this.pos, this.len);
    this.pos = varintEnd;
    return v;
  },
});

/** The messages decoded by protobufjs (all but Sample, see `appendSample`). */
export const messageTypes = {
  label: profileRoot.lookupType('perftools.profiles.Label'),
  valueType: profileRoot.lookupType('perftools.profiles.ValueType'),
  mapping: profileRoot.lookupType('perftools.profiles.Mapping'),
  location: profileRoot.lookupType('perftools.profiles.Location'),
  function: profileRoot.lookupType('perftools.profiles.Function'),
};

/** A Uint32Array that grows by doubling: where each sample's stack starts. */
class Column {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

type Narrow = Uint16Array | Uint32Array;
type Wide = Uint32Array | Float64Array;

/**
 * A column stored in a narrow array type while every entry fits, widened
 * once (copied) when one does not: location ids in 16 bits (nearly every
 * heap profile has fewer than 65 536 locations), else 32; sample values in
 * 32 bits, else float64 (exact integers below 2^53). These columns are the
 * biggest arrays of a big profile, and writing fresh memory is most of the
 * decoding time (page faults), so their width matters.
 */
class WideningColumn<N extends Narrow, W extends Wide> {
  data: N | W;
  length = 0;
  /** Largest entry so far. */
  max = 0;
  private wide = false;
  constructor(
    private readonly narrow: (n: number) => N,
    private readonly widened: (n: number) => W,
    /** Largest entry `narrow` arrays hold. */
    readonly narrowLimit: number,
    capacity: number,
  ) {
    this.data = narrow(Math.max(16, capacity));
  }
  get isNarrow(): boolean {
    return !this.wide;
  }
  reserve(n: number): void {
    if (this.length + n > this.data.length) {
      const size = Math.max(this.data.length * 2, this.length + n);
      const next = this.wide ? this.widened(size) : this.narrow(size);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
  }
  widen(): void {
    const next = this.widened(this.data.length);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
    this.wide = true;
  }
  done(): N | W {
    return this.data.subarray(0, this.length) as N | W;
  }
}

type IdColumn = WideningColumn<Uint16Array, Uint32Array>;
type ValueColumn = WideningColumn<Uint32Array, Float64Array>;

export interface SampleColumns {
  ids: IdColumn;
  idStart: Column;
  values: ValueColumn;
  /** Values in the first sample, and the first sample whose count differs from it (-1: none). */
  firstValueCount: number;
  firstOddSample: number;
  firstOddCount: number;
  labels?: Map<number, RawLabel[]>;
}

/**
 * Empty columns sized for a gunzipped profile of `expectedSize` bytes (a
 * hint). Every location id takes at least a byte, so the id column never
 * grows when the size is right; the untouched tail of a fresh
 * (zeroed-on-demand) buffer costs address space, not memory. The other
 * columns are guesses (a sample is rarely under 32 bytes) and grow by doubling.
 */
export function sampleColumns(expectedSize: number, keepLabels: boolean): SampleColumns {
  const size = Math.max(1 << 12, expectedSize);
  return {
    ids: new WideningColumn(
      (n) => new Uint16Array(n),
      (n) => new Uint32Array(n),
      0xffff,
      size,
    ),
    idStart: new Column(size >> 5),
    values: new WideningColumn(
      (n) => new Uint32Array(n),
      (n) => new Float64Array(n),
      0xffffffff,
      size >> 4,
    ),
    firstValueCount: -1,
    firstOddSample: -1,
    firstOddCount: 0,
    labels: keepLabels ? new Map() : undefined,
  };
}

/**
 * Reads a length varint at `pos` that must fit in what remains before `end`.
 * Lengths are unsigned 64-bit on the wire; `readVarint` returns 10-byte values
 * as negative int64s, which would move a position backwards (a decoder that
 * loops forever on a crafted file), so anything negative or past `end` is
 * refused here. Sets `varintEnd`.
 */
function length(buf: Uint8Array, pos: number, end: number, field: number): number {
  const len = readVarint(buf, pos, end);
  if (len < 0 || len > end - varintEnd) throw new Error(`the length of Sample field ${field} runs past the end of its Sample`);
  return len;
}

/**
 * Decodes the varints of `buf[pos, end)` into the location column as `id - 1`
 * (32-bit unsigned, so id 0 becomes 0xffffffff). Go numbers locations 1..n in
 * the order it writes them, so `id - 1` is already the index into `locations`
 * and `resolve` only has to check the largest one (`col.max`) instead of
 * mapping every frame of every sample. Ids must fit in 32 bits: they are
 * small in every profile Go writes. One- and two-byte varints, nearly all of a
 * heap profile's ids, take the inline path.
 */
function decodeIds(buf: Uint8Array, pos: number, end: number, col: IdColumn): void {
  col.reserve(end - pos);
  if (col.isNarrow) {
    pos = decodeIdsInto(buf, pos, end, col, col.data, col.narrowLimit);
    if (pos === end) return;
    col.widen();
  }
  decodeIdsInto(buf, pos, end, col, col.data, 0xffffffff);
}

/**
 * The loop of `decodeIds` for one column width (each call site sees one array
 * type, so V8 keeps the store monomorphic). Stops before an id above `limit`
 * and returns its position (`end` when all were stored).
 */
function decodeIdsInto(buf: Uint8Array, pos: number, end: number, col: IdColumn, data: Uint16Array | Uint32Array, limit: number): number {
  let n = col.length;
  let max = col.max;
  while (pos < end) {
    const b = buf[pos];
    let x: number;
    let next: number;
    if (b < 0x80) {
      x = (b - 1) >>> 0;
      next = pos + 1;
    } else if (pos + 1 < end && buf[pos + 1] < 0x80) {
      x = (((b & 0x7f) | (buf[pos + 1] << 7)) - 1) >>> 0;
      next = pos + 2;
    } else {
      const v = readVarint(buf, pos, end);
      next = varintEnd;
      if (v < 0 || v > 0xffffffff) throw new Error(`location id ${v} does not fit in 32 bits`);
      x = (v - 1) >>> 0;
    }
    if (x > max) {
      if (x > limit) break;
      max = x;
    }
    data[n++] = x;
    pos = next;
  }
  col.length = n;
  col.max = max;
  return pos;
}

/** Decodes the varints of `buf[pos, end)` into the value column (int64, exact below 2^53). */
// The same narrow-then-widen driver as decodeIds, written out rather than
// shared with the loop passed as a function: a shared driver makes that call
// polymorphic, which measured ~8% slower on the benchmark profile.
function decodeValues(buf: Uint8Array, pos: number, end: number, col: ValueColumn): void {
  col.reserve(end - pos);
  if (col.isNarrow) {
    pos = decodeValuesInto(buf, pos, end, col, col.data, col.narrowLimit);
    if (pos === end) return;
    col.widen();
  }
  decodeValuesInto(buf, pos, end, col, col.data, Infinity);
}

/** The loop of `decodeValues` for one column width; stops before a value outside [0, limit]. */
function decodeValuesInto(buf: Uint8Array, pos: number, end: number, col: ValueColumn, data: Uint32Array | Float64Array, limit: number): number {
  let n = col.length;
  while (pos < end) {
    const b = buf[pos];
    if (b < 0x80) {
      data[n++] = b;
      pos++;
    } else {
      const v = readVarint(buf, pos, end);
      if ((v < 0 || v > limit) && limit !== Infinity) break;
      data[n++] = v;
      pos = varintEnd;
    }
  }
  col.length = n;
  return pos;
}

/**
 * Decodes one Sample message, `buf[pos, end)` (already length-checked),
 * straight into the columns. This is the one message decoded by hand instead
 * of by protobufjs's generated decoder: it occurs millions of times, and a
 * message object and two arrays per sample dominate parse time (garbage
 * collection) and memory on big profiles.
 */
function decodeSample(buf: Uint8Array, pos: number, end: number, cols: SampleColumns, index: number): void {
  const start = pos;
  while (pos < end) {
    let tag = buf[pos];
    if (tag < 0x80) pos++;
    else {
      tag = readVarint(buf, pos, end);
      pos = varintEnd;
    }
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 || field === 2) {
      let fieldEnd: number;
      if (wire === 2) {
        let len = pos < end ? buf[pos] : 0x80;
        if (len < 0x80) pos++;
        else {
          len = length(buf, pos, end, field);
          pos = varintEnd;
        }
        fieldEnd = pos + len;
        if (fieldEnd > end) throw new Error(`the length of Sample field ${field} runs past the end of its Sample`);
      } else if (wire === 0) {
        readVarint(buf, pos, end);
        fieldEnd = varintEnd;
      } else {
        throw new Error(`invalid wire type ${wire} for Sample field ${field}`);
      }
      if (field === 1) decodeIds(buf, pos, fieldEnd, cols.ids);
      else decodeValues(buf, pos, fieldEnd, cols.values);
      pos = fieldEnd;
    } else if (wire === 2 && !(field === 3 && cols.labels)) {
      // Skipped: labels when not kept (Go writes a "bytes" label on every
      // heap-profile sample) and unknown fields.
      const len = length(buf, pos, end, field);
      pos = varintEnd + len;
    } else if (wire === 0) {
      readVarint(buf, pos, end);
      pos = varintEnd;
    } else {
      // Kept labels and other wire types: protobufjs, from a reader that ends
      // with the Sample (positions in its messages are relative to the Sample).
      const r = new NumberReader(buf.subarray(start, end));
      r.pos = pos - start;
      if (field === 3 && wire === 2 && cols.labels) {
        const label = messageTypes.label.decode(r, r.uint32()) as unknown as RawLabel;
        const list = cols.labels.get(index);
        if (list) list.push(label);
        else cols.labels.set(index, [label]);
      } else {
        r.skipType(wire);
      }
      pos = start + r.pos;
    }
  }
}

/**
 * Appends the Sample message `buf[start, end)` (already length-checked) to
 * the columns as sample `index`. Every sample must have one value per sample
 * type; the types may come later in the file, so the counts are only compared
 * here (one number kept instead of a column) and checked against the types
 * when ids are resolved.
 */
export function appendSample(buf: Uint8Array, start: number, end: number, cols: SampleColumns, index: number): void {
  cols.idStart.push(cols.ids.length);
  const before = cols.values.length;
  decodeSample(buf, start, end, cols, index);
  const count = cols.values.length - before;
  if (index === 0) cols.firstValueCount = count;
  else if (count !== cols.firstValueCount && cols.firstOddSample < 0) {
    cols.firstOddSample = index;
    cols.firstOddCount = count;
  }
}

/** Decodes the message `buf[start, end)` with protobufjs, which must consume it exactly. */
export function decodeWhole(type: protobuf.Type, buf: Uint8Array, start: number, end: number): unknown {
  const r = new NumberReader(buf.subarray(start, end));
  const m = type.decode(r, end - start);
  if (r.pos !== end - start) throw new Error(`its contents overrun their length`);
  return m;
}

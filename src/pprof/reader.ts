/**
 * Reads a pprof profile file (what `-test.memprofile` writes): gunzip, decode
 * `profile.proto` (protobufjs for every message but the sample, which is
 * decoded by hand into typed-array columns), resolve every id and string
 * index into the `Profile` model.
 *
 * Opinions:
 * - Inflation is Node's zlib, not pako: on a 53 MB profile pako alone takes
 *   2.0 s, four times Node's zlib, and Node's runs on a worker thread while
 *   the decoder works on the previous chunk (`readProfileAsync`). pako
 *   re-inflates only a stream zlib refused, because its stream state gives
 *   the byte offset of the fault for the error.
 * - The file must be gzip-compressed (the runtime always compresses; an
 *   uncompressed file is not what a Go test binary writes, so it is refused).
 * - Values are taken as written. Go already unsamples heap-profile values
 *   (scales them by the sampling rate); scaling again would double count.
 * - Every fault is a `ProfileError` (an `InputError`) naming the file, a byte
 *   offset and what was expected. Offsets into the compressed stream are used
 *   for gzip faults; offsets into the gunzipped protobuf for everything else
 *   (the message says which).
 */
import { createGunzip, gunzipSync } from 'node:zlib';
import { Inflate } from 'pako';
import protobuf from 'protobufjs';
import { InputError } from '../errors.js';
import type { Label, Line, Location, Mapping, Profile, ProfileFunction, ValueType } from './profile.js';
import {
  profileField,
  profileRoot,
  profileWireTypes,
  type RawFunction,
  type RawLabel,
  type RawLocation,
  type RawMapping,
  type RawValueType,
} from './proto.js';

export type ProfileErrorKind = 'not-gzip' | 'corrupt-gzip' | 'truncated' | 'not-profile' | 'index-out-of-range';

export class ProfileError extends InputError {
  readonly kind: ProfileErrorKind;
  constructor(kind: ProfileErrorKind, file: string, offset: number, expected: string, detail?: string) {
    super(file, { offset }, expected, detail);
    this.kind = kind;
  }
}

/** `profileWireTypes` as a bit set of wire types per field number: the check runs once per top-level field. */
const allowedWires = (() => {
  const t = new Uint8Array(Math.max(...profileWireTypes.keys()) + 1);
  for (const [field, wires] of profileWireTypes) for (const w of wires) t[field]! |= 1 << w;
  return t;
})();

const utf8 = (protobuf.util as unknown as { utf8: { read(buf: Uint8Array, start: number, end: number): string } }).utf8;
const DECOMPRESSED = 'in the gunzipped protobuf';
const TWO_32 = 4294967296;
const TWO_64 = TWO_32 * TWO_32;

/**
 * A protobufjs Reader whose 64-bit varints come back as plain numbers. The
 * stock reader returns Long objects (the `long` package is installed), which
 * would cost an object per value on millions of sample values. Profile values,
 * ids and line numbers all fit in 2^53; addresses above 2^53 lose low bits,
 * which nothing here uses.
 */
class NumberReader extends protobuf.Reader {
  constructor(buffer: Uint8Array) {
    super(buffer);
    // Unknown fields (newer pprof additions) are skipped, not kept on messages.
    this.discardUnknown = true;
  }
}

Object.assign(NumberReader.prototype, {
  uint64(this: protobuf.Reader): number {
    const v = varint(this.buf, this.pos, this.len);
    this.pos = varintEnd;
    return v < 0 ? v + TWO_64 : v;
  },
  int64(this: protobuf.Reader): number {
    const v = varint(this.buf, this.pos, this.len);
    this.pos = varintEnd;
    return v;
  },
});

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

type IdColumn = WideningColumn<Uint16Array, Uint32Array>;
type ValueColumn = WideningColumn<Uint32Array, Float64Array>;

interface SampleColumns {
  ids: IdColumn;
  idStart: Column;
  values: ValueColumn;
  /** Values in the first sample, and the first sample whose count differs from it (-1: none). */
  firstValueCount: number;
  firstOddSample: number;
  firstOddCount: number;
  labels?: Map<number, RawLabel[]>;
}

/** Position after the last `varint()` call (a second return value without an object). */
let varintEnd = 0;

/**
 * Reads the varint at `pos` (not reading at or past `end`) as a number: exact
 * below 2^53; a 10-byte negative int64 comes back negative. Sets `varintEnd`.
 * Throws a RangeError when the data ends inside the varint.
 */
function varint(buf: Uint8Array, pos: number, end: number): number {
  let lo = 0;
  let b = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= end) throw new RangeError('a varint runs past the end of its field');
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) {
      varintEnd = pos;
      return lo >>> 0;
    }
  }
  if (pos >= end) throw new RangeError('a varint runs past the end of its field');
  b = buf[pos++]!;
  lo |= (b & 0x0f) << 28;
  let hi = (b & 0x7f) >> 4;
  if (b >= 0x80) {
    for (let shift = 3; ; shift += 7) {
      if (shift > 31) throw new Error('invalid varint encoding (longer than 10 bytes)');
      if (pos >= end) throw new RangeError('a varint runs past the end of its field');
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
  }
  varintEnd = pos;
  return hi === 0 ? lo >>> 0 : (hi | 0) * TWO_32 + (lo >>> 0);
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

/**
 * Reads a length varint at `pos` that must fit in what remains before `end`.
 * Lengths are unsigned 64-bit on the wire; `varint` returns 10-byte values
 * as negative int64s, which would move a position backwards (a decoder that
 * loops forever on a crafted file), so anything negative or past `end` is
 * refused here. Sets `varintEnd`.
 */
function length(buf: Uint8Array, pos: number, end: number, field: number): number {
  const len = varint(buf, pos, end);
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
    pos = decodeIdsInto(buf, pos, end, col, col.data as Uint16Array, col.narrowLimit);
    if (pos === end) return;
    col.widen();
  }
  decodeIdsInto(buf, pos, end, col, col.data as Uint32Array, 0xffffffff);
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
    const b = buf[pos]!;
    let x: number;
    let next: number;
    if (b < 0x80) {
      x = (b - 1) >>> 0;
      next = pos + 1;
    } else if (pos + 1 < end && buf[pos + 1]! < 0x80) {
      x = (((b & 0x7f) | (buf[pos + 1]! << 7)) - 1) >>> 0;
      next = pos + 2;
    } else {
      const v = varint(buf, pos, end);
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
    pos = decodeValuesInto(buf, pos, end, col, col.data as Uint32Array, col.narrowLimit);
    if (pos === end) return;
    col.widen();
  }
  decodeValuesInto(buf, pos, end, col, col.data as Float64Array, Infinity);
}

/** The loop of `decodeValues` for one column width; stops before a value outside [0, limit]. */
function decodeValuesInto(buf: Uint8Array, pos: number, end: number, col: ValueColumn, data: Uint32Array | Float64Array, limit: number): number {
  let n = col.length;
  while (pos < end) {
    const b = buf[pos]!;
    if (b < 0x80) {
      data[n++] = b;
      pos++;
    } else {
      const v = varint(buf, pos, end);
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
    let tag = buf[pos]!;
    if (tag < 0x80) pos++;
    else {
      tag = varint(buf, pos, end);
      pos = varintEnd;
    }
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 || field === 2) {
      let fieldEnd: number;
      if (wire === 2) {
        let len = pos < end ? buf[pos]! : 0x80;
        if (len < 0x80) pos++;
        else {
          len = length(buf, pos, end, field);
          pos = varintEnd;
        }
        fieldEnd = pos + len;
        if (fieldEnd > end) throw new Error(`the length of Sample field ${field} runs past the end of its Sample`);
      } else if (wire === 0) {
        varint(buf, pos, end);
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
      varint(buf, pos, end);
      pos = varintEnd;
    } else {
      // Kept labels and other wire types: protobufjs, from a reader that ends
      // with the Sample (positions in its messages are relative to the Sample).
      const r = new NumberReader(buf.subarray(start, end));
      r.pos = pos - start;
      if (field === 3 && wire === 2 && cols.labels) {
        const label = types.label.decode(r, r.uint32()) as unknown as RawLabel;
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

/** Decodes the message `buf[start, end)` with protobufjs, which must consume it exactly. */
function decodeWhole(type: protobuf.Type, buf: Uint8Array, start: number, end: number): unknown {
  const r = new NumberReader(buf.subarray(start, end));
  const m = type.decode(r, end - start);
  if (r.pos !== end - start) throw new Error(`its contents overrun their length`);
  return m;
}

const types = {
  label: profileRoot.lookupType('perftools.profiles.Label'),
  valueType: profileRoot.lookupType('perftools.profiles.ValueType'),
  sample: profileRoot.lookupType('perftools.profiles.Sample'),
  mapping: profileRoot.lookupType('perftools.profiles.Mapping'),
  location: profileRoot.lookupType('perftools.profiles.Location'),
  function: profileRoot.lookupType('perftools.profiles.Function'),
};

/** Decodes a profile file. `fileName` is used only in error messages and kept on the result. */
export interface ReadOptions {
  /** Keep sample labels (`Profile.labels`); off by default to save memory on big profiles. */
  labels?: boolean;
}

/**
 * Reads a profile file synchronously. Use `readProfileAsync` for big files:
 * it overlaps decompression with decoding.
 */
export function readProfile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Profile {
  checkGzipMagic(bytes, fileName);
  let raw: Uint8Array;
  try {
    raw = gunzipSync(bytes);
  } catch (e) {
    throw gzipFault(bytes, fileName, e);
  }
  return decodeProfile(raw, fileName, options);
}

/** Output chunk size of the streaming inflate: big enough that per-chunk overhead vanishes. */
const INFLATE_CHUNK = 1 << 20;

/**
 * Reads a profile file, decoding the protobuf while Node's zlib inflates the
 * next chunk on a libuv worker thread; the gunzipped profile is never held
 * whole. Same result and errors as `readProfile`.
 */
export async function readProfileAsync(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Profile> {
  checkGzipMagic(bytes, fileName);
  // Some error offsets need the gunzipped bytes again (offsetOfField); they
  // are inflated again, only on that path.
  const decoder = new ProfileDecoder(fileName, options, () => gunzipSync(bytes), gunzippedSizeHint(bytes));
  const inflate = createGunzip({ chunkSize: INFLATE_CHUNK });
  inflate.end(bytes);
  let decodeError: unknown;
  try {
    for await (const chunk of inflate) {
      try {
        decoder.push(chunk as Uint8Array);
      } catch (e) {
        decodeError = e;
        break;
      }
    }
  } catch (e) {
    throw gzipFault(bytes, fileName, e);
  }
  if (decodeError === undefined) return decoder.finish();
  // gzip checks its CRC only at the end of the stream, so corrupt compressed
  // data can reach the decoder first: report the gzip fault then, as
  // readProfile does (it inflates everything before decoding).
  if (decodeError instanceof ProfileError) {
    try {
      gunzipSync(bytes);
    } catch (e) {
      throw gzipFault(bytes, fileName, e);
    }
  }
  throw decodeError;
}

/**
 * The gunzipped size a gzip file declares in its last four bytes (ISIZE, the
 * size modulo 2^32), bounded by what deflate can reach from this many bytes
 * (and by 1 GiB) so that a corrupt trailer cannot reserve absurd buffers.
 */
function gunzippedSizeHint(bytes: Uint8Array): number {
  if (bytes.length < 18) return 0;
  const n = bytes.length;
  const isize = (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
  return Math.min(isize, bytes.length * 1032, 1 << 30);
}

function checkGzipMagic(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new ProfileError('truncated', file, 0, 'a gzip-compressed pprof profile', 'the file is empty');
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    const found = Array.from(bytes.subarray(0, 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new ProfileError('not-gzip', file, 0, 'a gzip-compressed pprof profile (magic bytes 1f 8b)', `found ${found}`);
  }
}

/**
 * The typed error for a gzip stream that Node's zlib refused. Node's zlib
 * (native, 3–4× faster than pako here) inflates on the happy path; pako
 * inflates again on this one because its stream state says how far into the
 * file the fault is.
 */
function gzipFault(bytes: Uint8Array, file: string, cause: unknown): ProfileError {
  const inflator = new Inflate();
  let threw: unknown;
  try {
    inflator.push(bytes, true);
  } catch (e) {
    threw = e;
  }
  // pako reports faults on the instance; the stream's input counter is how far it got.
  const at = (inflator as unknown as { strm?: { total_in?: number } }).strm?.total_in ?? 0;
  if (inflator.err === -5 /* Z_BUF_ERROR: input ended mid-stream */) {
    return new ProfileError('truncated', file, at, 'more gzip data', 'the compressed stream ends before its end marker');
  }
  const detail = threw !== undefined || inflator.err !== 0 ? inflator.msg || String(threw) : (cause as Error)?.message ?? String(cause);
  return new ProfileError('corrupt-gzip', file, at, 'valid gzip data', detail);
}

/**
 * Decodes a gunzipped `profile.proto` message, whole or as consecutive chunks
 * (the result does not depend on where the chunks split). Exported for tests
 * and for callers holding raw bytes.
 */
export function decodeProfile(data: Uint8Array | readonly Uint8Array[], file: string, options: ReadOptions = {}): Profile {
  const chunks = data instanceof Uint8Array ? [data] : data;
  const decoder = new ProfileDecoder(file, options, () => join(chunks), chunks.reduce((n, c) => n + c.length, 0));
  for (const c of chunks) decoder.push(c);
  return decoder.finish();
}

/**
 * Decodes the top-level Profile message from chunks of the gunzipped stream,
 * in order. Top-level fields are small (a sample, a location, a string), so a
 * field split across two chunks is completed by copying just its bytes; only
 * a field larger than a chunk is ever buffered whole.
 *
 * The top level is decoded here rather than by protobufjs's Profile decoder so
 * that a fault is placed at the field it happened in: a length running past
 * the end of the data is truncation, an impossible tag means this is not a
 * profile. Offsets are into the gunzipped stream.
 */
class ProfileDecoder {
  private readonly d: Decoded;
  /** Stream offset of the next byte `push` receives. */
  private base = 0;
  /** The start of a field that earlier chunks ended inside, in pieces (not yet joined). */
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  /** That field's whole size, once its header is complete; -1 before. */
  private need = -1;

  constructor(
    private readonly file: string,
    options: ReadOptions,
    /** The whole gunzipped stream again, for error offsets that need a rescan. */
    private readonly whole: () => Uint8Array,
    /** Size of the gunzipped stream if known (a hint: sizes the columns). */
    expectedSize: number,
  ) {
    // Capacities from the expected size. Every location id takes at least a
    // byte, so the id column never grows when the size is right; the untouched
    // tail of a fresh (zeroed-on-demand) buffer costs address space, not
    // memory. The other columns are guesses (a sample is rarely under 32
    // bytes) and grow by doubling.
    const size = Math.max(1 << 12, expectedSize);
    this.d = {
      sampleTypes: [],
      sampleCount: 0,
      cols: {
        ids: new WideningColumn((n) => new Uint16Array(n), (n) => new Uint32Array(n), 0xffff, size),
        idStart: new Column(size >> 5),
        values: new WideningColumn((n) => new Uint32Array(n), (n) => new Float64Array(n), 0xffffffff, size >> 4),
        firstValueCount: -1,
        firstOddSample: -1,
        firstOddCount: 0,
        labels: options.labels ? new Map() : undefined,
      },
      mappings: [],
      locations: [],
      functions: [],
      strings: [],
      comments: [],
      dropFrames: 0,
      keepFrames: 0,
      timeNanos: 0,
      durationNanos: 0,
      period: 0,
      defaultSampleType: 0,
    };
  }

  push(chunk: Uint8Array): void {
    let from = 0;
    if (this.partsLength > 0) {
      const start = this.base - this.partsLength;
      // A header (tag and length varints) fits in 20 bytes, so while it is
      // incomplete the parts are short.
      if (this.need < 0) {
        try {
          this.need = fieldSize(join([...this.parts, chunk.subarray(0, 20)]), 0);
        } catch (e) {
          throw e instanceof HeaderFault ? headerError(this.file, start, e) : e;
        }
      }
      if (this.need < 0 || this.need > this.partsLength + chunk.length) {
        this.parts.push(chunk);
        this.partsLength += chunk.length;
        this.base += chunk.length;
        return;
      }
      from = this.need - this.partsLength;
      // Exactly one complete field: fields() decodes all of it.
      this.fields(join([...this.parts, chunk.subarray(0, from)]), start);
      this.parts = [];
      this.partsLength = 0;
      this.need = -1;
    }
    const stop = from + this.fields(chunk.subarray(from), this.base + from);
    if (stop < chunk.length) {
      this.parts = [chunk.subarray(stop)];
      this.partsLength = chunk.length - stop;
    }
    this.base += chunk.length;
  }

  finish(): Profile {
    if (this.partsLength > 0) {
      // Reproduce the fault a whole-buffer decode meets at this field.
      const p = join(this.parts);
      const start = this.base - p.length;
      const r = new NumberReader(p);
      const tag = safe(() => r.uint32());
      const field = tag === undefined ? 0 : tag >>> 3;
      const len = tag === undefined ? undefined : safe(() => r.uint32());
      const complete = tag !== undefined && ((tag & 7) !== 2 || len !== undefined);
      if (complete && (tag! & 7) === 2) {
        throw new ProfileError('truncated', this.file, start, `${len} bytes of field ${field} ${DECOMPRESSED}`, `only ${p.length - r.pos} remain`);
      }
      throw new ProfileError('truncated', this.file, start, `a complete field ${field} ${DECOMPRESSED}`, `the data ends at offset ${this.base}`);
    }
    if (this.base === 0) throw new ProfileError('not-profile', this.file, 0, `a profile.proto message ${DECOMPRESSED}`, 'the decompressed data is empty');
    const cols = this.d.cols;
    cols.idStart.push(cols.ids.length);
    return resolve(this.whole, this.file, this.d);
  }

  /**
   * Decodes the complete top-level fields at the start of `buf` (stream offset
   * `base`); returns where the first incomplete one starts (`buf.length` if none).
   */
  private fields(buf: Uint8Array, base: number): number {
    const d = this.d;
    const cols = d.cols;
    const file = this.file;
    const n = buf.length;
    let pos = 0;
    let fieldStart = 0;
    let field = 0;
    try {
      while (pos < n) {
        fieldStart = pos;
        const size = fieldSize(buf, pos);
        if (size < 0 || pos + size > n) return fieldStart;
        const tag = headerTag;
        field = tag >>> 3;
        const wire = tag & 7;
        if (field >= allowedWires.length || (allowedWires[field]! & (1 << wire)) === 0) {
          throw new ProfileError(
            'not-profile',
            file,
            base + fieldStart,
            `a profile.proto field ${DECOMPRESSED}`,
            `tag ${tag} (field ${field}, wire type ${wire}) does not belong to perftools.profiles.Profile`,
          );
        }
        const start = headerEnd;
        const end = pos + size;
        if (wire === 2) {
          // Messages decode from a reader that ends with the field, so that a
          // fault reads the same (positions relative to the field) wherever
          // the stream was split into chunks.
          switch (field) {
            case 1:
              d.sampleTypes.push(decodeWhole(types.valueType, buf, start, end) as RawValueType);
              break;
            case 2:
              cols.idStart.push(cols.ids.length);
              {
                // Every sample must have one value per sample type; the types
                // may come later, so the counts are only compared here (one
                // number kept instead of a column) and checked in resolve.
                const before = cols.values.length;
                decodeSample(buf, start, end, cols, d.sampleCount);
                const count = cols.values.length - before;
                if (d.sampleCount === 0) cols.firstValueCount = count;
                else if (count !== cols.firstValueCount && cols.firstOddSample < 0) {
                  cols.firstOddSample = d.sampleCount;
                  cols.firstOddCount = count;
                }
                d.sampleCount++;
              }
              break;
            case 3:
              d.mappings.push(decodeWhole(types.mapping, buf, start, end) as RawMapping);
              break;
            case 4:
              d.locations.push(decodeWhole(types.location, buf, start, end) as RawLocation);
              break;
            case 5:
              d.functions.push(decodeWhole(types.function, buf, start, end) as RawFunction);
              break;
            case 6:
              d.strings.push(utf8.read(buf, start, end));
              break;
            case 11:
              d.periodType = decodeWhole(types.valueType, buf, start, end) as RawValueType;
              break;
            case 13:
              for (let p = start; p < end; p = varintEnd) d.comments.push(varint(buf, p, end));
              break;
          }
        } else {
          const v = varint(buf, start, end);
          switch (field) {
            case 7:
              d.dropFrames = v;
              break;
            case 8:
              d.keepFrames = v;
              break;
            case 9:
              d.timeNanos = v;
              break;
            case 10:
              d.durationNanos = v;
              break;
            case 12:
              d.period = v;
              break;
            case 13:
              d.comments.push(v);
              break;
            case 14:
              d.defaultSampleType = v;
              break;
          }
        }
        pos = end;
      }
    } catch (e) {
      if (e instanceof ProfileError) throw e;
      if (e instanceof HeaderFault) throw headerError(file, base + fieldStart, e);
      // The field's extent was checked, so anything thrown inside it is bytes
      // that cannot be this schema.
      const message = e instanceof Error ? e.message : String(e);
      throw new ProfileError('not-profile', file, base + fieldStart, `a well-formed field ${field} ${DECOMPRESSED}`, message);
    }
    return n;
  }
}

/** The tag and the end of the header (start of the body) of the last `fieldSize` call. */
let headerTag = 0;
let headerEnd = 0;

/**
 * Size in bytes (tag, length and body) of the top-level field at `pos`, or -1
 * if its header is cut off by the end of `buf`; sets `headerTag` and
 * `headerEnd`. Wire types without a length count as their header only (the
 * caller refuses them). A length is unsigned: a 10-byte one is huge, never
 * negative, so the field is merely incomplete (truncation at the end of the
 * data). Throws a HeaderFault for a varint longer than 10 bytes or a tag
 * beyond 32 bits.
 */
function fieldSize(buf: Uint8Array, pos: number): number {
  // Fast path: a one-byte tag and a length of one or two bytes, which is
  // nearly every field of a real profile.
  const n = buf.length;
  if (pos + 2 < n) {
    const tag = buf[pos]!;
    const b1 = buf[pos + 1]!;
    if (tag < 0x80 && (tag & 7) === 2) {
      if (b1 < 0x80) {
        headerTag = tag;
        headerEnd = pos + 2;
        return 2 + b1;
      }
      const b2 = buf[pos + 2]!;
      if (b2 < 0x80) {
        headerTag = tag;
        headerEnd = pos + 3;
        return 3 + ((b1 & 0x7f) | (b2 << 7));
      }
    }
  }
  try {
    const tag = varint(buf, pos, n);
    if (tag < 0 || tag > 0xffffffff) throw new HeaderFault(`tag ${tag < 0 ? tag + TWO_64 : tag} is not a 32-bit field key`);
    let p = varintEnd;
    headerTag = tag;
    headerEnd = p;
    const wire = tag & 7;
    if (wire === 0) {
      varint(buf, p, n);
      p = varintEnd;
    } else if (wire === 2) {
      const len = varint(buf, p, n);
      headerEnd = varintEnd;
      p = varintEnd + (len < 0 ? len + TWO_64 : len);
    }
    return p - pos;
  } catch (e) {
    if (e instanceof RangeError) return -1;
    if (e instanceof HeaderFault) throw e;
    throw new HeaderFault(e instanceof Error ? e.message : String(e));
  }
}

/** A top-level field header that cannot be decoded (reported at the field's start). */
class HeaderFault extends Error {}

function headerError(file: string, offset: number, fault: HeaderFault): ProfileError {
  return new ProfileError('not-profile', file, offset, `a well-formed field header ${DECOMPRESSED}`, fault.message);
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

interface Decoded {
  sampleTypes: RawValueType[];
  sampleCount: number;
  cols: SampleColumns;
  mappings: RawMapping[];
  locations: RawLocation[];
  functions: RawFunction[];
  strings: string[];
  comments: number[];
  periodType?: RawValueType;
  dropFrames: number;
  keepFrames: number;
  timeNanos: number;
  durationNanos: number;
  period: number;
  defaultSampleType: number;
}

/**
 * Ids are usually dense (Go numbers them 1..n); an array indexed by id is then
 * much faster than a Map on the tens of millions of lookups a big profile needs.
 */
class IdIndex<T extends { id: number }> {
  private readonly dense?: (T | undefined)[];
  private readonly sparse?: Map<number, T>;
  constructor(items: T[]) {
    let max = 0;
    for (const it of items) if (it.id > max) max = it.id;
    if (max <= items.length * 4 + 1024) {
      this.dense = new Array<T | undefined>(max + 1);
      for (const it of items) this.dense[it.id] = it;
    } else {
      this.sparse = new Map(items.map((it) => [it.id, it]));
    }
  }
  get(id: number): T | undefined {
    return this.dense ? this.dense[id] : this.sparse!.get(id);
  }
  /** For dense ids, `f` of each item in an Int32Array indexed by id (-1 where no item); undefined for sparse ids. */
  table(f: (item: T) => number): Int32Array | undefined {
    if (!this.dense) return undefined;
    const out = new Int32Array(this.dense.length).fill(-1);
    this.dense.forEach((it, id) => {
      if (it) out[id] = f(it);
    });
    return out;
  }
}

/**
 * A 64-bit field as a number. Fields present on the wire come back as numbers
 * from NumberReader; absent ones are protobufjs's prototype defaults, which
 * are Long objects when the `long` package is installed.
 */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return 0;
}

function resolve(whole: () => Uint8Array, file: string, d: Decoded): Profile {
  const strings = d.strings;
  if (strings.length === 0 || strings[0] !== '') {
    throw new ProfileError(
      'not-profile',
      file,
      strings.length === 0 ? 0 : offsetOfField(whole(), profileField.stringTable, 0),
      `a string table whose first entry is "" ${DECOMPRESSED}`,
      strings.length === 0 ? 'there is no string table' : `it starts with ${JSON.stringify(strings[0]!.slice(0, 40))}`,
    );
  }
  if (d.sampleTypes.length === 0) {
    throw new ProfileError('not-profile', file, 0, `at least one sample type ${DECOMPRESSED}`, 'the profile declares none');
  }
  const outOfRange = (fieldNo: number, index: number, what: string, detail: string): ProfileError =>
    new ProfileError('index-out-of-range', file, offsetOfField(whole(), fieldNo, index), what, detail);

  const str = (i: number, fieldNo: number, index: number, what: string): string => {
    const s = strings[i];
    if (s === undefined) {
      throw outOfRange(fieldNo, index, `a string-table index below ${strings.length} for ${what}`, `got ${i}`);
    }
    return s;
  };

  const valueType = (v: RawValueType, fieldNo: number, index: number): ValueType => ({
    type: str(num(v.type), fieldNo, index, 'a value type'),
    unit: str(num(v.unit), fieldNo, index, 'a value unit'),
  });
  const sampleTypes = d.sampleTypes.map((v, i) => valueType(v, profileField.sampleType, i));

  const mappings: Mapping[] = d.mappings.map((m, i) => ({
    id: num(m.id),
    memoryStart: num(m.memoryStart),
    memoryLimit: num(m.memoryLimit),
    fileOffset: num(m.fileOffset),
    file: str(num(m.filename), profileField.mapping, i, 'a mapping file name'),
    buildId: str(num(m.buildId), profileField.mapping, i, 'a mapping build id'),
    hasFunctions: m.hasFunctions,
    hasFilenames: m.hasFilenames,
    hasLineNumbers: m.hasLineNumbers,
    hasInlineFrames: m.hasInlineFrames,
  }));
  const mappingById = new IdIndex(mappings);

  const functions: ProfileFunction[] = d.functions.map((f, i) => ({
    id: num(f.id),
    name: str(num(f.name), profileField.function, i, 'a function name'),
    systemName: str(num(f.systemName), profileField.function, i, 'a function system name'),
    file: str(num(f.filename), profileField.function, i, 'a function file name'),
    startLine: num(f.startLine),
  }));
  const functionById = new IdIndex(functions);

  const locations: Location[] = d.locations.map((l, i) => {
    let mapping: Mapping | undefined;
    const mappingId = num(l.mappingId);
    if (mappingId !== 0) {
      mapping = mappingById.get(mappingId);
      if (!mapping) throw outOfRange(profileField.location, i, 'a mapping id that exists', `location ${num(l.id)} names mapping ${mappingId}`);
    }
    const lines: Line[] = l.line.map((ln) => {
      const fn = functionById.get(num(ln.functionId));
      if (!fn) throw outOfRange(profileField.location, i, 'a function id that exists', `location ${num(l.id)} names function ${num(ln.functionId)}`);
      return { function: fn, line: num(ln.line), column: num(ln.column) };
    });
    return { id: num(l.id), mapping, address: num(l.address), lines, isFolded: l.isFolded };
  });

  const nTypes = sampleTypes.length;
  if (d.sampleCount > 0) {
    const { firstValueCount, firstOddSample, firstOddCount } = d.cols;
    const i = firstValueCount !== nTypes ? 0 : firstOddSample;
    if (i >= 0) {
      const n = i === 0 ? firstValueCount : firstOddCount;
      throw outOfRange(profileField.sample, i, `${nTypes} values per sample (one per sample type)`, `sample ${i} has ${n}`);
    }
  }
  // The location column holds `id - 1` (see decodeIds). When locations are
  // numbered 1..n in order, as Go writes them, that is the index already and
  // only the largest needs checking; otherwise map every entry, in place.
  let stackLocations = d.cols.ids.done();
  const stackStart = d.cols.idStart.done();
  const sampleOf = (s: number): number => {
    let i = 0;
    while (stackStart[i + 1]! <= s) i++;
    return i;
  };
  const badId = (s: number, id: number): ProfileError => {
    const i = sampleOf(s);
    return outOfRange(profileField.sample, i, 'a location id that exists', `sample ${i} names location ${id}`);
  };
  if (locations.every((l, i) => l.id === i + 1)) {
    if (stackLocations.length > 0 && d.cols.ids.max >= locations.length) {
      const s = stackLocations.findIndex((x) => x >= locations.length);
      throw badId(s, (stackLocations[s]! + 1) % TWO_32);
    }
  } else {
    // Indexes may need more bits than the ids did (70 000 locations, samples naming ids below 65 536).
    if (stackLocations instanceof Uint16Array && locations.length > 0x10000) stackLocations = Uint32Array.from(stackLocations);
    const indexById = new IdIndex(locations.map((l, i) => ({ id: l.id, index: i })));
    const table = indexById.table((l) => l.index);
    for (let s = 0, n = stackLocations.length; s < n; s++) {
      const id = (stackLocations[s]! + 1) % TWO_32;
      const index = table ? (id < table.length ? table[id]! : -1) : (indexById.get(id)?.index ?? -1);
      if (index < 0) throw badId(s, id);
      stackLocations[s] = index;
    }
  }
  let labels: Map<number, Label[]> | undefined;
  if (d.cols.labels) {
    labels = new Map();
    for (const [i, list] of d.cols.labels) {
      labels.set(
        i,
        list.map((lb): Label => {
          const out: Label = { key: str(num(lb.key), profileField.sample, i, 'a label key') };
          if (num(lb.str) !== 0) out.str = str(num(lb.str), profileField.sample, i, 'a label value');
          else out.num = num(lb.num);
          if (num(lb.numUnit) !== 0) out.numUnit = str(num(lb.numUnit), profileField.sample, i, 'a label unit');
          return out;
        }),
      );
    }
  }

  return {
    fileName: file,
    sampleTypes,
    sampleCount: d.sampleCount,
    values: d.cols.values.done(),
    stackStart,
    stackLocations,
    locations,
    functions,
    mappings,
    labels,
    periodType: d.periodType ? valueType(d.periodType, 11, 0) : undefined,
    period: d.period,
    timeNanos: d.timeNanos,
    durationNanos: d.durationNanos,
    comments: d.comments.map((c, i) => str(c, 13, i, 'a comment')),
    dropFrames: str(d.dropFrames, 7, 0, 'drop_frames'),
    keepFrames: str(d.keepFrames, 8, 0, 'keep_frames'),
    defaultSampleType: str(d.defaultSampleType, 14, 0, 'default_sample_type'),
  };
}

/**
 * Byte offset of the `index`-th occurrence of top-level field `fieldNo`.
 * Only called when reporting an error, so offsets are not kept for millions of
 * messages on the happy path.
 */
function offsetOfField(buf: Uint8Array, fieldNo: number, index: number): number {
  const r = new NumberReader(buf);
  let seen = 0;
  try {
    while (r.pos < r.len) {
      const start = r.pos;
      const tag = r.uint32();
      if (tag >>> 3 === fieldNo && seen++ === index) return start;
      r.skipType(tag & 7);
    }
  } catch {
    // The decode already succeeded, so this cannot happen; fall back to 0.
  }
  return 0;
}

/**
 * Framing of the top-level Profile message: its fields, taken from chunks of
 * the gunzipped stream in order, are checked against the schema's wire types
 * and handed to the wire decoders (`wire.ts`), which fill the raw tables of a
 * `DecodedProfile` — still string-table indexes and ids, resolved by
 * `resolve.ts`.
 *
 * Every fault is a ProfileError at an offset into the gunzipped stream: a
 * length running past the end of the data is truncation, an impossible tag or
 * a field its decoder refuses means this is not a profile. The result and the
 * errors do not depend on where the stream was split into chunks.
 */
import { readVarint, VarintError, varintEnd } from '../encoding/varint.js';
import { DECOMPRESSED, ProfileError } from './errors.js';
import { profileWireTypes, type RawFunction, type RawLocation, type RawMapping, type RawValueType } from './proto.js';
import { appendSample, decodeWhole, messageTypes, NumberReader, sampleColumns, utf8, type SampleColumns } from './wire.js';

const TWO_64 = 4294967296 * 4294967296;

/** `profileWireTypes` as a bit set of wire types per field number: the check runs once per top-level field. */
const allowedWires = (() => {
  const t = new Uint8Array(Math.max(...profileWireTypes.keys()) + 1);
  for (const [field, wires] of profileWireTypes) for (const w of wires) t[field] |= 1 << w;
  return t;
})();

/** The top-level fields as decoded, before any id or string index is resolved. */
export interface DecodedProfile {
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
export class ProfileDecoder {
  private readonly d: DecodedProfile;
  /** Stream offset of the next byte `push` receives. */
  private base = 0;
  /** The start of a field that earlier chunks ended inside, in pieces (not yet joined). */
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  /** That field's whole size, once its header is complete; -1 before. */
  private need = -1;

  constructor(
    private readonly file: string,
    /** Keep sample labels (off for the gate: they cost memory on big profiles). */
    keepLabels: boolean,
    /** Size of the gunzipped stream if known (a hint: sizes the columns). */
    expectedSize: number,
  ) {
    this.d = {
      sampleTypes: [],
      sampleCount: 0,
      cols: sampleColumns(expectedSize, keepLabels),
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

  /** The decoded tables, once every chunk was pushed; throws if the stream ends inside a field or is empty. */
  finish(): DecodedProfile {
    if (this.partsLength > 0) {
      // Reproduce the fault a whole-buffer decode meets at this field.
      const p = join(this.parts);
      const start = this.base - p.length;
      const r = new NumberReader(p);
      const tag = safe(() => r.uint32());
      const field = tag === undefined ? 0 : tag >>> 3;
      const len = tag === undefined ? undefined : safe(() => r.uint32());
      const complete = tag !== undefined && ((tag & 7) !== 2 || len !== undefined);
      if (complete && (tag & 7) === 2) {
        throw new ProfileError('truncated', this.file, start, `${len} bytes of field ${field} ${DECOMPRESSED}`, `only ${p.length - r.pos} remain`);
      }
      throw new ProfileError('truncated', this.file, start, `a complete field ${field} ${DECOMPRESSED}`, `the data ends at offset ${this.base}`);
    }
    if (this.base === 0) throw new ProfileError('not-profile', this.file, 0, `a profile.proto message ${DECOMPRESSED}`, 'the decompressed data is empty');
    const cols = this.d.cols;
    cols.idStart.push(cols.ids.length);
    return this.d;
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
        if (field >= allowedWires.length || (allowedWires[field] & (1 << wire)) === 0) {
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
              d.sampleTypes.push(decodeWhole(messageTypes.valueType, buf, start, end) as RawValueType);
              break;
            case 2:
              appendSample(buf, start, end, cols, d.sampleCount++);
              break;
            case 3:
              d.mappings.push(decodeWhole(messageTypes.mapping, buf, start, end) as RawMapping);
              break;
            case 4:
              d.locations.push(decodeWhole(messageTypes.location, buf, start, end) as RawLocation);
              break;
            case 5:
              d.functions.push(decodeWhole(messageTypes.function, buf, start, end) as RawFunction);
              break;
            case 6:
              d.strings.push(utf8.read(buf, start, end));
              break;
            case 11:
              d.periodType = decodeWhole(messageTypes.valueType, buf, start, end) as RawValueType;
              break;
            case 13:
              for (let p = start; p < end; p = varintEnd) d.comments.push(readVarint(buf, p, end));
              break;
          }
        } else {
          const v = readVarint(buf, start, end);
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
    const tag = buf[pos];
    const b1 = buf[pos + 1];
    if (tag < 0x80 && (tag & 7) === 2) {
      if (b1 < 0x80) {
        headerTag = tag;
        headerEnd = pos + 2;
        return 2 + b1;
      }
      const b2 = buf[pos + 2];
      if (b2 < 0x80) {
        headerTag = tag;
        headerEnd = pos + 3;
        return 3 + ((b1 & 0x7f) | (b2 << 7));
      }
    }
  }
  try {
    const tag = readVarint(buf, pos, n);
    if (tag < 0 || tag > 0xffffffff) throw new HeaderFault(`tag ${tag < 0 ? tag + TWO_64 : tag} is not a 32-bit field key`);
    let p = varintEnd;
    headerTag = tag;
    headerEnd = p;
    const wire = tag & 7;
    if (wire === 0) {
      readVarint(buf, p, n);
      p = varintEnd;
    } else if (wire === 2) {
      const len = readVarint(buf, p, n);
      headerEnd = varintEnd;
      p = varintEnd + (len < 0 ? len + TWO_64 : len);
    }
    return p - pos;
  } catch (e) {
    if (e instanceof VarintError && e.reason === 'truncated') return -1;
    if (e instanceof HeaderFault) throw e;
    throw new HeaderFault(e instanceof Error ? e.message : String(e));
  }
}

/** A top-level field header that cannot be decoded (reported at the field's start). */
class HeaderFault extends Error {}

function headerError(file: string, offset: number, fault: HeaderFault): ProfileError {
  return new ProfileError('not-profile', file, offset, `a well-formed field header ${DECOMPRESSED}`, fault.message);
}

/** The chunks as one buffer (the chunk itself when there is one). */
export function join(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
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

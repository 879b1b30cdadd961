/**
 * Reads a pprof profile file (what `-test.memprofile` writes): gunzip with
 * pako, decode `profile.proto` with protobufjs, resolve every id and string
 * index into the `Profile` model.
 *
 * Opinions:
 * - The file must be gzip-compressed (the runtime always compresses; an
 *   uncompressed file is not what a Go test binary writes, so it is refused).
 * - Values are taken as written. Go already unsamples heap-profile values
 *   (scales them by the sampling rate); scaling again would double count.
 * - Every fault is a `ProfileError` (an `InputError`) naming the file, a byte
 *   offset and what was expected. Offsets into the compressed stream are used
 *   for gzip faults; offsets into the gunzipped protobuf for everything else
 *   (the message says which).
 */
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

const utf8 = (protobuf.util as unknown as { utf8: { read(buf: Uint8Array, start: number, end: number): string } }).utf8;
const DECOMPRESSED = 'in the gunzipped protobuf';
const TWO_32 = 4294967296;

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

let varintHigh = 0;
/** Reads a varint of up to 64 bits; returns the low 32 bits, leaves the high 32 in `varintHigh`. */
function readVarint64(r: protobuf.Reader): number {
  const buf = r.buf;
  const len = r.len;
  let pos = r.pos;
  let lo = 0;
  let b = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= len) throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) {
      r.pos = pos;
      varintHigh = 0;
      return lo >>> 0;
    }
  }
  if (pos >= len) throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
  b = buf[pos++]!;
  lo |= (b & 0x0f) << 28;
  let hi = (b & 0x7f) >> 4;
  if (b >= 0x80) {
    for (let shift = 3; ; shift += 7) {
      if (shift > 31) throw new Error(`invalid varint encoding at offset ${pos}`);
      if (pos >= len) throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
  }
  r.pos = pos;
  varintHigh = hi;
  return lo >>> 0;
}

Object.assign(NumberReader.prototype, {
  uint64(this: protobuf.Reader): number {
    const lo = readVarint64(this);
    return varintHigh === 0 ? lo : (varintHigh >>> 0) * TWO_32 + lo;
  },
  int64(this: protobuf.Reader): number {
    const lo = readVarint64(this);
    return varintHigh === 0 ? lo : (varintHigh | 0) * TWO_32 + lo;
  },
});

/** A typed array that grows by doubling; the columns of the sample table. */
class Column<T extends Uint32Array | Float64Array> {
  data: T;
  length = 0;
  constructor(
    private readonly make: (n: number) => T,
    capacity: number,
  ) {
    this.data = make(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

interface SampleColumns {
  ids: Column<Uint32Array>;
  idStart: Column<Uint32Array>;
  values: Column<Float64Array>;
  valueStart: Column<Uint32Array>;
  labels?: Map<number, RawLabel[]>;
}

/**
 * Decodes one Sample message (already length-checked, ending at `end`)
 * straight into the columns. This is the one message decoded by hand with
 * protobufjs's Reader instead of its generated decoder: it occurs millions of
 * times, and the generated decoder's message object and two arrays per sample
 * dominate parse time (garbage collection) and memory on big profiles.
 */
function decodeSample(r: protobuf.Reader, end: number, cols: SampleColumns, index: number): void {
  while (r.pos < end) {
    const tag = r.uint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 || field === 2) {
      const packedEnd = wire === 2 ? r.uint32() + r.pos : -1;
      if (wire !== 2 && wire !== 0) throw new Error(`invalid wire type ${wire} for Sample field ${field}`);
      if (packedEnd > end) throw new Error(`packed field runs past the end of its Sample`);
      do {
        const v = field === 1 ? (r as unknown as { uint64(): number }).uint64() : (r as unknown as { int64(): number }).int64();
        if (field === 1) {
          // Location ids are small in every profile Go writes; a 32-bit column halves the memory of the biggest array.
          if (v > 0xffffffff) throw new Error(`location id ${v} does not fit in 32 bits`);
          cols.ids.push(v);
        } else {
          cols.values.push(v);
        }
      } while (r.pos < packedEnd);
      if (packedEnd >= 0 && r.pos !== packedEnd) throw new Error(`packed field overruns its length`);
    } else if (field === 3 && wire === 2 && cols.labels) {
      const len = r.uint32();
      const label = types.label.decode(r, len) as unknown as RawLabel;
      const list = cols.labels.get(index);
      if (list) list.push(label);
      else cols.labels.set(index, [label]);
    } else {
      r.skipType(wire);
    }
  }
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

export function readProfile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Profile {
  const raw = gunzip(bytes, fileName);
  return decodeProfile(raw, fileName, options);
}

function gunzip(bytes: Uint8Array, file: string): Uint8Array {
  if (bytes.length === 0) throw new ProfileError('truncated', file, 0, 'a gzip-compressed pprof profile', 'the file is empty');
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    const found = Array.from(bytes.subarray(0, 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new ProfileError('not-gzip', file, 0, 'a gzip-compressed pprof profile (magic bytes 1f 8b)', `found ${found}`);
  }
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
    throw new ProfileError('truncated', file, at, 'more gzip data', 'the compressed stream ends before its end marker');
  }
  if (threw !== undefined || inflator.err !== 0 || !inflator.ended || !inflator.result) {
    throw new ProfileError('corrupt-gzip', file, at, 'valid gzip data', inflator.msg || String(threw ?? 'incomplete stream'));
  }
  return inflator.result;
}

/** Decodes a gunzipped `profile.proto` message. Exported for tests and for callers holding raw bytes. */
export function decodeProfile(buf: Uint8Array, file: string, options: ReadOptions = {}): Profile {
  if (buf.length === 0) throw new ProfileError('not-profile', file, 0, `a profile.proto message ${DECOMPRESSED}`, 'the decompressed data is empty');
  const r = new NumberReader(buf);
  const sampleTypes: RawValueType[] = [];
  // Capacity guesses from the size: a sample costs at least ~12 bytes on the wire.
  const cols: SampleColumns = {
    ids: new Column((n) => new Uint32Array(n), buf.length >> 2),
    idStart: new Column((n) => new Uint32Array(n), buf.length >> 5),
    values: new Column((n) => new Float64Array(n), buf.length >> 4),
    valueStart: new Column((n) => new Uint32Array(n), buf.length >> 5),
    labels: options.labels ? new Map() : undefined,
  };
  let sampleCount = 0;
  const mappings: RawMapping[] = [];
  const locations: RawLocation[] = [];
  const functions: RawFunction[] = [];
  const strings: string[] = [];
  const comments: number[] = [];
  let periodType: RawValueType | undefined;
  let dropFrames = 0;
  let keepFrames = 0;
  let timeNanos = 0;
  let durationNanos = 0;
  let period = 0;
  let defaultSampleType = 0;

  // The top level is decoded here rather than by protobufjs's Profile decoder
  // so that a fault is placed at the field it happened in: a length running
  // past the end is truncation, an impossible tag means this is not a profile.
  let fieldStart = 0;
  let field = 0;
  // Whether the fault, if any, is inside a field whose length was already
  // checked (corruption) or in a tag, length or scalar at the top (truncation).
  let inBody = false;
  try {
    while (r.pos < r.len) {
      fieldStart = r.pos;
      const tag = r.uint32();
      field = tag >>> 3;
      const wire = tag & 7;
      if (!profileWireTypes.get(field)?.includes(wire)) {
        throw new ProfileError(
          'not-profile',
          file,
          fieldStart,
          `a profile.proto field ${DECOMPRESSED}`,
          `tag ${tag} (field ${field}, wire type ${wire}) does not belong to perftools.profiles.Profile`,
        );
      }
      if (wire === 2) {
        const len = r.uint32();
        if (r.pos + len > r.len) {
          throw new ProfileError(
            'truncated',
            file,
            fieldStart,
            `${len} bytes of field ${field} ${DECOMPRESSED}`,
            `only ${r.len - r.pos} remain`,
          );
        }
        const end = r.pos + len;
        inBody = true;
        switch (field) {
          case 1:
            sampleTypes.push(types.valueType.decode(r, len) as unknown as RawValueType);
            break;
          case 2:
            cols.idStart.push(cols.ids.length);
            cols.valueStart.push(cols.values.length);
            decodeSample(r, end, cols, sampleCount++);
            break;
          case 3:
            mappings.push(types.mapping.decode(r, len) as unknown as RawMapping);
            break;
          case 4:
            locations.push(types.location.decode(r, len) as unknown as RawLocation);
            break;
          case 5:
            functions.push(types.function.decode(r, len) as unknown as RawFunction);
            break;
          case 6:
            strings.push(utf8.read(r.buf, r.pos, end));
            r.pos = end;
            break;
          case 11:
            periodType = types.valueType.decode(r, len) as unknown as RawValueType;
            break;
          case 13:
            while (r.pos < end) comments.push(r.int64() as unknown as number);
            break;
          default:
            r.pos = end;
        }
        inBody = false;
        if (r.pos !== end) {
          throw new ProfileError('not-profile', file, fieldStart, `a well-formed field ${field} ${DECOMPRESSED}`, `its contents overrun their length`);
        }
      } else {
        const v = r.int64() as unknown as number;
        switch (field) {
          case 7:
            dropFrames = v;
            break;
          case 8:
            keepFrames = v;
            break;
          case 9:
            timeNanos = v;
            break;
          case 10:
            durationNanos = v;
            break;
          case 12:
            period = v;
            break;
          case 13:
            comments.push(v);
            break;
          case 14:
            defaultSampleType = v;
            break;
        }
      }
    }
  } catch (e) {
    if (e instanceof ProfileError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // A varint or length cut off by the end of the data is truncation; anything
    // else inside a message is bytes that cannot be this schema.
    if (e instanceof RangeError && !inBody) {
      throw new ProfileError('truncated', file, fieldStart, `a complete field ${field} ${DECOMPRESSED}`, message);
    }
    throw new ProfileError('not-profile', file, fieldStart, `a well-formed field ${field} ${DECOMPRESSED}`, message);
  }

  cols.idStart.push(cols.ids.length);
  cols.valueStart.push(cols.values.length);
  return resolve(buf, file, {
    sampleTypes,
    sampleCount,
    cols,
    mappings,
    locations,
    functions,
    strings,
    comments,
    periodType,
    dropFrames,
    keepFrames,
    timeNanos,
    durationNanos,
    period,
    defaultSampleType,
  });
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

function resolve(buf: Uint8Array, file: string, d: Decoded): Profile {
  const strings = d.strings;
  if (strings.length === 0 || strings[0] !== '') {
    throw new ProfileError(
      'not-profile',
      file,
      strings.length === 0 ? 0 : offsetOfField(buf, profileField.stringTable, 0),
      `a string table whose first entry is "" ${DECOMPRESSED}`,
      strings.length === 0 ? 'there is no string table' : `it starts with ${JSON.stringify(strings[0]!.slice(0, 40))}`,
    );
  }
  if (d.sampleTypes.length === 0) {
    throw new ProfileError('not-profile', file, 0, `at least one sample type ${DECOMPRESSED}`, 'the profile declares none');
  }
  const outOfRange = (fieldNo: number, index: number, what: string, detail: string): ProfileError =>
    new ProfileError('index-out-of-range', file, offsetOfField(buf, fieldNo, index), what, detail);

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
  const valueStart = d.cols.valueStart.done();
  for (let i = 0; i < d.sampleCount; i++) {
    const n = valueStart[i + 1]! - valueStart[i]!;
    if (n !== nTypes) {
      throw outOfRange(profileField.sample, i, `${nTypes} values per sample (one per sample type)`, `sample ${i} has ${n}`);
    }
  }
  // Ids become indexes into `locations`, in place: the id column is the
  // biggest array of a big profile and is not needed afterwards.
  const stackLocations = d.cols.ids.done();
  const stackStart = d.cols.idStart.done();
  const indexById = new IdIndex(locations.map((l, i) => ({ id: l.id, index: i })));
  for (let i = 0, s = 0; i < d.sampleCount; i++) {
    const e = stackStart[i + 1]!;
    for (; s < e; s++) {
      const loc = indexById.get(stackLocations[s]!);
      if (!loc) throw outOfRange(profileField.sample, i, 'a location id that exists', `sample ${i} names location ${stackLocations[s]}`);
      stackLocations[s] = loc.index;
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
